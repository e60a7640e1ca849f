/**
 * What a sentence's figures are read against, beyond the sentence: the year its section heading
 * or an earlier sentence makes the topic, whether the section reads as plans, the sentence before
 * it (a lead-in ending in a colon governs a list), and the years a paragraph names at all.
 */
import { REVIEW_LEAD } from "../search/index/review-leads.ts";
import { paragraphSearchText, type Corpus, type IndexedReport, type StoredParagraph } from "../search/corpus.ts";
import { placeByCode } from "../zh/places.ts";
import { anyOf, wordClass } from "../zh/word-classes.ts";
import { PLAN_NAME, PLAN_PERIOD, planNamed, plansNamed, planYears } from "../zh/plan-periods.ts";
import { spanNamed, TERM_OF_GOVERNMENT, USUAL_SPAN_YEARS, yearMentions, yearsNamed } from "../zh/years.ts";
import { extractFigures } from "../zh/figures.ts";
import { yearRules } from "./year-rules.ts";
import { budgetLevelsNamed, lastBudgetLevel, type BudgetLevel } from "./budget-level.ts";
import type { SentenceContext, SentenceSpan } from "./facts.ts";

/**
 * A sentence opening with a span of years: 五年来，…; “十四五”时期，… (within its first clause); or a plan's name quoted as
 * its topic ("“十一五”我区经济社会发展的指导思想是：…", 宁夏 2006).
 */
const SPAN_LEAD = new RegExp(`^[^，,。；]{0,6}(?:${anyOf("span-leads")}|“?(?:${PLAN_NAME})”?(?:时期|期间|以来))|^“(?:${PLAN_NAME})”`);

/** A span named anywhere in a heading ("一、过去五年政府工作的回顾"). */
const SPAN_LEAD_ANYWHERE = new RegExp(anyOf("span-leads"));

/** The five years a review speaks of (五年来, 过去五年) and those a plan does (今后五年). */
const FIVE_YEARS_PAST = new RegExp(
  wordClass("span-leads")
    .filter((lead) => lead.includes("五年"))
    .join("|"),
);
const FIVE_YEARS_AHEAD = new RegExp(anyOf("plan-span-leads"));

/**
 * The plan periods a paragraph speaks of without naming them: 五年来 in the 2026 report is 十四五
 * (2021–2025), 今后五年 in the 2006 one 十一五. A question naming the period finds them so.
 */
export function periodsSpoken(text: string, report: Pick<IndexedReport, "genre" | "year" | "title">): string[] {
  const rules = yearRules(report);
  const names: Array<string | null> = [];
  if (rules.actualYear !== null && FIVE_YEARS_PAST.test(text)) names.push(planNamed(rules.actualYear - 4, rules.actualYear));
  if (rules.targetYear !== null && FIVE_YEARS_AHEAD.test(text)) names.push(planNamed(rules.targetYear, rules.targetYear + 4));
  return names.filter((n): n is string => n !== null);
}

/** Headings that announce plans rather than a review: figures under them are targets by default. */
const PLAN_HEADING = new RegExp(anyOf("plan-headings"));
/** A work report's review of the past: its later top-level sections plan (see sectionPlans). */
const REVIEW_HEADING = new RegExp(anyOf("review-headings"));
const CLOSING_HEADING = new RegExp(anyOf("closing-headings"));

/**
 * A plan named as what a heading reviews: "一、“六五”计划执行情况的回顾" announces no plan, nor does a plan said to have
 * gone well ("一、实施“十二五”规划实现良好开局", 吉林 2012: the year under way reviewed), nor tasks said done ("一、五次会议
 * 确定任务的完成情况和五年工作回顾", 陕西 2013).
 */
const REVIEWED_PLAN = /(?:计划|规划|任务)(?=的?(?:执行|完成)情况|的?回顾|(?:实现|取得|顺利|胜利|圆满))/g;
const plans = (heading: string) => PLAN_HEADING.test(heading.replace(REVIEWED_PLAN, " "));

