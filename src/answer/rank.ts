/**
 * How well one fact answers a question: accepted or refused (acceptance.ts, the one place that
 * decides), and its score (score-table.ts: coverage on a ten-point scale, plus named
 * adjustments). Year, unit, kind and role decide between facts that cover the metric equally
 * ("2019年…完工率83%" against "2020年…完工率37.5%").
 */
import type { Question } from "../question/types.ts";
import { refusalOf, type Assessment, type ReportContext } from "./acceptance.ts";
import { coverageOf, type FactTexts } from "./coverage.ts";
import type { Fact } from "./facts.ts";
import { scoreOf, type AppliedAdjustment } from "./score-table.ts";
import type { YearRules } from "./year-rules.ts";
import { plansNamed } from "../zh/plan-periods.ts";

export interface FactScore {
  /** Coverage share, 0…1 (0 when refused before it was worked out). */
  coverage: number;
  score: number;
  /** Effective year: the fact's own, or the one its report implies. */
  year: number | null;
  accepted: boolean;
  /** Why a fact was refused, for `npm run explain` and tests. */
  refusal: string | null;
  /** The adjustments that made the score (empty when refused before it was worked out). */
  adjustments: AppliedAdjustment[];
  /** The plan period an undated target is of (targetPlanPeriod), for the reply to say: [first year, last year]. */
  planPeriod?: [number, number];
}

/** The year a fact is about: its own, else the one its report's genre implies (year-rules.ts). */
export function effectiveYear(fact: Fact, rules: YearRules): number | null {
  return fact.year ?? (fact.kind === "target" ? rules.targetYear : rules.actualYear);
}

/**
 * The plan period an undated target is of, when it stands under a heading of the plan period the report opens
 * ("二、“十二五”时期的主要目标和任务", gwr-2011): its year to fit the question's by is the period's last year, not its
 * effective year ("单位国内生产总值能耗和二氧化碳排放分别降低16%和17%" is no target of 2011), and the reply names the
 * period. (Not the plan's first year's work, "三、全力以赴做好“十四五”开局工作", nor a sentence of this year's: "建议今年…
 * 主要预期目标为：…研发经费支出占生产总值比重达到2.45%", 台州 2021.) Null for any other fact.
 */
function targetPlanPeriod(fact: Fact, rules: YearRules, texts: Pick<FactTexts, "headings" | "sentence">): [number, number] | null {
  // (…nor dated by a heading that names the plan's first year's tasks too, of a figure over years: "二、关于“十一五”规划纲要的
  // 简要说明及2006年主要任务" over "“十一五”我区…主要奋斗目标是：…农民人均纯收入达到3250元", 宁夏 2006.)
  const dated = fact.year !== null && !(fact.multiYear && fact.yearSource === "heading");
  if (dated || fact.kind !== "target" || PLAN_FIRST_YEAR.test(texts.headings) || THIS_YEAR.test(texts.sentence)) return null;
  return planOpenedIn(texts.headings, rules.targetYear);
}
/** A heading of a plan's first year's work: 开局, 开局之年, 第一年. */
const PLAN_FIRST_YEAR = /开局|第一年|首年|起步之年/;
/** A sentence of the report's own year: 今年, 本年, 年度. */
const THIS_YEAR = /今年|本年|年度/;

/** The plan period a heading names that starts in the year given or the next (the plan a report opens), or null. */
function planOpenedIn(headings: string, year: number | null): [number, number] | null {
  if (year === null) return null;
  return plansNamed(headings).find(([from]) => from >= year && from <= year + 1) ?? null;
}

export function scoreFact(
  q: Question,
  fact: Fact,
  texts: FactTexts,
  weights: readonly number[],
  report: ReportContext,
  retrievalScore: number,
  /** Work out coverage and score even for a fact the cheap refusals refuse (npm run explain). */
  thorough = false,
): FactScore {
  const year = effectiveYear(fact, report.rules);
  const planPeriod = targetPlanPeriod(fact, report.rules, texts);
  const assessment: Assessment = {
    q,
    fact,
    sentence: texts.sentence,
    printedSentence: texts.printedSentence,
    year: planPeriod?.[1] ?? year,
    report,
    coverage: null,
  };
  // Unit, kind, role and year are cheap to check and refuse most facts.
  if (!thorough) {
    const quick = refusalOf(assessment, true);
    if (quick) return { coverage: 0, score: 0, year, accepted: false, refusal: quick, adjustments: [] };
  }
  const coverage = coverageOf(q, fact, texts, weights);
  assessment.coverage = coverage;
  const refusal = refusalOf(assessment);
  const { score, applied } = scoreOf({ q, fact, coverage, sentence: texts.sentence, year, retrievalScore, headings: texts.headings });
  return { coverage: coverage.share, score, year, accepted: refusal === null, refusal, adjustments: applied, ...(planPeriod ? { planPeriod } : {}) };
}
