/**
 * Whether a fact may answer a question: the one place that decides. A fact is accepted when no
 * refusal below applies; the first that applies is its reason (shown by `npm run explain`).
 * Refusals marked `cheap` need no coverage: they are tried first, and a fact they refuse is not
 * read further. The pre-filters (prefilter.ts) only skip what these would refuse.
 */
import type { Assessment, Refusal } from "./refusals/types.ts";
import { aPartOfThePlaceAsked, anotherCountry, budgetLevel, partOfAScope, place } from "./refusals/place.ts";
import { narrowerTableRow, numberOfATableReadAsText, partOfARatio, tableOfContents } from "./refusals/tables.ts";
import { aFundForAnotherAmount, anAddend, budgetsGrandTotalNotAsked, shareOfAnotherBaseForThePlans, shareOfThePlanForAnotherBases } from "./refusals/budget.ts";
import {
  classOfWhatFollows,
  householdsForPeople,
  measureWord,
  rateForASize,
  sizeOfThingsCounted,
  timesNotAsked,
  tooSmallForTheMagnitudeAsked,
  unit,
} from "./refusals/units.ts";
import {
  aPartCountedForATotal,
  countInTheAskedWordsModifier,
  countOfAnotherDivision,
  countOfAnotherNoun,
  countOfThoseTheNextFigureIsFor,
  askedWordsDescribingAnotherNoun,
  countOfThoseWhoActed,
  describesAnotherNoun,
  eachForATotal,
  percentageForAThingCounted,
  shareForACount,
  totalOfAnotherNoun,
} from "./refusals/counts.ts";
import {
  aChangeOverMoreYearsThanThePeriod,
  amountAddedForAChangeAgainstABase,
  anotherBaseYear,
  changeAgainstTheYearAsked,
  changeForALevel,
  changeForAShare,
  levelForAChangeAgainstABase,
  levelReachedForAChange,
  oldLevelForTheLatest,
  oldLevelForTheLevelReached,
  oppositeDirection,
  pullOnAnothersGrowth,
  shareForAChange,
} from "./refusals/change.ts";
import {
  aThresholdBeforeTheFigure,
  aThresholdPassedUnprinted,
  gapToABenchmark,
  gapToATarget,
  thresholdNotReached,
  thresholdPassedForAChange,
} from "./refusals/thresholds.ts";
import { incrementForAStock, incrementForATotal, incrementForAWhole, levelReachedForAnIncrement, plannedIncrementForALevel } from "./refusals/increments.ts";
import { actualForATarget, aimForAPastYear, aimForYearsAhead, baseTargetForTheStretchOne, targetForAnActual } from "./refusals/targets.ts";
import { aMonthForTheYearsEnd, anotherPointOfTheYear, partOfAYear, year } from "./refusals/time.ts";
import {
  aSpanEndingInsideThePeriod,
  aSpanOfOtherYearsThanThePeriod,
  oneYearOfAPeriod,
  partOfThePlanPeriodAsked,
  reportBeforeThePeriod,
} from "./refusals/periods.ts";
import { changeOverYearsForOneYear, oneYearForARunningTotal, oneYearForRecentYears, spanForOneYear } from "./refusals/spans.ts";
import {
  aCapacityForAnOutput,
  aSharePerPersonForAnOutput,
  aSizeForAFigurePerPerson,
  aYieldPerUnitOfLandForATotal,
  countedPerUnitOfTheMetricAsked,
  kindsForAnOutput,
  perUnitForASize,
  perUnitOfAnotherMetric,
} from "./refusals/per-unit.ts";
import {
  aWholeOfPartsListed,
  anotherNumberedItem,
  anotherPartInItsOwnWords,
  anotherPartOfAPair,
  onePartForTheWhole,
  theWholeForAPart,
} from "./refusals/parts.ts";
import {
  aKindInQuotesAfterTheAskedHead,
  aKindNamedInQuotes,
  aNumberInAQuotedName,
  aProgrammesName,
  aRateOfAnotherName,
  aStandardSetByTheFigure,
  aTopListsName,
  oneMarketsTrade,
} from "./refusals/names.ts";
import {
  aHypothetical,
  anExample,
  askedWordDenied,
  countedOtherwiseThanAsked,
  figureDatingItsClause,
  figureTheQuestionStates,
  ordinalOfAnotherThing,
} from "./refusals/framing.ts";
import {
  aLaterFiguresSubjectAsked,
  aSectorsPartOfTheWholeAsked,
  aSubgroupNotAsked,
  anotherItemNamed,
  anotherKindOfPeople,
  anotherMetricNamed,
  anotherMoneyMetricNamed,
  anotherSectorNamed,
  coverage,
  headWord,
  oneCharacterNamed,
  partNotAsked,
  partAskedAsTheBase,
  wordMissing,
} from "./refusals/metric.ts";