/**
 * A work report's top-level section after its review of the past is the year's plan, though its
 * heading names no plan (gwr-2015: "一、2014年工作回顾", "二、2015年工作总体部署", then
 * "五、持续推进民生改善和社会建设", where "补助标准由35元提高到40元" is 2015's).
 */
function sectionPlans(report: IndexedReport, topHeading: string): boolean {
  const sections = report.sections;
  if (report.genre !== "工作报告" || !sections || !topHeading || REVIEW_HEADING.test(topHeading) || CLOSING_HEADING.test(topHeading)) return false;
  const at = sections.indexOf(topHeading);
  return at > 0 && sections.slice(0, at).some((h) => REVIEW_HEADING.test(h) || reviewsPastYear(h, report.year));
}

/** A heading on a year before the report's reviews it: "一、2009年主要工作" in the report of 2010 (浙江). */
function reviewsPastYear(heading: string, reportYear: number | null): boolean {
  const year = HEADING_YEAR.exec(heading);
  return reportYear !== null && year !== null && Number(year[1]) < reportYear && !plans(heading);
}
const HEADING_YEAR = /^[一二三四五六七八九十]+、\s*((?:19|20)\d\d)年/;

/**
 * The year 今年, 去年 and 明年 are said from: the report's, unless a work report was given at the end of the year it
 * reviews (张家界's of 2025, given 2024年12月25日: "今年以来，…地区生产总值增长3.5%（预计数）" is 2024's), from then.
 */
function relativeYearsFrom(report: IndexedReport): number | null {
  const given = /^(\d{4})-\d\d/.exec(report.date ?? "")?.[1];
  return report.genre === "工作报告" && report.year !== null && given !== undefined && Number(given) === report.year - 1 ? report.year - 1 : report.year;
}

/**
 * The span a lead speaks of, as the year its changes start from and the year they reach: 五年来 in a
 * report reviewing 2017 → 2012 to 2017; "十二五"时期 → 2010 to 2015; 本届政府 → the usual five years. Null when it
 * cannot be dated.
 */
function spanOf(lead: string, lastYear: number | null): SentenceSpan | null {
  const plan = PLAN_PERIOD.exec(lead);
  const years = plan ? planYears(plan[1]!) : null;
  if (years) return { from: years[0] - 1, to: years[1] };
  const length = spanNamed(lead) ?? (lead.includes(TERM_OF_GOVERNMENT) ? USUAL_SPAN_YEARS : null);
  return lastYear === null || length === null ? null : { from: lastYear - length, to: lastYear };
}

/** Sentence i of a paragraph, as printed and in search form (same offsets). */
export function sentenceAt(p: StoredParagraph, i: number): { sentence: string; searchSentence: string } {
  const start = i === 0 ? 0 : p.sentenceEnds[i - 1]!;
  const end = p.sentenceEnds[i]!;
  return { sentence: p.text.slice(start, end), searchSentence: paragraphSearchText(p).slice(start, end) };
}

/** The sentence a figure was read from, by its paragraph and sentence index in the corpus. */
export function sentenceOf(corpus: Corpus, at: { paragraphIndex: number; sentenceIndex: number }): { sentence: string; searchSentence: string } {
  return sentenceAt(corpus.paragraph(at.paragraphIndex), at.sentenceIndex);
}

/**
 * "扣除物价因素比上年增长5%": what is deducted is not what the figure measures, nor is a reason in
 * brackets, nor what is set apart (除了…以外). Blanked with spaces, so that offsets stay those of the sentence.
 */
export function withoutExclusions(text: string): string {
  const blank = (m: string) => " ".repeat(m.length);
  return text.replace(DEDUCTED, blank).replace(REASON_ASIDE, blank).replace(EXCEPTED, blank);
}
const DEDUCTED = /扣除[^，,；;。]{0,8}?因素/g;
/** What is set apart: "除了限额以上的基本建设单位以外，还有限额以下的建设单位六千多个" counts no 限额以上 unit. */
const EXCEPTED = /除了[^，,；;。]{1,20}?(?:以外|之外)/g;
/**
 * A reason given in brackets names no metric of the figure before it: "非税收入30000万元，下降7.19%
 * （因园区社会事务剥离，可供盘活国有“三资”减少，相应收益规模下降）" is no figure of 三资盘活收益.
 */
