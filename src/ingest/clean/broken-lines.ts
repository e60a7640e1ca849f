/**
 * Joining broken lines: lines broken mid-sentence joined, by how the file breaks its lines (detectLayout); one
 * paragraph candidate per line.
 */
import { DATE_ALONE } from "../../zh/years.ts";
import { isBareMarker, isHeadingLine } from "../heading.ts";
import { TABLE_PLACEHOLDER_LINE } from "../tables/table.ts";
import { captionLine } from "../tables/caption.ts";

/** Characters that end a sentence or a clause that may end a line: the next line starts afresh. */
const TERMINAL = /[。！？；：…”」』!?;:"'](?:[[［]\d{1,2}[\]］]|[\u2460-\u2473])*$/;
/** A sentence or clause end, possibly closed by quotes or brackets ("…增长5.5%。", "…”。", "（…）。") and footnote marks ("。[4]"). */
const SENTENCE_END = /[。！？；：…!?;:][”」』"'’）)]*(?:[[［]\d{1,2}[\]］]|[\u2460-\u2473])*$/;
/** Lines that are never glued to what follows: the salutation "各位代表：" opens the speech on its own. */
const SALUTATION = /^各位代表[：:！!]$/;
/** Columns parted by runs of spaces: a table row of PDF text set with -layout. */
const TABLE_ROW = /\S(?: {3,}|\t)\S/;
/** A note's own line ("[1]本公报数据为…", "①…") or a list item starts afresh after a sentence. */
const ITEM_START = /^(?:[[［]\d{1,2}[\]］]|[\u2460-\u2473]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]是)/;

function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

/** Paragraph-start indentation of the older reports ("　　本届政府…"). */
function isIndented(line: string): boolean {
  return /^[\u3000]|^ {2,}/.test(line);
}

/** A character printed two columns wide: CJK, Hangul, full-width signs. */
const WIDE_CHAR = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Script=Han}/gu;
/** Footnote marks ("[2]") are set small, in the margin of the line's width. */
const NOTE_MARK = /[[［]\d{1,2}[\]］]/g;

/** Printed width: a CJK character or full-width sign takes two columns, ASCII one. */
function width(line: string): number {
  const text = line.replace(NOTE_MARK, "");
  // One column per character (code point), one more per wide one: one regex pass, not one per character.
  let chars = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff) chars++; // a low surrogate ends a character already counted
  }
  return chars + (text.match(WIDE_CHAR)?.length ?? 0);
}

/**
 * How a file breaks its lines, which decides which breaks end a paragraph:
 * - "blocks": paragraphs between blank lines or opened by indentation (Wikisource, Word, PDF read by
 *   pdf.ts); inside a block, lines are joined (a bold lead sentence on its own line, a split link);
 * - "wrapped": lines cut at a page width (pdftotext, a publisher's text copy of a PDF); a line ends
 *   its paragraph when it ends a sentence short of the width;
 * - "lines": one paragraph a line (a scraped page); a line ends its paragraph when it ends a
 *   sentence, or when it stands alone (a title, a subtitle, 名词解释).
 */
export type LineLayout = { kind: "blocks" } | { kind: "wrapped"; width: number } | { kind: "lines" };

/** Lines shorter than this (in columns) say nothing of the page width. */
const WRAP_SAMPLE_MIN_WIDTH = 24;
/** A typeset line is at most this wide (about 80 CJK characters). */
const WRAP_MAX_WIDTH = 160;
/** A line this close to the width (share of it) runs to the margin. */
const WRAP_FULL_SHARE = 0.85;
/** In wrapped text at least this share of the sampled lines run to the margin… */
const WRAP_MIN_FULL_SHARE = 0.5;
/** …and there are at least this many of them. */
const WRAP_MIN_LINES = 8;
/** In block text, paragraphs are parted by blank lines: at least this many gaps per non-blank line. */
const BLOCK_MIN_GAP_SHARE = 0.4;
/** A line standing alone (title, subtitle, signature, 名词解释) is short and has no clause marks. */
const STANDALONE_MAX_CHARS = 40;

export function detectLayout(lines: readonly string[]): LineLayout {
  const nonBlank = lines.filter((line) => !isBlank(line));
  if (nonBlank.length === 0) return { kind: "blocks" };
  // Table rows set in columns say nothing of the page width either, nor do captions (a table's caption is
  // repeated on each of its pages: 宁夏's final accounts print "2024年全区一般公共预算支出决算表" eight times).
  const widths = nonBlank
    .filter((line) => !TABLE_ROW.test(line.trim()) && captionLine(line.trim()) === null)
    .map((line) => width(line.trim()))
    .filter((w) => w >= WRAP_SAMPLE_MIN_WIDTH)
    .sort((a, b) => a - b);
  const p90 = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const full = widths.filter((w) => w >= p90 * WRAP_FULL_SHARE).length;
  if (widths.length >= WRAP_MIN_LINES && p90 <= WRAP_MAX_WIDTH && full >= widths.length * WRAP_MIN_FULL_SHARE) return { kind: "wrapped", width: p90 };
  let gaps = 0;
  for (let i = 1; i < lines.length; i++) if (isBlank(lines[i]!) && !isBlank(lines[i - 1]!)) gaps++;
  const indented = nonBlank.filter((line) => isIndented(line) && !isBlank(line)).length;
  if (gaps >= nonBlank.length * BLOCK_MIN_GAP_SHARE || indented >= 2) return { kind: "blocks" };
  return { kind: "lines" };
}

