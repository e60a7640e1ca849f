/**
 * Tables in `pdftotext -layout` output: a table's rows are lines whose cells are separated by runs
 * of spaces and stand in columns, the same columns on every line of a page
 * ("201   03   01   行政运行          12,029,501.84   11,919,501.84      110,000.00").
 *
 * The steps, for each run of lines holding figures:
 *   1. cut each line into cells at runs of 2+ spaces (and at one space between a number and what
 *      follows it: "91,016,775.35 一、一般公共服务支出");
 *   2. per page, take the columns from the rows' cells: cells that overlap from row to row are one
 *      column (numbers are right-aligned, labels left-aligned, so a column's cells overlap), and
 *      place every line's cells into them in order, each into the column it stands in;
 *   3. place the header lines above (between the caption/unit line and the first row) into the same
 *      columns: a header cell over a column no row fills makes a column of its own ("事业收入" in a
 *      budget whose rows have none); a group header over no column spans the columns between its
 *      neighbours ("本年收入" over 项目 and 预算数);
 *   4. join a label wrapped over several lines to its row (also one printed half above, half below
 *      its figures), continue the table over a page break when the next page's rows have the same
 *      columns (its repeated header skipped);
 *   5. refuse what cannot be rebuilt with confidence: a cell that stands in no column, figures
 *      squeezed one space apart, a label line between two rows that could be either's, a row of
 *      figures with no label, a figure under a column with no header. A later page whose columns
 *      differ ends the table there.
 * A refused run stays text. Lines of prose (long, or with sentence punctuation) end a table.
 * Step 1 is layout-lines.ts, step 2 and the rows of step 4 layout-rows.ts, step 3 layout-header.ts.
 */
import { captionLine, unitLine } from "./caption.ts";
import { cellKind, compact } from "./cells.ts";
import { placeHeader } from "./layout-header.ts";
import { ENUMERATOR, parseLine, type Cell, type Line } from "./layout-lines.ts";
import { align, columnsOf, rowsOf, type Aligned, type Column } from "./layout-rows.ts";
import type { TextLine } from "./lines.ts";
import type { Cut } from "./splice.ts";
import type { Table } from "./table.ts";

/** Most lines without a figure between two rows of one table (labels of empty rows, wrapped labels). */
const MAX_TEXT_RUN = 12;
/** Most consecutive blank lines inside a table. */
const MAX_BLANK_RUN = 5;
/** Most header lines between the caption/unit line and the first row. */
const MAX_HEADER_LINES = 8;
/** Figures shorter than this printed one space apart are squeezed (long ones fill their cells: "82,096,797.42 82,096,797.42"). */
const SQUEEZED_MAX_CHARS = 8;

export function layoutTableCuts(lines: readonly TextLine[]): Cut[] {
  const parsed = lines.map((line, at) => parseLine(line.text, at));
  const cuts: Cut[] = [];
  let floor = 0;
  for (let i = 0; i < parsed.length; i++) {
    if (parsed[i]!.kind !== "row") continue;
    const block = blockFrom(parsed, i);
    const made = buildTable(parsed, block, floor);
    i = block.last;
    if (!made) continue;
    const end = lines[made.last]!;
    cuts.push({ start: lines[made.first]!.start, end: end.start + end.text.length, table: made.table });
    floor = made.last + 1;
  }
  return cuts;
}

interface Block {
  first: number;
  last: number;
}

/** The run of lines from row `i`: rows, with labels and blank lines between them, up to prose or a new caption. */
function blockFrom(lines: readonly Line[], i: number): Block {
  let last = i;
  let textRun = 0;
  let blankRun = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.kind === "blank") {
      if (++blankRun > MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    if (line.kind === "prose" || line.kind === "stop" || opensTable(line)) break;
    if (line.kind === "row") {
      last = j;
      textRun = 0;
    } else if (++textRun > MAX_TEXT_RUN) break;
  }
  // The last row's label wrapped onto the lines right under it.
  while (
    lines[last + 1]?.kind === "text" &&
    lines[last + 1]!.cells.length === 1 &&
    !ENUMERATOR.test(lines[last + 1]!.cells[0]!.text) &&
    !opensTable(lines[last + 1]!)
  )
    last++;
  return { first: i, last };
}

