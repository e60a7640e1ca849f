/**
 * The score of a fact that may answer a question, as a table: every adjustment named, with its
 * weight and why. Ranking among accepted facts only (acceptance.ts decides which may answer).
 *
 * Scale: ten points are full coverage (the figure's own words name every word of the question,
 * weighted by rarity); one point is thus a tenth of the question. Each adjustment adds
 * weight × value, its value being 1 or 0 when it applies or not, or a measure in 0…1 (±1 for
 * "plan period"). The order is the order of addition.
 */
import type { Question } from "../question/types.ts";
import type { Coverage } from "./coverage.ts";
import type { Fact } from "./facts.ts";
import { coverage, retrieval } from "./adjustments/scale.ts";
import {
  levelAfterAChangeAsked,
  levelAfterTheOldOneAsked,
  levelBeforeTheOneReachedAsked,
  oldLevel,
  oldLevelAskedAdjustment,
} from "./adjustments/old-levels.ts";
import {
  changeAsked,
  changeNotAsked,
  changeVerbAsAsked,
  growthRateNotAsked,
  levelBeforeItsRate,
  levelForAChange,
  rateForAGrowthAsked,
  rateForAPlannedAmount,
} from "./adjustments/change.ts";
import { againAskedAdjustment, incrementNotAsked, incrementVerbAsAsked } from "./adjustments/increments.ts";
import {
  actualForATarget,
  agreedForActual,
  forecastForAPastYear,
  kindWordInItsSentence,
  kindWordNamed,
  targetAsked,
  targetNotAsked,
} from "./adjustments/kind.ts";
import { upToAMonth, yearFromASpan, yearFromTheReport, yearNamed } from "./adjustments/years.ts";
import { shareAsked, shareNotAsked } from "./adjustments/shares.ts";
import { oneYearForASpanAsked, spanMismatch, spanOfAnotherLength, spansEndForItsTotal } from "./adjustments/spans.ts";
import { bareNumber, perUnitNotAsked } from "./adjustments/units.ts";
import { askedWordAsAModifier, headInOwnWords, narrowerTerm, precisionAdjustment, shapeNamed } from "./adjustments/naming.ts";
import { earmarkedForAUseNotAsked, item, partAfterItsTotal, sizeClassNotAsked, subgroupNamed } from "./adjustments/items.ts";
import { boundBeforeTheFigure, boundForAnExactFigure, boundNotAsked, qualifierAsked, stepReachedAdjustment } from "./adjustments/thresholds.ts";
import { anotherBudgetsName, budgetLevelAsked, insuranceFundForABareFund, ownOrPartBudgetLevelNotAsked } from "./adjustments/budgets.ts";
import { attributeOfANoun, countedNoun, countsAnotherNounAdjustment, namesAProgramme } from "./adjustments/counts.ts";
import { addendOfTheTotalAsked, averageNotAsked, itemForATotal, sumWithOtherItems, totalForATotal } from "./adjustments/totals.ts";
import { planPeriod, recency } from "./adjustments/recency.ts";

export {
  ASKS_THRESHOLD,
  boundBeforeFigure,
  MARK_AFTER,
  MARK_RUN_AFTER,
  MARK_RUN_BEFORE,
  PASSED_RUN_BEFORE,
  THRESHOLD_PASSED,
  THRESHOLD_RUN_AFTER,
} from "./adjustments/thresholds.ts";
export { HOW_IT_GOES } from "./adjustments/change.ts";
export { PER_UNIT, PER_UNIT_OF_OUTPUT } from "./adjustments/units.ts";
export { NARROWER_TERM } from "./adjustments/naming.ts";
export { namesProgramme } from "./adjustments/counts.ts";

/** What the adjustments look at. */
export interface ScoreInputs {
  q: Question;
  fact: Fact;
  coverage: Coverage;
  /** Search-form sentence. */
  sentence: string;
  /** The year the fact is about (its own, or the one its report implies). */
  year: number | null;
  /** The sentence's retrieval score (BM25 over sentences). */
  retrievalScore: number;
  /** The paragraph's headings (search form), its run-in title among them ("4.社会保险基金预算收支情况。…"). */
  headings: string;
}

export interface Adjustment {
  name: string;
  weight: number;
  why: string;
  value: (s: ScoreInputs) => number;
}

export const ADJUSTMENTS: readonly Adjustment[] = [
  coverage,
  retrieval,
  oldLevel,
  oldLevelAskedAdjustment,
  levelAfterTheOldOneAsked,
  levelAfterAChangeAsked,
  levelBeforeTheOneReachedAsked,
  changeAsked,
  changeVerbAsAsked,
  incrementVerbAsAsked,
  rateForAGrowthAsked,
  changeNotAsked,
  rateForAPlannedAmount,
  growthRateNotAsked,
  levelForAChange,
  agreedForActual,
  upToAMonth,
  levelBeforeItsRate,
  shareAsked,
  shareNotAsked,
  targetAsked,
  actualForATarget,
  targetNotAsked,
  forecastForAPastYear,
  spanMismatch,
  spansEndForItsTotal,
  oneYearForASpanAsked,
  spanOfAnotherLength,
  bareNumber,
  yearNamed,
  precisionAdjustment,
  yearFromTheReport,
  yearFromASpan,
  subgroupNamed,
  perUnitNotAsked,
  incrementNotAsked,
  againAskedAdjustment,
  qualifierAsked,
  boundNotAsked,
  stepReachedAdjustment,
  boundForAnExactFigure,
  boundBeforeTheFigure,
  shapeNamed,
  headInOwnWords,
  anotherBudgetsName,
  insuranceFundForABareFund,
  narrowerTerm,
  earmarkedForAUseNotAsked,
  sizeClassNotAsked,
  askedWordAsAModifier,
  kindWordNamed,
  kindWordInItsSentence,
  countedNoun,
  attributeOfANoun,
  sumWithOtherItems,
  addendOfTheTotalAsked,
  namesAProgramme,
  countsAnotherNounAdjustment,
  recency,
  totalForATotal,
  averageNotAsked,
  itemForATotal,
  budgetLevelAsked,
  ownOrPartBudgetLevelNotAsked,
  item,
  partAfterItsTotal,
  planPeriod,
];

/**
 * The adjustments that say a figure is another kind of quantity than the one asked (a change, a
 * share, a span, a figure per person, an increment, an item, what the asked word modifies): two
 * figures are one measure only if the same of these apply to both (same-measure.ts).
 */
export const OTHER_QUANTITY_MARKS: ReadonlySet<string> = new Set([
  "change not asked",
  "growth rate not asked",
  "level for a change",
  "share not asked",
  "span mismatch",
  "span's end for its total",
  "per unit not asked",
  "increment not asked",
  "asked word as a modifier",
  "item for a total",
  "average not asked",
  "counts another noun",
  "attribute of a noun",
]);

export interface AppliedAdjustment {
  name: string;
  /** weight × value. */
  points: number;
}

/** The score of a fact and the adjustments that made it (those that added anything). */
export function scoreOf(s: ScoreInputs): { score: number; applied: AppliedAdjustment[] } {
  let score = 0;
  const applied: AppliedAdjustment[] = [];
  for (const adjustment of ADJUSTMENTS) {
    const value = adjustment.value(s);
    if (value === 0) continue;
    const points = adjustment.weight * value;
    score += points;
    applied.push({ name: adjustment.name, points });
  }
  return { score, applied };
}
