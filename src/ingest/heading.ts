/**
 * Section markers at the start of a line: "一、", "（一）", "第一，", "1．", "（1）", "第一部分".
 * Shared by clean/broken-lines.ts (a heading line is never joined to its neighbours) and structure.ts (heading paths).
 */
import { parseSmallNumber } from "../zh/numerals.ts";

/**
 * Rank orders markers from outermost (0) to innermost; a heading pops every heading of equal or
 * deeper rank. Ranks are not contiguous on purpose: "第一，" sits between "（一）" and "1." because
 * reports use it either directly under "一、" (1998) or under "（一）" (1955), and unmarked headings
 * take half steps relative to the marked ones around them (see structure.ts).
 */
export interface HeadingMarker {
  rank: number;
  /** The marker as printed: "（一）", "一、", "第一，". */
  marker: string;
  /** The marker's number (一 → 1, 12 → 12): a restart at 1 inside a section means a nested list. */
  number: number;
  /** The text after the marker, trimmed. */
  title: string;
}

const CN_NUM = "[一二三四五六七八九十]+";

/** Tried in order; the first match wins. */
const MARKERS: readonly { rank: number; pattern: RegExp }[] = [
  { rank: 0, pattern: new RegExp(`^(第(${CN_NUM}|\\d+)(?:部分|章|节|篇))`) },
  { rank: 1, pattern: new RegExp(`^((${CN_NUM})、)`) },
  { rank: 2, pattern: new RegExp(`^([（(](${CN_NUM})[）)])`) },
  { rank: 2.5, pattern: new RegExp(`^(第(${CN_NUM})[，、,])`) },
  // "1." but not "2.5" or "1.5万亿元" (a number that starts a sentence).
  { rank: 3, pattern: /^((\d{1,2})[.．、])(?!\d)/ },
  { rank: 4, pattern: /^([（(](\d{1,2})[）)])/ },
];

/** The marker at the start of `line` (already trimmed), or null. */
export function parseHeadingMarker(line: string): HeadingMarker | null {
  for (const { rank, pattern } of MARKERS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const marker = match[1] ?? "";
    const number = parseSmallNumber(match[2] ?? "");
    return { rank, marker, number: Number.isNaN(number) ? 0 : number, title: line.slice(marker.length).trim() };
  }
  return null;
}

/** Numbers ending a line after a wide gap, as a layout table's cells stand. */
const LAID_OUT_NUMBERS = /\s{3,}-?[\d,]+(?:\.\d+)?%?\s*$/;

/** Max length of a heading line; longer lines are headings only when they hold no full stop. */
export const HEADING_MAX_CHARS = 40;
const HEADING_NO_STOP_MAX_CHARS = 80;

/**
 * A line that is a heading on its own: a marker with a title, short (or without a full stop),
 * one sentence at most, and not ending like a clause of a list ("三、进一步整顿…；").
 */
export function isHeadingLine(line: string): boolean {
  const marker = parseHeadingMarker(line);
  if (!marker || marker.title === "") return false;
  if (/[，、；,;]$/.test(line)) return false;
  // A table's row, laid out by pdftotext, is no heading: "三、2025年地方政府债务发行决算数           47.21          38.19".
  if (LAID_OUT_NUMBERS.test(line)) return false;
  // Two sentences make a paragraph, however short: "(一)切实履行政府责任。把教育…。".
  if (/[。！？!?]./.test(line)) return false;
  const length = [...line].length;
  return length <= HEADING_MAX_CHARS || (!line.includes("。") && length <= HEADING_NO_STOP_MAX_CHARS);
}

/** A bare marker line ("一、" alone, as in gwr-1955): the item's text follows on the next line. */
export function isBareMarker(line: string): boolean {
  const marker = parseHeadingMarker(line);
  return marker !== null && marker.title === "";
}