/** A caption or unit line: the start of the next table. */
function opensTable(line: Line): boolean {
  return unitLine(line.text) !== null || captionLine(line.text) !== null;
}

interface Built {
  table: Table;
  /** First and last line of the text the table replaces. */
  first: number;
  last: number;
}

function buildTable(lines: readonly Line[], block: Block, floor: number): Built | null {
  const firstRow = block.first - (labelHalfAbove(lines, block.first) ? 1 : 0);
  const top = headerAbove(lines, firstRow, floor);
  if (!top) return null;

  // Pages: the first holds the header; each later one may repeat it before its rows.
  const body = lines.slice(firstRow, block.last + 1).filter((l) => l.kind !== "blank");
  const pages: Line[][] = [[]];
  for (const line of body) {
    if (line.page && pages[pages.length - 1]!.length > 0) pages.push([]);
    pages[pages.length - 1]!.push(line);
  }
  const headerTexts = new Set(top.header.map((l) => compact(l.cells.map((c) => c.text).join(""))));

  const first = layOutPage(pages[0]!, top.header);
  if (!first) return null;
  const rows = [...first.rows];
  let lastLine = pages[0]![pages[0]!.length - 1]!.at;
  for (const page of pages.slice(1)) {
    let k = 0;
    while (k < page.length && page[k]!.kind === "text" && headerTexts.has(compact(page[k]!.cells.map((c) => c.text).join("")))) k++;
    const next = layOutPage(page.slice(k), []);
    if (!next || !sameColumns(next.bodyColumns, first.bodyColumns)) break;
    const place = first.bodyColumnIndex;
    for (const row of next.rows) {
      const wide = Array<string>(first.columns.length).fill("");
      row.forEach((text, c) => (wide[place[c]!] = text));
      rows.push(wide);
    }
    lastLine = page[page.length - 1]!.at;
  }

  const table = checked(first.header, rows, top);
  if (!table) return null;
  return { table, first: top.first, last: lastLine };
}

/**
 * Short figures one space apart ("2.85 0.39 0.00 0.00"): pdftotext had no room to put them where
 * they stand on the page, so their positions say nothing of their columns.
 */
function squeezed(line: Line): boolean {
  return line.cells.some((c, k) => {
    const next = line.cells[k + 1];
    return next !== undefined && c.figure && next.figure && next.start - c.end === 1 && Math.min(c.text.length, next.text.length) < SQUEEZED_MAX_CHARS;
  });
}

/**
 * The first row's label printed half above and half below its figures ("社会保障和就" / 208 … /
 * "业支出"): the line above is body, not header.
 */
function labelHalfAbove(lines: readonly Line[], row: number): boolean {
  const above = lines[row - 1];
  const below = lines[row + 1];
  if (above?.kind !== "text" || below?.kind !== "text" || above.cells.length !== 1 || below.cells.length !== 1) return false;
  const half = above.cells[0]!;
  return half.start === below.cells[0]!.start && !lines[row]!.cells.some((c) => c.start < half.end && c.end > half.start);
}

interface Top {
  title: string;
  unit: string;
  header: Line[];
  /** First line the table replaces (its caption, unit line or first header line). */
  first: number;
}

/** Caption, unit line and header lines above the first row; null when something else stands there. */
function headerAbove(lines: readonly Line[], firstRow: number, floor: number): Top | null {
  const header: Line[] = [];
  let title = "";
  let unit = "";
  let first = firstRow;
  let blankRun = 0;
  for (let j = firstRow - 1; j >= floor; j--) {
    const line = lines[j]!;
    if (line.kind === "blank") {
      if (++blankRun > MAX_BLANK_RUN) break;
      continue;
    }
    blankRun = 0;
    if (line.kind !== "text") break;
    const asUnit = unitLine(line.text);
    if (asUnit !== null) {
      unit = asUnit;
      first = j;
      const above = previousNonBlank(lines, j, floor);
      const caption = above === null ? null : captionOf(lines[above]!);
      if (above !== null && caption) {
        title = caption.title;
        unit ||= caption.unit;
        first = above;
      }
      break;
    }
    const caption = captionOf(line);
    if (caption) {
      title = caption.title;
      unit ||= caption.unit;
      first = j;
      // The caption printed twice: as the paragraph before the table and as its first row.
      const above = previousNonBlank(lines, j, floor);
      if (above !== null && lines[above]!.text === line.text) first = above;
      break;
    }
    if (header.length >= MAX_HEADER_LINES) return null;
    header.unshift(line);
    first = j;
    if (line.page) break;
  }
  if (header.length === 0) return null;
  return { title, unit, header, first };
}

