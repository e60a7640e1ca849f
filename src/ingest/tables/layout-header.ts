/**
 * A layout table's header lines placed over its columns: one header row per printed line, each as
 * wide as the table, header-only columns added where a header stands over no row's figures.
 */
import { joinWrapped } from "./cells.ts";
import type { Cell, Line } from "./layout-lines.ts";
import type { Column } from "./layout-rows.ts";

/** A header cell is over a column when it overlaps it widened by this much on each side. */
const HEADER_SLACK = 1;

/**
 * Header lines → header rows as wide as `columns` (which gains the header-only columns), one row
 * per printed line, outermost first.
 *   - A header cell over a column (overlapping it) heads it; one over several spans them.
 *   - The leaf lines (the last header line, and the one with most cells) head every column: a leaf
 *     cell over no column heads the column in whose box its middle falls (a right-aligned figure
 *     column's box reaches left to the previous column, a label column's right to the next), when
 *     it is the only leaf cell there; otherwise it heads a column no row fills ("事业收入" in a
 *     budget whose rows have no 事业收入).
 *   - A cell wrapped over lines above and below the leaf line ("附属单位" / … / "上缴收入") that
 *     stands over no column heads a column of its own too.
 *   - Any other cell over no column spans the columns nearer to it than to its neighbours.
 */
export function placeHeader(printed: readonly Line[], columns: Column[]): string[][] {
  const body = [...columns];
  const lines = printed.map((line) => ({ ...line, cells: line.cells.flatMap((c) => splitOverColumns(c, body)) }));
  const most = Math.max(0, ...lines.map((l) => l.cells.length));
  const isLeaf = (k: number) => k === lines.length - 1 || lines[k]!.cells.length === most;
  const over = (c: Cell, among: readonly Column[]) => among.filter((col) => c.start < col.end + HEADER_SLACK && c.end > col.start - HEADER_SLACK);
  const found: Column[][][] = lines.map((l) => l.cells.map((c) => over(c, body)));

  // Leaf cells over no column: into the box they stand in, if alone there.
  const inBox = new Map<Column, { k: number; i: number }[]>();
  lines.forEach((line, k) => {
    if (!isLeaf(k)) return;
    line.cells.forEach((c, i) => {
      if (found[k]![i]!.length > 0) return;
      const box = boxOf(body, (c.start + c.end) / 2);
      if (box) inBox.set(box, [...(inBox.get(box) ?? []), { k, i }]);
    });
  });
  for (const [col, cells] of inBox) {
    const headed = lines.some((_line, k) => isLeaf(k) && found[k]!.some((cols) => cols.includes(col)));
    if (cells.length !== 1 || headed) continue;
    const { k, i } = cells[0]!;
    found[k]![i] = [col];
    // The column reaches as wide as its header from here on: the lines above are placed against it.
    const c = lines[k]!.cells[i]!;
    col.start = Math.min(col.start, c.start);
    col.end = Math.max(col.end, c.end);
  }

  // Leaf cells still over no column open columns of their own, bottom line first.
  for (let k = lines.length - 1; k >= 0; k--) {
    if (!isLeaf(k)) continue;
    lines[k]!.cells.forEach((c, i) => {
      if (found[k]![i]!.length > 0) return;
      const opened = over(
        c,
        columns.filter((col) => !body.includes(col)),
      );
      if (opened.length > 0) {
        found[k]![i] = opened;
        return;
      }
      const column = { start: c.start, end: c.end, figure: true };
      columns.push(column);
      columns.sort((x, y) => x.start - y.start);
      found[k]![i] = [column];
    });
  }

  // A cell wrapped over lines above and below the leaf line ("附属单位" / … / "上缴收入") that stands
  // over no column heads a column of its own.
  lines.forEach((line, k) => {
    if (isLeaf(k)) return;
    line.cells.forEach((c) => {
      if (over(c, columns).length > 0) return;
      const stacked = lines.some(
        (other, m) => m !== k && !isLeaf(m) && other.cells.some((d) => Math.abs(d.start - c.start) <= 1 && over(d, columns).length === 0),
      );
      if (!stacked) return;
      columns.push({ start: c.start, end: c.end, figure: true });
      columns.sort((x, y) => x.start - y.start);
    });
  });

  // The other lines, over every column now known.
  lines.forEach((line, k) => {
    line.cells.forEach((c, i) => {
      if (isLeaf(k) && found[k]![i]!.length > 0) return;
      const cols = over(c, columns);
      found[k]![i] = cols.length > 0 ? cols : spanned(columns, line.cells, i);
    });
  });

  shiftRight(lines, found, columns);

  const rows = lines.map(() => Array<string>(columns.length).fill(""));
  lines.forEach((line, k) => {
    line.cells.forEach((c, i) => {
      for (const col of found[k]![i]!) {
        const at = columns.indexOf(col);
        rows[k]![at] = joinWrapped([rows[k]![at]!, c.text]);
      }
    });
  });
  return rows.filter((r) => r.some((c) => c !== ""));
}

