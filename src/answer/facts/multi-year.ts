/** Whether a figure speaks of several years (五年累计, 年均, "十二五"时期), or of a level as it stands. */
import type { FigureSpan } from "../../zh/figures.ts";
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { partStartBefore } from "../../zh/text.ts";
import { REACHES_BEFORE_FIGURE, SUMMED } from "../../zh/change-grammar.ts";
import { YEARS_COUNTED } from "../../zh/years.ts";

/**
 * Before a figure, it speaks of several years: 五年累计, 年均, "十二五"时期, or a run of years ("经济增长连续
 * 四年达到或略高于10%", "民生支出占比连续五年保持在80%左右"), the years counted back ("在过去四年中共增加了一千九百零五亿斤",
 * 近三年, 前三年), but for the base a year built on ("油料在
 * 连续三年大增产的基础上，又增长17%左右" is 1981's).
 */
const MULTI_YEAR = new RegExp(
  `(?<!${alternation("one-year-leads")})${anyOf("multi-year-marks", "multi-year-false-friends")}|连续(?:[两二三四五六七八九十]|\\d{1,2})(?:个)?年(?![^，,；;。]*基础上)|(?<![\\d〇零一二三四五六七八九十])${YEARS_COUNTED}(?:来|以来)|(?:近|最近|过去|前)${YEARS_COUNTED}|(?<![\\d〇零一二三四五六七八九])[两二三四五六七八九十]{1,2}年中(?![央国期])`,
);
const MULTI_YEAR_ALL = new RegExp(MULTI_YEAR.source, "g");
/** Whether a text says it speaks of several years (五年累计, 近三年, 连续四年). */
export function marksYears(text: string): boolean {
  return MULTI_YEAR.test(text);
}

/** A yearly average over years ("年均增长8.8%", "平均每年增长"): after a change from one year to another, over those years. */
export const YEARLY_AVERAGE = /年均|平均每年|每年平均/;

/** "现已达到155个", "目前有…": a level as it stands when the report is written. */
export const STANDS_NOW = /现已|现有|现在|目前|如今/;
/** "已达2.5亿", "已经超过…", "已经发展到十万个": so already when the report was written. */
export const ALREADY = /已(?:经)?(?:达|超|突破|(?:发展|增加|增长|提高|上升)[到至])/;
/** …or a stock that stands ("已设21个自由贸易试验区", "已有…", "覆盖10.5亿人"): a level, not what the years did. */
const STOCK_STANDS = new RegExp(`${ALREADY.source}|已(?:经)?(?:设|建|有)|覆盖$`);

/**
 * A level reached ("增加到20.4万亿元", "突破40万亿元", "已设21个…"), unless summed over the years (累计达到):
 * a point in time, the span's last year.
 */
export function reachedLevel(before: string, figure: FigureSpan): boolean {
  if (SUMMED.test(before)) return false;
  return REACHES_BEFORE_FIGURE.test(before) || STOCK_STANDS.test(before) || /突破|超过|逾/.test(figure.qualifier);
}

/**
 * A mark of several years (五年累计, 年均, "十二五"时期) governs the figure from the sentence's lead
 * (the clauses before its first figure's), or from the figure's own clause: "货物进出口总额年均增长
 * 8.6%，突破40万亿元" gives 8.6% over the years, and 40万亿元 as the level reached.
 */
export function spanMarked(sentence: string, clauses: Array<[number, number]>, clause: [number, number], figure: FigureSpan, first: FigureSpan): boolean {
  const firstClause = clauses.find(([s, e]) => first.start >= s && first.start < e) ?? [0, 0];
  // A span before the first figure governs it from its own part of the sentence, or from the sentence's opening clause
  // ("过去五年，…；…"): not from a clause of an earlier part ("…，连续两年快于城镇居民；…；连续第7年提高企业退休人员基本养老金，
  // 全年人均增加1680元", gwr-2012: 2011's).
  const partStart = partStartBefore(sentence, firstClause[0]);
  const opening = clauses[0]?.[1] ?? 0;
  const earlier = [...sentence.slice(0, firstClause[0]).matchAll(MULTI_YEAR_ALL)].map((m) => m.index);
  return (
    OPENS_WITH_SPAN.test(sentence) ||
    earlier.some((at) => at < opening || at >= partStart) ||
    // "…，五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四": the span opening the first
    // figure's clause governs the clauses listed after it too.
    MULTI_YEAR.exec(sentence.slice(firstClause[0], first.start))?.index === 0 ||
    // …and so does one opening a later clause, in the figure's part ("世界500强企业在沈投资项目112个，五年实际利用外资
    // 226.8亿美元，实际到位内资、进出口总额分别突破5000亿元和600亿美元").
    // (A count of years, not a sum alone: "…累计达100家，其中境内A股上市公司80家" is no span.)
    clauses.some(([s, e]) => s >= partStartBefore(sentence, clause[0]) && s <= clause[0] && opensWithYearsCounted(sentence.slice(s, e))) ||
    MULTI_YEAR.test(sentence.slice(clause[0], figure.start))
  );
}

/** Whether a clause opens with a mark of several years that counts them ("五年实际利用外资…", "近三年…"). */
function opensWithYearsCounted(clause: string): boolean {
  const mark = MULTI_YEAR.exec(clause);
  return mark?.index === 0 && COUNT_OF_YEARS_MARK.test(mark[0]);
}
const COUNT_OF_YEARS_MARK = new RegExp(YEARS_COUNTED);

/** "五年内扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩": the years within which, opening the sentence, govern all of it. */
const OPENS_WITH_SPAN = new RegExp(`^(?:${YEARS_COUNTED})内`);
