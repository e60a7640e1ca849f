/**
 * <table>s out of HTML: a web page, a Markdown file that embeds HTML tables, the HTML mammoth makes
 * from a Word file. Each table becomes a Table (cells' inner tags stripped, entities decoded,
 * rowspan/colspan expanded); its caption (a <caption>, a caption row, or the paragraph or line just
 * before it) and unit line ("单位：万元" before or after it) go into the Table, and the whole is
 * replaced by a placeholder. A table that is not one of figures is left in the HTML as it was:
 * one without text or figures, a single column (layout), or a converted PDF whose cells hold a
 * whole column each with the lines not matching up.
 */
import { decodeEntities } from "../html-entities.ts";
import { captionLine, unitLine } from "./caption.ts";
import { cellKind, joinWrapped } from "./cells.ts";
import { tableFromGrid } from "./grid.ts";
import { spliceTables, type Cut } from "./splice.ts";
import type { Table } from "./table.ts";

/** Spans beyond these are typing errors in the source, not tables that wide or long. */
const MAX_COLSPAN = 50;
const MAX_ROWSPAN = 500;
/** A caption or unit block longer than this (characters of HTML) is not one. */
const MAX_CAPTION_HTML = 2000;

/**
 * @param first number of the first placeholder (tables taken out of this text before)
 */
export function extractHtmlTables(html: string, first = 0): { html: string; tables: Table[] } {
  const cuts: Cut[] = [];
  let floor = 0;
  for (const span of innermostTables(html)) {
    const rows = parseRows(html.slice(span.start, span.end));
    const grid = rows && expandSpans(rows);
    if (!grid) continue;

    let start = span.start;
    let end = span.end;
    let unit = "";
    let title = grid.caption;
    let captionStart = -1;
    let before = blockBefore(html, start, floor);
    const unitBefore = before && unitLine(before.text);
    if (before && unitBefore) {
      unit = unitBefore;
      start = before.start;
      before = blockBefore(html, start, floor);
    }
    const caption = title === "" && before ? captionLine(before.text) : null;
    if (before && caption) {
      title = caption.title;
      unit ||= caption.unit;
      captionStart = before.start;
    }
    const after = blockAfter(html, end);
    const unitAfter = unit === "" && after ? unitLine(after.text) : null;
    if (after && unitAfter) {
      unit = unitAfter;
      end = after.end;
    }

    const made = tableFromGrid(grid.cells, grid.headerRows, { title, unit });
    if (!made) continue;
    if (captionStart >= 0 && made.outsideTitle) start = captionStart;
    cuts.push({ start, end, table: made.table, after: made.notes.join("\n\n") || undefined });
    floor = end;
  }
  const { text, tables } = spliceTables(html, cuts, first);
  return { html: text, tables };
}

/** Offsets of every <table>…</table> that holds no other table, in order. */
function innermostTables(html: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const open: { start: number; nested: boolean }[] = [];
  for (const m of html.matchAll(/<(\/?)table\b[^>]*>/gi)) {
    if (m[1] === "") {
      open.push({ start: m.index, nested: false });
      continue;
    }
    const top = open.pop();
    if (!top) continue;
    if (!top.nested) found.push({ start: top.start, end: m.index + m[0].length });
    const parent = open[open.length - 1];
    if (parent) parent.nested = true;
  }
  return found.sort((a, b) => a.start - b.start);
}

interface RawCell {
  lines: string[];
  th: boolean;
  rowspan: number;
  colspan: number;
}

interface RawRow {
  cells: RawCell[];
  head: boolean;
}

/** The rows of one table's HTML; null when a cell holds another table's placeholder. */
function parseRows(html: string): { rows: RawRow[]; caption: string } | null {
  const rows: RawRow[] = [];
  let caption = "";
  let inHead = false;
  let row: RawRow | null = null;
  let cell: { from: number; th: boolean; rowspan: number; colspan: number } | null = null;
  let captionFrom = -1;

  const closeCell = (at: number) => {
    if (!cell) return;
    if (!row) {
      row = { cells: [], head: inHead };
      rows.push(row);
    }
    row.cells.push({ lines: cellLines(html.slice(cell.from, at)), th: cell.th, rowspan: cell.rowspan, colspan: cell.colspan });
    cell = null;
  };

  for (const m of html.matchAll(/<(\/?)(thead|tbody|tfoot|tr|td|th|caption)\b([^>]*)>/gi)) {
    const closing = m[1] === "/";
    const tag = m[2]!.toLowerCase();
    const at = m.index;
    if (tag === "caption") {
      if (!closing) captionFrom = at + m[0].length;
      else if (captionFrom >= 0) caption = joinWrapped(cellLines(html.slice(captionFrom, at)));
      continue;
    }
    if (tag === "thead") {
      closeCell(at);
      row = null;
      inHead = !closing;
      continue;
    }
    if (tag === "tbody" || tag === "tfoot") {
      closeCell(at);
      row = null;
      inHead = false;
      continue;
    }
    if (tag === "tr") {
      closeCell(at);
      row = null;
      if (!closing) {
        row = { cells: [], head: inHead };
        rows.push(row);
      }
      continue;
    }
    // td / th
    closeCell(at);
    if (!closing) {
      cell = { from: at + m[0].length, th: tag === "th", rowspan: spanOf(m[3]!, "rowspan", MAX_ROWSPAN), colspan: spanOf(m[3]!, "colspan", MAX_COLSPAN) };
    }
  }
  closeCell(html.length);
  if (rows.some((r) => r.cells.some((c) => c.lines.some((l) => l.includes("\uE000"))))) return null;
  return { rows, caption };
}

