import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toSearchForm } from "./normalize.ts";

/**
 * The only place that talks to jieba. Words come out in search form (see normalize.ts) and
 * without punctuation, white space or bare numbers: figures are found by answer/figures.ts, and
 * years by search/query.ts, so digit tokens would only make every question match everything.
 *
 * jieba's full dictionary (350,000 words) costs 0.7 s and 250 MB to load. An index carries the
 * part of it that its corpus uses (`corpusDictionary`); a process that only answers questions
 * loads that instead (`useDictionary`), which segments the corpus' words the same way.
 *
 * jieba itself is loaded when it is first needed, and as its compiled addon (build/Release/jieba.node
 * of nodejs-jieba) rather than through the package's module, which loads node-pre-gyp to find
 * that file (30–40 ms of every start). Where the addon is not there, the package is loaded.
 */

const DATA = (name: string) => fileURLToPath(new URL(`data/${name}`, import.meta.url));
const USER_DICT = DATA("user-dict.txt");
// Keyword extraction is not used: tiny stand-ins keep jieba from loading its IDF table.
const UNUSED = { idfDict: DATA("jieba-idf-unused.utf8"), stopWordDict: DATA("jieba-stop-words-unused.utf8") };

/** What this module uses of nodejs-jieba: its addon's functions (the package's exports call them). */
interface Jieba {
  load(dict: string, hmmDict: string, userDict: string, idfDict: string, stopWordDict: string): void;
  cut(text: string, hmm: boolean): string[];
  tag(text: string): Array<{ word: string; tag: string }>;
}

const requireCjs = createRequire(import.meta.url);
/** nodejs-jieba's folder (its package.json is not exported: found from its CommonJS entry, dist/index.cjs). */
const JIEBA_PACKAGE = dirname(dirname(requireCjs.resolve("nodejs-jieba")));
const JIEBA_DICT = join(JIEBA_PACKAGE, "dict", "jieba.dict.utf8");
const JIEBA_HMM = join(JIEBA_PACKAGE, "dict", "hmm_model.utf8");

let addon: Jieba | null = null;

function jieba(): Jieba {
  if (addon) return addon;
  const { binary } = JSON.parse(readFileSync(join(JIEBA_PACKAGE, "package.json"), "utf8")) as { binary?: { module_name?: string; module_path?: string } };
  const file = binary?.module_name && binary.module_path ? join(JIEBA_PACKAGE, binary.module_path, `${binary.module_name}.node`) : "";
  if (file && existsSync(file)) addon = requireCjs(file) as Jieba;
  else {
    // The package's own way (node-pre-gyp finds the addon); its functions take the same arguments.
    const pkg = requireCjs("nodejs-jieba") as { load(options: Record<string, string>): void } & Omit<Jieba, "load">;
    addon = {
      load: (dict, hmmDict, userDict, idfDict, stopWordDict) => pkg.load({ dict, hmmDict, userDict, idfDict, stopWordDict }),
      cut: (text, hmm) => pkg.cut(text, hmm),
      tag: (text) => pkg.tag(text),
    };
  }
  return addon;
}

let loaded = false;
let dictionaryPath: string | null = null;
/**
 * This process segments reports (useFullDictionary was called): it keeps jieba's full dictionary
 * from then on. A corpus dictionary asked for later (an index read that was started before, and
 * preloads jieba when its body is inflated) would otherwise be loaded in the middle of a reindex.
 */
let fullPinned = false;

/**
 * Segment with this dictionary (jieba's dictionary format, one "word freq tag" a line) rather
 * than jieba's full one. A process that already loaded the full dictionary keeps it (it
 * segments the same way); one that loaded another index's dictionary (the bot after a hot swap)
 * reloads jieba with this one, which takes about 0.1 s.
 */
export function useDictionary(dictionary: string): void {
  if (!dictionary || fullPinned || (loaded && dictionaryPath === null)) return;
  const path = dictionaryFile(dictionaryKey(dictionary));
  if (path === dictionaryPath) return;
  // The user words' file first: a dictionary file on disk means its user file is there too (preloadDictionary).
  const median = medianCarried(dictionary);
  if (median !== null) writeOnce(userDictionaryFile(path), userDictionaryAt(median));
  writeOnce(path, dictionary);
  dictionaryPath = path;
  loaded = false;
}

