/**
 * Pre-filters: cheap tests that skip a paragraph or a sentence none of whose figures could be
 * accepted, before its figures are read. Each may only say "no" where acceptance.ts would refuse
 * every fact of the text; the test "pre-filters change no answer" (test/answer/prefilter.test.ts)
 * answers every question set with and without them.
 */
import type { QueryTerm, Question } from "../question/types.ts";
import { withoutAsides, wordBigrams } from "../zh/text.ts";
import {
  abbreviates,
  absenceTolerated,
  found,
  headTerm,
  isChangeTerm,
  isQuantityNoun,
  isUnitWord,
  coversEnough,
  sameDirectionVerbIn,
  sumOfRangeAsked,
  namesIssuer,
  namedContracted,
  countedByDefault,
  mayPrintStandard,
  asksRise,
  ADDED_VERB,
  FIVE_YEARS,
} from "./coverage.ts";
import type { YearRules } from "./year-rules.ts";

/** A share printed, perhaps without its base (coverage.ts counts the base then). */
const SHARE_PRINTED = /比重|占比/;

/**
 * Whether any fact of a paragraph could be accepted, from the texts it reaches (the paragraph,
 * its headings, the parts of its paired compounds) and the report: false only when every fact
 * would be refused for a missing word or too little coverage.
 */
export function mayAnswer(
  q: Question,
  weights: readonly number[],
  reach: readonly string[],
  reportIsAbout: (place: string) => boolean,
  issuer: string,
): boolean {
  const head = headTerm(q);
  let covered = 0;
  let total = 0;
  const absent: Array<{ word: string; weight: number }> = [];
  for (const [i, term] of q.terms.entries()) {
    const w = weights[i]!;
    const may =
      reach.some((text) => found(term, text)) ||
      term.alternatives.some((alt) => reach.some((text) => abbreviates(alt, text, true))) ||
      (term.isPlace && reportIsAbout(term.word)) ||
      // Named by a figure's unit (总长度 by 公里): any text may hold such a figure.
      isQuantityNoun(term) ||
      isUnitWord(term) ||
      // A word that sums (累计) over a range of years asked is not needed against a figure over several years.
      sumOfRangeAsked(q, term) ||
      namesIssuer(term, issuer) ||
      (term !== head && countedByDefault(term)) ||
      // A change asked is stated by any change verb of its direction, as coverage.ts reads it (减产 for 减少).
      (isChangeTerm(term) && reach.some((text) => sameDirectionVerbIn(term, text))) ||
      (term.isShareBase === true && reach.some((text) => SHARE_PRINTED.test(text))) ||
      // A plan period (八五) is named by its five years too (coverage/term-match.ts).
      (term.isPeriod && reach.some((text) => FIVE_YEARS.test(text))) ||
      (term.word.length >= 3 && wordBigrams(term.word).filter((g) => reach.some((text) => text.includes(g))).length * 2 >= wordBigrams(term.word).length);
    // As in coverage.ts, an absent shape word may not count against a figure of the text.
    if (may || !term.isShape) total += w;
    if (may) covered += w;
    else if (term.isPlace) return false;
    else if (term.word.length >= 2 && !term.isShape) absent.push({ word: term.word, weight: w });
  }
  if (total > 0 && !coversEnough(covered / total)) return false;
  return absenceTolerated(absent, head, weights);
}

/**
 * Whether a fact of a text naming these years could fit the asked year or period: false only when
 * every fact would be refused for its year. A fact's year is one the text names, or, without one,
 * one its report's genre implies (year-rules.ts); a span of years is allowed a year either side.
 */
export function yearMayFit(q: Question, namedYears: readonly number[], rules: YearRules): boolean {
  if (q.dataYear === null && !q.period) return true;
  const implied = [rules.actualYear, rules.speaksFrom, rules.targetYear].filter((y): y is number => y !== null);
  const years = [...namedYears, ...implied];
  const [from, to] = q.period ?? [q.dataYear! - 1, q.dataYear! + 1];
  return years.some((y) => y >= from && y <= to);
}

/**
 * Whether a sentence (or the texts that may name its subject: its headings, the sentence whose parts
 * it lists) could name the metric's head word: no figure of one that cannot is accepted.
 */
export function mayName(head: QueryTerm, searchSentence: string, subjectTexts: readonly string[]): boolean {
  const plain = withoutAsides(searchSentence);
  // A change asked is stated by any change verb of its direction (coverage.ts: 上升 for 提高).
  if (isChangeTerm(head) && sameDirectionVerbIn(head, searchSentence)) return true;
  if (asksRise(head) && ADDED_VERB.test(searchSentence)) return true;
  // Its verb first, as coverage.ts reads it too ("改造农村危房260万户" for 危房改造).
  if (found(head, searchSentence)) return true;
  // A unit asked as the head ("…城镇新建住宅多少平米"): any figure's unit of its kind may name it (coverage.ts namedByUnit).
  if (isUnitWord(head)) return true;
  // A standard asked, printed as a rate per month or person ("…从1004元/月提高到1060元/月").
  if (mayPrintStandard(head, searchSentence)) return true;
  // Said in full once, then contracted ("不良贷款余额…，不良率…" for 不良贷款率).
  if (namedContracted(head, searchSentence)) return true;
  return head.alternatives.some(
    (alt) =>
      plain.includes(alt) ||
      searchSentence.includes(alt) ||
      abbreviates(alt, searchSentence) ||
      // The sentence whose parts it lists may say the head more fully ("进出口贸易总额" for 进出口总额).
      subjectTexts.some((h) => h.toLowerCase().includes(alt) || abbreviates(alt, h.toLowerCase())),
  );
}
