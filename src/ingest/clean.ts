/**
 * Text cleaning, in three pure steps run in this order by ingest.ts:
 *   removeChrome   — web-page and Wikisource chrome (CHROME_RULES)
 *   normaliseText  — full-width ASCII, spaced digits, Chinese thousands commas
 *   joinBrokenLines — lines broken mid-sentence joined; one paragraph candidate per line
 * The wording stays as printed: no traditional → simplified, no Chinese numerals → digits,
 * because answers must quote the report's own words.
 */
import { halfWidthAlphanumeric } from "../zh/normalize.ts";
import { isBareMarker, isHeadingLine } from "./heading.ts";

/**
 * What to do with chrome:
 * - "phrase": remove the matched text, keep the rest of the line ("点击浏览下一页  我市…" keeps "我市…");
 * - "line": blank the whole line;
 * - "rest": blank this line and every line after it (a footer that runs to the end of the file).
 */
export interface ChromeRule {
  action: "phrase" | "line" | "rest";
  pattern: RegExp;
  why: string;
}

export const CHROME_RULES: readonly ChromeRule[] = [
  { action: "phrase", pattern: /<%[\s\S]*?%>/g, why: "ASP directive left by the scraper: <%@LANGUAGE=\"VBSCRIPT\" …%>" },
  { action: "line", pattern: /^\s*(?:您当前的?位置|当前位置)\s*[:：]/, why: "breadcrumb: 您当前位置:站名 >> 栏目 >> 浏览文章" },
  { action: "phrase", pattern: /点击浏览下一页\s*/g, why: "pager link, printed inline at the start of a paragraph" },
  // On the seed, 点击次数 and 【字体 share the line with 发布日期/来源, which metadata.ts still needs.
  { action: "phrase", pattern: /点击次数\s*[:：]?\s*\d*/g, why: "hit counter" },
  { action: "phrase", pattern: /【字体[:：][^\n]*/g, why: "font-size switcher 【字体:大 中 小】" },
  { action: "line", pattern: /^\s*点击查看更多内容\s*$/, why: "'more' link" },
  { action: "line", pattern: /12321网络不良与垃圾信息举报受理中心|不良信息举报中心/, why: "footer: reporting-centre links" },
  { action: "line", pattern: /^\s*网警110\s*$/, why: "footer: cyber-police badge" },
  { action: "line", pattern: /^\s*(?:指导|主管|承办|主办|协办)单位\s*[:：]/, why: "footer: site operators" },
  { action: "line", pattern: /ICP[备证]\s*\d+号/, why: "footer: ICP licence number 青ICP备05000331号" },
  { action: "line", pattern: /^\s*版权所有/, why: "footer: copyright line" },
  { action: "rest", pattern: /^\s*本作品是中华人民共和国的\s*$/, why: "Wikisource licence box (法律、法规… Public domain) at the end of every gwr report" },
  { action: "line", pattern: /^\s*(?:粗体文字|')\s*$/, why: "Wikisource editor leftovers (gwr-2007)" },
];

/** Invisible characters that some pages put on otherwise blank lines (U+200B in gwr-1957/2017/2021). */
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

export function removeChrome(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  for (const withZeroWidth of lines) {
    const original = withZeroWidth.replace(ZERO_WIDTH, "");
    // A line holding only a zero-width space inside a sentence ("光缆线路550\n\u200b\n多万公里。",
    // gwr-2017) is not a paragraph break: drop it so the halves are joined.
    if (original !== withZeroWidth && original.trim() === "" && /[^\s。！？；：…”」』!?;:"']$/.test(out.at(-1) ?? "")) continue;
    let line = original;
    let rest = false;
    for (const rule of CHROME_RULES) {
      if (rule.action === "phrase") {
        line = line.replace(rule.pattern, "");
      } else if (rule.pattern.test(line)) {
        line = "";
        rest = rule.action === "rest";
        break;
      }
    }
    // A line whose content was all chrome ("发布日期:… |" keeps its content; "|  |" does not).
    if (line !== original && /^[\s|｜]*$/.test(line)) line = "";
    out.push(line);
    if (rest) break;
  }
  return out.join("\n");
}

/** Spaces that may sit inside a printed number (not line breaks). */
const SP = "[ \\t\\u00a0\\u3000]+";

export function normaliseText(text: string): string {
  return halfWidthAlphanumeric(text)
    // "1 9 9 3 年" → "1993年", "8 .8 %" → "8.8%", "99.8 %" → "99.8%", "3 5 5 5 万人" → "3555万人".
    .replace(new RegExp(`(\\d)${SP}(?=[\\d.%‰\\u4e00-\\u9fff])`, "g"), "$1")
    .replace(new RegExp(`(\\d\\.)${SP}(?=\\d)`, "g"), "$1")
    // "33，212万吨" → "33,212万吨"; the lookahead lets "1，011，742" convert both commas.
    .replace(/(\d)，(?=\d{3}(?!\d))/g, "$1,");
}

/** Characters that end a sentence or a clause that may end a line: the next line starts afresh. */
const TERMINAL = /[。！？；：…”」』!?;:"']$/;
/** Lines that are never glued to what follows: the salutation "各位代表：" opens the speech on its own. */
const SALUTATION = /^各位代表[：:！!]$/;

function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

/** Paragraph-start indentation of the older reports ("　　本届政府…"). */
function isIndented(line: string): boolean {
  return /^[\u3000]|^ {2,}/.test(line);
}

/**
 * Joins the lines of each block of consecutive non-blank lines into paragraphs, one per output line.
 * Two lines are joined (without a space: Chinese has none) unless one of them is a heading line,
 * the first is a salutation, or the first ends a sentence and the second is indented as a new
 * paragraph. A first line that ends a sentence is still joined to an unindented second line:
 * Wikisource prints a paragraph's bold lead sentence on its own line ("国民经济快速增长。\n在1992年…").
 * "（PM\n2.5\n）" becomes "（PM2.5）".
 */
export function joinBrokenLines(text: string): string {
  const paragraphs: string[] = [];
  let current: string | null = null;
  let previous = "";
  for (const raw of text.split("\n")) {
    if (isBlank(raw)) {
      if (current !== null) paragraphs.push(current);
      current = null;
      continue;
    }
    const line = raw.trim();
    if (current !== null && shouldJoin(previous, raw, line)) {
      current += line;
    } else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
    previous = line;
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs.join("\n");
}

function shouldJoin(previous: string, rawNext: string, next: string): boolean {
  if (isBareMarker(previous)) return true;
  if (isHeadingLine(previous) || isHeadingLine(next) || SALUTATION.test(previous)) return false;
  if (!TERMINAL.test(previous)) return true;
  return !isIndented(rawNext);
}

/** removeChrome → normaliseText → joinBrokenLines, for callers that do not need metadata in between. */
export function cleanText(text: string): string {
  return joinBrokenLines(normaliseText(removeChrome(text)));
}
