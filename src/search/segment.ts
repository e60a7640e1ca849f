import { fileURLToPath } from "node:url";
import * as jieba from "nodejs-jieba";

/**
 * The only place that talks to jieba. Words come out in search form (see normalize.ts) and
 * without punctuation, white space or bare numbers: figures are found by answer/figures.ts, and
 * years by search/query.ts, so digit tokens would only make every question match everything.
 */

const USER_DICT = fileURLToPath(new URL("data/user-dict.txt", import.meta.url));
let loaded = false;

function ensureLoaded(): void {
  if (loaded) return;
  jieba.load({ userDict: USER_DICT });
  loaded = true;
}

const WORD = /[\p{Script=Han}a-z]/u;

/** jieba words of an already search-form text, HMM on (so unknown words are kept whole). */
export function words(searchText: string): string[] {
  ensureLoaded();
  const out: string[] = [];
  for (const w of jieba.cut(searchText, true)) {
    const t = w.trim();
    if (t && WORD.test(t)) out.push(t);
  }
  return out;
}

/** Character bigrams of each run of Han characters: partial words (入园率 in 毛入园率) still meet. */
export function bigrams(searchText: string): string[] {
  const out: string[] = [];
  for (const run of searchText.match(/\p{Script=Han}+/gu) ?? []) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

export interface TaggedWord {
  word: string;
  /** jieba's part of speech: ns is a place name, m a numeral. */
  tag: string;
}

/** jieba words with their part of speech, for questions (places are matched report-wide). */
export function taggedWords(searchText: string): TaggedWord[] {
  ensureLoaded();
  return jieba
    .tag(searchText)
    .map((t) => ({ word: t.word.trim(), tag: t.tag }))
    .filter((t) => t.word && WORD.test(t.word));
}
