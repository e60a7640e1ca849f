/**
 * Refusals by the year and the point of it: the year itself, the year's start or end, part of a year, a month.
 */
import type { Question } from "../../question/types.ts";
import type { Fact } from "../facts.ts";
import { MONTH_BEFORE_DECEMBER, PART_OF_YEAR } from "../../zh/text.ts";
import { undatedYears, type YearRules } from "../year-rules.ts";
import type { Refusal } from "./types.ts";

export const year: Refusal = {
  name: "year",
  cheap: true,
  refuses: (a) => ((a.q.dataYear !== null || a.q.period) && !yearFits(a.q, a.year, a.fact, a.report.rules) ? "year does not fit" : null),
};

export const anotherPointOfTheYear: Refusal = {
  name: "another point of the year",
  cheap: false,
  // "2025年初市级预算稳定调节基金余额31,737万元，…2025年末余额29,434万元" for 年末余额: the figure's own words
  // name the year's start, and its end was asked (or the other way round).
  refuses: (a) => {
    const asked = yearPointOf(a.q.text);
    // …or the words right before it: "由年初的400多万人扩大到年末的1120多万人".
    const near = a.sentence.slice(Math.max(a.fact.clause[0], a.fact.figure.start - YEAR_POINT_BEFORE), a.fact.figure.start);
    const own = yearPointOf(a.coverage!.ownWords) ?? yearPointOf(near);
    return asked && own && asked !== own ? `the year's ${own}, and its ${asked} was asked` : null;
  },
};

export const partOfAYear: Refusal = {
  name: "part of a year",
  cheap: true,
  // "一九五八年上半年…高等学校学生一万六千人": half a year's figure does not answer for the year; nor, for
  // a question without a year, for the latest ("宝安GDP总量多少": not "前三季度，前海GDP实现1543.4亿元").
  refuses: (a) => (aboutPartOfYear(a.sentence, a.fact) && !PART_OF_YEAR.test(a.q.text) ? "part of a year, and a year was asked" : null),
};

export const aMonthForTheYearsEnd: Refusal = {
  name: "a month for the year's end",
  cheap: true,
  // "1954年底…发展到多少个": "农业生产合作社在今年八月已经发展到十万个" is August's, not the year-end's "将近五十万个".
  refuses: (a) =>
    YEAR_END_ASKED.test(a.q.text) && MONTH_LEVEL_BEFORE_DECEMBER.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
      ? "a month's level, and the year's end was asked"
      : null,
};

/** How many characters right before a figure may name its point of the year ("年末的"). */
const YEAR_POINT_BEFORE = 4;

/** The point of the year a text names, the start (年初) or the end (年末, 年底), or null for neither or both. */
function yearPointOf(text: string): "start" | "end" | null {
  const start = /年初/.test(text);
  const end = /年末|年底/.test(text);
  return start === end ? null : start ? "start" : "end";
}

/**
 * Whether a figure is about part of a year: its own clause names the part before it, or the
 * sentence opens with it ("一九五八年上半年小学生有…"), and its clause does not say 全年.
 */
function aboutPartOfYear(sentence: string, fact: Fact): boolean {
  const ownLead = sentence.slice(fact.clause[0], fact.figure.start);
  // "下半年…加快，全年增长19·5%，全社会固定资产投资增长14·1%": 全年 since the lead speaks of the year.
  if (/全年/.test(sentence.slice(0, fact.figure.start))) return false;
  return PART_OF_YEAR.test(ownLead) || PART_OF_YEAR.test(/^[^，,；;]*/.exec(sentence)![0].slice(0, 16));
}

/** A year's end asked: 1954年底, 去年末. */
const YEAR_END_ASKED = /年[底末]/;
/** A month before December, as a level's time: 今年八月, 9月底 (not 十二月, nor a span of months 1-9月). */
const MONTH_LEVEL_BEFORE_DECEMBER = new RegExp(String.raw`(?<![\d一二三四五六七八九十])${MONTH_BEFORE_DECEMBER}(?!份?[至到—\-~～])`);

function yearFits(q: Question, year: number | null, fact: Fact, rules: YearRules): boolean {
  if (year === null) return false;
  // A year of the period named with it ("二五计划原定一九六二年钢产量指标") is the year asked: 1959's plan is no 1962's
  // (a figure of no year of its own is the period's, as before).
  const yearOfPeriod = q.period !== null && q.dataYear !== null && q.dataYear >= q.period[0] && q.dataYear <= q.period[1];
  if (q.period && yearOfPeriod && fact.year !== null)
    return year === q.dataYear || (fact.multiYear && q.dataYear === q.period[1] && year >= q.period[0] && year <= q.period[1]);
  if (q.period) return year >= q.period[0] && year <= q.period[1];
  if (year === q.dataYear) return true;
  // Without a year of its own, a stated fact may be about the year the report speaks from or the
  // one its genre implies (a plan is about its target year only).
  if (fact.year === null && fact.kind === "actual" && undatedYears(rules).includes(q.dataYear!)) return true;
  // A span asked ("1998到2002年…五年共计") or stated (五年累计) ends in the asked year.
  return q.multiYear && fact.multiYear && Math.abs(year - q.dataYear!) <= 1;
}