/**
 * Writes a file named by its content unless a file of that name and size already holds it (an
 * earlier start wrote it); under another name and renamed, so that a process starting meanwhile
 * never reads half of it.
 */
function writeOnce(path: string, text: string): void {
  if (statSync(path, { throwIfNoEntry: false })?.size === Buffer.byteLength(text)) return;
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/**
 * Back to jieba's full dictionary, for segmenting reports (a reindex): a process that loaded a
 * corpus dictionary (preloadDictionary, useDictionary) reloads jieba at its next cut, and keeps the
 * full one from then on.
 */
export function useFullDictionary(): void {
  fullPinned = true;
  if (dictionaryPath === null) return;
  dictionaryPath = null;
  loaded = false;
}

/** What names a corpus dictionary (index files carry it in their header): 16 hex digits of its sha1. */
export function dictionaryKey(dictionary: string): string {
  return createHash("sha1").update(dictionary).digest("hex").slice(0, 16);
}

function dictionaryFile(key: string): string {
  return join(tmpdir(), `zhaoshu-jieba-${key}.utf8`);
}

/**
 * Loads jieba now with the corpus dictionary of this key, when an earlier start left its file
 * (written whole, under its content's name): a process about to read its index gets jieba's load
 * (about 60 ms) done while zlib inflates the index on another thread. False when there is no such
 * file, or jieba is loaded already; useDictionary then does as it always does.
 */
export function preloadDictionary(key: string): boolean {
  if (loaded || fullPinned || !/^[0-9a-f]{16}$/.test(key)) return false;
  const path = dictionaryFile(key);
  if (!existsSync(path)) return false;
  dictionaryPath = path;
  ensureLoaded();
  return true;
}

function ensureLoaded(): void {
  if (loaded) return;
  jieba().load(dictionaryPath ?? JIEBA_DICT, JIEBA_HMM, userDictionaryFor(dictionaryPath), UNUSED.idfDict, UNUSED.stopWordDict);
  loaded = true;
}

/**
 * The project's user words (data/user-dict.txt) are written without a frequency: jieba gives such a
 * word the median weight of its dictionary. A corpus dictionary would need thousands of made-up
 * lines to keep the full dictionary's median (a third of its lines, 50 ms of every start), so it
 * carries the median frequency in one line instead, and is loaded with a copy of the user words
 * that states that frequency: the same weight, log(median / sum), as with the full dictionary.
 */
const MEDIAN_WORD = "\uE000m";

let userDictionaryText: string | null = null;

/** data/user-dict.txt's text, read once a process when first needed. */
function userWords(): string {
  userDictionaryText ??= readFileSync(USER_DICT, "utf8");
  return userDictionaryText;
}

/** The user words' file a dictionary is loaded with: its copy at the median, if written; else the project's. */
function userDictionaryFor(path: string | null): string {
  if (path === null) return USER_DICT;
  const copy = userDictionaryFile(path);
  return existsSync(copy) ? copy : USER_DICT;
}

/** Named by the dictionary and by the user words (an edit of data/user-dict.txt makes a new copy). */
function userDictionaryFile(path: string): string {
  return path.replace(/\.utf8$/, `.user-${dictionaryKey(userWords()).slice(0, 8)}.utf8`);
}

/** The user words, each with this frequency where it has none ("word", "word tag" → "word freq tag"). */
function userDictionaryAt(median: number): string {
  const lines: string[] = [];
  for (const line of userWords().split("\n")) {
    const columns = line.trim().split(/\s+/);
    if (!columns[0]) continue;
    // jieba reads one column as a word with no tag, which its tagger then calls "x".
    if (columns.length === 1) lines.push(`${columns[0]} ${median} x`);
    else if (columns.length === 2) lines.push(`${columns[0]} ${median} ${columns[1]}`);
    else lines.push(columns.join(" "));
  }
  return `${lines.join("\n")}\n`;
}

/** The median frequency a corpus dictionary carries (its MEDIAN_WORD line), or null (an older one). */
function medianCarried(dictionary: string): number | null {
  const at = dictionary.lastIndexOf(`\n${MEDIAN_WORD} `);
  if (at < 0) return null;
  const median = Number.parseInt(dictionary.slice(at + MEDIAN_WORD.length + 2), 10);
  return Number.isFinite(median) ? median : null;
}

/**
 * The lines of jieba's full dictionary for these words and each of their characters, and a few
 * made-up lines (words of private-use characters, never in a text) that keep every weight what the
 * full dictionary makes it: jieba weighs a word by its frequency against the sum of all, an unknown
 * character by the least weight, and a user word without a frequency by the median. jieba then
 * cuts a text as with the full dictionary whenever the full dictionary's cut uses these words only
 * (a cut only loses the ways it did not take): so for the corpus, whose own words these are.
 */
export function corpusDictionary(vocabulary: Iterable<string>): string {
  const wanted = new Set<string>();
  for (const word of vocabulary) {
    wanted.add(word);
    for (const c of word) wanted.add(c);
  }
  const full = fullDictionary();
  const lines: string[] = [];
  const frequencies: number[] = [];
  for (let i = 0; i < full.size; i++) {
    if (wanted.has(full.word(i))) {
      lines.push(full.line(i));
      frequencies.push(full.frequencies[i]!);
    }
  }
  return [...lines, ...weightKeepers(frequencies, full)].join("\n");
}

/**
 * jieba's full dictionary, read once: its text and, per line, where the line and its word end and
 * the word's frequency. Lines and words are cut out of the text when asked (most never are: a
 * corpus uses a tenth of the 350,000 words), which halves the time of a reindex's dictionary.
 */
interface FullDictionary {
  size: number;
  line(i: number): string;
  word(i: number): string;
  frequencies: Float64Array;
  total: number;
  least: number;
  median: number;
}

let full: FullDictionary | null = null;

/** jieba's full dictionary file's bytes, read once a process when first needed. */
let fullDictionaryBytes: Buffer | null = null;

/**
 * Whether jieba's full dictionary holds the word (老师 does; 增涨, a typo, does not): one byte
 * search of the file (5 MB, read when first asked), neither decoded nor parsed — decoding it took
 * 10 ms of a first question and twice its size in memory.
 */
export function isDictionaryWord(word: string): boolean {
  return dictionaryFrequency(word) !== null;
}

/** How often jieba's full dictionary counts a word ("民声 6 n" → 6), or null when it lacks it. */
export function dictionaryFrequency(word: string): number | null {
  fullDictionaryBytes ??= readFileSync(JIEBA_DICT);
  const line = `${word} `;
  const inside = fullDictionaryBytes.indexOf(`\n${line}`, 0, "utf8");
  const at = inside >= 0 ? inside + 1 : fullDictionaryBytes.subarray(0, Buffer.byteLength(line)).toString("utf8") === line ? 0 : -1;
  if (at < 0) return null;
  const start = at + Buffer.byteLength(line);
  const end = fullDictionaryBytes.indexOf(" ", start);
  return Number(fullDictionaryBytes.subarray(start, end < 0 ? undefined : end).toString("utf8")) || 0;
}

function fullDictionary(): FullDictionary {
  if (full) return full;
  const text = readFileSync(JIEBA_DICT, "utf8");
  // Per line ("word frequency tag"): where it starts, where its word ends, where it ends.
  const starts: number[] = [];
  const wordEnds: number[] = [];
  const ends: number[] = [];
  const counts: number[] = [];
  let total = 0;
  for (let at = 0; at < text.length; ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    if (end > at) {
      const space = text.indexOf(" ", at);
      const wordEnd = space < 0 || space > end ? end : space;
      let frequency = 0;
      for (let i = wordEnd + 1; i < end; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9) break;
        frequency = frequency * 10 + digit;
      }
      starts.push(at);
      wordEnds.push(wordEnd);
      ends.push(end);
      counts.push(frequency);
      total += frequency;
    }
    at = end + 1;
  }
  const frequencies = Float64Array.from(counts);
  const sorted = Float64Array.from(frequencies).sort();
  // cppjieba's DictTrie: weights sorted, the median is the one at size / 2.
  full = {
    size: starts.length,
    line: (i) => text.slice(starts[i]!, ends[i]!),
    word: (i) => text.slice(starts[i]!, wordEnds[i]!),
    frequencies,
    total,
    least: sorted[0]!,
    median: sorted[Math.floor(sorted.length / 2)]!,
  };
  return full;
}

