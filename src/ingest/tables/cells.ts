/**
 * What a table cell holds, read from its printed text alone: a figure ("6292.1", "-12.5",
 * "56.1%", "13.61 亿吨", "1.5倍", "2,932,700"), a year that labels a column ("2022年", "1995"),
 * a mark for "no data" ("-", "—", "…"), or words. Every extractor decides header rows, row labels
 * and whether a run of lines is a table at all from these kinds.
 */

export type CellKind = "figure" | "year" | "none" | "text" | "empty";

/** A number as tables print it: sign, thousands separators, decimals. */
export const NUMBER_SOURCE = String.raw`[-+−–]?\d+(?:[,，]\d{3})*(?:\.\d+)?`;

/** A 4-digit year, alone or with 年/年度/年末 ("1995", "2022年"): a column label, not a figure. */
const YEAR_CELL = /^(?:1[89]|20)\d{2}\s*(?:年(?:度|末|底|初)?)?$/;
/** A year followed by more words ("1995年产量", "2024年预算数"): a label. */
const YEAR_LABEL = /^(?:1[89]|20)\d{2}\s*年/;
/**
 * A figure cell: a number, then at most a short unit — %, ‰, 倍, or up to four Chinese characters
 * ("亿吨", "万千瓦", "万立方米", "元/人") — and nothing else.
 */
const FIGURE_CELL = new RegExp(`^(?:约|近|超)?${NUMBER_SOURCE}\\s?(?:%|％|‰|倍|[\\p{Script=Han}]{1,4}(?:[/／][\\p{Script=Han}]{1,3})?)?$`, "u");
/** Printed in place of a figure when there is none (not a run of dot leaders "……………"). */
const NO_DATA = /^(?:[-－—–―/／…]{1,3}|\.\.\.|x|×|无)$/;

export function cellKind(text: string): CellKind {
  const cell = text.trim();
  if (cell === "") return "empty";
  if (YEAR_CELL.test(cell)) return "year";
  if (NO_DATA.test(cell)) return "none";
  if (YEAR_LABEL.test(cell)) return "text";
  return FIGURE_CELL.test(cell) ? "figure" : "text";
}

export function isFigure(text: string): boolean {
  return cellKind(text) === "figure";
}

/** A bare number token, as a cell of PDF text is ("91,016,775.35", "0.00", "-3.2%"). */
const NUMBER_TOKEN = new RegExp(`^${NUMBER_SOURCE}[%％‰]?$`);

export function isNumberToken(text: string): boolean {
  return NUMBER_TOKEN.test(text);
}

/**
 * Sentence punctuation: a cell or line holding it is prose, not a table cell ("注：…为空表。" is a
 * note, "比2023年增加25万元，主要原因是…" a sentence).
 */
export const SENTENCE_PUNCTUATION = /[。！？；，!?;]/;

/** Joins the lines of a wrapped cell: Chinese runs on without a space, Latin words keep one. */
export function joinWrapped(parts: readonly string[]): string {
  let out = "";
  for (const part of parts) {
    if (part === "") continue;
    if (out !== "" && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(part)) out += " ";
    out += part;
  }
  return out;
}

/** Text compared without its white space ("表1  2022年…" and "表1 2022年…" are the same caption). */
export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, "");
}
