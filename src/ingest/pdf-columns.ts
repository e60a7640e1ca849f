/**
 * A page set in columns (a report printed in a newspaper: 呼和浩特's budget report filling page 5 of
 * 呼和浩特日报 in six columns) is read column by column. PDF.js gives its runs by position, and a
 * line across the page then holds a piece of every column ("…收入268.61亿元，为水超标监测、国土绿化…").
 *
 * Columns are found where the body text leaves a gutter: an upright strip of the page that its
 * body-size runs (almost) never cross, with prose on both sides. A run crossing a gutter (a title
 * over several columns) splits the page into bands read top to bottom; within a band the columns
 * are read left to right. Each column's runs are moved to the first column's left edge, so that the
 * paragraph signs layoutPdf reads (a first-line indent, a short last line) are measured alike.
 *
 * A table's columns are no text columns: a column must be prose (mostly Chinese, with clause marks).
 */
import type { PdfPage, PdfRun } from "./pdf.ts";
import { HEADING_SIZE_RATIO, mode } from "./pdf-metrics.ts";

/** A gutter is at least this many body type sizes wide… */
const GUTTER_MIN_SIZES = 0.8;
/** …and crossed by at most this share of the page's body runs (a stray run, a rule drawn as text). */
const GUTTER_MAX_CROSSING = 0.01;
/** A text column is at least this many body type sizes wide (a table's figure columns are narrower). */
const COLUMN_MIN_SIZES = 6;
/** A page needs this many characters of body text before its columns are looked for. */
const MIN_BODY_CHARS = 400;
/** In a text column, at least this share of the characters are Chinese… */
const PROSE_HAN_SHARE = 0.6;
/** …and at least this many clause marks (，。；、) stand per hundred characters (prose has 6–10). */
const PROSE_MARKS_PER_HUNDRED = 3;

interface Column {
  start: number;
  end: number;
}

/**
 * The page's runs in reading order, as pieces: one page when it is not set in columns; else, band by
 * band, the runs crossing the columns and then each column's runs, shifted to the first column's left.
 */
export function columnPieces(page: PdfPage): PdfPage[] {
  const columns = textColumns(page.runs);
  if (columns.length < 2) return [page];
  const size = bodySize(page.runs);
  // A run in larger type that crosses a gutter is a title over the columns; any other run is its
  // column's, the one it starts in (a justified line's spaced-out run may reach into the gutter).
  const crossesColumns = (run: PdfRun) => run.size > size * HEADING_SIZE_RATIO && columns.some((c) => run.x < c.end && run.x + run.width > c.end + run.size);
  const columnOf = (run: PdfRun) => (crossesColumns(run) ? -1 : Math.max(0, columns.filter((c) => run.x >= c.start - run.size).length - 1));
  const crossing = page.runs.filter((r) => r.text.trim() !== "" && columnOf(r) < 0).sort((a, b) => b.y - a.y);
  // The lines crossing the columns, top to bottom, part the page into bands.
  const breaks: PdfRun[][] = [];
  for (const run of crossing) {
    const last = breaks.at(-1);
    if (last && last[0]!.y - run.y <= run.size * 0.5) last.push(run);
    else breaks.push([run]);
  }
  const bandOf = (y: number) => breaks.filter((b) => b[0]!.y > y).length;
  const pieces: PdfPage[] = [];
  for (let band = 0; band <= breaks.length; band++) {
    columns.forEach((column, i) => {
      const runs = page.runs.filter((r) => columnOf(r) === i && bandOf(r.y) === band).map((r) => ({ ...r, x: r.x - column.start + columns[0]!.start }));
      if (runs.length > 0) pieces.push({ runs });
    });
    if (band < breaks.length) pieces.push({ runs: breaks[band]! });
  }
  return pieces;
}

/** The page's columns of body text, left to right; fewer than two when it is not set in columns. */
function textColumns(runs: readonly PdfRun[]): Column[] {
  const size = bodySize(runs);
  const body = runs.filter((r) => Math.abs(r.size - size) < 0.75 && r.text.trim() !== "");
  if (body.reduce((n, r) => n + r.text.length, 0) < MIN_BODY_CHARS) return [];
  const left = Math.floor(Math.min(...body.map((r) => r.x)));
  const right = Math.ceil(Math.max(...body.map((r) => r.x + r.width)));
  const crossings = new Array<number>(right - left + 1).fill(0);
  for (const r of body) for (let x = Math.ceil(r.x); x < r.x + r.width; x++) crossings[x - left]!++;
  const open = Math.max(1, body.length * GUTTER_MAX_CROSSING);
  const columns: Column[] = [];
  let start = left;
  let gapFrom = -1;
  for (let x = left; x <= right; x++) {
    const clear = crossings[x - left]! <= open;
    if (clear && gapFrom < 0) gapFrom = x;
    if (!clear && gapFrom >= 0) {
      if (x - gapFrom >= size * GUTTER_MIN_SIZES && gapFrom > start) {
        columns.push({ start, end: gapFrom });
        start = x;
      }
      gapFrom = -1;
    }
  }
  columns.push({ start, end: right });
  if (columns.length < 2 || columns.some((c) => c.end - c.start < size * COLUMN_MIN_SIZES)) return [];
  const isProse = (c: Column) => {
    const text = body
      .filter((r) => r.x >= c.start - 1 && r.x + r.width <= c.end + 1)
      .map((r) => r.text)
      .join("")
      .replace(/\s/g, "");
    const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
    const marks = (text.match(/[，。；、]/g) ?? []).length;
    return text.length > 0 && han / text.length >= PROSE_HAN_SHARE && (marks * 100) / text.length >= PROSE_MARKS_PER_HUNDRED;
  };
  return columns.every(isProse) ? columns : [];
}

/** The body's type size: the one most characters are set in (to half a point). */
function bodySize(runs: readonly PdfRun[]): number {
  return (
    mode(
      runs.map((r) => Math.round(r.size * 2) / 2),
      runs.map((r) => r.text.length),
    ) ?? 0
  );
}
