/**
 * Refusals by spans of years against one year: a change or a sum over years, one year for a running total, the
 * span of recent years asked.
 */
import { isCountClass } from "../coverage.ts";
import { marksYears, planPeriodOpening } from "../facts.ts";
import { YEARLY_AVERAGE } from "../facts/multi-year.ts";
import { partStartBefore } from "../../zh/text.ts";
import { AT_YEAR_END_ASKED, LONGEST_PRINTED_SPAN, openingSpan, spanNamed, USUAL_SPAN_YEARS, PLAN_HORIZON, yearCount } from "../../zh/years.ts";
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { PLAN_NAME } from "../../zh/plan-periods.ts";
import { CHANGE_NOT_TO_LEVEL, CHANGE_TO_LEVEL } from "../../zh/change-grammar.ts";
import type { Assessment, Refusal } from "./types.ts";
import { LEVEL_REACHED_LEAD, SUMS } from "./shared.ts";

/** A total or an average over years asked: 累计, 共计, 年均, 平均每年. */
const SPAN_TOTAL_ASKED = new RegExp(anyOf("span-total-words"));

export const changeOverYearsForOneYear: Refusal = {
  name: "change over years for one year",
  cheap: true,
  // "2005年农民人均纯收入实际涨了多少" against the 十五 review's "分别实际增长…29.2%": a change over
  // several years is not one year's (a level reached at the span's end is a point, and may answer).
  // A change against a year named (比64年增长了多少) is asked over years, as is an average asked ("2004年起农业税税率平均
  // 每年降多少": "从今年起，逐步降低农业税税率，平均每年降低1个百分点以上").
  refuses: (a) =>
    a.q.dataYear !== null &&
    !a.q.multiYear &&
    !a.q.changeAgainstBase &&
    !YEARLY_AVERAGE.test(a.q.text) &&
    !COMPARED_IN_QUESTION.test(a.q.text) &&
    a.fact.multiYear &&
    a.fact.spanPoint === null &&
    (a.fact.role === "change" || (a.fact.figure.unitClass === "percent" && CHANGE_NOT_TO_LEVEL.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))))
      ? "a change over several years, and one year was asked"
      : null,
};

export const oneYearForARunningTotal: Refusal = {
  name: "one year for a running total",
  cheap: true,
  // "营改增一共减了多少税" against "全面推开营改增试点，全年降低企业税负5700多亿元": asked for a total over no
  // year in particular, a figure its clause gives as one year's is a part of it.
  refuses: (a) =>
    a.q.asksTotal &&
    a.q.dataYear === null &&
    a.q.period === null &&
    !a.fact.multiYear &&
    ONE_YEAR_MARK.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)) &&
    !totalWordEchoed(a.q.text, a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
      ? "one year's figure, and a total was asked"
      : null,
};

export const spanForOneYear: Refusal = {
  name: "span for one year",
  cheap: true,
  // "五年中央财政用于科技的投入达到3406亿元", "1932年到1936年五年间…粮食产量合计只一万三千亿斤",
  // "年均增长5.1%": a sum or an average over years, in the figure's own words, does not answer for one year.
  // (A concentration's 年均 is its annual mean: "细颗粒物年均浓度控制在29微克/立方米左右".)
  // A question asking a sum or an average itself ("2004年起农业税税率年均降多少") asks for no one year, nor
  // does one asking the last few years' (近五年…总量), or the years a plan gives itself ("1978年提出三年内把人口自然
  // 增长率降到多少": "争取在三年内把…降到百分之一以下"). So is a figure set against a plan period's.
  // Nor is the level a change starts from ("累计城镇新增就业39万人，…收入分别由19507元、6776元增加到…": 2012's).
  // Nor is a count over years ending in a year-end asked that adds nothing up ("到1997年底多少个城市建立了…":
  // "五年来…300多个城市建立了居民最低生活保障制度"): it is where things stood then.
  refuses: (a) =>
    a.q.dataYear !== null &&
    !stoodAtYearEndAsked(a) &&
    !a.q.multiYear &&
    a.q.recentSpan === null &&
    a.fact.role !== "before" &&
    !SPAN_TOTAL_ASKED.test(a.q.text) &&
    !PLAN_HORIZON.test(a.q.text) &&
    a.fact.figure.unitClass !== "concentration" &&
    (COMPARED_WITH_PLAN_PERIOD.test(a.sentence.slice(a.fact.figure.end)) ||
      countsOverSpan(a) ||
      sumsYears(
        a.sentence.slice(a.fact.clause[0], a.fact.figure.start),
        a.sentence.slice(0, a.fact.figure.start),
        // (A target's 累计 with no span named is where a count is to stand: "五类社会保险参保人数累计达到4200万人以上", 云南 2013's
        // plan for the year.)
        a.fact.multiYear && a.fact.kind !== "target" && a.fact.yearSource !== "sentence" && a.fact.yearSource !== "clause",
        a.fact.yearSource === "clause",
      ))
      ? "a sum over years, and one year was asked"
      : null,
};

