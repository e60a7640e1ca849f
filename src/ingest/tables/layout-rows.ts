/**
 * One page of a layout table's body: its columns, found from its rows' cells, and its lines put
 * into them and gathered into rows (a label printed over several lines joined to its row).
 */
import { joinWrapped } from "./cells.ts";
import { ENUMERATOR, type Cell, type Line } from "./layout-lines.ts";

export interface Column {
  start: number;
  end: number;
  figure: boolean;
}

/** How far (characters) a cell may stand from the column it is put in. */
export const ALIGN_SLACK = 3;

export interface Aligned {
  line: Line;
  /** The line's cell in each body column, or null. */
  cells: (Cell | null)[];
}

/** A row being built: its lines' cells per column, top to bottom. */
interface Building {
  own: Aligned;
  parts: { at: number; cell: Cell }[][];
}

/**
 * Lines → rows. A line with a figure is a row; so is a line of labels only that opens with a
 * marker (二、事业收入), that fills two label columns (使用非财政拨款结余 … 结余分配), or that
 * stands apart from any row. Any other label line is part of a row's label:
 *   - of the row with figures on the line above or below that has no label in that column (the
 *     label of a tall row is printed around its figures: "社会保障和就" / 208 … / "业支出"); with
 *     such a row both above and below, the table is refused (null);
 *   - else of the row above when that row's label on the line above filled its column (wrapped:
 *     "机关事业单位基本养老保险" + "缴费支出");
 *   - else of the nearest row with figures at most two lines away (no blank line between), at
 *     equal distance the one with no label in that column; when that does not decide, the table
 *     is refused.
 */
export function rowsOf(aligned: readonly Aligned[], columns: readonly Column[]): string[][] | null {
  const rows: Building[] = [];
  const ownerOf = new Map<number, Building>();
  const paragraph = paragraphs(aligned);
  const isRow = (a: Aligned) => a.line.kind === "row" || a.line.cells.length >= 2 || ENUMERATOR.test(a.line.cells[0]?.text ?? "");
  const start = (a: Aligned): Building => {
    const row: Building = { own: a, parts: a.cells.map((c) => (c ? [{ at: a.line.at, cell: c }] : [])) };
    rows.push(row);
    ownerOf.set(a.line.at, row);
    return row;
  };
  const attach = (row: Building, a: Aligned) => {
    a.cells.forEach((c, j) => c && row.parts[j]!.push({ at: a.line.at, cell: c }));
    ownerOf.set(a.line.at, row);
  };

  for (const a of aligned) if (isRow(a)) start(a);
  const figureRows = rows.filter((r) => r.own.line.kind === "row");
  for (const a of aligned) {
    if (isRow(a)) continue;
    const used = a.cells.flatMap((c, j) => (c ? [j] : []));
    const near = figureRows
      .filter((r) => paragraph.get(r.own.line.at) === paragraph.get(a.line.at))
      .map((r) => ({ r, distance: Math.abs(r.own.line.at - a.line.at), empty: used.every((j) => r.own.cells[j] === null) }))
      .filter((n) => n.distance <= 2 && used.every((j) => !n.r.own.cells[j]?.figure))
      .filter((n) => !rows.some((r) => r !== n.r && between(r.own.line.at, n.r.own.line.at, a.line.at)))
      .sort((x, y) => x.distance - y.distance || Number(y.empty) - Number(x.empty));
    const adjacentEmpty = near.filter((n) => n.distance === 1 && n.empty);
    if (adjacentEmpty.length === 2) {
      // Between two rows without labels: the upper one's label continues below it only when the
      // part above it filled its column ("城乡社区管理" / 21201 / "事务"); a short one ("行政运行") is whole.
      const upper = adjacentEmpty.find((n) => n.r.own.line.at < a.line.at)!.r;
      const before = used.map((j) => upper.parts[j]!.find((p) => p.at === a.line.at - 2));
      if (before.some((p) => p === undefined)) return null;
      const filled = before.every((p, k) => p!.cell.end >= columns[used[k]!]!.end - 1);
      attach(filled ? upper : adjacentEmpty.find((n) => n.r !== upper)!.r, a);
      continue;
    }
    if (adjacentEmpty.length === 1) {
      attach(adjacentEmpty[0]!.r, a);
      continue;
    }
    const above = ownerOf.get(a.line.at - 1);
    const wrapped =
      above &&
      used.every((j) => {
        const last = above.parts[j]!.at(-1);
        return last !== undefined && last.at === a.line.at - 1 && !last.cell.figure && last.cell.end >= columns[j]!.end - 1;
      });
    if (above && wrapped) {
      attach(above, a);
      continue;
    }
    const best = near[0];
    if (!best) {
      start(a);
      continue;
    }
    const rival = near[1];
    if (rival && rival.distance === best.distance && rival.empty === best.empty) return null;
    attach(best.r, a);
  }
  rows.sort((x, y) => x.own.line.at - y.own.line.at);
  return rows.map((row) => row.parts.map((parts) => joinWrapped([...parts].sort((x, y) => x.at - y.at).map((p) => p.cell.text))));
}

