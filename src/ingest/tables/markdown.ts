/**
 * GitHub pipe tables out of Markdown text: a header line, a delimiter line (| --- | :--: |), then
 * the body lines up to the first line without a pipe. The caption is the line before it (with its
 * ** or #), the unit line the one before or after it. Header lines narrower than the body are
 * spread evenly ("|  | 按资产总额计算(%) | 按从业人员计算(%) |" over "|  | 1985 | 1995 | 1985 | 1995 |").
 * Pipe tables inside fenced code blocks are left alone.
 */
import { captionLine, unitLine } from "./caption.ts";
import { headerRowCount, tableFromGrid } from "./grid.ts";
import { spliceTables, type Cut } from "./splice.ts";
import type { Table } from "./table.ts";
import { textLines, type TextLine } from "./lines.ts";

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const FENCE = /^\s{0,3}(?:```|~~~)/;

/**
 * @param first number of the first placeholder (tables taken out of this text before)
 */
export function extractMarkdownTables(text: string, first = 0): { text: string; tables: Table[] } {
  const lines = textLines(text);
  const cuts: Cut[] = [];
  let inFence = false;
  let floor = 0; // first line a caption may be taken from
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || !isPipeLine(line) || !isDelimiter(lines[i + 1]?.text)) continue;

    let last = i + 1;
    while (last + 1 < lines.length && isPipeLine(lines[last + 1]!.text)) last++;
    const rows = [pipeCells(line), ...lines.slice(i + 2, last + 1).map((l) => pipeCells(l.text))];

    let startLine = i;
    let endLine = last;
    let title = "";
    let unit = "";
    let captionAt = -1;
    let before = previousLine(lines, i, floor);
    const unitBefore = before === null ? null : unitLine(lines[before]!.text);
    if (before !== null && unitBefore !== null) {
      unit = unitBefore;
      startLine = before;
      before = previousLine(lines, before, floor);
    }
    const caption = before === null ? null : captionLine(lines[before]!.text);
    if (before !== null && caption) {
      title = caption.title;
      unit ||= caption.unit;
      captionAt = before;
    }
    const after = nextLine(lines, last);
    const unitAfter = unit === "" && after !== null ? unitLine(lines[after]!.text) : null;
    if (after !== null && unitAfter !== null) {
      unit = unitAfter;
      endLine = after;
    }

    const made = tableFromGrid(spreadHeaders(rows), 1, { title, unit });
    i = last;
    if (!made) continue;
    if (captionAt >= 0 && made.outsideTitle) startLine = captionAt;
    const end = lines[endLine]!;
    cuts.push({ start: lines[startLine]!.start, end: end.start + end.text.length, table: made.table, after: made.notes.join("\n\n") || undefined });
    floor = endLine + 1;
    i = endLine;
  }
  const spliced = spliceTables(text, cuts, first);
  return { text: spliced.text, tables: spliced.tables };
}

function isPipeLine(line: string | undefined): boolean {
  return line !== undefined && line.includes("|") && line.trim() !== "" && !line.includes("\uE000");
}

function isDelimiter(line: string | undefined): boolean {
  return line !== undefined && line.includes("|") && line.includes("-") && DELIMITER.test(line);
}

/** The cells of a pipe line: outer pipes dropped, split on unescaped pipes, inline marks removed. */
function pipeCells(line: string): string[] {
  let s = line.trim();
  if (s.startsWith("|")) s = s.slice(1);
  if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((cell) => inlineText(cell.replace(/\\\|/g, "|")));
}

function inlineText(cell: string): string {
  return cell
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/\*\*|__|`/g, "")
    .trim();
}

/**
 * Header rows (the first, and figure-less rows under it) narrower than the table: when the cells
 * after the first divide the remaining width evenly, each is repeated over its share.
 */
function spreadHeaders(rows: string[][]): string[][] {
  const width = Math.max(...rows.map((r) => r.length));
  const headers = headerRowCount(rows, 1);
  return rows.map((row, r) => {
    const k = row.length;
    if (r >= headers || k >= width || k < 2 || (width - 1) % (k - 1) !== 0) return row;
    const share = (width - 1) / (k - 1);
    return [row[0]!, ...row.slice(1).flatMap((cell) => Array<string>(share).fill(cell))];
  });
}

function previousLine(lines: readonly TextLine[], i: number, floor: number): number | null {
  for (let j = i - 1; j >= floor; j--) {
    if (lines[j]!.text.trim() === "") continue;
    return lines[j]!.text.includes("\uE000") ? null : j;
  }
  return null;
}

function nextLine(lines: readonly TextLine[], i: number): number | null {
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j]!.text.trim() === "") continue;
    return lines[j]!.text.includes("\uE000") ? null : j;
  }
  return null;
}