export type { Assessment, ReportContext, Refusal } from "./refusals/types.ts";
export { LEVEL_STATED } from "./refusals/spans.ts";
export { allocates } from "./refusals/targets.ts";

export const REFUSALS: readonly Refusal[] = [
  place,
  anotherCountry,
  budgetLevel,
  numberOfATableReadAsText,
  tableOfContents,
  narrowerTableRow,
  shareOfAnotherBaseForThePlans,
  shareOfThePlanForAnotherBases,
  partOfARatio,
  countOfThoseTheNextFigureIsFor,
  countInTheAskedWordsModifier,
  unit,
  timesNotAsked,
  measureWord,
  householdsForPeople,
  oldLevelForTheLatest,
  budgetsGrandTotalNotAsked,
  anotherPartOfAPair,
  thresholdNotReached,
  sizeOfThingsCounted,
  classOfWhatFollows,
  anotherNumberedItem,
  askedWordDenied,
  gapToATarget,
  gapToABenchmark,
  thresholdPassedForAChange,
  levelReachedForAChange,
  levelForAChangeAgainstABase,
  amountAddedForAChangeAgainstABase,
  oppositeDirection,
  oldLevelForTheLevelReached,
  targetForAnActual,
  changeForALevel,
  baseTargetForTheStretchOne,
  changeForAShare,
  shareForAChange,
  year,
  changeAgainstTheYearAsked,
  incrementForATotal,
  aStandardSetByTheFigure,
  aKindInQuotesAfterTheAskedHead,
  aRateOfAnotherName,
  aThresholdPassedUnprinted,
  aProgrammesName,
  aTopListsName,
  aThresholdBeforeTheFigure,
  countedOtherwiseThanAsked,
  partOfThePlanPeriodAsked,
  anAddend,
  countOfAnotherNoun,
  aPartOfThePlaceAsked,
  partOfAScope,
  oneCharacterNamed,
  changeOverYearsForOneYear,
  countOfAnotherDivision,
  totalOfAnotherNoun,
  oneYearForARunningTotal,
  oneYearOfAPeriod,
  aSpanOfOtherYearsThanThePeriod,
  aSpanEndingInsideThePeriod,
  reportBeforeThePeriod,
  aimForAPastYear,
  aimForYearsAhead,
  actualForATarget,
  pullOnAnothersGrowth,
  figureDatingItsClause,
  figureTheQuestionStates,
  spanForOneYear,
  plannedIncrementForALevel,
  aFundForAnotherAmount,
  incrementForAWhole,
  incrementForAStock,
  levelReachedForAnIncrement,
  describesAnotherNoun,
  askedWordsDescribingAnotherNoun,
  countOfThoseWhoActed,
  aPartCountedForATotal,
  aYieldPerUnitOfLandForATotal,
  kindsForAnOutput,
  aCapacityForAnOutput,
  aSharePerPersonForAnOutput,
  aSizeForAFigurePerPerson,
  anotherBaseYear,
  aChangeOverMoreYearsThanThePeriod,
  aHypothetical,
  tooSmallForTheMagnitudeAsked,
  anotherPointOfTheYear,
  perUnitForASize,
  countedPerUnitOfTheMetricAsked,
  perUnitOfAnotherMetric,
  anotherPartInItsOwnWords,
  onePartForTheWhole,
  theWholeForAPart,
  aWholeOfPartsListed,
  percentageForAThingCounted,
  aKindNamedInQuotes,
  aNumberInAQuotedName,
  oneMarketsTrade,
  anExample,
  partOfAYear,
  aMonthForTheYearsEnd,
  rateForASize,
  oneYearForRecentYears,
  wordMissing,
  coverage,
  aLaterFiguresSubjectAsked,
  shareForACount,
  ordinalOfAnotherThing,
  headWord,
  partNotAsked,
  partAskedAsTheBase,
  anotherSectorNamed,
  aSectorsPartOfTheWholeAsked,
  anotherMetricNamed,
  anotherMoneyMetricNamed,
  anotherItemNamed,
  anotherKindOfPeople,
  aSubgroupNotAsked,
  eachForATotal,
];

const CHEAP = REFUSALS.filter((r) => r.cheap);

/** The first refusal that applies (only the cheap ones when `cheapOnly`), or null when the fact is accepted. */
export function refusalOf(a: Assessment, cheapOnly = false): string | null {
  for (const refusal of cheapOnly ? CHEAP : REFUSALS) {
    const reason = refusal.refuses(a);
    if (reason !== null) return reason;
  }
  return null;
}
