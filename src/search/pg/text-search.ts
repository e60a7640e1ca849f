/**
 * jieba's words as PostgreSQL full-text values, written literally (no parser, no dictionary: the
 * words are already segmented and in search form, which is what the `simple` configuration would
 * leave of them, except that its parser would cut 5g, 2.5% or 国内生产总值（gdp） apart again).
 *
 * A paragraph's tsvector holds each distinct word once, without positions (phrase search is not
 * used); how often a word occurs, for BM25, is in the paragraph's `repeats` (words occurring more
 * than once → their count): testing a word against the tsvector and looking it up there is three
 * times faster than unnesting the tsvector's positions for every paragraph matched.
 */

/** A lexeme quoted for tsvector and tsquery input: backslashes and quotes escaped. */
function quote(word: string): string {
  return `'${word.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/** Space-separated words → the tsvector literal of the distinct ones ('国内生产总值' '增长') and the counts of the repeated ones. */
export function wordSet(words: string): { tsvector: string; repeats: Record<string, number> } {
  const counts = new Map<string, number>();
  for (const w of words.split(" ")) if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
  const repeats: Record<string, number> = {};
  for (const [w, n] of counts) if (n > 1) repeats[w] = n;
  return { tsvector: [...counts.keys()].map(quote).join(" "), repeats };
}

/** A word → the tsquery literal that matches it ('国内生产总值'). */
export function tsqueryWord(word: string): string {
  return quote(word);
}
