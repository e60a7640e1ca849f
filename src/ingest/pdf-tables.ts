/**
 * Tables in a PDF's own text layer. PDF.js gives every run of text with its position; a table's
 * rows come out as lines whose cells stand apart ("一、一般公共服务支出   112,100   192,039 …"), and
 * read as prose their cells run together ("一、一般公共服务支出112,100192,039"), which gives no
 * figure anyone could trust. Here the lines that look like a table are set out again as
 * `pdftotext -layout` would print them, each cell at the column its position gives, and handed to
 * the same table reader as PDF text (tables/layout.ts: columns, header rows, wrapped labels, and
 * its refusals of what it cannot rebuild). What it takes becomes a table; the rest stays prose.
 */
import { isNumberToken } from "./tables/cells.ts";
import { layoutTableCuts } from "./tables/layout.ts";
import { textLines } from "./tables/lines.ts";
import type { Table } from "./tables/table.ts";

/** A cell of a printed line: runs of text set close together, with where they start and end. */
export interface PdfCell {
  text: string;
  x0: number;
  x1: number;
}

/** A line as the table finder sees it: its page, its cells, its type size. */
export interface CelledLine {
  page: number;
  text: string;
  cells: PdfCell[];
  size: number;
  /** Baseline (y grows upwards). */
  y: number;
}

/**
 * Runs further apart than this many type sizes are two cells: a table's columns stand at least a
 * character apart, while the runs of one phrase ("2025" "年预算执行情况") touch.
 */
const CELL_GAP_SIZES = 0.8;
/** Fewest rows (lines with two cells or more, one of them a number) that make a table worth setting out. */
const MIN_TABLE_ROWS = 2;
/** Prose lines: sentence punctuation, or one cell this long (characters). */
const PROSE_PUNCTUATION = /[，。；！？]/;
const PROSE_MIN_CHARS = 26;
/** Longest title (characters) taken from the line above a table. */
const MAX_TITLE_CHARS = 60;
/** How much larger (points) a title is set than its table's first line. */
const TITLE_SIZE_MARGIN = 0.5;
/** A label line this close to a full row's height (a share of it) from the lines on both sides is a row of its own. */
const OWN_ROW_PITCH = 0.85;
/** How far (type sizes) a group header's middle may stand from its columns' middle. */
const GROUP_MIDDLE_SIZES = 1;

/** Runs (sorted left to right, blanks left out) → cells. */
export function cellsOf(runs: ReadonlyArray<{ text: string; x: number; width: number; size: number }>): PdfCell[] {
  const cells: PdfCell[] = [];
  for (const run of runs) {
    const text = run.text.trim();
    if (text === "") continue;
    const last = cells.at(-1);
    if (last && run.x - last.x1 < run.size * CELL_GAP_SIZES) {
      last.text += text;
      last.x1 = Math.max(last.x1, run.x + run.width);
    } else cells.push({ text, x0: run.x, x1: run.x + run.width });
  }
  return cells;
}

export interface TableSpan {
  /** Index of the first and last line the table (with its caption and header) replaces. */
  first: number;
  last: number;
  table: Table;
  /** Notes printed inside the table, put back after it. */
  after?: string;
}

/**
 * The tables among a document's lines, each with the lines it covers. Runs of lines that hold
 * rows are set out in columns and read by tables/layout.ts; a run it refuses gives nothing.
 */
export function pdfTables(lines: readonly CelledLine[]): TableSpan[] {
  const spans: TableSpan[] = [];
  for (const [first, last] of tableRuns(lines)) {
    const chunk = spreadGroupHeaders(lines.slice(first, last + 1));
    const rendered = renderColumns(chunk);
    const text = rendered.map((r) => r.text).join("\n");
    const offsets = textLines(text).map((l) => l.start);
    // The chunk's line at an offset of the text (blank lines set in stand for no line).
    const lineAt = (offset: number, last = false) => {
      let i = 0;
      while (i + 1 < offsets.length && offsets[i + 1]! <= offset) i++;
      while (rendered[i]!.line === null) i += last ? -1 : 1;
      return rendered[i]!.line!;
    };
    for (const cut of layoutTableCuts(textLines(text))) {
      const span: TableSpan = { first: first + lineAt(cut.start), last: first + lineAt(Math.max(cut.start, cut.end - 1), true), table: cut.table };
      if (cut.after) span.after = cut.after;
      // (Not a line of the table before.)
      const title = span.table.title === "" && span.first - 1 > (spans.at(-1)?.last ?? -1) ? titleAbove(lines, span.first) : null;
      if (title) {
        span.first--;
        span.table = { ...span.table, title };
      }
      spans.push(span);
    }
  }
  return spans;
}

