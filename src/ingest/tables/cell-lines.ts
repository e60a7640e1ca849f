/**
 * Tables in `pdftotext` output without -layout, where each cell comes on a line of its own and a
 * table is a run of short lines: the column headers, then each row's label(s) and figures.
 *
 *   项目 / 2023年预算数 / 2024年预算数 / 办公费 / 120.00 / 130.00 / 印刷费 / 20.00 / 20.00 / …
 *
 * A run is rebuilt into rows only when it is a perfect grid: a caption or unit line, w header
 * lines (short, no figure) right under it, then at least MIN_ROWS rows of exactly w lines each,
 * every row with its labels and figures in the same places (t labels, then w − t figures), one
 * reading of (w, t) only, no row-label header ("指标") over a figure column nor a figure header
 * ("比上年增长") over the label column, and no figure right after the last row. A page's repeated
 * header inside the run is skipped. Anything else stays text: many PDFs (the WPS budget tables
 * among them, and LibreOffice's for a header cell of two lines) give cells in an order that is
 * not row by row, drop empty cells and scatter the headers, and no rule recovers from that which
 * figure is under which header.
 */
import { captionLine, compilerLine, unitLine } from "./caption.ts";
import { SENTENCE_PUNCTUATION, cellKind, compact, isNumberToken } from "./cells.ts";
import type { TextLine } from "./lines.ts";
import type { Cut } from "./splice.ts";
import type { Table } from "./table.ts";

/** Fewer full rows than this is no evidence of a grid. */
const MIN_ROWS = 3;
/** Widest grid looked for. */
const MAX_WIDTH = 10;
/** A cell line longer than this (characters) is prose. */
const MAX_CELL_CHARS = 24;
/** A header cell longer than this is not one. */
const MAX_HEADER_CHARS = 20;

/** What heads a column of row labels ("指标", "项目", "产品名称", "国别和地区"). */
const LABEL_HEADER = /^(?:指标(?:名称)?|项目|名称|\p{Script=Han}{0,6}名称|类别|分类|地区|国别(?:和|及)?地区|行业|序号)$/u;
/** What heads a column of figures ("比上年增长", "绝对值（亿元）", "2022年", "金额"). */
const FIGURE_HEADER = /增长|增减|比重|%|％|绝对|金额|数量|合计|总计|(?:19|20)\d\d\s*年|[（(][^）)]*[元人吨个户次]\s*[）)]/;

type ItemKind = "figure" | "text" | "stop";

interface Item {
  /** Line index in the text. */
  at: number;
  text: string;
  kind: ItemKind;
}

interface Grid {
  /** Index (in items) of the first header item and the item after the last row. */
  from: number;
  to: number;
  width: number;
  header: string[];
  rows: string[][];
}

export function cellLineTableCuts(lines: readonly TextLine[]): Cut[] {
  const items = lines.flatMap((line, at): Item[] => {
    const text = line.text.replace(/^\f+/, "").trim();
    return text === "" ? [] : [{ at, text, kind: itemKind(text) }];
  });
  const cuts: Cut[] = [];
  let floor = 0;
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.kind !== "figure" || items[i - 1]?.kind !== "text") continue;
    const grid = gridAt(items, i, floor);
    if (!grid) continue;
    const around = captionAbove(items, grid.from, floor);
    if (around.from === grid.from) continue; // no caption or unit line: nothing says the header starts here
    const table: Table = { title: around.title, unit: around.unit, header: [grid.header], rows: grid.rows };
    const first = lines[items[around.from]!.at]!;
    const last = lines[items[grid.to - 1]!.at]!;
    cuts.push({ start: first.start, end: last.start + last.text.length, table });
    floor = grid.to;
    i = grid.to - 1;
  }
  return cuts;
}

function itemKind(text: string): ItemKind {
  if (text.includes("\uE000") || /\S {2,}\S/.test(text)) return "stop";
  // A number and words on one line ("91,016,775.35 一、一般公共服务支出"): not a cell a line.
  if (text.split(" ").some((token) => isNumberToken(token)) && cellKind(text) === "text") return "stop";
  const kind = cellKind(text);
  if (kind === "figure" || kind === "none") return "figure";
  if ([...compact(text)].length > MAX_CELL_CHARS || SENTENCE_PUNCTUATION.test(text) || /[：:]$/.test(text)) return "stop";
  return "text";
}

/**
 * The one grid whose first row's first figure is item i; null when none or more than one
 * reading fits.
 */
function gridAt(items: readonly Item[], i: number, floor: number): Grid | null {
  const found: Grid[] = [];
  for (let width = 2; width <= MAX_WIDTH; width++) {
    for (let labels = 1; labels < width; labels++) {
      const grid = readGrid(items, i - labels, width, labels, floor);
      if (grid) found.push(grid);
    }
  }
  return found.length === 1 ? found[0]! : null;
}

function readGrid(items: readonly Item[], start: number, width: number, labels: number, floor: number): Grid | null {
  const headerFrom = start - width;
  if (headerFrom < floor) return null;
  const header = items.slice(headerFrom, start);
  if (!header.every((h) => h.kind === "text" && [...compact(h.text)].length <= MAX_HEADER_CHARS && !unitLine(h.text))) return null;
  const headerKey = header.map((h) => compact(h.text)).join("\u0001");

  const rows: string[][] = [];
  let at = start;
  for (;;) {
    const row = items.slice(at, at + width);
    if (row.length === width && compact(row.map((r) => r.text).join("\u0001")) === compact(headerKey) && rows.length > 0) {
      at += width; // a page's repeated header
      continue;
    }
    if (row.length < width || !row.every((cell, k) => cell.kind === (k < labels ? "text" : "figure"))) break;
    if (!row.some((cell) => cellKind(cell.text) === "figure")) break;
    if (row.some((cell, k) => k < labels && header.some((h) => h.text === cell.text))) break;
    rows.push(row.map((r) => r.text));
    at += width;
  }
  if (rows.length < MIN_ROWS) return null;
  // Headers out of order (the PDF put "比上年增长" first): a row-label header over a figure column,
  // or a figure's header over the label column.
  if (header.some((h, k) => (k < labels ? FIGURE_HEADER.test(h.text) : LABEL_HEADER.test(compact(h.text))))) return null;
  // The run must end where the grid ends: a figure right after the last row means a row had one
  // cell more or less than the others, and every row before it may be shifted.
  if (items[at]?.kind === "figure") return null;
  return { from: headerFrom, to: at, width, header: header.map((h) => h.text), rows };
}

/** The caption and unit line right above a grid's header, and where the table's text starts. */
function captionAbove(items: readonly Item[], from: number, floor: number): { title: string; unit: string; from: number } {
  let title = "";
  let unit = "";
  let first = from;
  let k = from - 1;
  if (k >= floor) {
    const asUnit = unitLine(items[k]!.text);
    if (asUnit !== null) {
      unit = asUnit;
      first = k;
      k--;
    }
  }
  if (k >= floor && compilerLine(items[k]!.text)) {
    first = k;
    k--;
  }
  if (k >= floor) {
    const caption = captionLine(items[k]!.text);
    if (caption) {
      title = caption.title;
      unit ||= caption.unit;
      first = k;
      // The caption printed twice: as the paragraph before the table and as its first row.
      if (k - 1 >= floor && compact(items[k - 1]!.text) === compact(items[k]!.text)) first = k - 1;
    }
  }
  return { title, unit, from: first };
}
