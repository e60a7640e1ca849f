/**
 * A report's own lines that say what it is: its title, publication and signature dates, issuing
 * body and source. Those lines are removed from the body so they do not become paragraphs; the
 * document model (document-model.ts) then reads genre, place and period from them and the body.
 * Runs on the raw lines (after chrome removal, before lines are joined), because a title, its
 * repeat and a 发布日期 line are often adjacent.
 */
import { executionAndDraftYears } from "../zh/budget-titles.ts";
import { halfWidthAlphanumeric } from "../zh/normalize.ts";
import { parseSmallNumber } from "../zh/numerals.ts";
import { asWrittenDate, DATE_ALONE, DAY_OR_MONTH } from "../zh/years.ts";
import { describeDocument } from "./document-model.ts";
import type { Report } from "./types.ts";

export type ReportMetadata = Omit<Report, "file">;

export interface MetadataResult {
  metadata: ReportMetadata;
  /** The text without the title, publication, issuer and signature lines, nor the footer after the signature. */
  body: string;
}

/** What the top and bottom lines say, before the document model reads the body too. */
export interface HeaderLines {
  /** The line that reads as the title ("" when no line does). */
  title: string;
  /** The site of a "site—title" line. */
  site: string;
  /** Publication date as precise as printed: 2025-03-28, 2023-03, or "". */
  published: string;
  /** The date the report was signed or delivered (2020-11-26; "——2017年3月5日在…会议上"), or "". */
  signed: string;
  /** Lines that name the issuing body: "合肥市统计局 国家统计局合肥调查队", "预算主管部门：…", a signature. */
  issuerLines: string[];
  /** "来源：四川日报". */
  source: string;
  /** A year alone on a top line: what is left of a title ("2024 [1]", 合肥 2024 公报), or null. */
  yearLine: number | null;
  /** The top lines joined, as printed (a cover's "在广东省第十四届人民代表大会…" and "广东省省长 孟凡利" name the place). */
  front: string;
}

/** "中国中小企业海东网—政府履行教育职责情况自查自评情况": site name, a dash, the article title. */
const SITE_TITLE = /^(.{2,30}?)\s*[—–]{1,2}\s*(.+)$/;
const PUBLISHED = /发布(?:日期|时间)\s*[:：]\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/;
const SOURCE = /来源\s*[:：]\s*([^|｜\s]+)/;
/** "——2017年3月5日在第十二届全国人民代表大会第五次会议上": the day a report was delivered. */
const DELIVERED = new RegExp(`^[—－-]*\\s*([0-9]{4})\\s*年\\s*${DAY_OR_MONTH}\\s*月\\s*${DAY_OR_MONTH}\\s*日在.{2,40}(会议|大会)上`);
/** "在四川省第十三届人民代表大会第二次会议上（2019年1月14日）": the day a report was delivered, printed after the meeting. */
const DELIVERED_AT_MEETING = new RegExp(`^在.{2,40}(?:会议|大会)上\\s*[（(]\\s*([0-9]{4})\\s*年\\s*${DAY_OR_MONTH}\\s*月\\s*${DAY_OR_MONTH}\\s*日\\s*[）)]$`);
/** A line that is an organisation's name (or two): the issuer of a bulletin, a budget, a signature. */
const ORGANISATION = /^[\p{Script=Han}\s（）()]{2,40}(统计局|调查队|人民政府|办公厅|委员会|办事处|教育局|财政局|国务院|[厅局委办院])$/u;
/** "预算主管部门：上海市普陀区人民政府万里街道办事处", "编制单位：…", "发布单位：…". */
const ISSUER_LABEL = /^(?:预算主管部门|主管部门|编制单位|发布单位|报告单位|部门名称|单位名称)\s*[:：]\s*(.{2,60})$/;
/** A year alone on a line, with a note mark perhaps: the remains of a title ("2024 [1]"). */
const YEAR_ONLY = /^((?:19|20)\d\d)\s*年?\s*(?:[[［]\d{1,2}[\]］])*$/;
/** How close to the end (in non-blank lines) a signature must be. */
const SIGNATURE_WINDOW = 10;
/** How far down the top lines (title, repeated title, 发布日期, issuer) are looked for. */
const HEADER_WINDOW = 8;
const SALUTATION = /^各位代表[：:！!]/;
/** Cover-page lines are short: "国务院总理 李克强", "——2017年3月5日在第十二届全国人民代表大会第五次会议上". */
const FRONT_MATTER_MAX_CHARS = 40;
/** Words that make a line read as a report's title. */
const TITLE_WORDS = /报告|公报|预算|决算|规划|纲要|计划|总结|自查|自评|督导|评估|情况|通报|白皮书|年鉴/;
const TITLE_MAX_CHARS = 60;

