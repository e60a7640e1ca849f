/**
 * Artifacts of text taken out of a PDF (pdftotext with or without -layout, a publisher's text copy)
 * or read by OCR, repaired before chrome removal and metadata (ingest.ts):
 *   removePageFurniture — page numbers, running headers and footers; pages joined again
 *   SPACED_TITLE        — "一、综 合" → "一、综合"
 *   SPACED_LINE         — "汇 总 全 市 … 47.5 亿 元 ，" → "汇总全市…47.5亿元，"
 * Footnote marks (生产总值②达到, （GDP）[2]13507.69亿元) stay as printed: answers quote them; the search
 * form and the figure reader skip them (zh/note-marks.ts).
 * NUMBER_SPACING_RULES ("2572.74 亿元", "1 048.53万人", "增长 5.2%") are applied by normaliseText
 * (clean/normalise.ts), after metadata, so that a publication line's "2020/11/27 10:04:24" is read first.
 * Lines broken mid-number or mid-word are joined by joinBrokenLines (clean/broken-lines.ts), which knows how the
 * file breaks its lines. Table placeholders (\uE000table N\uE000) pass through untouched.
 */
import { TABLE_PLACEHOLDER_LINE } from "./tables/table.ts";

/** A textual repair: a pattern, what each match becomes, and why. */
export interface RepairRule {
  name: string;
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
  why: string;
}

/** Spaces that only set type: what a spacing rule takes out of its match. */
const TYPESET_SPACES = /[ \t\u00a0\u2009\u202f\u3000]+/g;
const closeUp = (match: string) => match.replace(TYPESET_SPACES, "");

function applyRules(text: string, rules: readonly RepairRule[]): string {
  let out = text;
  for (const rule of rules) out = out.replace(rule.pattern, rule.replace);
  return out;
}

/** One typeset space: more (or a tab) is a column gap of a table in pdftotext -layout, kept. */
const SP1 = "[ \\u00a0\\u2009\\u202f\\u3000]";
const HAN = "\\p{Script=Han}";

export const SPACED_TITLE: RepairRule = {
  name: "letter-spaced short title",
  pattern: new RegExp(`^(\\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?)((?:${HAN}[ \\u3000]+)+${HAN})\\s*$`, "gmu"),
  replace: (_, marker: string, title: string) => marker + closeUp(title),
  why: "short headings are letter-spaced in print ('一、综 合', '目 录'): the spaces are layout, not words",
};

/**
 * Spaces inside and around printed numbers, applied in this order by normaliseText. A space
 * between two numbers is kept unless it is digit-by-digit spacing or a thousands group, so that
 * "表3 2022年" does not become 32022.
 */
export const NUMBER_SPACING_RULES: readonly RepairRule[] = [
  {
    name: "digit-by-digit spacing",
    pattern: /(?<![\d.])\.?\d\.?(?!\d)(?:[ \u00a0\u3000]\.?\d\.?(?!\d))+/g,
    replace: closeUp,
    why: "Wikisource and some OCR space every digit and point: '1 9 9 3 年', '3 5 5 5 万人', '1 0 .0 6 ‰'",
  },
  {
    name: "thousands groups",
    pattern: /(?<![\d.])\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d])/g,
    replace: closeUp,
    why: "a number grouped by thin or plain spaces: '1 048.53万人', '12 345'",
  },
  {
    name: "space before a unit or sign",
    pattern: new RegExp(`(?<=\\d)${SP1}(?=[.%‰\\u4e00-\\u9fff])`, "g"),
    replace: closeUp,
    why: "PDF text sets a space between a figure and its unit: '2572.74 亿元', '99.8 %', '2023 年'",
  },
  {
    name: "space after a decimal point",
    pattern: new RegExp(`(?<=\\d\\.)${SP1}(?=\\d)`, "g"),
    replace: closeUp,
    why: "'8 .8 %' in the spaced digits of older reports",
  },
  {
    name: "full stop for a decimal point",
    pattern: /(?<=\d)。(?=\d{1,3}(?:[%‰万亿元吨倍个]|[千百]?[米亩人户家项台辆套]|平方|公里))/g,
    replace: () => ".",
    why: "some reports are typed with 。 for the decimal point throughout: '财政收入301。2亿元，增长40%', '增长57。8%' (合肥 2009); a sentence does not end on a bare digit before a figure's unit",
  },
  {
    name: "space between a word and a figure",
    pattern: new RegExp(`(?<=[\\u4e00-\\u9fff])${SP1}(?=\\d)`, "g"),
    replace: closeUp,
    why: "CJK/Latin auto-spacing in PDF text: '值增长 5.2%', '拆除违法建设 2315 万平方米'",
  },
];

