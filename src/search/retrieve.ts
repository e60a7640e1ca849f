import type { ParsedQuestion } from "./query.ts";
import type { SearchIndex } from "./search-index.ts";
import { bigrams, words } from "./segment.ts";

/**
 * Candidate sentences for a parsed question: MiniSearch (BM25 over jieba words, character
 * bigrams and section paths), any term matching, restricted to the named report when the
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

export function retrieve(index: SearchIndex, question: ParsedQuestion): RetrievedSentence[] {
  const tokens = new Set<string>();
  for (const term of question.terms) {
    for (const alt of term.alternatives) {
      for (const w of words(alt)) tokens.add(w);
      for (const g of bigrams(alt)) tokens.add(g);
      if (/^[a-z]/.test(alt)) tokens.add(alt);
    }
  }
  if (tokens.size === 0) return [];
  const reportYear = question.reportYear;
  const filter =
    reportYear === null
      ? undefined
      : (result: { id: number }) => {
          const [p] = index.sentences[result.id]!;
          return index.reports[index.paragraphs[p]!.report]!.year === reportYear;
        };
  const results = index.miniSearch.search([...tokens].join(" "), filter ? { filter } : {});
  return results.slice(0, CANDIDATE_LIMIT).map((r) => {
    const [paragraphIndex, sentenceIndex] = index.sentences[r.id as number]!;
    return { sentenceId: r.id as number, paragraphIndex, sentenceIndex, score: r.score };
  });
}