function captionOf(line: Line): { title: string; unit: string } | null {
  return line.kind === "text" ? captionLine(line.text) : null;
}

function previousNonBlank(lines: readonly Line[], j: number, floor: number): number | null {
  for (let k = j - 1; k >= floor; k--) if (lines[k]!.kind !== "blank") return k;
  return null;
}

interface Page {
  /** Every column, body and header-only, in order. */
  columns: Column[];
  /** The columns the page's rows fill, in order, and where each stands among `columns`. */
  bodyColumns: Column[];
  bodyColumnIndex: number[];
  header: string[][];
  /** Body rows as wide as `columns` (for a later page: as wide as its body columns). */
  rows: string[][];
}

function layOutPage(lines: readonly Line[], headerLines: readonly Line[]): Page | null {
  if (lines.some(squeezed)) return null;
  const bodyColumns = columnsOf(lines);
  if (!bodyColumns || bodyColumns.length < 2) return null;

  // Each line's cells into the body columns; the columns widened to what they hold.
  const aligned: Aligned[] = [];
  for (const line of lines) {
    const slots = align(line.cells, bodyColumns);
    if (!slots) return null;
    const cells: (Cell | null)[] = Array<Cell | null>(bodyColumns.length).fill(null);
    slots.forEach((j, k) => {
      const c = line.cells[k]!;
      cells[j] = c;
      bodyColumns[j]!.start = Math.min(bodyColumns[j]!.start, c.start);
      bodyColumns[j]!.end = Math.max(bodyColumns[j]!.end, c.end);
    });
    aligned.push({ line, cells });
  }
  const placed = rowsOf(aligned, bodyColumns);
  if (!placed) return null;

  // Header lines into the columns, adding header-only columns.
  const copies = bodyColumns.map((c) => ({ ...c }));
  const columns = [...copies];
  const header = placeHeader(headerLines, columns);
  const bodyColumnIndex = copies.map((c) => columns.indexOf(c));
  const rows = placed.map((cells) => {
    if (headerLines.length === 0) return cells;
    const wide = Array<string>(columns.length).fill("");
    cells.forEach((text, c) => (wide[bodyColumnIndex[c]!] = text));
    return wide;
  });
  return { columns, bodyColumns, bodyColumnIndex, header, rows };
}

function sameColumns(a: readonly Column[], b: readonly Column[]): boolean {
  return a.length === b.length && a.every((c, k) => c.figure === b[k]!.figure);
}

/**
 * The table, or null when it cannot be trusted: fewer than two rows of figures (one is enough under
 * a caption or unit line), a row of figures without a label, a figure under a column without a header.
 */
function checked(header: string[][], rows: string[][], top: Top): Table | null {
  const figureRows = rows.filter((r) => r.some((c) => cellKind(c) === "figure"));
  if (figureRows.length === 0 || (figureRows.length === 1 && top.title === "" && top.unit === "")) return null;
  const width = rows[0]?.length ?? 0;
  const labelled = (r: string[]) => r.some((c) => cellKind(c) === "text");
  if (figureRows.length > 1 && !figureRows.every(labelled)) return null;
  for (let c = 0; c < width; c++) {
    const holdsFigure = figureRows.some((r) => cellKind(r[c]!) === "figure");
    if (holdsFigure && !header.some((h) => h[c] !== "")) return null;
  }
  return { title: top.title, unit: top.unit, header, rows };
}
