/**
 * Refusals by plan period: a part of the period, one year inside it, a span of other years, a span ending inside
 * it, a report written before it.
 */
import { namesPlanPeriod } from "../facts.ts";
import { fromToYears } from "../facts/years.ts";
import { openingSpan } from "../../zh/years.ts";
import type { Refusal } from "./types.ts";

export const partOfThePlanPeriodAsked: Refusal = {
  name: "part of the plan period asked",
  cheap: true,
  // "“十一五”前四年累计单位国内生产总值能耗下降14.38%" is four years of five: for 十一五 the report that
  // reviews the whole period answers ("五年累计，单位国内生产总值能耗下降19.1%").
  refuses: (a) =>
    a.q.period !== null && FIRST_YEARS_OF_SPAN.test(a.sentence.slice(0, a.fact.figure.start)) && !FIRST_YEARS_OF_SPAN.test(a.q.text)
      ? "part of the plan period asked (前四年…)"
      : null,
};

export const oneYearOfAPeriod: Refusal = {
  name: "one year of a period",
  cheap: true,
  // "十一五期间…完成多少座": one year's figure inside the period (2009's 6183座) is a part of what is
  // asked, not the period's; its last year's level, a figure over several years, or a plan may answer, and
  // so may the year asked with it ("83年有多少种主要产品提前完成六五指标").
  refuses: (a) =>
    a.q.period &&
    a.q.dataYear !== a.year &&
    !a.fact.multiYear &&
    a.fact.kind === "actual" &&
    a.year !== null &&
    a.year >= a.q.period[0] &&
    a.year < a.q.period[1]
      ? "one year inside the period asked"
      : null,
};

export const aSpanOfOtherYearsThanThePeriod: Refusal = {
  name: "a span of other years than the period",
  cheap: true,
  // "六五期间城镇安排就业多少人" (1981–1985) against "从一九七九年到一九八一年，…用于安排城镇二千六百万人就业的支出…":
  // the years a sentence opens with are what its figures count, and these are not the plan's.
  refuses: (a) => {
    const span = a.q.period ? openingSpan(a.sentence) : null;
    // (A plan's span may be printed from its base year: 从一九八○年到一九八五年 is 六五's.)
    return span && a.q.period && (span[0] < a.q.period[0] - 1 || span[1] > a.q.period[1] || span[1] < a.q.period[1] - 1)
      ? `over ${span[0]}–${span[1]}, and the period ${a.q.period[0]}–${a.q.period[1]} was asked`
      : null;
  },
};

export const aSpanEndingInsideThePeriod: Refusal = {
  name: "a span ending inside the period",
  cheap: true,
  // "十二五城镇新增就业总共多少" (2011–2015) against gwr-2013's five years' "累计新增城镇就业5870万人" (2008–2012): what
  // years ending inside the period did is no figure of the whole period; the report reviewing it states that.
  // A sentence naming the period is of it, though its report came before the period's end ("第一个五年合计为二十八万人",
  // June 1957). So is one from the period's base year in the report reviewing the period, whose last year's data were
  // not yet out ("全社会研发投入从2020年的1510.8亿元增至2024年的2453.1亿元、年均增长12.9%", 深圳 2026, for 十四五).
  refuses: (a) =>
    a.q.period &&
    a.q.dataYear === null &&
    a.fact.multiYear &&
    a.fact.kind === "actual" &&
    a.year !== null &&
    a.year >= a.q.period[0] &&
    a.year < a.q.period[1] &&
    !namesPlanPeriod(a.sentence.slice(0, a.fact.figure.start), a.q.period) &&
    !(fromToYears(a.sentence)?.from === a.q.period[0] - 1 && (a.report.rules.actualYear ?? 0) >= a.q.period[1])
      ? "a span ending inside the period asked"
      : null,
};

export const reportBeforeThePeriod: Refusal = {
  name: "report before the period",
  cheap: true,
  // "八五期间GDP年均增长" against gwr-1988's "到1992年…平均每年增长7.5%左右": a report written before a
  // plan period was set (the year before its first at the earliest) speaks of other years.
  refuses: (a) =>
    a.q.period !== null && a.report.rules.speaksFrom !== null && a.report.rules.speaksFrom < a.q.period[0] - 1 ? "a report from before the period asked" : null,
};

/** The first years of a span, not all of it: 前四年, 头两年; not 提前两年 ("收入提前两年翻一番": ahead of the plan). */
const FIRST_YEARS_OF_SPAN = /(?<!提)(?:前|头)[一二两三四]年/;