/** @param tableLines the captions and rows of the tables taken out of the text, read for the years they close (document-model.ts) */
export function extractMetadata(text: string, tableLines: readonly string[] = []): MetadataResult {
  const lines = text.split("\n").map((line) => line.trim());
  const nonBlank = lines.flatMap((line, i) => (line === "" ? [] : [i]));
  const drop = new Set<number>();
  const top = nonBlank.slice(0, HEADER_WINDOW);
  const header: HeaderLines = {
    title: "",
    site: "",
    published: "",
    signed: "",
    issuerLines: [],
    source: "",
    yearLine: null,
    front: top.map((i) => lines[i]).join(""),
  };
  // A delivery line may be broken over two lines ("——2026年1月26日在广东省第十四届" / "人民代表大会…").
  const delivered = DELIVERED.exec(halfWidthAlphanumeric(header.front.replace(/^.*?(?=[—－-]*\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日在)/, "")));
  if (delivered) header.signed = dateOf(delivered[1]!, delivered[2]!, delivered[3]);

  // Title: the top line that reads most like one; a "site—title" line gives way to the title when
  // it is repeated below; a title printed twice (a page's <title> and its <h1>) is one title.
  const best = bestTitleLine(lines, top);
  const titleAt = best?.at ?? null;
  if (best !== null && titleAt !== null) {
    header.title = asTitle(lines[titleAt]!);
    // The site after the title names the publisher, and so the place when nothing else does (六安市财政局).
    header.site = pageTitleParts(lines[titleAt]!)?.site ?? "";
    drop.add(titleAt);
    // A title broken over lines ("关于景德镇市2025年全市和市级预算" / "执行情况与2026年全市和市级" / "预算草案的报告（书面）").
    const after = top.slice(top.indexOf(titleAt) + 1);
    for (const i of after.slice(0, best.rest.length)) drop.add(i);
    header.title += best.rest.map((line) => line.trim()).join("");
    const parts = SITE_TITLE.exec(header.title);
    const repeat = parts ? top.find((i) => i !== titleAt && lines[i] === parts[2]) : undefined;
    if (parts && repeat !== undefined) {
      header.site = parts[1]!;
      header.title = parts[2]!;
      drop.add(repeat);
    }
    for (const i of top) if (!drop.has(i) && lines[i] === header.title) drop.add(i);
  }
  // A budget report published on a page ("大会报告", "红河州2026年度政府预算公开") has its own title
  // further down, past the page's menus: the title that names the year executed and the year drafted.
  if (executionAndDraftYears(header.title) === null) {
    const own = ownBudgetReportTitle(lines, nonBlank.slice(0, OWN_TITLE_WINDOW), drop);
    if (own !== null) {
      header.title = own.title;
      for (const i of own.at) drop.add(i);
    }
  }

  for (const i of top) {
    if (drop.has(i)) continue;
    const line = asWrittenDate(halfWidthAlphanumeric(lines[i]!));
    // Publication line: "发布日期:2020/11/27 10:04:24 | 来源:本站原创 |".
    const date = PUBLISHED.exec(line);
    const source = SOURCE.exec(line);
    if (date || source) {
      if (date) header.published = isoDate(Number(date[1]), Number(date[2]), Number(date[3]));
      if (source) header.source = source[1]!;
      drop.add(i);
      continue;
    }
    const yearOnly = YEAR_ONLY.exec(line);
    if (yearOnly) {
      header.yearLine = Number(yearOnly[1]);
      drop.add(i);
      continue;
    }
    const dateLine = DATE_ALONE.exec(line);
    if (dateLine) {
      header.published ||= dateOf(dateLine[1]!, dateLine[2]!, dateLine[3]);
      drop.add(i);
      continue;
    }
    const delivered = DELIVERED.exec(line) ?? DELIVERED_AT_MEETING.exec(halfWidthAlphanumeric(line));
    if (delivered) header.signed ||= dateOf(delivered[1]!, delivered[2]!, delivered[3]);
    const labelled = ISSUER_LABEL.exec(line);
    if (labelled || (ORGANISATION.test(line) && !SALUTATION.test(line))) {
      header.issuerLines.push(labelled ? labelled[1]! : line);
      drop.add(i);
    }
  }

  // Signature date near the end (and the issuer's name right above it); what follows is the page footer.
  for (const i of nonBlank.slice(-SIGNATURE_WINDOW).reverse()) {
    const match = DATE_ALONE.exec(halfWidthAlphanumeric(lines[i]!));
    if (!match || !match[3]) continue;
    header.signed ||= dateOf(match[1]!, match[2]!, match[3]);
    const above = nonBlank[nonBlank.indexOf(i) - 1];
    const signatureAt = above !== undefined && ORGANISATION.test(lines[above]!) ? above : i;
    if (signatureAt !== i) header.issuerLines.push(lines[above!]!);
    for (let j = signatureAt; j < lines.length; j++) drop.add(j);
    break;
  }

  dropFrontMatter(lines, nonBlank, drop);

  const body = lines.map((line, i) => (drop.has(i) ? "" : line)).join("\n");
  return { metadata: describeDocument(header, body, tableLines), body };
}

