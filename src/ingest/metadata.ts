/**
 * Title, date, year and source of a report, read from its own lines; those lines are removed
 * from the body so they do not become paragraphs. Runs on the raw lines (after chrome removal,
 * before lines are joined), because the seed's title, repeated title and 发布日期 lines are adjacent.
 */
import { halfWidthAlphanumeric } from "../zh/normalize.ts";
import { parseSmallNumber } from "../zh/numerals.ts";
import { CHINESE_YEAR_DIGITS } from "../zh/years.ts";
import type { Report } from "./types.ts";

export type ReportMetadata = Omit<Report, "file">;

export interface MetadataResult {
  metadata: ReportMetadata;
  /** The text without the title, publication and signature lines, nor the footer after the signature. */
  body: string;
}

/** "中国中小企业海东网—政府履行教育职责情况自查自评情况": site name, a dash, the article title. */
const SITE_TITLE = /^(.{2,30}?)\s*[—–]{1,2}\s*(.+)$/;
const PUBLISHED = /发布(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const SOURCE = /来源\s*[:：]\s*([^|｜\s]+)/;
/** A signature date alone on a line: "2020年11月26日" or "二〇二〇年十一月二十六日". */
const SIGNATURE_DATE = new RegExp(`^([0-9]{4}|${CHINESE_YEAR_DIGITS})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日$`);
/** How close to the end (in non-blank lines) a signature date must be. */
const SIGNATURE_WINDOW = 10;
/** How far down the top lines (title, repeated title, 发布日期) are looked for. */
const HEADER_WINDOW = 8;
const SALUTATION = /^各位代表[：:！!]/;
/** Cover-page lines are short: "国务院总理 李克强", "——2017年3月5日在第十二届全国人民代表大会第五次会议上". */
const FRONT_MATTER_MAX_CHARS = 40;

export function extractMetadata(text: string): MetadataResult {
  const lines = text.split("\n").map((line) => line.trim());
  const nonBlank = lines.flatMap((line, i) => (line === "" ? [] : [i]));
  const drop = new Set<number>();

  // Title: the first line; a "site—title" line gives way to the title when it is repeated below.
  let title = "";
  let site = "";
  const first = nonBlank[0];
  if (first !== undefined) {
    title = lines[first] ?? "";
    drop.add(first);
    const parts = SITE_TITLE.exec(title);
    const repeat = parts && nonBlank.slice(1, HEADER_WINDOW).find((i) => lines[i] === parts[2]);
    if (parts && repeat !== undefined && repeat !== null) {
      site = parts[1] ?? "";
      title = parts[2] ?? "";
      drop.add(repeat);
    }
    // A title printed twice (a web page's <title> and its <h1>) is one title.
    const second = nonBlank[1];
    if (second !== undefined && !drop.has(second) && lines[second] === title) drop.add(second);
  }

  // Publication line: "发布日期:2020/11/27 10:04:24 | 来源:本站原创 |".
  let published = "";
  let sourceText = "";
  for (const i of nonBlank.slice(0, HEADER_WINDOW)) {
    const line = halfWidthAlphanumeric(lines[i] ?? "");
    const date = PUBLISHED.exec(line);
    const source = SOURCE.exec(line);
    if (!date && !source) continue;
    if (date) published = isoDate(Number(date[1]), Number(date[2]), Number(date[3]));
    if (source) sourceText = source[1] ?? "";
    drop.add(i);
  }

  // Signature date near the end; everything after it is the page footer.
  let signed = "";
  for (const i of nonBlank.slice(-SIGNATURE_WINDOW).reverse()) {
    const match = SIGNATURE_DATE.exec(halfWidthAlphanumeric(lines[i] ?? ""));
    if (!match) continue;
    signed = isoDate(parseSmallNumber(match[1] ?? ""), parseSmallNumber(match[2] ?? ""), parseSmallNumber(match[3] ?? ""));
    for (let j = i; j < lines.length; j++) drop.add(j);
    break;
  }

  dropFrontMatter(lines, nonBlank, drop);

  const titleYear = /(\d{4})\s*年/.exec(halfWidthAlphanumeric(title))?.[1] ?? "";
  const date = signed || published || titleYear;
  const year = date ? Number(date.slice(0, 4)) : null;
  const source = /本站/.test(sourceText) ? site : sourceText || (title.includes("国务院") ? "国务院" : site);

  const body = lines.map((line, i) => (drop.has(i) ? "" : line)).join("\n");
  return { metadata: { title, date, year, source }, body };
}

/**
 * Between the title and "各位代表：" some reports repeat a cover page ("政府工作报\n告\n国务院总理\n李克强\n
 * ——2017年3月5日在…会议上", gwr-2017/2021-2024): short lines without a full stop. Dropped so they do not become a paragraph.
 */
function dropFrontMatter(lines: string[], nonBlank: number[], drop: Set<number>): void {
  const salutation = nonBlank.slice(0, HEADER_WINDOW).find((i) => SALUTATION.test(lines[i] ?? ""));
  if (salutation === undefined) return;
  const before = nonBlank.filter((i) => i < salutation && !drop.has(i));
  if (before.every((i) => [...(lines[i] ?? "")].length <= FRONT_MATTER_MAX_CHARS && !/[。！？]/.test(lines[i] ?? ""))) {
    for (const i of before) drop.add(i);
  }
}

function isoDate(year: number, month: number, day: number): string {
  if (!(year > 1900 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return "";
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