/**
 * A header cell over several columns that is their headers printed one space apart
 * ("比上年增长（%） 进口额（亿元）"): one cell per word when each word is over columns of its own, or
 * in a column's box of its own.
 */
function splitOverColumns(c: Cell, columns: readonly Column[]): Cell[] {
  if (!c.text.includes(" ")) return [c];
  const words: Cell[] = [];
  let start = c.start;
  for (const word of c.text.split(" ")) {
    words.push({ text: word, start, end: start + word.length, figure: false, number: false });
    start += word.length + 1;
  }
  // A word over no column may stand in a column's box (a CJK header is set wider than pdftotext counts it:
  // "决算数为预算 决算数为上年" over the columns of 94.6% and 101.6%).
  const under = words.map((w) => {
    const cols = columns.filter((col) => w.start < col.end && w.end > col.start);
    const box = cols.length > 0 ? null : boxOf(columns, (w.start + w.end) / 2);
    return box ? [box] : cols;
  });
  const separate = under.every((cols, k) => cols.length > 0 && (k === 0 || columns.indexOf(cols[0]!) > columns.indexOf(under[k - 1]!.at(-1)!)));
  // Words of three Han characters or more are headers of their own, even set over one column (see shiftRight).
  return separate || words.every((w) => HEADER_WORD.test(w.text)) ? words : [c];
}

/** A header word (not letter-spacing, "项 目"): three Han characters or more, perhaps with a unit or a %. */
const HEADER_WORD = /^\p{Script=Han}{3,}[%（）()\p{Script=Han}]*$/u;

/**
 * Headers pdftotext set too far left: it counts a Han glyph one character but the page sets it two wide,
 * so "决算数为预算 决算数为上年" (and under it "数的%   决算数的%") stand over the column of 94.6% alone, and
 * the column of 101.6% to its right has no header. Two cells of a line over one column, when no line
 * heads the column to its right, are that column's and the next one's.
 */
function shiftRight(lines: ReadonlyArray<{ cells: Cell[] }>, found: Column[][][], columns: readonly Column[]): void {
  for (let c = 0; c + 1 < columns.length; c++) {
    const next = columns[c + 1]!;
    if (found.some((line) => line.some((cols) => cols.includes(next)))) continue;
    lines.forEach((line, k) => {
      const onColumn = line.cells.map((_, i) => i).filter((i) => found[k]![i]!.length === 1 && found[k]![i]![0] === columns[c]);
      if (onColumn.length === 2) found[k]![onColumn[1]!] = [next];
    });
  }
}

/**
 * The body column whose box holds x: a figure column's reaches left to the previous column, a label column's right to the next.
 * Between a label column and a figure column both boxes hold x, and the figure column's wins: a header there stands over the
 * figures ("项目   本地区   本级" over "一、2024年末地方政府债务余额   137.56   98.56", where pdftotext set 本地区 left of 137.56).
 */
function boxOf(columns: readonly Column[], x: number): Column | null {
  const inside = (k: number) => {
    const col = columns[k]!;
    const previous = columns[k - 1];
    const next = columns[k + 1];
    return col.figure ? x > (previous ? previous.end : -Infinity) && x <= col.end : x >= col.start && x < (next ? next.start : Infinity);
  };
  const at = (figure: boolean) => columns.findIndex((col, k) => col.figure === figure && inside(k));
  const k = at(true) >= 0 ? at(true) : at(false);
  return k >= 0 ? columns[k]! : null;
}

/**
 * The columns under a cell that is over none: those whose middle lies nearer to it than to its
 * neighbours on the line (halfway to each neighbour).
 */
function spanned(columns: readonly Column[], cells: readonly Cell[], i: number): Column[] {
  const c = cells[i]!;
  const previous = cells[i - 1];
  const next = cells[i + 1];
  const from = previous ? (previous.end + c.start) / 2 : -Infinity;
  const to = next ? (c.end + next.start) / 2 : Infinity;
  return columns.filter((col) => (col.start + col.end) / 2 >= from && (col.start + col.end) / 2 < to);
}