/** How far down (non-blank lines) a budget report's own title is looked for below its page's label. */
const OWN_TITLE_WINDOW = 200;
/** A headline that is a report's title in 《》 and a verb of its coming out: "《…的报告》出炉" (group 1: the title). */
const QUOTED_TITLE_HEADLINE = /^《([^《》]+)》\p{Script=Han}{0,4}$/u;

/**
 * The first of the lines (or two lines running on: "东莞市 2025 年预算执行情况和" / "2026 年预算草案的报告",
 * as a PDF's cover breaks it) that is a budget report's own title, with the lines it takes.
 */
function ownBudgetReportTitle(lines: readonly string[], window: readonly number[], drop: ReadonlySet<number>): { title: string; at: number[] } | null {
  for (const [k, i] of window.entries()) {
    if (drop.has(i)) continue;
    if (isBudgetReportTitle(lines[i]!)) return { title: lines[i]!, at: [i] };
    // A newspaper's headline quoting it: "《阳江市2025年预算执行情况和2026年预算草案的报告》出炉".
    const quoted = QUOTED_TITLE_HEADLINE.exec(lines[i]!.trim())?.[1];
    if (quoted && isBudgetReportTitle(quoted)) return { title: quoted, at: [i] };
    const next = window[k + 1];
    // A title runs on from a line that holds its first year ("东莞市 2025 年预算执行情况和"), not from a menu's "图片新闻".
    if (next === undefined || drop.has(next) || !/\d{4}/.test(halfWidthAlphanumeric(lines[i]!)) || isBudgetReportTitle(lines[next]!)) continue;
    const joined = `${lines[i]}${lines[next]}`;
    if (isBudgetReportTitle(joined)) return { title: joined.replace(/\s+/g, ""), at: [i, next] };
  }
  return null;
}

/** A line that is a budget report's own title: "关于无锡市2025年预算执行情况与2026年预算草案的报告（摘要）". */
function isBudgetReportTitle(line: string): boolean {
  // Not an item of a list of the page's documents ("一、财政预算报告（关于…的报告）").
  if ([...line].length > TITLE_MAX_CHARS || /[。，,；]/.test(line) || /^[一二三四五六七八九十\d]+[、.．]/.test(line)) return false;
  return /报告(?:[（(][^（()）]{1,4}[）)])?$/.test(line) && executionAndDraftYears(line) !== null;
}

/**
 * A page's title line as the title it holds: "最新！2025年泉州市国民经济和社会发展统计公报-泉州要闻-泉州动态-
 * 政务公开-泉州市人民政府" → "2025年泉州市国民经济和社会发展统计公报" (a news cry before it, the site's
 * sections after a hyphen, or its name alone: "…预算编制说明_周口市人民政府"). Any other line as it is.
 */
function asTitle(line: string): string {
  return pageTitleParts(line)?.title ?? line;
}

/** A page's title and the site named after it ("…预算执行情况分析_六安市财政局"), or null for a line of no such parts. */
function pageTitleParts(line: string): { title: string; site: string } | null {
  const parts = line.replace(NEWS_CRY, "").split(PAGE_TITLE_SEPARATOR);
  const siteAfter = parts.length >= 3 || (parts.length === 2 && SITE_NAME.test(parts[1]!.trim()));
  if (!siteAfter || !TITLE_WORDS.test(parts[0]!)) return null;
  // The site is the part that names one ("政务公开-泉州市人民政府": not the section before it).
  const site =
    parts
      .slice(1)
      .find((part) => SITE_NAME.test(part.trim()))
      ?.trim() ?? "";
  return { title: parts[0]!.trim(), site };
}
/** A site's name after a page's title: "…预算编制说明_周口市人民政府". */
const SITE_NAME = /(?:人民政府|政府|门户网站?|政府网|财政局|统计局|网站|信息网)$/;
/** "最新！", "重磅！" before a page's title. */
const NEWS_CRY = /^[^，。！？\s]{1,4}！/;
/** Between a page's title and its site's sections: "-", "_", "|". */
const PAGE_TITLE_SEPARATOR = /\s*[-_|｜]\s*/;