/**
 * Made-up lines that give a subset of the dictionary the full one's sum and least frequency, and
 * carry its median (see MEDIAN_WORD).
 */
function weightKeepers(frequencies: readonly number[], whole: FullDictionary): string[] {
  const kept = frequencies.reduce((a, b) => a + b, 0);
  const rest = whole.total - kept - whole.least - whole.median;
  return [`\uE0000 ${whole.least} x`, `\uE0001 ${Math.max(1, rest)} x`, `${MEDIAN_WORD} ${whole.median} x`];
}

const WORD = /[\p{Script=Han}a-z]/u;

/** jieba words of an already search-form text, HMM on (so unknown words are kept whole). */
export function words(searchText: string): string[] {
  ensureLoaded();
  const out: string[] = [];
  for (const w of jieba().cut(searchText, true)) {
    const t = w.trim();
    if (t && WORD.test(t)) out.push(t);
  }
  return out;
}

/**
 * Whether jieba takes a text for one word with the dictionary it segments with (手工业, 家庭; not
 * 帮扶县): a cut of a few characters, a few microseconds — where isDictionaryWord searches 5 MB.
 */
export function isWord(text: string): boolean {
  ensureLoaded();
  const cut = jieba().cut(text, false);
  return cut.length === 1 && cut[0] === text;
}

