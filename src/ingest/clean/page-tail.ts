/**
 * The page's tail: after the report come the editor, the QR code, print and close buttons, related links and their
 * teasers; little report text follows the first of them (cutPageTail, a step of removeChrome's CHROME_STEPS in
 * clean.ts).
 */
import { SENTENCE_MARKS, SEPARATORS, WIDGET_LABEL, WIDGET_LINE_MAX_CHARS, WIDGET_WORDS, widgetTokens } from "./widget-words.ts";

/** Widgets whose line starts the page's tail (what follows the report: editor, share bar, related links). */
const TAIL_WIDGETS = new Set(
  [
    ...WIDGET_WORDS["page tools"]!,
    ...WIDGET_WORDS["share bars"]!,
    ...WIDGET_WORDS["related blocks"]!,
    ...WIDGET_WORDS.editors!,
    ...WIDGET_WORDS.footers!,
  ].filter((w) => w !== "作者" && w !== "下载"),
);

/** What follows the tail's start holds at most this much report-like text (a related article's teaser, a repeated title)… */
const TAIL_MAX_PROSE_CHARS = 1500;
/** …and at most this share of the report-like text before it: the report is behind, not ahead. */
const TAIL_MAX_PROSE_SHARE = 0.25;

/**
 * What follows the report on a web page: editor, share bar, print and close buttons, related
 * links and their teasers ("相关链接>>", "责任编辑：李莎莎", "扫一扫在手机打开当前页", a related
 * report's title and first words). From the first tail widget after which little report-like text
 * remains (text with sentence marks, against the text before it), every line goes; the report's own
 * last lines (a closing sentence, an appendix of 名词解释, a signature and date) come before it and stay.
 */
export function cutPageTail(lines: string[]): string[] {
  const prose = lines.map((line) => (SENTENCE_MARKS.test(line) ? [...line.trim()].length : 0));
  const proseAfter: number[] = new Array(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) proseAfter[i] = proseAfter[i + 1]! + prose[i]!;
  let proseBefore = 0;
  for (let i = 0; i < lines.length; i++) {
    const after = proseAfter[i + 1]!;
    if (proseBefore > 0 && isTailWidget(lines[i]!) && after <= TAIL_MAX_PROSE_CHARS && after <= proseBefore * TAIL_MAX_PROSE_SHARE) {
      return lines.map((line, j) => (j < i ? line : ""));
    }
    proseBefore += prose[i]!;
  }
  return lines;
}

function isTailWidget(line: string): boolean {
  const text = line.trim();
  if (text === "" || [...text].length > WIDGET_LINE_MAX_CHARS) return false;
  if (WIDGET_LABEL.test(text)) return true;
  if (SENTENCE_MARKS.test(text) || widgetTokens(text) !== "widget") return false;
  return text.split(SEPARATORS).some((token) => [...TAIL_WIDGETS].some((word) => token.includes(word)));
}
