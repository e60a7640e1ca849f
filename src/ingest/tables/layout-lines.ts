/**
 * A line of `pdftotext -layout` output as cells with their extents: cut at runs of 2+ spaces and
 * at one space that ends a number ("91,016,775.35 一、一般公共服务支出"), and told apart as a row
 * (it holds a figure), a line of labels, prose (long, or with sentence punctuation), blank, or a
 * line no table may cross (a placeholder).
 */
import { captionLine } from "./caption.ts";
import { SENTENCE_PUNCTUATION, cellKind, compact, isNumberToken } from "./cells.ts";

/** A cell of a printed line: its text and its extent in characters (pdftotext's grid). */
export interface Cell {
  text: string;
  start: number;
  end: number;
  /** A figure or a no-data mark ("-", "…"): what fills a figure column. */
  figure: boolean;
  /** A figure proper. */
  number: boolean;
}

export type LineKind = "blank" | "prose" | "row" | "text" | "stop";

export interface Line {
  /** Index in the text's lines. */
  at: number;
  /** The line without its form feed, runs of spaces made one ("表 4 2022     年南京…" → "表 4 2022 年南京…"). */
  text: string;
  cells: Cell[];
  kind: LineKind;
  /** The line opens a page (pdftotext puts a form feed before a page's first line). */
  page: boolean;
}

/** A single-cell line this long (characters) is prose, not a label. */
const PROSE_MIN_CHARS = 26;

/** A text cell longer than this is prose. */
const MAX_CELL_CHARS = 30;

export const ENUMERATOR = /^(?:[一二三四五六七八九十]+、|\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)]|\d{3}$)/;

export function parseLine(raw: string, at: number): Line {
  const page = raw.startsWith("\f");
  const text = raw.replace(/^\f+/, "");
  const flat = text.trim().replace(/ {2,}/g, " ");
  if (text.includes("\uE000") || text.includes("\f")) return { at, text: flat, cells: [], kind: "stop", page };
  const cells = splitCells(text);
  if (cells.length === 0) return { at, text: flat, cells, kind: "blank", page };
  return { at, text: flat, cells, kind: captionLine(flat) !== null ? "text" : lineKind(cells), page };
}

function lineKind(cells: readonly Cell[]): LineKind {
  // A table of contents: dot leaders to a page number.
  if (cells.some((c) => /[…．.·]{4,}/.test(c.text))) return "prose";
  const texts = cells.filter((c) => !c.figure);
  if (cells.length === 1 && !cells[0]!.figure) {
    const only = cells[0]!.text;
    if ([...compact(only)].length >= PROSE_MIN_CHARS || SENTENCE_PUNCTUATION.test(only) || /[：:]$/.test(only)) return "prose";
  }
  if (texts.some((c) => /[。！？；]/.test(c.text) || [...compact(c.text)].length > MAX_CELL_CHARS || (/[，,]/.test(c.text) && c.text.length > 15))) {
    return "prose";
  }
  return cells.some((c) => c.number) ? "row" : "text";
}

/** Cells at runs of 2+ spaces, then at single spaces that end a number. */
function splitCells(text: string): Cell[] {
  const cells: Cell[] = [];
  for (const m of text.matchAll(/\S+(?: \S+)*/g)) {
    let start = m.index;
    const tokens = m[0].split(" ");
    let current: string[] = [];
    let currentStart = start;
    for (const token of tokens) {
      const previous = current[current.length - 1];
      if (previous !== undefined && cellBoundary(previous, token)) {
        cells.push(cell(current.join(" "), currentStart));
        currentStart = start;
        current = [];
      }
      current.push(token);
      start += token.length + 1;
    }
    cells.push(cell(current.join(" "), currentStart));
  }
  return cells;
}

function cell(text: string, start: number): Cell {
  const kind = cellKind(text);
  return { text, start, end: start + text.length, figure: kind === "figure" || kind === "none", number: kind === "figure" };
}

/** One space between two cells: after a number, before a number or a new label; after a label, before an amount. */
function cellBoundary(left: string, right: string): boolean {
  if (isNumberToken(left)) return isNumberToken(right) || ENUMERATOR.test(right) || /^\p{Script=Han}{3}/u.test(right);
  return isNumberToken(right) && /[,.]/.test(right) && /[\p{Script=Han}）)]$/u.test(left);
}