/**
 * The lines after a title 关于… that is not yet …的报告 and that finish it: up to TITLE_LINES_MAX more,
 * none a sentence, the last ending as a title ends (a note in brackets aside: 的报告（书面）). Else none.
 */
function titleContinuation(title: string, after: readonly string[]): string[] {
  if (!TITLE_OPENING.test(title.trim()) || TITLE_END.test(title.trim())) return [];
  let length = [...title.trim()].length;
  for (let k = 0; k < Math.min(after.length, TITLE_LINES_MAX); k++) {
    const line = after[k]!.trim();
    length += [...line].length;
    if (/[。！？，,；、：:]/.test(line) || length > TITLE_MAX_CHARS) return [];
    if (TITLE_END.test(line.replace(BRACKETED_NOTE, ""))) return after.slice(0, k + 1) as string[];
  }
  return [];
}
/** How a title of a report to a congress opens: 关于…, after its issuer ("广东省人民政府关于我省…"). */
const TITLE_OPENING = /^[^，。]{0,16}?关于/;
/** How a title of a report to a congress ends: …的报告, …的说明. */
const TITLE_END = /(?:报告|说明|决议|公报)$/;
/** A note in brackets after a title: （书面）, （草案）. */
const BRACKETED_NOTE = /[（(][^）)]{1,6}[）)]$/;
/** How many more lines a broken title may take. */
const TITLE_LINES_MAX = 2;

/**
 * The top line that reads most like a title, with the lines that finish it when it is broken over
 * several, or null: it names what the document is, is short, and is no sentence.
 */
function bestTitleLine(lines: readonly string[], top: readonly number[]): { at: number; rest: string[] } | null {
  let best: { at: number; rest: string[] } | null = null;
  let bestScore = 0;
  for (const [rank, i] of top.entries()) {
    const line = halfWidthAlphanumeric(asTitle(lines[i]!));
    const length = [...line].length;
    // The speech has begun after "各位代表：": a heading below it ("过去五年回顾和2002年工作情况", 河北 2003) is no title.
    if (SALUTATION.test(line)) break;
    if (length < 4 || length > TITLE_MAX_CHARS || /[。！？；，：:]$/.test(line) || DATE_ALONE.test(asWrittenDate(line))) continue;
    // A news page's headline, printed as its <title> and again as its <h1>, is its title, commas and all
    // ("统筹推进稳增长…各项工作，2025年太原市经济运行总体平稳").
    const printedTwice = rank === 0 && top[1] !== undefined && lines[top[1]]!.trim() === lines[i]!.trim();
    // Else a title is no sentence: no full stop, no comma (a line of a sentence broken by a PDF has them).
    if ((/[。！？，,；、]/.test(line) && !printedTwice) || /[。！？]/.test(line) || PUBLISHED.test(line) || SOURCE.test(line) || ISSUER_LABEL.test(line))
      continue;
    // A title broken over lines is judged whole ("广东省人民政府关于我省2024年" / "省级决算草案的报告").
    const rest = titleContinuation(
      line,
      top.slice(rank + 1).map((j) => lines[j]!),
    );
    const whole = line + rest.join("");
    // Named what it is (报告, 公报…) counts most; a year helps; being first breaks ties.
    const score = (TITLE_WORDS.test(whole) || printedTwice ? 4 : 0) + (/\d{4}\s*年/.test(whole) ? 1 : 0) - rank * 0.1;
    if (score > bestScore) [best, bestScore] = [{ at: i, rest }, score];
  }
  return bestScore >= 3 ? best : null;
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

/** A date from its printed parts, as precise as printed: 2025-03-28 or 2023-03; "" when not a date. */
function dateOf(year: string, month: string, day: string | undefined): string {
  const y = parseSmallNumber(year);
  const m = parseSmallNumber(month);
  if (day === undefined) return y > 1900 && m >= 1 && m <= 12 ? `${y}-${String(m).padStart(2, "0")}` : "";
  return isoDate(y, m, parseSmallNumber(day));
}

function isoDate(year: number, month: number, day: number): string {
  if (!(year > 1900 && month >= 1 && month <= 12 && day >= 1 && day <= 31)) return "";
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