export const oneYearForRecentYears: Refusal = {
  name: "one year for recent years",
  cheap: true,
  // 近五年城镇新增就业: one year's figure is not the span's, nor is a five-year one for 近三年. The level a span's
  // review says was reached is its last year's, and is what "过去五年…提到多少" asks.
  refuses: (a) =>
    a.q.recentSpan !== null &&
    !(a.fact.multiYear && spanAgrees(a.q.recentSpan, a.sentence, a.fact.figure.start)) &&
    !(a.fact.spanYears === a.q.recentSpan && CHANGE_TO_LEVEL.test(a.q.text))
      ? "not the span of recent years asked"
      : null,
};

/** A question comparing with another time ("比64年增长了多少"): a change over years is asked. */
const COMPARED_IN_QUESTION = /比(?!重|例)/;
/** A clause giving its figure as one year's: "全年降低企业税负…", "当年新增…". */
const ONE_YEAR_MARK = /全年|当年|今年|去年|上年/;
const TOTAL_WORDS_ASKED = new RegExp(alternation("total-words"), "g");

/** "接待游客总数" against "全年全市接待游客总数2853.51万人次": the figure's own words name the total asked, of parts, not of years. */
function totalWordEchoed(question: string, lead: string): boolean {
  return (question.match(TOTAL_WORDS_ASKED) ?? []).some((word) => lead.includes(word));
}

/** A count of years opening a clause ("五年中央财政…"; not 三年级, 三年制, 普及九年义务教育). */
const SPAN_OPENS = /^[^，,；;]{0,4}?(?<![零〇一二三四五六七八九十\d])[两二三四五六七八九十]{1,2}年(?![级制]|义务)/;
/** A span counted in so many words: 五年来, 三年间, 五年累计. */
const SPAN_COUNTED = /(?<![\d零〇一二三四五六七八九十])[两二三四五六七八九十\d]{1,2}年(?:来|间|以来|累计|合计)/;
/** A year range: 1952年到1956年. */
const YEAR_RANGE = /(?:19|20)\d\d年?(?:到|至|—|-)(?:19|20)\d\d年/;

/**
 * A count of things done under a review of several years, its sentence saying nothing of years itself ("过去五年…
 * 提请全国人大常委会审议法律议案50件"): what the years did, not one year's, unless the clause states a level reached
 * (达到, 共有, 总数) or a yearly figure (每年惠及3700多万学生). (A sentence's own mark of years may be of another clause:
 * "…连续两年快于城镇居民；…全年人均增加1680元，5700多万人受益".)
 */
function countsOverSpan(a: Assessment): boolean {
  return (
    a.fact.multiYear &&
    a.fact.yearSource !== "sentence" &&
    a.fact.yearSource !== "clause" &&
    a.fact.role === "level" &&
    (isCountClass(a.fact.figure.unitClass) || (SUMS.has(a.fact.figure.unitClass) && DONE_LEAD.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)))) &&
    !marksYears(a.sentence.slice(0, a.fact.figure.start)) &&
    !LEVEL_STATED.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
  );
}
/**
 * An amount of work done in its own clause's words: "新建高标准农田4.56亿亩" under gwr-2023's review of five years is theirs,
 * as a count is.
 */
const DONE_LEAD = /(?:新建|新增|建成|改造|改扩建|淘汰|退出|压减|开工|完成|治理|解决|减少)[^，,；;。]{0,16}$/;
/** Words that make a count a level reached, or a year's, which fits one year as well as several. */
export const LEVEL_STATED = /达到|达|增至|增加到|提高到|增长到|上升到|扩大到|超过|突破|为|共有|拥有|总数|总量|有|每年|全年/;

/**
 * A sum or an average over years: in the figure's own lead, or 累计 before it in a sentence that names
 * its span, or in a paragraph reviewing a span ("“十四五”时期，…。累计发行地方政府债券7899.9亿元").
 */
