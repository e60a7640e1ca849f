/**
 * Text cleaning, in pure steps run in this order by ingest.ts (after repair.ts, before and after
 * metadata.ts):
 *   removeChrome    — web-page and Wikisource chrome: CHROME_RULES by phrase, then general rules by
 *                     line shape (WIDGET_WORDS, trails), position (the page's tail) and run-on lines
 *   normaliseText   — full-width ASCII, spaces in and around numbers, Chinese thousands commas
 *   joinBrokenLines — lines broken mid-sentence joined, by how the file breaks its lines; one
 *                     paragraph candidate per line
 * The wording stays as printed: no traditional → simplified, no Chinese numerals → digits,
 * because answers must quote the report's own words.
 *
 * The steps' code is in clean/: chrome-rules.ts (CHROME_RULES), split-labels.ts, page-tail.ts, widget-lines.ts and
 * run-on.ts (CHROME_STEPS, with what they share in widget-words.ts), normalise.ts, broken-lines.ts (detectLayout).
 */
import { applyChromeRules, breakInlineChrome, type PageLines } from "./clean/chrome-rules.ts";
import { glueSplitLabels } from "./clean/split-labels.ts";
import { cutPageTail } from "./clean/page-tail.ts";
import { dropWidgetLines } from "./clean/widget-lines.ts";
import { splitRunOnLines } from "./clean/run-on.ts";
import { normaliseText } from "./clean/normalise.ts";
import { joinBrokenLines } from "./clean/broken-lines.ts";
import { repairArtifacts } from "./repair.ts";

export { CHROME_RULES, type ChromeRule } from "./clean/chrome-rules.ts";
export { WIDGET_WORDS } from "./clean/widget-words.ts";
export { normaliseText } from "./clean/normalise.ts";
export { detectLayout, joinBrokenLines, type LineLayout } from "./clean/broken-lines.ts";

/** A step of removeChrome after CHROME_RULES: what it knows about chrome on any site, and why. */
export interface ChromeStep {
  name: string;
  why: string;
  apply: (page: PageLines) => void;
}

/**
 * removeChrome's steps after CHROME_RULES, in order. CHROME_RULES know one site's phrases each;
 * these know what chrome looks like on any government site, by the shape of its lines, their
 * position on the page and how crowded with links they are. Checked on pages they were not tuned on.
 */
export const CHROME_STEPS: readonly ChromeStep[] = [
  {
    name: "split labels glued",
    why: "scrapers put each inline element of a page's header on a line of its own ('来源:' / '四川日报'); metadata.ts reads them as one line",
    apply: (page) => {
      page.lines = glueSplitLabels(page.lines);
    },
  },
  {
    name: "page tail",
    why: "after the report come the editor, the QR code, print and close buttons, related links and their teasers; little report text follows the first of them",
    apply: (page) => {
      page.lines = cutPageTail(page.lines);
    },
  },
  {
    name: "widget lines",
    why: "a line made only of widget words (下载 打印 全屏 收藏, 【字号：, 扫一扫在手机打开当前页), the sizes and brackets beside them, a trail from 首页 through its separators, a crowded list of links",
    apply: (page) => {
      page.lines = dropWidgetLines(page.lines, page.blanked);
    },
  },
  {
    name: "run-on lines",
    why: "a report pasted as one long line, or with its paragraphs run together, is cut before its section markers, then at sentence ends",
    apply: (page) => {
      page.lines = splitRunOnLines(page.lines);
    },
  },
];

/**
 * A page pasted as one line first has its inline widgets put on lines of their own
 * (breakInlineChrome), then CHROME_RULES and CHROME_STEPS run in order.
 */
export function removeChrome(text: string): string {
  const page = applyChromeRules(text.replace(/\r\n?/g, "\n").split("\n").flatMap(breakInlineChrome));
  for (const step of CHROME_STEPS) step.apply(page);
  return page.lines.join("\n");
}

/** repairArtifacts → removeChrome → normaliseText → joinBrokenLines, for callers that do not need metadata in between. */
export function cleanText(text: string): string {
  return joinBrokenLines(normaliseText(removeChrome(repairArtifacts(text))));
}
