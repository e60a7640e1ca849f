// Traditional → simplified only: the full build loads every conversion table (10–20 ms at every start).
import * as OpenCC from "opencc-js/t2cn";
import { blankNoteMarks } from "./note-marks.ts";

/**
 * The characters a traditional → simplified rule of opencc's starts with (3,639): a text with none
 * of them converts to itself. The converter itself (its dictionary made into a trie, 10–20 ms and
 * its garbage) is built only for a text that has one: most questions, typed in simplified
 * characters, never need it.
 */
const CONVERTIBLE: ReadonlySet<string> = (() => {
  const starts = new Set<string>();
  for (const dictionary of (OpenCC.Locale.to as unknown as Record<string, string[][]>).cn!.flat()) {
    for (const entry of dictionary.split("|")) {
      const first = entry.codePointAt(0);
      if (first !== undefined) starts.add(String.fromCodePoint(first));
    }
  }
  return starts;
})();

let converter: ((text: string) => string) | null = null;

function toSimplified(text: string): string {
  for (const c of text) {
    if (CONVERTIBLE.has(c)) {
      const convert = (converter ??= OpenCC.Converter({ from: "t", to: "cn" }));
      return convert(text);
    }
  }
  return text;
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
