/** The three sectors' structure ("三次产业结构为35.7:20.1:44.2"): each part is its sector's share. */
import { toSearchForm } from "../../zh/normalize.ts";
import type { Fact } from "./types.ts";
import { RATIO_COLON } from "./shared.ts";

/** A statement of the three sectors' structure: "三次产业结构为35.7:20.1:44.2", "三次产业比例调整为…". */
const SECTOR_STRUCTURE = /三次产业(?:结构|比例|之比|比重)/;
const RATIO_JOINT = new RegExp(`^${RATIO_COLON}$`);
/** The three sectors, in the order a structure prints their shares. */
const SECTORS = ["第一产业", "第二产业", "第三产业"] as const;

/**
 * "三次产业结构为41.3：13.5：45.2", "由2024年的9.9∶40.6∶49.5调整为8.8∶38.8∶52.4": each part of the ratio is
 * its sector's share of the economy (in percent), in order: 41.3 answers 一产占GDP比重.
 */
export function readSectorShares(sentence: string, facts: Fact[]): void {
  const mark = SECTOR_STRUCTURE.exec(sentence);
  if (!mark) return;
  for (let i = 0; i + 2 < facts.length; i++) {
    const run = facts.slice(i, i + 3);
    if (run[0]!.figure.start < mark.index + mark[0].length || run.some((f) => f.figure.unit !== "")) continue;
    const joined = (a: Fact, b: Fact) => RATIO_JOINT.test(sentence.slice(a.figure.end, b.figure.start));
    if (!joined(run[0]!, run[1]!) || !joined(run[1]!, run[2]!)) continue;
    run.forEach((f, k) => {
      f.role = "share";
      // A percentage as printed, bare: "35.7" is what the report says.
      f.figure = { ...f.figure, unitClass: "percent" };
      f.listItem = {
        own: [f.figure.start, f.figure.end],
        siblings: run.filter((g) => g !== f).map((g): [number, number] => [g.figure.start, g.figure.end]),
        part: toSearchForm(`${SECTORS[k]}增加值占地区生产总值比重`),
        label: SECTORS[k],
      };
    });
    i += 2;
  }
}
