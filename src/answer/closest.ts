/**
 * The closest passages when nothing answers: the sentences that name most of the question's
 * words (weighted by rarity; a word partly there counts for the share of its bigrams that is),
 * one per paragraph, best first.
 */
import type { Question } from "../question/types.ts";
import type { Corpus, RetrievedSentence } from "../search/corpus.ts";
import { hanBigrams } from "../zh/text.ts";
import { candidateAt } from "./candidate.ts";
import { termWeight } from "./coverage.ts";
import { sentenceAt } from "./reading-context.ts";
import type { Candidate } from "./types.ts";
import { undatedYears, yearRules } from "./year-rules.ts";

/** A place is where, not what: its word counts this much of its rarity here. */
const PLACE_FACTOR = 0.3;
/** A word partly in the sentence counts this much of the share of its bigrams there. */
const PARTIAL_FACTOR = 0.5;

export function closestPassages(corpus: Corpus, retrieved: readonly RetrievedSentence[], q: Question, limit: number): Candidate[] {
  const weights = q.terms.map((t) => termWeight(t, corpus.gramFrequency, corpus.sentenceCount) * (t.isPlace ? PLACE_FACTOR : 1));
  // A report that speaks of the asked year is nearer by half a mean word.
  const yearBonus = weights.reduce((a, b) => a + b, 0) / Math.max(1, weights.length) / 2;
  const closeness = (r: RetrievedSentence): number => {
    const paragraph = corpus.paragraph(r.paragraphIndex);
    const text = sentenceAt(paragraph, r.sentenceIndex).searchSentence;
    const near = q.dataYear !== null && undatedYears(yearRules(corpus.report(paragraph.report))).includes(q.dataYear);
    return (
      (near ? yearBonus : 0) +
      q.terms.reduce((sum, term, i) => {
        if (term.alternatives.some((alt) => text.includes(alt))) return sum + weights[i]!;
        const grams = hanBigrams(term.word);
        const share = grams.length ? grams.filter((g) => text.includes(g)).length / grams.length : 0;
        return sum + weights[i]! * share * PARTIAL_FACTOR;
      }, 0)
    );
  };
  const ranked = retrieved.map((r) => ({ r, c: closeness(r) })).sort((a, b) => b.c - a.c || b.r.score - a.r.score);
  const out: Candidate[] = [];
  const seen = new Set<number>();
  for (const { r } of ranked) {
    if (out.length >= limit || seen.has(r.paragraphIndex)) continue;
    seen.add(r.paragraphIndex);
    out.push(candidateAt(corpus, r.paragraphIndex, r.sentenceIndex, q, null, r.score));
  }
  return out;
}
