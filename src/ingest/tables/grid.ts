/**
 * A grid of cell texts (as an HTML or Markdown table gives it) → a Table: rows padded to one width,
 * empty rows and columns dropped, a title or unit row at the top taken out, note rows at the bottom
 * handed back as text, and the header rows told from the body rows.
 */
import { captionLine, findUnit, unitLine } from "./caption.ts";
import { cellKind, compact } from "./cells.ts";
import type { Table } from "./table.ts";

export interface GridTable {
  table: Table;
  /** Notes printed in the table's last rows ("注：…"), to be put back as text after it. */
  notes: string[];
  /** Whether the title found outside the table was kept (false: a caption row inside it differs). */
  outsideTitle: boolean;
}

/** A last row that is one note: 注：…, 说明：…, 资料来源：… */
const NOTE = /^(?:注|说明|备注|资料来源|数据来源|来源)\s*(?:\d+\s*)?[:：]/;

/**
 * @param grid rows of cell texts; a spanning cell already repeated in each slot it covers
 * @param explicitHeader how many leading rows the source marks as header (<th>, <thead>, the
 *   Markdown header row)
 * @param around title and unit found outside the table (caption line, unit line)
 * @returns null when the grid is not a table of figures (one column, no figure in the body)
 */
export function tableFromGrid(grid: string[][], explicitHeader: number, around: { title: string; unit: string }): GridTable | null {
  let rows = rectangular(grid);
  let title = around.title;
  let unit = around.unit;
  let header = explicitHeader;
  let outsideTitle = title !== "";

  // Title and unit rows: one distinct text across the whole top row ("表1 …（单位：%）", "单位：万元").
  while (rows.length > 1) {
    const only = soleText(rows[0]!);
    if (only === null) break;
    const asUnit = unitLine(only);
    const asCaption = asUnit === null ? captionLine(only) : null;
    const spans = rows[0]!.every((c) => c === only);
    if (asUnit !== null) unit ||= asUnit;
    else if (asCaption) {
      // The caption row inside the table is the table's own; a differing line before it is not its caption.
      if (title !== "" && compact(title) !== compact(asCaption.title)) outsideTitle = false;
      title = asCaption.title;
      unit ||= asCaption.unit;
    } else if (spans && rows[0]!.length > 1 && cellKind(only) === "text" && title === "") title = only;
    else break;
    rows = rows.slice(1);
    header = Math.max(0, header - 1);
  }

  // Notes in the last rows.
  const notes: string[] = [];
  while (rows.length > 1) {
    const only = soleText(rows[rows.length - 1]!);
    if (only === null || !NOTE.test(only)) break;
    notes.unshift(only);
    rows = rows.slice(0, -1);
  }

  rows = dropEmptyColumns(rows.filter((row) => row.some((c) => c !== "")));
  if (rows.length < 2 || (rows[0]?.length ?? 0) < 2) return null;

  header = Math.min(headerRowCount(rows, header), rows.length - 1);
  const headerRows = rows.slice(0, header);
  const body = rows.slice(header);
  if (!body.some((row) => row.some((c) => cellKind(c) === "figure"))) return null;

  // A unit in a header cell ("单位：万元" in the corner, "项目（单位：亿元）").
  if (unit === "") {
    for (const row of headerRows) {
      for (let c = 0; c < row.length && unit === ""; c++) {
        const found = findUnit(row[c]!);
        if (found) {
          unit = found.unit;
          row[c] = found.rest;
        }
      }
    }
  }
  return { table: { title, unit, header: headerRows, rows: body }, notes, outsideTitle };
}

/**
 * Header rows: those the source marks, then every leading row without a figure in it (a row of
 * years "| | 1985 | 1995 |" is a header row). When no row has a figure, the first row is the header.
 */
export function headerRowCount(rows: readonly string[][], explicit: number): number {
  let n = explicit;
  while (n < rows.length && !rows[n]!.some((c) => cellKind(c) === "figure")) n++;
  if (n >= rows.length) return Math.max(explicit, 1);
  return n;
}

/** Rows padded with "" to the widest row. */
export function rectangular(rows: readonly string[][]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<string>(width - r.length).fill("")]);
}

function dropEmptyColumns(rows: string[][]): string[][] {
  const width = rows[0]?.length ?? 0;
  const keep = Array.from({ length: width }, (_, c) => rows.some((r) => r[c] !== ""));
  return keep.every(Boolean) ? rows : rows.map((r) => r.filter((_, c) => keep[c]));
}

/** The one non-empty text of a row, or null when it holds none or several. */
function soleText(row: readonly string[]): string | null {
  const texts = new Set(row.filter((c) => c !== ""));
  return texts.size === 1 ? [...texts][0]! : null;
}