const REASON_ASIDE = /[（(](?:因|由于|主要(?:是|因为|原因|系)|系)[^（）()]*[）)]/g;

/**
 * A heading of a plan period's goals ("“十三五”时期的规划构想"), not a review's part that meets a target ("经济增长超过
 * 预定目标") or names planning ("高标准加强城市规划建设管理").
 */
const PLAN_PERIOD_HEADING = new RegExp(`^(?!.*(?:回顾|成就|成效)).*(?:(?:${PLAN_NAME}).{0,6}(?:规划|目标)|规划(?:构想|纲要|建议))`);

export function sentenceContext(corpus: Corpus, paragraphId: number, sentenceIndex: number): SentenceContext {
  const p = corpus.paragraph(paragraphId);
  const report = corpus.report(p.report);
  const reportYear = relativeYearsFrom(report);
  let headingYear: number | null = null;
  let headingYearAt = -1;
  for (let i = p.headings.length - 1; i >= 0 && headingYear === null; i--) {
    headingYear = yearMentions(p.headings[i]!, reportYear)[0]?.year ?? null;
    headingYearAt = i;
  }
  // A plan's heading under a review's ("2015年和“十二五”时期工作回顾" › "“十三五”时期的规划构想", 扬州 2016, whose
  // bold line was read as the review's subheading): the review's year is not the plan's.
  const innermost = p.headings.length - 1;
  if (headingYear !== null && headingYearAt < innermost && PLAN_PERIOD_HEADING.test(p.headings[innermost]!)) headingYear = null;
  // Plans announced under a review's heading (search/index/plan-announcements.ts) are not of the year that heading reviews.
  const announced = p.plansAnnounced === true;
  if (announced && headingYear !== null && reportYear !== null && headingYear < reportYear) headingYear = null;
  const nearestHeading = p.headings[p.headings.length - 1] ?? "";
  const topHeading = p.headings[0] ?? "";
  // A year that opens a clause of an earlier sentence ("2019年,全市…"; "在1992年…的基础上，1993年
  // 我国经济…") is the topic of the sentences after it: the last such year counts (spanState).
  const rules = yearRules(report);
  // A paragraph may go on with the review of one before it ("过去五年极不寻常…。" then "——生态环境明显改善。…"),
  // as the index keeps it (search/index/review-leads.ts).
  const inherited = p.reviewLead !== undefined ? { span: spanOf(p.reviewLead, rules.actualYear) } : null;
  // A section headed as a review of a span ("一、过去五年政府工作的回顾") speaks of those years where no sentence says
  // otherwise: "城镇居民人均住房建筑面积由17.8平方米增加到近22平方米" runs from 1997 to 2002 in the 2003 report.
  // Its span dates the levels a change runs between, not every figure: a paragraph there may speak of one year.
  const { reviewed, headingSpan } = headingYears(p, reportYear, rules.actualYear);
  const state = spanState(p, sentenceIndex, reportYear, rules.actualYear, inherited, reviewed);
  return {
    reportYear,
    headingYear,
    headingIsPlan: plans(nearestHeading) || plans(topHeading) || sectionPlans(report, topHeading) || announced,
    paragraphYear: state.paragraphYear,
    paragraphSpan: state.paragraphSpan,
    spanInherited: state.spanInherited,
    paragraphReviews: state.paragraphReviews,
    span: state.span,
    headingSpan,
    plansFromYear: rules.plansFrom,
    plansOnlyFromYear: rules.plansOnlyFrom,
    leadIn: leadIn(corpus, paragraphId, sentenceIndex),
    reportPlace: report.place ? (placeByCode(report.place.code) ?? null) : null,
    planDocument: rules.isPlan,
    // An earlier sentence of the paragraph naming a level ("屈原管理区一般公共预算地方收入2.1亿元…。政府性
    // 基金收入5.1亿元…") says it for the sentences after it; else the section's heading.
    contextBudgetLevel:
      lastBudgetLevel(paragraphSearchText(p).slice(0, sentenceIndex === 0 ? 0 : p.sentenceEnds[sentenceIndex - 1]!)) ?? headingBudgetLevel(p.headings),
  };
}

