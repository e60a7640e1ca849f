/** The words to find: a term with its other names, words that are no metric, figures and Latin words typed, words listed together. */
import { UNIT_ALTERNATION } from "../../zh/units.ts";
import { TOP_LIST_NAME } from "../../zh/figures.ts";
import type { QueryTerm } from "../types.ts";
import { synonymsOf } from "../../zh/synonyms.ts";
import { anyOf, wordClass } from "../../zh/word-classes.ts";

/** A word typed in Latin letters: an acronym (gdp, r&d, cpi). */
export const ACRONYM = /^[a-z][a-z0-9&]*$/;

export const BUILD_VERBS = new Set(wordClass("build-verbs"));

export const PER_TIME_WORDS: ReadonlySet<string> = new Set(wordClass("per-time-words"));

/** 一 and a measure word before a noun: "a" (一家企业, 一所学校); not 一个月 or 一年 (spans), nor 第一家 (an ordinal). */
export const ONE_OF_A_KIND = /(?<![第十百千万\d])一(?:家|所|名|位|项|户|台|辆|套|座|间|条|个(?![月季工小]))(?=\p{Script=Han})/gu;

export const SHAPE_WORDS = new Set(wordClass("shape-words"));
/** How bad an event was (特大, 严重): read as shape words. */
export const DEGREE_WORDS: ReadonlySet<string> = new Set(wordClass("degree-words"));
/** Verbs of a level reached that are no change verbs (调整到, 发展到): before 到 and the asking word, words of shape. */
export const LEVEL_REACHED_VERBS = new Set(wordClass("change-to-verbs").filter((w) => [...w].length > 1));

/** Words jieba tags as places that name none in a question (城镇, 惠及). */
export const NOT_PLACES = new Set(wordClass("not-places"));
/** Words for "a figure" that ask for one at a question's end (GDP数据), and name a thing before a noun (数字经济). */
export const FIGURE_NOUNS = new Set(wordClass("figure-nouns"));

/** A class by size typed without a number: 亿元以上, 千万元以上 (coverage.ts finds it only where no number leads it). */
export const SIZE_CLASS = /(?<![\d.〇零一二两三四五六七八九十百千万亿])(?:千万|百万|万|亿)元以上/g;
/**
 * A figure with its unit typed in the question ("60岁", "2000元", "1000万", "3岁以下") is part of the
 * metric's name, not a year and not the answer: any unit of zh/units.ts, or a magnitude, but not 年.
 */
export const NUMBER_TERM = new RegExp(`\\d+(?:\\.\\d+)?(?:(?:万亿|亿|万|千)(?:${UNIT_ALTERNATION})?|(?!年)(?:${UNIT_ALTERNATION}))`, "g");
/** A list of the top so many typed ("民企500强"): a name to find whole (zh/figures.ts TOP_LIST_NAME). */
export const TOP_LISTS_NAMED = new RegExp(TOP_LIST_NAME.source, "g");
/** A sum in Chinese numerals before 亿 or 万亿 ("四万亿", "三千亿"); not 千万 (an adverb too) nor 千亿 alone. */
export const CHINESE_MAGNITUDE = /([一二三四五六七八九十两][一二三四五六七八九十两百千]*)(万亿|亿)/g;
/** pm2.5, gdp, r&d, m2: Latin letters with the digits and dots that belong to them. */
export const LATIN_TERM = /\d*[a-z][a-z0-9&]*(?:\.\d+)?/g;

/** Whether a word holds another name (two characters or more) of the word before it, not that word itself. */
export function restates(word: QueryTerm, before: QueryTerm): boolean {
  return before.alternatives.some((alt) => alt !== before.word && alt.length >= 2 && word.word.includes(alt));
}

/** What joins two items of a list in a question. */
const COORDINATORS = ["和", "与", "及", "、"];

/**
 * Each word asked with the longer words asked beside it in a list that hold it: "工业和手工业总产值" asks
 * 工业 and 手工业, and 工业 inside 手工业 ("手工业总产值达到了一百三十三亿七千万元") is not 工业. Not a word
 * and a longer one it heads ("建设项目中义务教育项目"), nor a character alone (减 of 减少).
 */
export function withWordsOutside(terms: readonly QueryTerm[], text: string): QueryTerm[] {
  const listed = (a: string, b: string) => COORDINATORS.some((and) => text.includes(`${a}${and}${b}`) || text.includes(`${b}${and}${a}`));
  return terms.map((t) => {
    if (t.isPlace || t.word.length < 2) return t;
    const holders = terms
      .filter((o) => o !== t && !o.isPlace && o.word.length > t.word.length && o.word.includes(t.word) && listed(t.word, o.word))
      .map((o) => o.word);
    return holders.length > 0 ? { ...t, outside: holders } : t;
  });
}

export function term(word: string, isPlace = false): QueryTerm {
  const alternatives = synonymsOf(word);
  // "钢产量" is printed "钢…万吨", "出口额" "出口…亿元", "游客接待量" "接待游客…万人次": the unit says 产量, 额
  // or 量, so the rest names the metric.
  // (投资总额: 投资, not 投资总; a 总量 is no 量 of a product: 经济总量 is not 经济.)
  const product = /^(.+?)(总)?产量$/.exec(word)?.[1] ?? /^(.{2,}?)(总)?额$/.exec(word)?.[1] ?? /^(.{2,})(?<!总)量$/.exec(word)?.[1];
  if (product) alternatives.push(product);
  // "人均绿地面积" is printed "人均公共绿地达到8.18平方米": the unit says 面积, so the rest names what is measured.
  const measured = /^(\p{Script=Han}{2,})面积$/u.exec(word)?.[1];
  if (measured && !alternatives.includes(measured)) alternatives.push(measured);
  // "钢铁行业" is printed "钢铁工业" as often: a 行业 is the 工业 or 产业 of its stem, or its 业 ("软件产业产值" is printed
  // "软件业产值达230亿元", 厦门 2010).
  const sector = /^(\p{Script=Han}{2,})(行业|产业)$/u.exec(word);
  if (sector)
    for (const name of sector[2] === "行业" ? SECTOR_NAMES : ["业"]) if (!alternatives.includes(sector[1] + name)) alternatives.push(sector[1] + name);
  // "高速公路总里程" is printed "高速公路里程…17.7万公里": a total is printed as the thing totalled.
  const whole = /^总(\p{Script=Han}{2,})$/u.exec(word)?.[1];
  if (whole && !alternatives.includes(whole)) alternatives.push(whole);
  // "工业产值" is printed "工业总产值": an output value is printed as the total of its sector.
  const sectorOutput = /^(\p{Script=Han}{2,})产值$/u.exec(word)?.[1];
  if (sectorOutput && !alternatives.includes(`${sectorOutput}总产值`)) alternatives.push(`${sectorOutput}总产值`);
  // "固投增速" is answered by "固定资产投资…比上年下降4.2%": a rate of change asked as a noun may be a fall.
  if (RATE_OF_CHANGE_NOUN.test(word)) for (const fall of FALL_VERBS) if (!alternatives.includes(fall)) alternatives.push(fall);
  return { word, alternatives, isPlace, isPeriod: false };
}

/** What the reports call a sector (行业) of the economy: 钢铁工业, 文化产业. */
const SECTOR_NAMES = ["工业", "产业", "业"];

/** A rate of change asked as a noun (增速, 增幅, 涨幅). */
const RATE_OF_CHANGE_NOUN = new RegExp(`^${anyOf("rate-of-change-nouns")}$`);
const FALL_VERBS = wordClass("fall-verbs");