function sumsYears(ownLead: string, beforeFigure: string, overSpan: boolean, ownYear: boolean): boolean {
  // A level a span reaches is no sum of its years: "三年内参保率均提高到90%以上" is the level at the span's end.
  // (Not 总量 under a span: "“十四五”时期，全市一般公共预算收入总量达1670亿元" sums its years.)
  if (LEVEL_REACHED_LEAD.test(ownLead) && !SUM_WORD.test(ownLead) && !TOTAL_WORD.test(ownLead) && !YEARLY_AVERAGE.test(ownLead)) return false;
  // A sentence opening with its years speaks of all of them: "从一九七四年到一九七六年，…全国大约损失工业总产值一千亿元，钢产量
  // 二千八百万吨" is no 1976 output (a clause naming its own year is that year's: "…，其中去年超收2573亿元").
  // So does one opening with a count of years it reviews: "五年间全国…使用国外贷款153.8亿美元，吸收外商直接投资87.8亿美元".
  // (A clause of what each of those years saw is any one's: "近五年共落实…近20亿元,每年落实各项社会资助资金近1000万元".)
  // So does a clause of its part opening with one: "…，五年实际利用外资226.8亿美元，实际到位内资、进出口总额分别突破5000亿元和
  // 600亿美元" (沈阳 2016).
  const partClauses = beforeFigure.slice(partStartBefore(beforeFigure, beforeFigure.length)).split(/[，,]/);
  // (The count opening it: "也是几十年以来我国最大的一次灾荒" counts no years of its figures.)
  const spanOpens =
    openingSpan(beforeFigure) !== null || opensCountedSpan(beforeFigure) || partClauses.some((c) => CLAUSE_OPENING_COUNT.test(c) && opensCountedSpan(c));
  if (!ownYear && spanOpens && !OLD_LEVEL_LEAD.test(ownLead) && !/每年/.test(ownLead)) return true;
  // An average over years (年均增长5.1%, 平均每年城镇新增就业1000多万人) is no one year's figure either.
  if (SPAN_OPENS.test(ownLead) || SPAN_COUNTED.test(ownLead) || YEARLY_AVERAGE.test(ownLead)) return true;
  // A clause that names its own year after a sum is that year's: "…五年累计7.79万亿元，年均增长21.58%，
  // 2012年占国内生产总值比例达到4%".
  if (ownYear && !SUM_WORD.test(ownLead)) return false;
  return (
    (SUM_WORD.test(beforeFigure) || TOTAL_WORD.test(ownLead)) &&
    (overSpan || spanNamed(beforeFigure) !== null || YEAR_RANGE.test(beforeFigure) || planPeriodOpening(beforeFigure) !== null)
  );
}
const SUM_WORD = new RegExp(anyOf("sum-words"));

/** A sentence opening with the count of years it reviews: "五年间…", "过去五年，", "三年来，", "五年新增…、新增…". */
function opensCountedSpan(sentence: string): boolean {
  const first = /^[^，,；;]*/.exec(sentence)![0];
  // (Not a count of years naming something else: "三年新冠疫情防控转段后，…".)
  return SPAN_OPENS.test(first) && (SPAN_COUNTED.test(first) || /^过去/.test(first) || SPAN_THEN_DONE.test(first));
}
/** A clause that opens with a count of years itself: "五年实际利用外资…", "过去五年…". */
const CLAUSE_OPENING_COUNT = /^\s*(?:过去|近)?[两二三四五六七八九十]{1,2}年/;
/** A count of years followed by what was done in them: "五年新增…", "三年累计…". */
const SPAN_THEN_DONE = /[两二三四五六七八九十]{1,2}年(?:新增|新建|累计|共|投入|安排|完成|减少|增加|解决|实际|实现|引进)/;
/** A clause stating where a change started: "已由五百九十八所增加到…" (its figure is the span's first year's). */
const OLD_LEVEL_LEAD = /[由从]\s*$/;

/** Whether the question asks a year's end and the figure, of that year, is a count that adds nothing up (no 新增, 累计, 增加). */
function stoodAtYearEndAsked(a: Assessment): boolean {
  return AT_YEAR_END_ASKED.test(a.q.text) && a.fact.year === a.q.dataYear && !ADDS_UP.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start));
}
/** What makes a figure over years an amount added, not a level: "新增", "累计", "增加了" (not "增加到"). */
const ADDS_UP = new RegExp(`${anyOf(["increment-verbs", "sum-words"])}|共|(?:增加|减少|提高|下降)了?(?![到至])`);

/**
 * A figure set against a plan period's right after it is that period's too: "…支出达3164亿元，比“十三五”时期增加160亿元"; so
 * is one set against the five years before ("实现进出口贸易581.3亿美元，分别较上一个五年增长…", 陕西 2013).
 */
const COMPARED_WITH_PLAN_PERIOD = new RegExp(`^[^，,；;。]{0,6}[，,](?:分别)?(?:比|较)(?:[“"]?(?:${PLAN_NAME})[”"]?(?:时期|期间)|上一?个五年)`);
/**
 * 总量 sums over years only in the figure's own clause, under a span: "“十四五”时期，全市一般公共预算收入
 * 总量达1670亿元" (not "经济总量跃上新台阶，生产总值达到3353.3亿元", a level).
 */
const TOTAL_WORD = /总量/;

/**
 * A count of years (五年, 十年, 3年), not a calendar year's end (2022年) nor a time in one (年底, 年前), nor the years of a
 * stage of schooling ("近五年共落实贫困家庭学生学前三年、义务教育和普通高中教育资助资金近20亿元": 五年 is the span).
 */
const YEARS_COUNT = /(?<![\d〇零一二三四五六七八九十]|学前)([两二三四五六七八九十]{1,2}|\d{1,2})年(?![前后底末初度级内制]|义务)/g;

/**
 * A figure over several years spans the asked count: as the nearest count of years before it says
 * ("五年年均增长5.2%，十年…年均增长6.2%": 6.2% is ten years'), else its sentence (三年累计), else the usual five.
 */
function spanAgrees(asked: number, sentence: string, figureStart: number): boolean {
  const nearest = [...sentence.slice(0, figureStart).matchAll(YEARS_COUNT)].at(-1);
  const counted = nearest ? yearCount(nearest[1]!, LONGEST_PRINTED_SPAN) : null;
  return (counted ?? spanNamed(sentence) ?? USUAL_SPAN_YEARS) === asked;
}