function between(x: number, a: number, b: number): boolean {
  return x > Math.min(a, b) && x < Math.max(a, b);
}

/** Which paragraph (run of lines without a blank line between) each line is in, by line index. */
function paragraphs(aligned: readonly Aligned[]): Map<number, number> {
  const of = new Map<number, number>();
  let n = 0;
  aligned.forEach((a, k) => {
    if (k > 0 && a.line.at !== aligned[k - 1]!.line.at + 1) n++;
    of.set(a.line.at, n);
  });
  return of;
}

/**
 * The columns of one page, from the cells of its rows: cells that overlap, row after row, are one
 * column (numbers are right-aligned, labels left-aligned, so a column's cells overlap one another
 * but not the next column's). A label column broken in two by a label printed off its column (a
 * centred 合计) is joined again when no row has cells in both. Null when a row has two cells in
 * one column: the page's rows do not stand in columns.
 */
export function columnsOf(lines: readonly Line[]): Column[] | null {
  const rows = lines.filter((l) => l.kind === "row");
  if (rows.length === 0) return null;
  // A cell may reach a character into the next column (pdftotext rounds positions): when the
  // columns conflict, cells that overlap by one character are not one column.
  return clusters(rows, () => true, 1) ?? clusters(rows, () => true, 2) ?? clusters(rows, (c) => c.figure, 1);
}

function clusters(rows: readonly Line[], use: (c: Cell) => boolean, minOverlap: number): Column[] | null {
  const cells = rows.flatMap((r, row) => r.cells.filter(use).map((c) => ({ c, row })));
  cells.sort((a, b) => a.c.start - b.c.start);
  const groups: { start: number; end: number; members: { c: Cell; row: number }[] }[] = [];
  for (const item of cells) {
    const last = groups[groups.length - 1];
    if (last && item.c.start <= last.end - minOverlap) {
      last.end = Math.max(last.end, item.c.end);
      last.members.push(item);
    } else groups.push({ start: item.c.start, end: item.c.end, members: [item] });
  }
  // Label columns split by an off-column label: join neighbours of text that never share a row.
  for (let k = groups.length - 1; k > 0; k--) {
    const a = groups[k - 1]!;
    const b = groups[k]!;
    const text = (g: typeof a) => g.members.every((m) => !m.c.figure);
    const rowsOf = (g: typeof a) => new Set(g.members.map((m) => m.row));
    const shared = [...rowsOf(a)].some((r) => rowsOf(b).has(r));
    if (text(a) && text(b) && !shared) {
      a.end = Math.max(a.end, b.end);
      a.members.push(...b.members);
      groups.splice(k, 1);
    }
  }
  for (const g of groups) {
    const rowsSeen = new Set<number>();
    for (const m of g.members) {
      if (rowsSeen.has(m.row)) return null;
      rowsSeen.add(m.row);
    }
  }
  return groups.map((g) => ({ start: g.start, end: g.end, figure: g.members.filter((m) => m.c.figure).length * 2 > g.members.length }));
}

/**
 * Where each cell of a line goes: the columns, in order, that minimise the distance of each cell
 * from its column (a figure in a label column or the reverse costs extra); null when a cell stands
 * farther than ALIGN_SLACK from the column it would go in.
 */
export function align(cells: readonly Cell[], columns: readonly Column[]): number[] | null {
  const n = cells.length;
  const m = columns.length;
  if (n > m) return null;
  const cost = (i: number, j: number) => {
    const c = cells[i]!;
    const col = columns[j]!;
    const gap = Math.max(0, col.start - c.end, c.start - col.end);
    return gap + (c.figure === col.figure ? 0 : 2);
  };
  // best[i][j]: least cost of the first i cells in the first j columns.
  const best = Array.from({ length: n + 1 }, () => Array<number>(m + 1).fill(Infinity));
  for (let j = 0; j <= m; j++) best[0]![j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m; j++) {
      best[i]![j] = Math.min(best[i]![j - 1]!, best[i - 1]![j - 1]! + cost(i - 1, j - 1));
    }
  }
  const slots = Array<number>(n);
  for (let i = n, j = m; i > 0; j--) {
    if (best[i]![j] === best[i]![j - 1]) continue;
    slots[i - 1] = j - 1;
    i--;
  }
  const far = slots.some((j, i) => {
    const c = cells[i]!;
    const col = columns[j]!;
    return Math.max(0, col.start - c.end, c.start - col.end) > ALIGN_SLACK;
  });
  return far ? null : slots;
}
