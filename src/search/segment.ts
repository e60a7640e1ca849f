import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as jieba from "nodejs-jieba";

/**
 * The only place that talks to jieba. Words come out in search form (see normalize.ts) and
 * without punctuation, white space or bare numbers: figures are found by answer/figures.ts, and
 * years by search/query.ts, so digit tokens would only make every question match everything.
 *
 * jieba's full dictionary (350,000 words) costs 0.7 s and 250 MB to load. An index carries the
 * part of it that its corpus uses (`corpusDictionary`); a process that only answers questions
 * loads that instead (`useDictionary`), which segments the corpus' words the same way.
 */

const DATA = (name: string) => fileURLToPath(new URL(`data/${name}`, import.meta.url));
const USER_DICT = DATA("user-dict.txt");
// Keyword extraction is not used: tiny stand-ins keep jieba from loading its IDF table.
const UNUSED = { idfDict: DATA("jieba-idf-unused.utf8"), stopWordDict: DATA("jieba-stop-words-unused.utf8") };

let loaded = false;
let dictionaryPath: string | null = null;

/**
 * Segment with this dictionary (jieba's dictionary format, one "word freq tag" a line) rather
 * than jieba's full one. A process that already loaded the full dictionary keeps it (it
 * segments the same way); one that loaded another index's dictionary (the bot after a hot swap)
 * reloads jieba with this one, which takes about 0.1 s.
 */
export function useDictionary(dictionary: string): void {
  if (!dictionary || (loaded && dictionaryPath === null)) return;
  const path = join(tmpdir(), `zhaoshu-jieba-${createHash("sha1").update(dictionary).digest("hex").slice(0, 16)}.utf8`);
  if (path === dictionaryPath) return;
  writeFileSync(path, dictionary);
  dictionaryPath = path;
  loaded = false;
}

function ensureLoaded(): void {
  if (loaded) return;
  jieba.load({ dict: dictionaryPath ?? jieba.DEFAULT_DICT, userDict: USER_DICT, ...UNUSED });
  loaded = true;
}

/** The lines of jieba's full dictionary whose words occur in these texts (search form). */
export function corpusDictionary(texts: Iterable<string>, extraWords: Iterable<string> = []): string {
  ensureLoaded();
  const vocabulary = new Set<string>(extraWords);
  for (const text of texts) for (const w of jieba.cutAll(text)) vocabulary.add(w);
  return readFileSync(jieba.DEFAULT_DICT, "utf8")
    .split("\n")
    .filter((line) => vocabulary.has(line.slice(0, line.indexOf(" "))))
    .join("\n");
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
