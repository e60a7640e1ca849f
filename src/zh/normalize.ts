// Traditional → simplified only: the full build loads every conversion table (10–20 ms at every start).
import * as OpenCC from "opencc-js/t2cn";
import { blankNoteMarks } from "./note-marks.ts";
import { wordGroups } from "./word-lists.ts";

/** Variant characters opencc leaves alone (衞), to their simplified forms (data/variant-characters.txt). */
const VARIANTS = new Map(wordGroups("variant-characters").map(([variant, simplified]) => [variant!, simplified!]));
const VARIANT = new RegExp(`[${[...VARIANTS.keys()].join("")}]`, "g");
const HAS_VARIANT = new RegExp(VARIANT.source);

const CONVERTS_ALONE = 1;
const STARTS_PAIR = 2;

/**
 * Where a traditional → simplified rule of opencc's can apply: a character it converts alone, or
 * the first two characters of a phrase it converts (一目瞭然: 一目). A text with neither converts to
 * itself, and the converter (its dictionary made into a trie, 10–20 ms and its garbage) is built
 * only for a text that has one: most questions, typed in simplified characters, never need it.
 */
const RULE_STARTS = (() => {
  const characters = new Set<string>();
  const pairs = new Set<string>();
  for (const dictionary of (OpenCC.Locale.to as unknown as Record<string, string[][]>).cn!.flat()) {
    for (const entry of dictionary.split("|")) {
      const key = [...entry.slice(0, entry.indexOf(" "))];
      if (key.length === 1) characters.add(key[0]!);
      else if (key.length > 1) pairs.add(key[0]! + key[1]!);
    }
  }
  // The same for characters of the Basic Multilingual Plane as flags by code unit, read without
  // building a string per character (a report's megabytes are checked at every reindex).
  const bmp = new Uint8Array(0x10000);
  for (const c of characters) if (c.length === 1) bmp[c.charCodeAt(0)]! |= CONVERTS_ALONE;
  for (const pair of pairs) if (pair.charCodeAt(0) < 0xd800 || pair.charCodeAt(0) > 0xdfff) bmp[pair.charCodeAt(0)]! |= STARTS_PAIR;
  return { characters, pairs, bmp };
})();

let converter: ((text: string) => string) | null = null;

/** Whether a rule of opencc's may apply somewhere in the text (see RULE_STARTS). */
function mayConvert(text: string): boolean {
  const { characters, pairs, bmp } = RULE_STARTS;
  let previous = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      // A character outside the Basic Multilingual Plane: looked up by name.
      const c = String.fromCodePoint(text.codePointAt(i)!);
      if (c.length === 2) i++;
      if (characters.has(c) || pairs.has(previous + c)) return true;
      previous = c;
      continue;
    }
    const flags = bmp[code]!;
    if (flags & CONVERTS_ALONE) return true;
    if (previous !== "" && pairs.has(previous + text[i])) return true;
    previous = flags & STARTS_PAIR ? text[i]! : "";
  }
  return false;
}

function toSimplified(text: string): string {
  if (HAS_VARIANT.test(text)) text = text.replace(VARIANT, (c) => VARIANTS.get(c)!);
  if (!mayConvert(text)) return text;
  const convert = (converter ??= OpenCC.Converter({ from: "t", to: "cn" }));
  return convert(text);
}

/**
 * A sentence in simplified characters, as printed otherwise (case, widths and note marks kept), for reading its
 * grammar: "較1955年增長了16%" (gwr-1957) is a change on 1955 only once read as 较…增长. Null when it is simplified
 * already, or when conversion would move its characters (a figure's offsets must hold in both).
 */
export function simplifiedForReading(text: string): string | null {
  const simplified = toSimplified(text);
  return simplified !== text && simplified.length === text.length ? simplified : null;
}

/**
 * The search form of a text: traditional characters made simplified, full-width ASCII made
 * half-width, Latin letters lower-cased. Report text is kept as printed for display; only the
 * index and the matching see this form, so "國內生產總值" finds "国内生产总值".
 */
export function toSearchForm(text: string): string {
  return toSimplified(halfWidth(blankNoteMarks(text))).toLowerCase();
}

/** Full-width ASCII (ＧＤＰ, ９５, ％, ．) to half-width; the ideographic space to a plain one. */
export function halfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => {
      // Keep Chinese punctuation that reads as such: ，。；：（）！？ stay full-width.
      if ("，；：（）！？".includes(c)) return c;
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    })
    .replace(/\u3000/g, " ");
}

/** Full-width digits, Latin letters and ％ ． ＋ －: how ingest makes printed figures readable while the wording stays as printed (Chinese punctuation，。；：（）is left alone). */
const FULL_WIDTH_ALPHANUMERIC = /[０-９Ａ-Ｚａ-ｚ％．＋－]/g;

export function halfWidthAlphanumeric(text: string): string {
  return text.replace(FULL_WIDTH_ALPHANUMERIC, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