interface SpanState {
  paragraphYear: number | null;
  paragraphSpan: boolean;
  spanInherited: boolean;
  paragraphReviews: boolean;
  span: SentenceSpan | null;
}

/**
 * How a paragraph's sentences up to `upTo` read their years: a year that opens a clause of an earlier
 * sentence ("2019年,全市…") is the topic of the sentences after it; a sentence that opens with 五年来,
 * 过去五年 or a plan's period ("十四五"时期) makes the sentences after it speak of those years, until one
 * names a year of its own.
 */
function spanState(
  p: StoredParagraph,
  upTo: number,
  reportYear: number | null,
  lastYear: number | null,
  inherited: { span: SentenceSpan | null } | null,
  reviewed: number | null,
): SpanState {
  const state: SpanState = {
    paragraphYear: null,
    paragraphSpan: inherited !== null,
    spanInherited: inherited !== null,
    paragraphReviews: inherited !== null,
    span: inherited?.span ?? null,
  };
  const text = paragraphSearchText(p);
  for (let i = 0; i <= upTo; i++) {
    const sentence = text.slice(i === 0 ? 0 : p.sentenceEnds[i - 1]!, p.sentenceEnds[i]);
    // Under "2023年工作回顾", "今年55项改革重点任务圆满完成" reports what was done in 2023: the heading's year, printed,
    // beats one counted from the report's (which a document without a date only guesses). Not so "今年新发展优种核桃
    // 基地15万亩" under it, where a report printing no heading for its plans has begun them.
    const doneInReview = reviewed !== null && DONE.test(sentence);
    // (A topic year after the sentence's last figure dates none of its figures: "新建和改造高标准农田80万亩，…，力争到2027年
    // 将…全部建成高标准农田" (宁夏 2025) is 2025's plan.)
    const lastFigure = i === upTo ? (extractFigures(sentence).at(-1)?.start ?? -1) : Number.POSITIVE_INFINITY;
    const topics = yearMentions(sentence, reportYear).filter(
      (y) => y.topic && y.at < lastFigure && !(doneInReview && y.year > reviewed! && RELATIVE_YEAR.test(sentence.slice(y.at))),
    );
    if (topics.length)
      Object.assign(state, { paragraphYear: topics.at(-1)!.year, paragraphSpan: false, spanInherited: false, paragraphReviews: false, span: null });
    if (REVIEW_LEAD.test(sentence)) state.paragraphReviews = true;
    const lead = SPAN_LEAD.exec(sentence);
    if (lead) state.span = spanOf(lead[0], lastYear);
    // The sentence's own lead makes its figures multi-year by their own words (facts.ts MULTI_YEAR).
    // A span after a topic year ("2015年是…收官之年。过去五年，…") takes over from the year.
    if (i < upTo && lead) Object.assign(state, { paragraphSpan: true, spanInherited: false, paragraphYear: null });
  }
  return state;
}

/** What a paragraph's headings say of its years, read once a paragraph (every sentence of it is read against them). */
const headingYearsRead = new WeakMap<StoredParagraph, { reviewed: number | null; headingSpan: SentenceSpan | null }>();

function headingYears(p: StoredParagraph, reportYear: number | null, lastYear: number | null): { reviewed: number | null; headingSpan: SentenceSpan | null } {
  let read = headingYearsRead.get(p);
  if (!read) headingYearsRead.set(p, (read = { reviewed: reviewedYear(p.headings, reportYear), headingSpan: headingSpanOf(p.headings, lastYear) }));
  return read;
}

