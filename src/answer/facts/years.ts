/** A figure's year (its clause's, sentence's, paragraph's, heading's), the years a change runs between, a comparison's base, plan periods. */
import type { FigureSpan } from "../../zh/figures.ts";
import { anyOf } from "../../zh/word-classes.ts";
import { partStartBefore } from "../../zh/text.ts";
import { parseChineseYear } from "../../zh/numerals.ts";
import { PLAN_NAME, plansNamed, planYears, PRINTED_PLAN_NAME } from "../../zh/plan-periods.ts";
import { BASE_MARK_PRINTED, LEVEL_MARK, MULTIPLE_OF, YEAR_BEFORE_OPENING } from "../../zh/change-grammar.ts";
import { spanNamed, YEAR_NUMBER, yearsNamed, type YearMention } from "../../zh/years.ts";
import type { FactRole, SentenceContext, YearSource } from "./types.ts";
import { CHANGE_VERB } from "./shared.ts";

/** A change from one year to another within a sentence: 从2002年…到2007年, 由2007年的…提高到2012年. */
const FROM_TO_YEARS = new RegExp(`(?:从|由)(${YEAR_NUMBER})年[^。；;]*?(?:到|至)(${YEAR_NUMBER})年`);
/** A year a figure is compared with: 比2002年, 与2000年相比, 较2010年, 同1978年相比. */
const COMPARED_YEAR = new RegExp(`(?:比|较|与|同)(${YEAR_NUMBER})年`, "g");

/** Right before a year, what marks it as a comparison's base (change-grammar.ts). */
export const BASE_YEAR_MARK = new RegExp(`${BASE_MARK_PRINTED}\\s*$`);
/** …and the year a multiple is of: "等於一九四九年的十三點七倍", "是2010年的2.2倍". */
export const MULTIPLE_BASE_YEAR_MARK = new RegExp(`(?:${BASE_MARK_PRINTED}|${MULTIPLE_OF}|达到|達到)\\s*$`);

/**
 * An old level said to be the year before's, right before it: "由上年的", "从去年的"; or the year before's change
 * ("工业企业利润由上年下降2.3%转为增长8.5%").
 */
export const YEAR_BEFORE_LEVEL = new RegExp(`(?:上年|去年|上一年)的?\\s*(?:分别)?\\s*(?:${CHANGE_VERB})?\\s*$`);

/** The figures of a run before a figure, each with its joiner: "5.6%和" of "分别增长5.6%和13.1%". */
export const RUN_BEFORE = /(?:[\d.,]+(?:%|‰)?\s*[和、及])+$/;

/** A change's base year right before it: "比一九六四年增长" (1964). */
export const BASE_YEAR_BEFORE = new RegExp(`(?:${BASE_MARK_PRINTED})\\s*((?:\\d{4}|[零〇○一二三四五六七八九]{4})年)`);

/**
 * A change of no year of its own against a base year its report already plans ("计划草案拟定，工业总产值比一九六四年
 * 增长百分之十一左右", the report of December 1964): a change is about a year after its base, the year after it.
 */
export function changeAfterPlanYear(
  before: string,
  role: FactRole,
  own: { year: number | null; yearSource: YearSource | null },
  ctx: SentenceContext,
): { year: number; yearSource: YearSource } | null {
  if (role !== "change" || own.year !== null || ctx.plansFromYear === null) return null;
  const base = BASE_YEAR_BEFORE.exec(before);
  const year = base ? yearsNamed(base[1]!, ctx.reportYear)[0] : undefined;
  return year !== undefined && year >= ctx.plansFromYear ? { year: year + 1, yearSource: "clause" } : null;
}

/** The last year a report reviews: the one before its plans start, else its own. */
export function lastReviewedYear(ctx: SentenceContext): number | null {
  return ctx.plansFromYear !== null ? ctx.plansFromYear - 1 : ctx.reportYear;
}

/** The years a text counts back from the last one its report reviews ("四年中", "五年来"), the year before them first. */
export function countedSpan(text: string, ctx: SentenceContext): { from: number; to: number } | null {
  const years = spanNamed(text);
  const last = lastReviewedYear(ctx);
  return years !== null && last !== null ? { from: last - years, to: last } : null;
}

/** A clause that is only a change against the year before: "比上年增长", "同比下降". */
export const CHANGE_OF_LEVEL_BEFORE = new RegExp(`^\\s*${YEAR_BEFORE_OPENING}(?:${anyOf("change-verbs")})了?\\s*$`);

/** The years a sentence's change runs between: "从2002年…增加到2007年…" → 2002 to 2007; null when none. */
export function fromToYears(sentence: string): { from: number; to: number } | null {
  const m = FROM_TO_YEARS.exec(sentence);
  if (!m) return null;
  const from = printedYear(m[1]!);
  const to = printedYear(m[2]!);
  return from !== null && to !== null && from < to ? { from, to } : null;
}

/** A year as printed: 2002 or 二〇〇二. */
function printedYear(text: string): number | null {
  return /^\d/.test(text) ? Number(text) : parseChineseYear(text);
}

/**
 * "2005年与2000年相比，国内生产总值增长57.3%", "比2002年增长65.5%": a change against a year before
 * the one before is a change over several years, not the year's own.
 */
export function againstEarlierYear(sentence: string, figure: FigureSpan, year: number | null): boolean {
  if (year === null) return false;
  const base = comparedYearBefore(sentence, figure, COMPARED_YEAR);
  return base !== null && base < year - 1;
}

/**
 * The base year a sentence compares its figures with before this one (是1997年的1.8倍, 比2002年, 与2000年相比), or null.
 * Only a comparison since the last semicolon governs the figure, and the last of them: "工业总产值一九七七年比一九七六年
 * 增长百分之十四点三，一九七八年又比一九七七年增长百分之十三点五" is one year's change.
 */
