import type { Fact } from "./facts.ts";
import type { UnitClass } from "./figures.ts";
import type { ParsedQuestion, QueryTerm } from "../search/query.ts";

/**
 * How well one fact answers a question. Coverage asks "does the text governing this figure name
 * the asked metric?": each question word counts by its rarity, and by where it is found, its
 * own clause counting most. Year, unit, kind and role then decide between facts that cover the
 * metric equally ("2019年…完工率83%" against "2020年…完工率37.5%").
 */

/** Where a word was found, and how much that says about the figure. */
export const PLACE_WEIGHTS = {
  segment: 1,
  clause: 0.9,
  parentClause: 0.8,
  sentenceBefore: 0.7,
  heading: 0.55,
  sentenceAfter: 0.5,
  paragraph: 0.35,
  report: 0.9,
} as const;

/** A fact whose metric coverage is below this does not answer the question. */
export const MIN_COVERAGE = 0.72;

export interface FactTexts {
  /** Search-form sentence (same offsets as the printed one). */
  sentence: string;
  headings: string;
  paragraph: string;
  /** Whether the whole report mentions a place word often enough to be about it. */
  reportMentions: (word: string) => boolean;
}

export interface FactScore {
  coverage: number;
  score: number;
  /** Effective year: the fact's own, or the one its report implies. */
  year: number | null;
  accepted: boolean;
  /** Why a fact was refused, for debugging and tests. */
  refusal: string | null;
}

export function termWeight(term: QueryTerm, gramFrequency: Map<string, number>, sentenceCount: number): number {
  const grams = term.word.length === 1 ? [term.word] : [...Array(term.word.length - 1)].map((_, i) => term.word.slice(i, i + 2));
  const idfs = grams.map((g) => Math.log((sentenceCount + 1) / ((gramFrequency.get(g) ?? 0) + 1)));
  const idf = idfs.length ? idfs.reduce((a, b) => a + b, 0) / idfs.length : 1;
  // A one-character word (毛, 净, 总) narrows but should not decide.
  const lengthFactor = term.word.length === 1 ? 0.5 : 1;
  return Math.max(0.5, idf) * lengthFactor;
}

export function termMatch(term: QueryTerm, fact: Fact, t: FactTexts): number {
  const s = t.sentence;
  const segment = s.slice(fact.segment[0], fact.segment[1]);
  const clause = s.slice(fact.clause[0], fact.clause[1]);
  const parent = fact.parentClause ? s.slice(fact.parentClause[0], fact.parentClause[1]) : "";
  const before = s.slice(0, fact.figure.start);
  const after = s.slice(fact.figure.end);
  const places: Array<[string, number]> = [
    [segment, PLACE_WEIGHTS.segment],
    [clause, PLACE_WEIGHTS.clause],
    [parent, PLACE_WEIGHTS.parentClause],
    [before, PLACE_WEIGHTS.sentenceBefore],
    [t.headings, PLACE_WEIGHTS.heading],
    [after, PLACE_WEIGHTS.sentenceAfter],
    [t.paragraph, PLACE_WEIGHTS.paragraph],
  ];
  let best = 0;
  for (const [text, weight] of places) {
    if (weight <= best) break;
    if (term.alternatives.some((alt) => text.includes(alt))) best = weight;
  }
  if (term.isPlace && best < PLACE_WEIGHTS.report && t.reportMentions(term.word)) best = PLACE_WEIGHTS.report;
  if (best === 0 && term.word.length >= 3) {
    // Partial: most of the word's bigrams in the sentence (入学率 for 毛入学率 is already a
    // substring; this is for 教育支出 against 教育经费支出).
    const grams = [...Array(term.word.length - 1)].map((_, i) => term.word.slice(i, i + 2));
    const share = grams.filter((g) => clause.includes(g)).length / grams.length;
    if (share >= 0.5) best = 0.4 * share;
  }
  return best;
}

function unitFits(wanted: UnitClass[], actual: UnitClass): boolean {
  if (wanted.length === 0) return true;
  if (wanted.includes(actual)) return true;
  // A bare number or a bare 万/亿 answers a count of anything countable.
  if ((actual === "none" || actual === "count") && wanted.some((w) => w === "people" || w === "count")) return true;
  return false;
}

export function scoreFact(
  q: ParsedQuestion,
  fact: Fact,
  t: FactTexts,
  weights: number[],
  reportYear: number | null,
  retrievalScore: number,
): FactScore {
  let covered = 0;
  let total = 0;
  let placeMissing = false;
  q.terms.forEach((term, i) => {
    const w = weights[i]!;
    const m = termMatch(term, fact, t);
    covered += w * m;
    total += w;
    if (term.isPlace && m === 0) placeMissing = true;
  });
  const coverage = total > 0 ? covered / total : 0;
  const year = fact.year ?? (reportYear === null ? null : fact.kind === "target" ? reportYear : reportYear - 1);

  let refusal: string | null = null;
  if (coverage < MIN_COVERAGE) refusal = "metric not covered";
  else if (placeMissing) refusal = "place not matched";
  else if (!unitFits(q.wantedClasses, fact.figure.unitClass)) refusal = "unit does not fit";
  else if (q.dataYear !== null && !yearFits(q, year, fact)) refusal = "year does not fit";

  let score = coverage * 10 + Math.log1p(retrievalScore) * 0.2;
  if (fact.role === "before") score -= 1.5;
  if (fact.role === "change") score += q.asksChange ? 0.5 : -1.5;
  if (fact.role === "share") score += q.asksShare ? 1 : -2;
  if (q.wantedKind === "target") score += fact.kind === "target" ? 1 : -0.5;
  else if (fact.kind === "target") score -= q.wantedKind === "actual" ? 1.5 : 0.8;
  if (fact.multiYear !== q.multiYear) score -= 0.7;
  if (fact.figure.unitClass === "none") score -= 0.5;
  if (q.dataYear !== null && fact.year === q.dataYear) score += 0.5;
  if (q.dataYear !== null && fact.year === null && reportYear === q.dataYear + 1) score += 0.3;

  return { coverage, score, year, accepted: refusal === null, refusal };
}

function yearFits(q: ParsedQuestion, year: number | null, fact: Fact): boolean {
  if (year === null) return false;
  if (year === q.dataYear) return true;
  // A span asked ("1998到2002年…五年共计") or stated (五年累计) ends in the asked year.
  return q.multiYear && fact.multiYear && Math.abs(year - q.dataYear!) <= 1;
}