/** The span a heading reviews ("一、过去五年政府工作的回顾": 过去五年), dated, or null. */
function headingSpanOf(headings: readonly string[], lastYear: number | null): SentenceSpan | null {
  const lead = headings.map((h) => SPAN_LEAD_ANYWHERE.exec(h)?.[0]).find((l) => l !== undefined);
  return lead ? spanOf(lead, lastYear) : null;
}

/** A year named relative to the report's: 今年, 本年. */
const RELATIVE_YEAR = /^(?:今年|本年)/;
/** What says a thing is done: 圆满完成, 已完成, 超额完成. */
const DONE = /(?:圆满|顺利|全面|超额|已经?)完成/;

/** The year a heading reviews ("一、2023年工作回顾"), the nearest such heading's, or null. */
function reviewedYear(headings: readonly string[], reportYear: number | null): number | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    if (!REVIEW_HEADING.test(headings[i]!)) continue;
    const year = yearMentions(headings[i]!, reportYear)[0]?.year;
    if (year !== undefined) return year;
  }
  return null;
}

/**
 * The budget level the nearest heading naming one names: "关于2019年市级政府性基金预算收入执行情况的
 * 说明" → own. A heading naming two ("2025年全市和市级预算执行情况") names neither for what is under it.
 */
function headingBudgetLevel(headings: readonly string[]): BudgetLevel | null {
  for (let i = headings.length - 1; i >= 0; i--) {
    const named = budgetLevelsNamed(headings[i]!);
    if (named.size > 1) return null;
    if (named.size === 1) return [...named][0]!;
  }
  return null;
}

/** The sentence before this one: the previous paragraph's last when this one opens a paragraph. */
function leadIn(corpus: Corpus, paragraphId: number, sentenceIndex: number): string {
  const p = corpus.paragraph(paragraphId);
  if (sentenceIndex > 0) return sentenceAt(p, sentenceIndex - 1).sentence;
  const previous = corpus.previousParagraph(paragraphId);
  return previous ? sentenceAt(previous, previous.sentenceEnds.length - 1).sentence : "";
}

const namedYears = new WeakMap<StoredParagraph, number[]>();

/**
 * The years a paragraph and its headings name, and the year a span it opens starts from (an old
 * level of 五年来…从A增加到B is that year's): kept, they are the same for every question.
 */
export function paragraphYears(p: StoredParagraph, report: Pick<IndexedReport, "genre" | "year" | "title">): number[] {
  let years = namedYears.get(p);
  if (!years) {
    const text = paragraphSearchText(p);
    years = yearsNamed(`${text} ${p.headings.join(" ")}`, report.year);
    const lastYear = yearRules(report).actualYear;
    for (let i = 0; i < p.sentenceEnds.length; i++) {
      const lead = SPAN_LEAD.exec(text.slice(i === 0 ? 0 : p.sentenceEnds[i - 1]!, p.sentenceEnds[i]));
      const span = lead ? spanOf(lead[0], lastYear) : null;
      // (…and its last year, a plan's: "“十一五”我区…主要奋斗目标是：…农民人均纯收入达到3250元" is 2010's, 宁夏 2006.)
      if (span) years.push(span.from, span.to);
    }
    // …and the last years of the plan periods its headings name ("二、关于“十一五”规划纲要的简要说明及2006年主要任务").
    for (const [, to] of plansNamed(p.headings.join(" "))) years.push(to);
    // …and of the review it goes on with from a paragraph before (search/index/review-leads.ts).
    const inherited = p.reviewLead !== undefined ? spanOf(p.reviewLead, lastYear) : null;
    if (inherited) years.push(inherited.from);
    // …and of the span its section's heading reviews ("一、过去五年政府工作的回顾").
    const headed = headingSpanOf(p.headings, lastYear);
    if (headed) years.push(headed.from);
    namedYears.set(p, years);
  }
  return years;
}