/**
 * A table's title when its caption names no table ("全市一般公共预算支出2025年预算执行情况和2026年
 * 预算（草案）" above the table, set larger): the line just above it on its page, in larger type
 * than the table, without sentence punctuation. Prose set in body type is never taken.
 */
function titleAbove(lines: readonly CelledLine[], first: number): string | null {
  const above = lines[first - 1];
  const top = lines[first];
  if (!above || !top || above.page !== top.page || above.size <= top.size + TITLE_SIZE_MARGIN) return null;
  const text = above.text.trim();
  if (text === "" || [...text].length > MAX_TITLE_CHARS || PROSE_PUNCTUATION.test(text)) return null;
  return text;
}

/** A cell that is a number ("112,100", "-0.7"; spaces inside it aside). */
function isNumberCell(cell: PdfCell): boolean {
  return isNumberToken(cell.text.replace(/\s/g, ""));
}

function isRow(line: CelledLine): boolean {
  return line.cells.length >= 2 && line.cells.some((c) => isNumberCell(c));
}

function isProse(line: CelledLine): boolean {
  if (/[…]{3,}|\.{6,}/.test(line.text)) return true; // a table of contents' dot leaders
  if (line.cells.some((c) => PROSE_PUNCTUATION.test(c.text) && c.text.length > 12)) return true;
  return line.cells.length === 1 && [...line.text].length >= PROSE_MIN_CHARS;
}

/** Runs of lines without prose that hold at least MIN_TABLE_ROWS rows: [first, last] indexes. */
function tableRuns(lines: readonly CelledLine[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  let rows = 0;
  const close = (end: number) => {
    if (start >= 0 && rows >= MIN_TABLE_ROWS) runs.push([start, end]);
    start = -1;
    rows = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isProse(line)) {
      close(i - 1);
      continue;
    }
    if (start < 0) start = i;
    if (isRow(line)) rows++;
  }
  close(lines.length - 1);
  return runs;
}

/**
 * Lines set out in character columns: a page's column is its numbers' advance (digits are of one
 * width), a number placed by its right edge (figures are right-aligned), words by their left edge,
 * two spaces at least between cells. A line that opens a page starts with a form feed, as
 * pdftotext writes it, so that the table reader knows where a page's columns begin.
 *
 * A line of labels only, a full row's height from the lines on both sides, is a row without
 * figures ("烟叶税" between "契税" and "环境保护税"), not a label wrapped from the row above or
 * below (set closer, as the lines of one cell are): it is set between blank lines, which is how
 * the table reader knows a line that stands apart.
 */
function renderColumns(lines: readonly CelledLine[]): Array<{ text: string; line: number | null }> {
  const units = new Map<number, number>();
  for (const page of new Set(lines.map((l) => l.page))) units.set(page, columnWidth(lines.filter((l) => l.page === page)));
  const pitch = rowPitch(lines);
  const gap = (a: CelledLine | undefined, b: CelledLine | undefined) => (a && b && a.page === b.page ? a.y - b.y : null);
  const set: Array<{ text: string; line: number | null }> = [];
  let seenRow = false;
  lines.forEach((line, i) => {
    const above = gap(lines[i - 1], line);
    const below = gap(line, lines[i + 1]);
    const apart =
      seenRow && pitch !== null && !isRow(line) && above !== null && below !== null && above >= pitch * OWN_ROW_PITCH && below >= pitch * OWN_ROW_PITCH;
    if (isRow(line)) seenRow = true;
    if (apart) set.push({ text: "", line: null });
    set.push({ text: rendered(line, i), line: i });
    if (apart) set.push({ text: "", line: null });
  });
  return set;

  function rendered(line: CelledLine, i: number): string {
    const unit = units.get(line.page)!;
    let out = "";
    for (const cell of line.cells) {
      const text = cell.text.replace(/\s+/g, " ");
      let column = isNumberCell(cell) ? Math.round(cell.x1 / unit) - text.length : Math.round(cell.x0 / unit);
      if (out !== "") column = Math.max(column, out.length + 2);
      out += " ".repeat(Math.max(0, column - out.length)) + text;
    }
    const opensPage = i > 0 && lines[i - 1]!.page !== line.page;
    return opensPage ? `\f${out}` : out;
  }
}

