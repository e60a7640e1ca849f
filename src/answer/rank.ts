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
}

/** The year a fact is about: its own, else the one its report's genre implies (year-rules.ts). */
export function effectiveYear(fact: Fact, rules: YearRules): number | null {
  return fact.year ?? (fact.kind === "target" ? rules.targetYear : rules.actualYear);
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
  const assessment: Assessment = { q, fact, sentence: texts.sentence, printedSentence: texts.printedSentence, year, report, coverage: null };
  // Unit, kind, role and year are cheap to check and refuse most facts.
  if (!thorough) {
    const quick = refusalOf(assessment, true);
    if (quick) return { coverage: 0, score: 0, year, accepted: false, refusal: quick, adjustments: [] };
  }
  const coverage = coverageOf(q, fact, texts, weights);
  assessment.coverage = coverage;
  const refusal = refusalOf(assessment);
  const { score, applied } = scoreOf({ q, fact, coverage, sentence: texts.sentence, year, retrievalScore, headings: texts.headings });
  return { coverage: coverage.share, score, year, accepted: refusal === null, refusal, adjustments: applied };
}