function spanOf(attrs: string, name: string, max: number): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return n >= 1 ? Math.min(n, max) : 1;
}

/**
 * The grid: each cell repeated in every slot it spans; a row whose cells each stack several
 * figures on their own lines (a PDF converted to Word) split into as many rows, or the table
 * refused (null) when the stacks do not line up.
 */
function expandSpans(parsed: { rows: RawRow[]; caption: string }): { cells: string[][]; headerRows: number; caption: string } | null {
  const rows: RawRow[] = [];
  for (const row of parsed.rows) {
    const split = unstack(row);
    if (split === null) return null;
    rows.push(...split);
  }
  const grid: (string | undefined)[][] = [];
  rows.forEach((row, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of row.cells) {
      while (line[c] !== undefined) c++;
      const text = joinWrapped(cell.lines);
      const down = Math.min(cell.rowspan, rows.length - r);
      for (let dr = 0; dr < down; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cell.colspan; dc++) target[c + dc] = text;
      }
      c += cell.colspan;
    }
  });
  const cells = grid.map((line) => Array.from({ length: line.length }, (_, c) => line[c] ?? ""));
  let headerRows = 0;
  while (headerRows < rows.length && isHeadRow(rows[headerRows]!)) headerRows++;
  return { cells, headerRows, caption: parsed.caption };
}

function isHeadRow(row: RawRow): boolean {
  return row.head || (row.cells.length > 0 && row.cells.every((c) => c.th));
}

function unstack(row: RawRow): RawRow[] | null {
  const stacked = row.cells.filter((c) => c.lines.filter((l) => cellKind(l) === "figure").length >= 2);
  if (stacked.length === 0) return [row];
  const depth = stacked[0]!.lines.length;
  const lined = row.cells.every((c) => c.lines.length === 0 || c.lines.length === depth);
  const plain = row.cells.every((c) => c.rowspan === 1 && c.colspan === 1);
  if (!lined || !plain) return null;
  return Array.from({ length: depth }, (_, i) => ({
    head: row.head,
    cells: row.cells.map((c) => ({ ...c, lines: c.lines.length === 0 ? [] : [c.lines[i]!] })),
  }));
}

/** A cell's text lines: tags dropped, entities decoded, <br> and block tags breaking lines. */
function cellLines(html: string): string[] {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/[ \t\r\n\f]+/g, " ")
    .replace(/<br\s*\/?>|<\/?(?:p|div|li|ul|ol|h[1-6]|table|tr)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, "");
  return decodeEntities(text, "\u00a0")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
}

/** The text of an element's content on one line: HTML white space made one space, other spaces (U+2002 …) kept. */
function inlineText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, "").replace(/[ \t\r\n\f]+/g, " "), "\u00a0").trim();
}

/** A line of a text file that is not HTML: entities decoded, spaces as printed. */
function lineText(line: string): string {
  return decodeEntities(line.replace(/<[^>]*>/g, ""), "\u00a0").trim();
}

/** Elements that may hold a caption or a unit line. */
const BLOCKS = new Set(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "center", "caption", "figcaption"]);

/** The paragraph or line just before `pos` (white space between skipped), not reaching back past `floor`. */
function blockBefore(html: string, pos: number, floor: number): { start: number; text: string } | null {
  let i = pos;
  while (i > floor && /\s/.test(html[i - 1]!)) i--;
  if (i <= floor) return null;
  if (html[i - 1] === ">") {
    const close = /<\/([a-z][a-z0-9]*)\s*>$/i.exec(html.slice(Math.max(floor, i - 24), i));
    const name = close?.[1]?.toLowerCase();
    if (!close || !name || !BLOCKS.has(name)) return null;
    const innerEnd = i - close[0].length;
    const from = Math.max(floor, innerEnd - MAX_CAPTION_HTML);
    let open: RegExpExecArray | null = null;
    const re = new RegExp(`<${name}\\b[^>]*>`, "gi");
    re.lastIndex = from;
    for (let m = re.exec(html); m && m.index < innerEnd; m = re.exec(html)) open = m;
    if (!open) return null;
    const inner = html.slice(open.index + open[0].length, innerEnd);
    if (/<table\b|\uE000/i.test(inner)) return null;
    return { start: open.index, text: inlineText(inner) };
  }
  const lineStart = Math.max(floor, html.lastIndexOf("\n", i - 1) + 1);
  const line = html.slice(lineStart, i);
  if (/\uE000|<\/?table\b|<\/?t[rdh]\b/i.test(line)) return null;
  return { start: lineStart, text: lineText(line) };
}

/** The paragraph or line just after `pos`. */
function blockAfter(html: string, pos: number): { end: number; text: string } | null {
  let i = pos;
  while (i < html.length && /\s/.test(html[i]!)) i++;
  if (i >= html.length) return null;
  if (html[i] === "<") {
    const open = /^<([a-z][a-z0-9]*)\b[^>]*>/i.exec(html.slice(i, i + 200));
    const name = open?.[1]?.toLowerCase();
    if (!open || !name || !BLOCKS.has(name)) return null;
    const close = new RegExp(`</${name}\\s*>`, "i").exec(html.slice(i, i + MAX_CAPTION_HTML));
    if (!close) return null;
    const inner = html.slice(i + open[0].length, i + close.index);
    if (/<table\b|\uE000/i.test(inner)) return null;
    return { end: i + close.index + close[0].length, text: inlineText(inner) };
  }
  let lineEnd = html.indexOf("\n", i);
  if (lineEnd < 0) lineEnd = html.length;
  const line = html.slice(i, lineEnd).replace(/\r$/, "");
  if (/\uE000|</.test(line)) return null;
  return { end: i + line.length, text: line.trim() };
}