/**
 * Joins the lines of each block of consecutive non-blank lines into paragraphs, one per output
 * line, without a space (Chinese has none): "国内\n生产总值" → "国内生产总值", "全年地区生产总值\n13507.69亿元"
 * → one sentence. Heading lines and table placeholders are never joined; where else a paragraph
 * ends depends on the file's layout (detectLayout). "（PM\n2.5\n）" becomes "（PM2.5）".
 */
export function joinBrokenLines(text: string): string {
  let lines = text.split("\n");
  const layout = detectLayout(lines);
  // In wrapped text a single blank line after a line that runs to the margin mid-sentence is line
  // spacing (pdftotext -layout double-spaces a loosely set page), not a paragraph break.
  if (layout.kind === "wrapped")
    lines = lines.filter((line, i) => !(isBlank(line) && !isBlank(lines[i + 1] ?? "") && runsOn(lines[i - 1] ?? "", layout.width)));
  const paragraphs: string[] = [];
  let current: string | null = null;
  let previous = "";
  let beforePrevious = "";
  for (const raw of lines) {
    if (isBlank(raw)) {
      if (current !== null) paragraphs.push(current);
      current = null;
      previous = "";
      beforePrevious = "";
      continue;
    }
    const line = raw.trim();
    if (current !== null && shouldJoin(layout, current, beforePrevious, previous, raw, line)) {
      current += line;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
    beforePrevious = previous;
    previous = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs.join("\n");
}

/** A line of wrapped text that runs to the margin without ending a sentence: its sentence goes on. */
function runsOn(line: string, pageWidth: number): boolean {
  const text = line.trim();
  return text !== "" && !SENTENCE_END.test(text) && !TABLE_ROW.test(text) && !TABLE_PLACEHOLDER_LINE.test(text) && width(text) >= pageWidth * WRAP_FULL_SHARE;
}

/**
 * @param current the paragraph so far (previous is its last line)
 * @param beforePrevious the line before previous ("" at a block's start)
 */
function shouldJoin(layout: LineLayout, current: string, beforePrevious: string, previous: string, rawNext: string, next: string): boolean {
  if (TABLE_PLACEHOLDER_LINE.test(previous) || TABLE_PLACEHOLDER_LINE.test(next)) return false;
  // A row of a table set in columns (pdftotext -layout: "2080502   事业单位离退休   28.11") is a line of its own.
  if (layout.kind !== "blocks" && (TABLE_ROW.test(previous) || TABLE_ROW.test(next))) return false;
  if (isBareMarker(previous)) return true;
  // A quotation or bracket left open goes on in the next line, even after a list number ("7.“双向揭榜挂帅”：…“双向" / "揭榜").
  if (layout.kind !== "blocks" && isUnclosed(current) && !isHeadingLine(next)) return true;
  // A numbered line that runs to the margin mid-sentence is a paragraph's first line, not a heading
  // ("1、社会保障和就业支出（类）行政事业单位养老支出（款）" / "行政单位离退休（项）。主要用于：…").
  if (
    layout.kind === "wrapped" &&
    isHeadingLine(previous) &&
    !isHeadingLine(next) &&
    !SENTENCE_END.test(previous) &&
    width(previous) >= layout.width * WRAP_FULL_SHARE
  )
    return true;
  if (isHeadingLine(previous) || isHeadingLine(next) || SALUTATION.test(previous)) return false;
  // A date alone ("（2026年3月31日）" under a bulletin's title) is a line of its own.
  if (DATE_ALONE.test(previous) || DATE_ALONE.test(next)) return false;
  switch (layout.kind) {
    case "blocks":
      if (!TERMINAL.test(previous)) return true;
      return !isIndented(rawNext);
    case "wrapped":
      if (!SENTENCE_END.test(previous))
        return width(previous) >= layout.width * WRAP_FULL_SHARE || current !== previous || !standsAlone(beforePrevious, previous);
      if (ITEM_START.test(next)) return false;
      return width(previous) >= layout.width * WRAP_FULL_SHARE;
    case "lines":
      if (SENTENCE_END.test(previous)) return false;
      // A line of punctuation only ("（" before "三）改革开放…") opens the next.
      if (!/[\p{L}\p{N}]/u.test(previous)) return true;
      return current !== previous || !standsAlone(beforePrevious, previous);
  }
}

/** More opening quotes or brackets than closing ones: the line stops inside them. */
function isUnclosed(line: string): boolean {
  const count = (re: RegExp) => line.match(re)?.length ?? 0;
  return count(/“/g) > count(/”/g) || count(/[（(]/g) > count(/[）)]/g) || count(/《/g) > count(/》/g);
}

/** Marks of a sentence or clause: a line holding one is text, not a title ("来源：四川日报" has only a label's colon). */
const CLAUSE_MARKS = /[，、；。！？,;!?]/;

/** A short line without clause marks after a finished sentence (or at a block's start) is a line of its own. */
function standsAlone(before: string, line: string): boolean {
  if ([...line].length > STANDALONE_MAX_CHARS || CLAUSE_MARKS.test(line)) return false;
  return before === "" || SENTENCE_END.test(before) || isHeadingLine(before) || standsAloneShape(before);
}

function standsAloneShape(line: string): boolean {
  return [...line].length <= STANDALONE_MAX_CHARS && !CLAUSE_MARKS.test(line) && !SENTENCE_END.test(line);
}
