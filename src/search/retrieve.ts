import type { ParsedQuestion } from "./query.ts";
import type { SearchIndex } from "./search-index.ts";
import { bigrams, words } from "./segment.ts";

/**
 * Candidate sentences for a parsed question: MiniSearch (BM25 over jieba words, character
 * bigrams and section paths), any token matching, restricted to the named report when the
 * question names one. The answer stage then reads the figures of these sentences.
 */

export interface RetrievedSentence {
  sentenceId: number;
  paragraphIndex: number;
  sentenceIndex: number;
  score: number;
}

/** How many sentences the answer stage reads: enough that the right one is among them. */
export const CANDIDATE_LIMIT = 400;

/**
 * How many query tokens go to MiniSearch, rarest first. Common tokens (发展, 增长, 建设) rank
 * little and cost most; the answer stage reads every candidate's text for all the words anyway.
 */
export const QUERY_TOKEN_LIMIT = 12;

export function retrieve(index: SearchIndex, question: ParsedQuestion): RetrievedSentence[] {
  const tokens = new Map<string, number>();
  for (const term of question.terms) {
    for (const alt of term.alternatives) {
      for (const w of words(alt)) tokens.set(w, frequency(index, w));
      for (const g of bigrams(alt)) tokens.set(g, frequency(index, g));
      if (/^[a-z]/.test(alt)) tokens.set(alt, 0);
    }
  }
  if (tokens.size === 0) return [];
  const query = [...tokens].sort((a, b) => a[1] - b[1]).slice(0, QUERY_TOKEN_LIMIT).map(([t]) => t);
  const reportYear = question.reportYear;
  const filter =
    reportYear === null
      ? undefined
      : (result: { id: number }) => {
          const [p] = index.sentences[result.id]!;
          return index.reports[index.paragraphs[p]!.report]!.year === reportYear;
        };
  const results = index.miniSearch.search(query.join(" "), filter ? { filter } : {});
  return results.slice(0, CANDIDATE_LIMIT).map((r) => {
    const [paragraphIndex, sentenceIndex] = index.sentences[r.id as number]!;
    return { sentenceId: r.id as number, paragraphIndex, sentenceIndex, score: r.score };
  });
}

/** Sentences holding a token: its own count for a bigram, its rarest bigram's for a longer word. */
function frequency(index: SearchIndex, token: string): number {
  if (token.length <= 2) return index.gramFrequency.get(token) ?? 0;
  let min = Infinity;
  for (const g of bigrams(token)) min = Math.min(min, index.gramFrequency.get(g) ?? 0);
  return min === Infinity ? 0 : min;
}