export function comparedYearBefore(sentence: string, figure: FigureSpan, comparison: RegExp = COMPARED_OR_MULTIPLE_YEAR): number | null {
  const lead = sentence.slice(partStartBefore(sentence, figure.start), figure.start);
  const last = [...lead.matchAll(comparison)].at(-1);
  if (last) return printedYear(last[1] ?? last[2]!);
  // …or the comparison the sentence opens with, which governs all its parts: "1986年同1978年相比，国民生产总值由3480亿元
  // 增加到9380亿元，…；国家财政收入由1121亿元增加到2220亿元" (gwr-1987).
  const opening = OPENING_COMPARISON.exec(sentence);
  return opening ? printedYear(opening[1]!) : null;
}
/** A sentence opening with its year set against a base year: "1986年同1978年相比，", "与2010年相比，". */
const OPENING_COMPARISON = new RegExp(`^\\s*(?:${YEAR_NUMBER}年)?(?:同|与|和)(${YEAR_NUMBER})年(?:相比|比较)[，,]`);
/** A year compared with (比2002年, 与2000年相比) or multiplied (是1997年的1.8倍). */
const COMPARED_OR_MULTIPLE_YEAR = new RegExp(`${COMPARED_YEAR.source}|(?:是|为|相当于)(${YEAR_NUMBER})年的`, "g");

/** As the early reports print a plan: "第一个五年合计为二十八万人". */
const PRINTED_PLAN_NAMED = new RegExp(`(${PRINTED_PLAN_NAME})`, "g");

/** Whether a text names the plan period of these years, by its name or as printed (十二五, 第一个五年). */
export function namesPlanPeriod(text: string, [from, to]: readonly [number, number]): boolean {
  const printed = [...text.matchAll(PRINTED_PLAN_NAMED)].map((m) => planYears(m[1]!));
  return [...plansNamed(text), ...printed].some((y) => y !== null && y[0] === from && y[1] === to);
}

/**
 * The years of the one plan period a lead-in ending in a colon names: "确定了“十三五”经济社会发展的主要预期目标:地区生产总值
 * 年均增长7.5%，…" — the list after it is the period's.
 */
export function planOfColonLead(before: string, reportYear: number | null): [number, number] | null {
  const colon = before.search(/[：:]/);
  if (colon < 0) return null;
  const lead = before.slice(0, colon);
  // A year named too is the list's ("结合“十三五”规划目标，提出2019年…主要预期目标是：").
  if (yearsNamed(lead, reportYear).length > 0) return null;
  const named = plansNamed(lead);
  return named.length === 1 ? named[0]! : null;
}

/** A plan period as a text opens with it: "“十一五”期间", "十二五时期", "第一个五年计划期间". */
const PLAN_PERIOD_LEAD = `^[“"]?(${PLAN_NAME}|${PRINTED_PLAN_NAME})[”"]?(?:计划)?(?:期间|时期)`;
/** …opening a sentence or the part of it after a semicolon, its comma after it: "“十一五”期间，", "十二五时期,". */
const PLAN_PERIOD_OPENING = new RegExp(`${PLAN_PERIOD_LEAD}[，,]`);
/** …opening a figure's own clause: "按2009年1196元的扶贫标准，“十一五”期间减少贫困人口280万人". */
export const PLAN_PERIOD_OPENING_CLAUSE = new RegExp(PLAN_PERIOD_LEAD);

/** The years of the plan period that opens the text's last semicolon part, or null. */
export function planPeriodOpening(before: string): [number, number] | null {
  const part = before.slice(partStartBefore(before, before.length));
  return planYearsOpening(PLAN_PERIOD_OPENING, part);
}

/** The years of the plan period that `pattern` finds opening the text, or null. */
export function planYearsOpening(pattern: RegExp, text: string): [number, number] | null {
  const m = pattern.exec(text.trimStart());
  return m ? planYears(m[1]!) : null;
}

/** All a clause says before its figure when it only names the level reached: 达到, 增加到, 突破. */
export const LEVEL_REACHED_ALONE = new RegExp(`^(?:(?:${anyOf(["change-verbs", "change-to-verbs"])})?${LEVEL_MARK}|达到?|突破|超过)$`);

/** 当年 ("that year"): of the year the sentence named before. */
export const THAT_YEAR = /当年(?!度)/;

export function figureYear(
  figure: FigureSpan,
  clause: [number, number],
  years: YearMention[],
  ctx: SentenceContext,
  ofThatYear = false,
): { year: number | null; yearSource: YearSource | null } {
  // A year in the figure's own clause governs it; a year in an earlier clause only when it opens
  // that clause ("2000年，…"), not when it is a comparison inside it ("是2010年的2.2倍") — unless the
  // figure's clause says 当年 of it ("我国在一九○七年，才建设起一个汉阳钢铁厂，当年的钢产量只有八千五百多吨", gwr-1955).
  const preceding = years.filter((y) => y.at < figure.start && (y.at >= clause[0] || y.topic || ofThatYear)).sort((a, b) => a.at - b.at);
  const nearest = preceding[preceding.length - 1];
  if (nearest) return { year: nearest.year, yearSource: nearest.at >= clause[0] ? "clause" : "sentence" };
  // "国内生产总值增长6.6%…(2018年)": a year right after the figure in its own clause.
  const following = years.find((y) => y.at >= figure.end && y.at < clause[1]);
  if (following) return { year: following.year, yearSource: "clause" };
  if (ctx.paragraphYear !== null) return { year: ctx.paragraphYear, yearSource: "paragraph" };
  if (ctx.headingYear !== null) return { year: ctx.headingYear, yearSource: "heading" };
  return { year: null, yearSource: null };
}
