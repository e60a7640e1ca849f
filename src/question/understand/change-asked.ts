/** A change asked and what it is set against: the comparison base and its year, more or less than it, the old level, a rate of change. */
import type { QueryTerm } from "../types.ts";
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { BASE_MARK_TYPED, BASE_TIMES, LEVEL_MARK, MULTIPLE_OF } from "../../zh/change-grammar.ts";
import { DIGIT_YEAR_PRINTED } from "../../zh/years.ts";
import { HOW_MANY_WORD } from "../../zh/asking.ts";

export function changeWordNamesMetric(text: string, terms: readonly QueryTerm[]): boolean {
  const matches = [...text.matchAll(new RegExp(CHANGE_WORDS.source, "g"))];
  const last = matches.at(-1);
  if (!last) return false;
  const after = text.slice((last.index ?? 0) + last[0].length);
  // "增加的专项债务限额多少": an amount's verb then 的 names what was added, whose amount is asked (not 增长 of 经济增长的
  // 贡献率, a name).
  if (AMOUNT_VERB.test(last[0]) && after.startsWith("的")) return false;
  const rest = after.replace(/^的/, "");
  // …or it is inside a metric word of the question: 增加 of 工业增加值.
  const inside = terms.some((t) => !t.isPlace && t.word.includes(last[0]) && !t.word.endsWith(last[0]) && text.includes(t.word));
  return inside || terms.some((t) => !t.isPlace && !CHANGE_WORDS.test(t.word) && rest.startsWith(t.word));
}

/** Verbs of an amount added or taken away, which 的 after makes the thing changed: 增加的, 减少的. */
const AMOUNT_VERB = /^(?:增加|减少)$/;

/**
 * A comparison base (比1964年, 比上年, 比五年前, 同比): what a change is measured against, not the year
 * or a word asked. (比 of 占比 is none: "民生支出占比去年实际多少" asks last year's share.)
 */
export const COMPARISON_BASE = new RegExp(`${BASE_MARK_TYPED}\\s*(?:(?:19|20)\\d\\d\\s*年?|${BASE_TIMES}|[一二三四五六七八九十两\\d]{1,2}年前)|同比`, "g");
/** The year a change is asked against: "比1978年增长多少". */
export const BASE_YEAR = new RegExp(`${BASE_MARK_TYPED}\\s*${DIGIT_YEAR_PRINTED.source}`);
/** The year a multiple asked is of: "是1950年的几倍", "相当于2010年的多少倍". */
export const MULTIPLE_BASE_TYPED = new RegExp(`${MULTIPLE_OF}\\s*((?:19|20)\\d\\d)\\s*年的?\\s*(?:几|幾|多少)倍`);
/** The year of an old level a question states: "由1954年的97个", "从2012年的…". */
export const OLD_LEVEL_YEAR = /([由从])\s*(?:19|20)\d\d\s*年(?=的?\s*[\d零〇一二两三四五六七八九十])/g;
/** The base, then 多 or 少 (and a verb: 多发, 多安排) before the asking word: "比上年多了多少", "比上年多安排了多少". */
export const MORE_THAN_BASE = new RegExp(`(?:${COMPARISON_BASE.source})[^多少]{0,6}?(?<![减增缩])[多少]\\p{Script=Han}{0,3}?了?(?=多少|几)`, "u");
/**
 * 少 right before a verb and the asking word, no base typed: "居民存量房贷利息一年少支出多少", "少交多少税". Less of something is a
 * change asked, and 少 no word to find; the verb stays, as it names the metric (支出).
 */
export const LESS_SPOKEN = new RegExp(`(?<![多少至最不减缩])少(?=\\p{Script=Han}{1,2}了?(?:${HOW_MANY_WORD}))`, "u");
// "提高到多少" asks for the new level, not the change: a change word followed by 到/至 is not one. 提 and 加 right before the
// asking word are spoken changes too ("最低标准提几块钱", "补助加多少"): alone they begin other words (提供, 加强).
export const CHANGE_WORDS = new RegExp(
  `${anyOf(["change-verbs", "colloquial-change"])}(?!${LEVEL_MARK})|${alternation("rate-of-change-nouns")}|[提加](?=${HOW_MANY_WORD})`,
);
/** "新增多少", "每天新增多少企业": an increment asked (新增 before a noun names a metric: 新增政府债务). */
export const INCREMENT_ASKED = new RegExp(`${anyOf("increment-verbs")}了?\\s*(?:多少|几|$)`);

/** A change verb with 率: 增长率, 下降率, 增速 is a noun already (rate-of-change-nouns). */
export const CHANGE_RATE = new RegExp(`^(${alternation("change-verbs")})率$`);
/** A known name of a change (经济增长, a synonym term): with 率 after it, the rate of that change. */
export const NAMED_CHANGE = new RegExp(`(?:${alternation("change-verbs")})$`);
/** The extent of a change, one word or two ("增长幅度", "下降的幅度", "涨的幅度"): the change itself, printed "比上年下降3.27%". */
export const CHANGE_EXTENT = new RegExp(`^(${alternation("change-verbs")})幅度$`);
export const EXTENT_AFTER_CHANGE = new RegExp(`(?:${alternation("change-verbs", "colloquial-change")})[的地得]?幅度`);
/** A change verb with 得 or 的 run onto it before 幅度 ("cpi涨得幅度多少": jieba cuts 涨得): the verb is the word. */
export const CHANGE_THEN_DE = new RegExp(`^(?:${alternation("change-verbs", "colloquial-change")})[的地得]$`);

/** What it was before a change, as typed: 原来, 原先 (word-classes.txt [old-level-words]). */
export const OLD_LEVEL_ASKED = new RegExp(anyOf("old-level-words"));
/** The level a change started from asked by 从/由 ("从多少降的", "由几提高到"): the asking, its verb and particle. */
export const FROM_LEVEL_ASKED = new RegExp(`[从由]${HOW_MANY_WORD}(?:${anyOf(["change-verbs", "colloquial-change"])})?[的了]?`);
/**
 * The level before a change asked by 前 after its verb ("下调关税前关税总水平", "增值税降之前的税率"): not a span
 * (前三年, 前五年) nor 提前; the verb's object may stand between them.
 */
export const BEFORE_CHANGE_ASKED = new RegExp(
  `(?<!提)(?:${anyOf(["change-verbs", "colloquial-change", "adjust-verbs"])})[^，,。？?\\d]{0,4}?[之以]?前(?![一二三四五六七八九十两几\\d年期夕])`,
);
/** 从 or 由 before a figure typed (not before a year: "由1954年的97个" states an old level's year). */
export const FROM_FIGURE_TYPED = /[从由](?=\d+(?:\.\d+)?(?:[^\d.年]|$))/g;

/** A rate of change named as a noun: 增速, 增幅, 增长率, 增长速度. */
export const RATE_NAMED_ALL = new RegExp(`${anyOf("rate-of-change-nouns")}|${anyOf("change-verbs")}率|增长速度`, "g");
export const RATE_NAMED = new RegExp(RATE_NAMED_ALL.source);
/** How far a rate moved or how it compares: 提高了几个百分点, 比全国高多少, 快于全省. */
export const RATE_MOVED = new RegExp(`百分点|${anyOf(["change-verbs", "colloquial-change"])}|[比较][^，。？]*[高低快慢多少]|[高低快慢]于|加快|放缓`);
