/**
 * Refusals of numbers that are a table's rather than a statement's: a table run together into text, a table of
 * contents, a row naming another item, a part of a ratio.
 */
import { RATIO_COLON } from "../facts.ts";
import { extractFigures } from "../../zh/figures.ts";
import { TABLE_CELL_SEPARATOR } from "../../ingest/types.ts";
import { anyOf } from "../../zh/word-classes.ts";
import type { Refusal } from "./types.ts";
import { QUOTED_NAME } from "./shared.ts";

/** Words any row of a budget or statistics table may carry beside what it names: its totals' too. */
const ROW_GENERIC_WORDS = new RegExp(anyOf(["total-words", "row-generic-words"]), "g");
/** What a row's label may say beyond the question, in characters, and still be the asked item. */
const NARROWER_ROW_CHARS = 2;

export const numberOfATableReadAsText: Refusal = {
  name: "number of a table read as text",
  cheap: true,
  // "2024年完成数2025年完成数同比增长（%）税收收入107,428 93,400 -13.06增值税…契税14,459 10,335": a
  // table whose columns ran together into text (a PDF's). Which row and which column (year) a bare
  // number is in cannot be told, nor a rate of change (个人所得税3,506 3,395 -3.2%资源税…). A figure
  // printed with its unit ("全年棉花产量65.39万吨" run on from the table before) says what it is. A row
  // that opens with its code ("20107税收事务86,225": tax administration's spending) is a table's too.
  refuses: (a) =>
    (a.fact.figure.unit === "" || a.fact.figure.unit === "%") &&
    !a.sentence.includes(TABLE_CELL_SEPARATOR) &&
    (bareNumbers(a.sentence) >= FLATTENED_TABLE_NUMBERS ||
      (a.fact.figure.unit === "" && CODED_ROW.test(a.sentence)) ||
      // A line opening with a row's numbers, its label after them ("80 80 00.00%2.公务接待费"): another row's.
      (a.fact.figure.unit === "" && NUMBERS_ONLY.test(a.sentence.slice(0, a.fact.figure.end)) && bareNumbers(a.sentence) >= 2))
      ? "a number of a table read as text"
      : null,
};

export const tableOfContents: Refusal = {
  name: "table of contents",
  cheap: true,
  // "1-1 2026年迪庆州一般公共预算收入情况表..............................11-2 2026年…": a contents line's
  // numbers are its entries' and pages, no figure of the report.
  refuses: (a) => (CONTENTS_LEADER.test(a.sentence) ? "a line of a table of contents" : null),
};

export const narrowerTableRow: Refusal = {
  name: "narrower table row",
  cheap: true,
  // "广州市本级教育支出" against the row "其他职业教育支出 | 251": a table's row names one item exactly,
  // so a row whose label says more than the question ("其他职业", "对应专项债务" of "国有土地使用权出让收入
  // 对应专项债务" for 土地出让收入; "一般公共服务" for 一般公共预算支出) is another item. Words every row may
  // carry (收入, 支出, 合计, 其中) say nothing more.
  refuses: (a) => {
    const label = a.fact.rowLabel;
    if (label === undefined) return null;
    let rest = label;
    for (const term of a.q.terms) {
      for (const alt of [...term.alternatives].sort((x, y) => y.length - x.length)) rest = rest.replaceAll(alt, " ");
    }
    rest = rest.replace(ROW_GENERIC_WORDS, " ").replace(/[^\p{Script=Han}]+/gu, "");
    return [...rest].length >= NARROWER_ROW_CHARS ? `a row of another item (${rest})` : null;
  },
};

export const partOfARatio: Refusal = {
  name: "part of a ratio",
  cheap: true,
  // "三次产业结构由2024年的9.9∶40.6∶49.5调整为…": a number joined to another by a ratio's colon is a part of
  // that ratio, no figure of its own (but a sector's share, read so by facts.ts readSectorShares).
  refuses: (a) => {
    if (a.fact.listItem?.label !== undefined && a.fact.role === "share") return null;
    const { start, end } = a.fact.figure;
    return RATIO_BEFORE.test(a.sentence.slice(0, start)) || RATIO_AFTER.test(a.sentence.slice(end)) ? "a part of a ratio" : null;
  },
};

/** This many numbers without a unit in one sentence (not a table's row) are a table read as text. */
const FLATTENED_TABLE_NUMBERS = 4;

/** Nothing but numbers, signs and spaces. */
const NUMBERS_ONLY = /^[\s\d.,%+\-－−]*$/;

/** The dot leaders of a table of contents ("…情况表..............11-2", "……………3"). */
const CONTENTS_LEADER = /(?:\.{6,}|…{3,}|·{6,})\s*\d/;

/** A table's row opening with its classification or area code ("20107税收事务86,225", "6530克孜勒苏州…"). */
const CODED_ROW = /^\s*\d{4,9}(?![年万亿千百元个项多余])\p{Script=Han}/u;

/**
 * How many numbers without a unit a sentence states. The facts of one sentence are assessed one
 * after another: the last sentence's count is kept rather than its figures read again for each.
 */
function bareNumbers(sentence: string): number {
  if (sentence !== lastCounted.sentence) {
    // A number in quotes names a programme ("力争实现“3个1000”“7个100”具体工作目标"): no table's cell.
    // …nor is a ratio ("三次产业结构由2016年的6.2:61.2:32.6到2019年底的8.8:27.8:63.4").
    const unquoted = sentence.replace(QUOTED_NAME, (m) => " ".repeat(m.length)).replace(RATIO, (m) => " ".repeat(m.length));
    lastCounted = { sentence, bare: extractFigures(unquoted).filter((f) => f.unit === "").length };
  }
  return lastCounted.bare;
}

/** A ratio's colon right before or after a number: the number is a part of the ratio. */
const RATIO_BEFORE = new RegExp(`\\d${RATIO_COLON}$`);
const RATIO_AFTER = new RegExp(`^${RATIO_COLON}\\d`);
/** Numbers joined by colons: a ratio (6.2:61.2:32.6). */
const RATIO = new RegExp(`\\d+(?:\\.\\d+)?(?:${RATIO_COLON}\\d+(?:\\.\\d+)?)+`, "g");
let lastCounted = { sentence: "", bare: 0 };
