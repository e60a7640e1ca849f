import type { Answer } from "../answer/types.ts";

/**
 * The rule of the evaluation's scorer (its score.py is not part of this repository), so that
 * the test suite judges answers the way the evaluation does: a figure is right when its text or
 * its value (万/亿 and Chinese numerals resolved) is the expected one, and the paragraph or
 * sentence holds the expected source from the expected report. An unanswerable question is right
 * when no figure is given.
 */

export interface QaItem {
  id: string;
  q: string;
  doc: string | null;
  answers: string[];
  source: string | null;
  level: number;
  answerable: boolean;
}

export function norm(s: string | null | undefined): string {
  return (s ?? "").normalize("NFKC").replace(/\s+/g, "").replace(/％/g, "%");
}

/** score.py's src_norm: for the source check, the markup of a table row and column bars do not count. */
function sourceNorm(s: string | null | undefined): string {
  return norm((s ?? "").replace(/<[^>]+>/g, "").replace(/[|｜]/g, ""));
}

function figureKey(text: string): string | null {
  let s = norm(text).replace(/萬/g, "万").replace(/億/g, "亿").replace(/點/g, "点").replace(/兩/g, "两");
  s = s.replace(/(\d+)万(\d+)千/g, (_, a, b) => String(Number(a) * 10000 + Number(b) * 1000));
  const pct = /百分之([零〇一二两三四五六七八九十百点]+)/.exec(s);
  if (pct) {
    const v = scorerNumeral(pct[1]!);
    return v === null ? null : `${round(v)}|%`;
  }
  const values: number[] = [];
  let unit = "";
  for (const m of s.matchAll(/(\d[\d,]*(?:\.\d+)?)/g)) {
    const rest = s.slice((m.index ?? 0) + m[0].length);
    const mag = rest.startsWith("万亿") ? 1e12 : rest.startsWith("亿") ? 1e8 : rest.startsWith("万") ? 1e4 : rest.startsWith("千") ? 1e3 : 1;
    values.push(round(Number(m[1]!.replace(/,/g, "")) * mag));
    if (!unit) unit = rest.slice(0, 2).includes("%") ? "%" : rest.slice(0, 2).includes("‰") ? "‰" : "";
  }
  if (values.length === 0) {
    for (const m of s.matchAll(/[零〇一二两三四五六七八九十百千万亿点]+/g)) {
      const v = scorerNumeral(m[0]);
      if (v !== null && !["万", "亿", "点"].includes(m[0])) values.push(round(v));
    }
  }
  return values.length ? `${values.slice(0, 2).join(",")}|${unit}` : null;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

export function sameFigure(expected: string, got: string): boolean {
  if (norm(expected) === norm(got)) return true;
  const e = figureKey(expected);
  return e !== null && e === figureKey(got);
}

export function isRight(item: QaItem, answer: Answer): boolean {
  if (!item.answerable) return !answer.found || !answer.figure;
  const figure = answer.figure?.text ?? "";
  const figureOk = figure !== "" && item.answers.some((a) => sameFigure(a, figure));
  const text = sourceNorm(answer.paragraph) + "\n" + sourceNorm(answer.sentence);
  const file = answer.report.file.split("/").pop();
  const sourceOk = text.includes(sourceNorm(item.source)) && (!item.doc || file === item.doc);
  return figureOk && sourceOk;
}

const SCORER_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SCORER_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * score.py's own reading of a Chinese numeral (cn_to_float), kept line for line: the judge must
 * read expected answers as the evaluation does, not as the engine under test does.
 */
function scorerNumeral(text: string): number | null {
  if (text.includes("点")) {
    const [whole = "", fraction = ""] = text.split(/点(.*)/s);
    const wholeValue = whole ? scorerNumeral(whole) : 0;
    if (wholeValue === null || !fraction || [...fraction].some((c) => !(c in SCORER_DIGITS))) return null;
    return wholeValue + Number(`0.${[...fraction].map((c) => SCORER_DIGITS[c]).join("")}`);
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in SCORER_DIGITS) digit = SCORER_DIGITS[c]!;
    else if (c in SCORER_UNITS) {
      section += (digit ?? 1) * SCORER_UNITS[c]!;
      digit = null;
    } else if (c === "万") {
      total += (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = null;
    } else if (c === "亿") {
      total = (total + section + (digit ?? 0)) * 1e8;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}
