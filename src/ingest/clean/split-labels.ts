/**
 * Split labels glued: scrapers put each inline element of a page's header on a line of its own ('来源:' /
 * '四川日报'); metadata.ts reads them as one line (glueSplitLabels, a step of removeChrome's CHROME_STEPS in clean.ts).
 */
import { SENTENCE_MARKS, WIDGET } from "./widget-words.ts";

/**
 * Scrapers put each inline element of a page's header on a line of its own: "来源:" / "四川日报",
 * "发表时间：" / "2026-02-09 09:45:30". A short label ending in a colon followed by a short value
 * is one line again, so that metadata.ts can read it ("各位代表：" is followed by a sentence: kept).
 */
export function glueSplitLabels(lines: string[]): string[] {
  const out = [...lines];
  // Only in the page's header, before the report's first sentence: further down "其中：" / "地区生产总值" are the report's.
  const firstSentence = out.findIndex((line) => line.includes("。") && [...line.trim()].length >= 20);
  const end = firstSentence === -1 ? out.length : firstSentence;
  for (let i = 0; i + 1 < end; i++) {
    const label = out[i]!.trim();
    const value = out[i + 1]!.trim();
    if (!/^[\p{Script=Han}A-Za-z]{1,6}\s*[:：]$/u.test(label) || value === "" || /[:：]$/.test(value)) continue;
    // A widget's label ("分享：", "责任编辑：") is not glued: its line goes, with its value when it has one.
    if (WIDGET.has(label.replace(/\s*[:：]$/, ""))) continue;
    if ([...value].length > 30 || SENTENCE_MARKS.test(value)) continue;
    out[i] = label + value;
    out[i + 1] = "";
  }
  return out;
}