/** NUMBER_SPACING_RULES, in order. */
export function applySpacing(text: string): string {
  return applyRules(text, NUMBER_SPACING_RULES);
}

/** A space with a Han character or a full-width mark on one side or the other. */
const WIDE = "[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]";
const SPACE_BY_HAN = new RegExp(`(?<=${WIDE})${SP1}|${SP1}(?=${WIDE})`, "gu");

export const SPACED_LINE: RepairRule = {
  name: "letter-spaced justified line",
  // Six Han characters in a row each followed by one space, on a line with no wider gap (a table's columns
  // in pdftotext -layout are two spaces or more).
  pattern: new RegExp(`^(?!.*\\S {2,}\\S)(.*(?:${HAN}${SP1}){6}.*)$`, "gmu"),
  replace: (line: string) => line.replace(SPACE_BY_HAN, ""),
  why: "a PDF's justified line is set letter by letter ('汇 总 全 市 一 般 公 共 预 算 收 入 完 成 47.5 亿 元 ，'): the spaces are layout, not words",
};

export function closeSpacedTitles(text: string): string {
  return applyRules(text, [SPACED_TITLE, SPACED_LINE]);
}

// ---------------------------------------------------------------------------------------------
// Page furniture

/**
 * A line that is only a page number: "3", "- 3 -", "— 3 —", "·3·", "第3页", "第 3 页 共 12 页", "3/12".
 * Trusted only at a page's edge (the first or last lines between form feeds).
 */