/**
 * A header over several columns ("2025年预算" over 年初预算数, 调整预算数, 执行数 and 完成调整预算%) is set
 * centred over them: it is given to each, as a table's header repeats a spanning cell, so that
 * each column reads "2025年预算 执行数" and the one after the group "2026年预算 建议数", not the year of
 * the column it happens to overlap. A header line's cell is spread when the columns of the page's
 * figures (each as wide as its figures and the headers below that stand over it) hold a run of two
 * or more whose middle is its middle, within a type size (the closest such run), and two or more of
 * them have a header below it.
 */
function spreadGroupHeaders(lines: readonly CelledLine[]): CelledLine[] {
  const out = lines.map((line) => ({ ...line, cells: [...line.cells] }));
  for (const page of new Set(lines.map((l) => l.page))) {
    const onPage = out.filter((line) => line.page === page);
    const firstRow = onPage.findIndex((line) => isRow(line));
    if (firstRow <= 0) continue;
    const columns = figureColumns(onPage.filter((line) => isRow(line)));
    if (columns.length < 2) continue;
    const headers = onPage.slice(0, firstRow);
    headers.forEach((line, k) => {
      const below = headers.slice(k + 1).flatMap((l) => l.cells);
      // Each column as wide as its figures and the headers below this line that stand over it.
      const extents = columns.map((c) => {
        const over = below.filter((b) => (b.x0 + b.x1) / 2 >= c.x0 && (b.x0 + b.x1) / 2 <= c.x1);
        return { x0: Math.min(c.x0, ...over.map((b) => b.x0)), x1: Math.max(c.x1, ...over.map((b) => b.x1)), named: over.length > 0 };
      });
      line.cells = line.cells.flatMap((cell) => {
        const run = spannedColumns(cell, extents, line.size);
        if (!run || run.filter((i) => extents[i]!.named).length < 2) return [cell];
        return run.map((i) => ({ text: cell.text, x0: columns[i]!.x0, x1: columns[i]!.x0 + (cell.x1 - cell.x0) }));
      });
    });
  }
  return out;
}

/** The columns a page's figures stand in: their cells' extents, overlapping ones merged (figures are right-aligned). */
function figureColumns(rows: readonly CelledLine[]): Array<{ x0: number; x1: number }> {
  const cells = rows.flatMap((r) => r.cells.filter((c) => isNumberCell(c))).sort((a, b) => a.x0 - b.x0);
  const columns: Array<{ x0: number; x1: number }> = [];
  for (const c of cells) {
    const last = columns.at(-1);
    if (last && c.x0 <= last.x1) last.x1 = Math.max(last.x1, c.x1);
    else columns.push({ x0: c.x0, x1: c.x1 });
  }
  return columns;
}

/** The indexes of the run of two or more columns a header cell is centred over (the closest), or null. */
function spannedColumns(cell: PdfCell, columns: ReadonlyArray<{ x0: number; x1: number }>, size: number): number[] | null {
  if (isNumberCell(cell)) return null;
  const middle = (cell.x0 + cell.x1) / 2;
  let best: { run: number[]; off: number } | null = null;
  for (let i = 0; i < columns.length; i++) {
    for (let j = i + 1; j < columns.length; j++) {
      const x0 = columns[i]!.x0;
      const x1 = columns[j]!.x1;
      if (cell.x0 < x0 - size || cell.x1 > x1 + size) continue;
      const off = Math.abs((x0 + x1) / 2 - middle);
      if (off > size * GROUP_MIDDLE_SIZES) continue;
      if (!best || off < best.off) best = { run: Array.from({ length: j - i + 1 }, (_, k) => i + k), off };
    }
  }
  return best?.run ?? null;
}

/** The usual distance between two rows with figures, one under the other on a page (median), or null. */
function rowPitch(lines: readonly CelledLine[]): number | null {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page === b.page && isRow(a) && isRow(b) && a.y > b.y) gaps.push(a.y - b.y);
  }
  gaps.sort((x, y) => x - y);
  return gaps[Math.floor(gaps.length / 2)] ?? null;
}

/** The width of a digit on these lines (median over their numbers), else half their type size. */
function columnWidth(lines: readonly CelledLine[]): number {
  const widths: number[] = [];
  for (const line of lines) {
    for (const cell of line.cells) {
      if (isNumberToken(cell.text) && cell.text.length >= 2) widths.push((cell.x1 - cell.x0) / cell.text.length);
    }
  }
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)];
  return median && median > 0 ? median : Math.max(1, (lines[0]?.size ?? 10) / 2);
}