/** Where jieba's words of a text end (offsets into it, the last its length): cuts that split no word. */
export function wordEnds(searchText: string): number[] {
  ensureLoaded();
  const ends: number[] = [];
  let at = 0;
  for (const w of jieba().cut(searchText, true)) ends.push((at += w.length));
  return ends;
}

export interface TaggedWord {
  word: string;
  /** jieba's part of speech: ns is a place name, m a numeral. */
  tag: string;
}

/** jieba words with their part of speech, for questions (places are matched report-wide). */
export function taggedWords(searchText: string): TaggedWord[] {
  ensureLoaded();
  return jieba()
    .tag(searchText)
    .map((t) => ({ word: t.word.trim(), tag: t.tag }))
    .filter((t) => t.word && WORD.test(t.word));
}

/** A word of a text with where it stands in it ([start, end), offsets into that text). */
export interface PlacedWord extends TaggedWord {
  start: number;
  end: number;
}

/**
 * jieba's words of a text around [start, end), `context` characters either side (in search form),
 * with their offsets in the text; tagged with their part of speech when `tagged` (slower: a cut has
 * tag ""). Whether a short name stands as a word needs only its neighbours segmented, not the report.
 */
export function wordsAround(text: string, start: number, end: number, context: number, tagged = false): PlacedWord[] {
  const from = Math.max(0, start - context);
  const window = toSearchForm(text.slice(from, end + context));
  ensureLoaded();
  const cut = tagged
    ? taggedWords(window)
    : jieba()
        .cut(window, true)
        .map((word) => ({ word, tag: "" }));
  const out: PlacedWord[] = [];
  let at = 0;
  // (A tagged cut leaves out spaces and line breaks: each word is found where it stands.)
  for (const { word, tag } of cut) {
    const wordStart = window.indexOf(word, at);
    if (wordStart < 0) continue;
    at = wordStart + word.length;
    out.push({ word, tag, start: from + wordStart, end: from + at });
  }
  return out;
}

/**
 * The words jieba's dictionary tags as place names (ns: 城镇, 西部, 海东…): a question's word is a
 * place term when jieba tags it so (question/understand.ts), so these are every word a question
 * can ask a report to be about (search/pg/store.ts counts them in each report).
 */
export function placeWords(): string[] {
  const dictionary = fullDictionary();
  const out: string[] = [];
  for (let i = 0; i < dictionary.size; i++) if (dictionary.line(i).endsWith(" ns")) out.push(dictionary.word(i));
  return out;
}
