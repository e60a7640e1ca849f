import type { SearchIndex } from "./index/search-index.ts";

/**
 * The indexed words that contain a question's word, those inside it, and those its lone
 * characters make together: how a question's 入园率 meets the report's 毛入园率, its 钢产量 meets
 * 原煤产量 (by 产量) and its 养…猪 meets 养猪, although the index holds whole jieba words only. The
 * lookups are built once per index, on its first question (about 20 ms at 1×).
 */

/** How many containing words a question word brings, shortest (closest to it) first. */
export const MAX_CONTAINING = 8;

type Containing = Map<string, string[]>;
const byIndex = new WeakMap<SearchIndex, Containing>();
const setByIndex = new WeakMap<SearchIndex, Set<string>>();

/** The indexed words of two or more characters inside `word` (not `word` itself). */
export function wordsInside(index: SearchIndex, word: string): string[] {
  let vocabulary = setByIndex.get(index);
  if (!vocabulary) setByIndex.set(index, (vocabulary = new Set(index.vocabulary)));
  const chars = [...word];
  const out: string[] = [];
  for (let length = chars.length - 1; length >= 2; length--) {
    for (let start = 0; start + length <= chars.length; start++) {
      const part = chars.slice(start, start + length).join("");
      if (vocabulary.has(part)) out.push(part);
    }
  }
  return out;
}

/** The indexed words other than `word` that contain it, shortest first, at most MAX_CONTAINING. */
export function wordsContaining(index: SearchIndex, word: string): string[] {
  const chars = [...word];
  // A single character inside a longer word is mostly another thing (钢 in 钢铁, 炼钢).
  if (chars.length < 2) return [];
  const list = containingMap(index).get(chars[0]! + chars[1]!) ?? [];
  const out: string[] = [];
  for (const w of list) {
    if (w !== word && w.includes(word)) out.push(w);
    if (out.length >= MAX_CONTAINING) break;
  }
  return out;
}

/**
 * Short indexed words holding every one of these single characters (养, 猪 → 养猪): a question's
 * lone characters are often one word in the report. A scan of the vocabulary, for the few
 * questions with two or more lone characters.
 */
export function wordsJoining(index: SearchIndex, characters: readonly string[]): string[] {
  if (characters.length < 2) return [];
  const out: string[] = [];
  for (const w of index.vocabulary) {
    if (w.length <= characters.length + 2 && characters.every((c) => w.includes(c))) out.push(w);
  }
  return out.sort((a, b) => a.length - b.length).slice(0, MAX_CONTAINING);
}

/** Every bigram of the vocabulary → the words holding it, shortest first. */
function containingMap(index: SearchIndex): Containing {
  let map = byIndex.get(index);
  if (map) return map;
  map = new Map();
  const words = [...index.vocabulary].sort((a, b) => a.length - b.length);
  for (const w of words) {
    const chars = [...w];
    if (chars.length < 2) continue;
    const keys = new Set<string>();
    for (let i = 0; i + 1 < chars.length; i++) keys.add(chars[i]! + chars[i + 1]!);
    for (const key of keys) {
      const list = map.get(key);
      if (list) list.push(w);
      else map.set(key, [w]);
    }
  }
  byIndex.set(index, map);
  return map;
}