export const PAGE_NUMBER = /^[\s\-–—－·•]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?[\s\-–—－·•]*$/;
/** Page numbers no report sentence looks like: dashes on both sides, or 第…页. Trusted anywhere. */
export const PAGE_NUMBER_ANYWHERE = /^\s*(?:[-–—－·•]+\s*\d{1,4}\s*[-–—－·•]+|第\s*\d{1,4}\s*页(?:\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?)\s*$/;
/** How many lines at each end of a page are looked at for page numbers and running lines. */
const PAGE_EDGE_LINES = 2;
/** A running header or footer is repeated at the page edges of at least this share of the pages (and of 3). */
const RUNNING_LINE_SHARE = 0.5;
const RUNNING_LINE_MIN = 3;
/** Running headers are short: a report title, a bureau's name, "国务院公报 2019年第9号". */
const RUNNING_LINE_MAX_CHARS = 40;
/** Without form feeds, bare page numbers are trusted only as a run 1, 2, 3… this far apart (lines). */
const BARE_PAGE_NUMBER_MIN_GAP = 8;
const BARE_PAGE_NUMBER_MIN_RUN = 3;
/** A line ending like this ends a sentence or a clause that may end a page: the next page starts afresh. */
const SENTENCE_END = /[。！？；：…”」』!?;:]$/;

/**
 * Page numbers and running headers/footers are dropped, and the pages joined again: straight on
 * when the sentence runs over the page break ("有序处置重点\n\n\f企业风险"), with a blank line when
 * the page ended a sentence. With form feeds (pdftotext) the pages are known; without them (a
 * copy that lost them) only page numbers that cannot be a sentence ("— 3 —", "第3页") or a run of
 * bare numbers 1, 2, 3… pages apart mark the page breaks, and running lines are looked for beside them.
 */
export function removePageFurniture(text: string): string {
  const pages = text.includes("\f") ? text.split("\f").map((page) => page.split("\n")) : splitAtPageNumbers(text.split("\n"));
  if (pages.length < 2) return text;
  const kept = dropRunningLines(pages.map((lines) => dropEdgePageNumbers(lines)));
  let out = "";
  for (const lines of kept) {
    const body = trimBlankLines(lines);
    if (body.length === 0) continue;
    if (out === "") {
      out = body.join("\n");
      continue;
    }
    const last = out.slice(out.lastIndexOf("\n") + 1).trim();
    const first = body[0]!.trim();
    const continues = last !== "" && !SENTENCE_END.test(last) && !TABLE_PLACEHOLDER_LINE.test(last) && !TABLE_PLACEHOLDER_LINE.test(first);
    out += (continues ? "\n" : "\n\n") + body.join("\n");
  }
  return out + (text.endsWith("\n") ? "\n" : "");
}

/** Without form feeds: page breaks where a page number stands on its own line. */
function splitAtPageNumbers(lines: string[]): string[][] {
  const breaks = new Set<number>();
  lines.forEach((line, i) => {
    if (PAGE_NUMBER_ANYWHERE.test(line)) breaks.add(i);
  });
  for (const i of bareNumberRun(lines)) breaks.add(i);
  if (breaks.size === 0) return [lines];
  const pages: string[][] = [];
  let current: string[] = [];
  lines.forEach((line, i) => {
    current.push(line);
    if (breaks.has(i)) {
      pages.push(current);
      current = [];
    }
  });
  pages.push(current);
  return pages;
}

/** Bare numbers on their own line that count pages: n, n+1, n+2… each at least a few lines after the last. */
function bareNumberRun(lines: string[]): number[] {
  const candidates = lines.flatMap((line, i) => (/^\s*\d{1,3}\s*$/.test(line) ? [{ i, n: Number(line.trim()) }] : []));
  let best: number[] = [];
  for (let start = 0; start < candidates.length; start++) {
    const run = [candidates[start]!];
    for (const next of candidates.slice(start + 1)) {
      const last = run.at(-1)!;
      if (next.n === last.n + 1 && next.i - last.i >= BARE_PAGE_NUMBER_MIN_GAP) run.push(next);
    }
    if (run.length > best.length) best = run.map((c) => c.i);
  }
  return best.length >= BARE_PAGE_NUMBER_MIN_RUN ? best : [];
}

function edgeIndexes(lines: string[]): number[] {
  const nonBlank = lines.flatMap((line, i) => (line.trim() === "" ? [] : [i]));
  return [...new Set([...nonBlank.slice(0, PAGE_EDGE_LINES), ...nonBlank.slice(-PAGE_EDGE_LINES)])];
}

function dropEdgePageNumbers(lines: string[]): string[] {
  const drop = new Set(edgeIndexes(lines).filter((i) => PAGE_NUMBER.test(lines[i]!)));
  return lines.filter((_, i) => !drop.has(i));
}

/** Headers and footers repeated at the page edges of half the pages or more ("合肥市统计局", a report title; digits aside). */
function dropRunningLines(pages: string[][]): string[][] {
  const shape = (line: string) => line.trim().replace(/\s+/g, "").replace(/\d+/g, "#");
  const seen = new Map<string, number>();
  for (const lines of pages) {
    for (const s of new Set(edgeIndexes(lines).map((i) => shape(lines[i]!)))) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const minimum = Math.max(RUNNING_LINE_MIN, pages.length * RUNNING_LINE_SHARE);
  const running = (line: string) => {
    const s = shape(line);
    return s !== "" && [...s].length <= RUNNING_LINE_MAX_CHARS && !TABLE_PLACEHOLDER_LINE.test(line.trim()) && (seen.get(s) ?? 0) >= minimum;
  };
  if (pages.length < RUNNING_LINE_MIN) return pages;
  return pages.map((lines) => {
    const edges = new Set(edgeIndexes(lines));
    return lines.filter((line, i) => !(edges.has(i) && running(line)));
  });
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]!.trim() === "") start++;
  while (end > start && lines[end - 1]!.trim() === "") end--;
  return lines.slice(start, end);
}

/** removePageFurniture → closeSpacedTitles, on text with LF line ends. */
export function repairArtifacts(text: string): string {
  return closeSpacedTitles(removePageFurniture(text.replace(/\r\n?/g, "\n")));
}
