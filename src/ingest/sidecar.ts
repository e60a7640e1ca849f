/**
 * Sidecar corrections: an admin corrects what the document model inferred of a report without
 * editing the report. For `X.txt` (any type) an optional `X.txt.meta` next to it, in UTF-8 or GBK,
 * holds "key: value" lines (`#` starts a comment):
 *
 *   # 北京 2024 政府工作报告: the PDF text prints no date
 *   published: 2024-01
 *   place: 北京市
 *
 * Keys: title, genre, place, issuer, period, year, published (or their Chinese names, 标题 类型 地区
 * 发布单位 时期 年份 发布日期). Each value given overrides the inferred field; a bad line is a problem
 * (its line number and what to write instead) and the other lines still apply. Pure: bytes or text
 * in, corrections and problems out; reading the files is the caller's (search/index/build.ts).
 */
import { reportPlace } from "./document-model.ts";
import { decodeReportBytes } from "./read.ts";
import type { Genre, Report, ReportPlace } from "./types.ts";
import { halfWidthAlphanumeric } from "../zh/normalize.ts";
import { planYears, PLAN_PERIOD } from "../zh/plan-periods.ts";
import { lineage, placeMentions, placesNamed, qualifiedName, within, type Place } from "../zh/places.ts";

/** What follows a report's file name to name its sidecar: 合肥-2024.pdf → 合肥-2024.pdf.meta. */
export const SIDECAR_SUFFIX = ".meta";

/** A sidecar larger than this is not one (a report saved under the wrong name). */
export const MAX_SIDECAR_BYTES = 64 * 1024;

/** The fields a sidecar may set, in the order the table and the messages list them. */
export const SIDECAR_FIELDS = ["title", "genre", "place", "issuer", "period", "year", "published"] as const;
export type SidecarField = (typeof SIDECAR_FIELDS)[number];

export const GENRES: readonly Genre[] = ["工作报告", "统计公报", "预算决算", "自评督导", "规划", "其他"];

export interface SidecarCorrections {
  title?: string;
  genre?: Genre;
  place?: ReportPlace;
  issuer?: string;
  period?: { from: number; to: number };
  year?: number;
  /** ISO, as precise as given: 2025-03-28, 2025-03 or 2025. */
  published?: string;
}

export interface SidecarProblem {
  /** 1-based line of the sidecar; null for the file as a whole (undecodable, too large). */
  line: number | null;
  /** What is wrong and what to write instead. */
  message: string;
}

export interface ParsedSidecar {
  corrections: SidecarCorrections;
  problems: SidecarProblem[];
}

export function isSidecar(file: string): boolean {
  return file.toLowerCase().endsWith(SIDECAR_SUFFIX) && file.length > SIDECAR_SUFFIX.length;
}

/** The sidecar's name for a report: `dir/X.txt` → `dir/X.txt.meta`. */
export function sidecarOf(report: string): string {
  return report + SIDECAR_SUFFIX;
}

/** The report a sidecar corrects: `dir/X.txt.meta` → `dir/X.txt`. */
export function reportOfSidecar(sidecar: string): string {
  return sidecar.slice(0, -SIDECAR_SUFFIX.length);
}

/** A sidecar's bytes (UTF-8 with or without BOM, or GBK/GB18030) → corrections and problems. */
export function parseSidecar(bytes: Uint8Array): ParsedSidecar {
  if (bytes.length > MAX_SIDECAR_BYTES) return tooLargeSidecar(bytes.length);
  const decoded = decodeReportBytes(bytes);
  if ("error" in decoded) {
    // An empty sidecar corrects nothing and is no mistake.
    if (decoded.error.startsWith("empty")) return { corrections: {}, problems: [] };
    const message = decoded.error.startsWith("UTF-16") ? decoded.error : `${decoded.error}: a sidecar is UTF-8 (or GBK) text of "key: value" lines`;
    return { corrections: {}, problems: [{ line: null, message }] };
  }
  return parseSidecarText(decoded.text);
}

/** A sidecar over MAX_SIDECAR_BYTES (not read: a report saved under a sidecar's name). */
export function tooLargeSidecar(bytes: number): ParsedSidecar {
  return { corrections: {}, problems: [{ line: null, message: `too large for a sidecar (${bytes} bytes; a sidecar is a few "key: value" lines)` }] };
}

/** Chinese names of the keys, for admins who write them so. */
const KEY_ALIASES: Record<string, SidecarField> = {
  标题: "title",
  题目: "title",
  类型: "genre",
  文种: "genre",
  地区: "place",
  地方: "place",
  发布单位: "issuer",
  发布机关: "issuer",
  时期: "period",
  数据年份: "period",
  年份: "year",
  年度: "year",
  发布日期: "published",
  日期: "published",
};

/** Keys people write for a field, answered with the key to use. */
const KEY_HINTS: Record<string, SidecarField> = {
  date: "published",
  pubdate: "published",
  publication: "published",
  type: "genre",
  kind: "genre",
  city: "place",
  province: "place",
  county: "place",
  district: "place",
  region: "place",
  area: "place",
  publisher: "issuer",
  author: "issuer",
  years: "period",
};

const KEY_LIST = `${SIDECAR_FIELDS.join(", ")} (or ${Object.entries(KEY_ALIASES)
  .filter(([, field], i, all) => all.findIndex(([, f]) => f === field) === i)
  .map(([alias]) => alias)
  .join(" ")})`;

/** The parser of each field's value: the value, or what to write instead. */
type FieldParser<T> = (value: string) => { value: T } | { error: string };

const PARSERS: { [F in SidecarField]: FieldParser<NonNullable<SidecarCorrections[F]>> } = {
  title: (v) => ({ value: v }),
  issuer: (v) => ({ value: v }),
  genre: parseGenre,
  place: parsePlaceValue,
  period: parsePeriod,
  year: parseYear,
  published: parsePublished,
};

export function parseSidecarText(text: string): ParsedSidecar {
  const corrections: SidecarCorrections = {};
  const problems: SidecarProblem[] = [];
  const seen = new Map<SidecarField, number>();
  const lines = text.replace(/^\ufeff/, "").split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    // A comment: a line starting with #, or # after a space ("place: 合肥  # 安徽").
    const content = raw.replace(/(^|\s)#.*$/, "").trim();
    if (content === "") return;
    const colon = /[:：]/.exec(content);
    if (!colon) {
      const bare = /^(\S+)\s*(.*)$/.exec(content)!;
      const field = fieldOf(bare[1]!);
      const message = field
        ? `no colon after the key: write "${field}: ${bare[2] || "…"}"`
        : `"${content}" is not a "key: value" line: write e.g. "published: 2025-03-28" (keys: ${KEY_LIST})`;
      problems.push({ line, message });
      return;
    }
    const key = content.slice(0, colon.index).trim();
    const value = unquote(content.slice(colon.index + 1).trim());
    const field = fieldOf(key);
    if (!field) {
      const hint = KEY_HINTS[key.toLowerCase()];
      problems.push({ line, message: `unknown key "${key}": ${hint ? `write "${hint}: ${value || "…"}"` : `the keys are ${KEY_LIST}`}` });
      return;
    }
    if (value === "") {
      problems.push({ line, message: `${field} has no value: write ${EXAMPLES[field]}, or delete the line` });
      return;
    }
    const first = seen.get(field);
    if (first !== undefined) {
      problems.push({ line, message: `${field} is given again (first on line ${first}): this line is ignored; keep one of them` });
      return;
    }
    seen.set(field, line);
    const parsed = (PARSERS[field] as FieldParser<unknown>)(value);
    if ("error" in parsed) problems.push({ line, message: parsed.error });
    else (corrections as Record<SidecarField, unknown>)[field] = parsed.value;
  });
  if (problems.length > MAX_PROBLEMS) {
    const more = problems.length - MAX_PROBLEMS;
    problems.splice(MAX_PROBLEMS, more, {
      line: null,
      message: `${more} more lines like these: a sidecar holds a few "key: value" lines (is this one a report saved under a sidecar's name?)`,
    });
  }
  return { corrections, problems };
}

/** Problems listed at most per sidecar: past them it is not one (a report saved under its name). */
const MAX_PROBLEMS = 10;

/** How each field is written, for the messages. */
const EXAMPLES: Record<SidecarField, string> = {
  title: `the title as printed ("title: 2024年合肥市国民经济和社会发展统计公报")`,
  genre: `one of ${GENRES.join(" ")} ("genre: 统计公报")`,
  place: `a place the gazetteer knows ("place: 合肥市", "place: 上海市普陀区", "place: 全国")`,
  issuer: `the issuing body ("issuer: 合肥市统计局")`,
  period: `the years its figures describe ("period: 2024" or "period: 2021-2025")`,
  year: `the year the report speaks from ("year: 2025")`,
  published: `the publication date ("published: 2025-03-28", "2025-03" or "2025")`,
};

function fieldOf(key: string): SidecarField | null {
  const lower = key.toLowerCase();
  if ((SIDECAR_FIELDS as readonly string[]).includes(lower)) return lower as SidecarField;
  return KEY_ALIASES[key] ?? null;
}

function unquote(value: string): string {
  const m = /^(["'“‘「])(.*)(["'”’」])$/.exec(value);
  return m ? m[2]!.trim() : value;
}

const GENRE_ALIASES: Record<string, Genre> = {
  政府工作报告: "工作报告",
  公报: "统计公报",
  预算: "预算决算",
  决算: "预算决算",
  部门预算: "预算决算",
  部门决算: "预算决算",
  自评: "自评督导",
  自查自评: "自评督导",
  督导: "自评督导",
  督导评估: "自评督导",
  纲要: "规划",
  其它: "其他",
};

function parseGenre(value: string): { value: Genre } | { error: string } {
  const compact = value.replace(/[\s/／、]/g, "");
  if ((GENRES as readonly string[]).includes(compact)) return { value: compact as Genre };
  const alias = GENRE_ALIASES[compact];
  if (alias) return { value: alias };
  return { error: `genre "${value}" is not one of ${GENRES.join(" ")}: write one of them ("genre: 统计公报")` };
}

function parsePlaceValue(value: string): { value: ReportPlace } | { error: string } {
  const found = resolvePlace(value);
  return "place" in found ? { value: reportPlace(found.place) } : { error: found.error };
}

/**
 * A place as an admin names it → the one place of the gazetteer it is, or why not: 合肥, 合肥市,
 * 安徽合肥, 上海市普陀区, 全国. A name several places bear (普陀区, 吉林) is refused with them named.
 */
export function resolvePlace(name: string): { place: Place } | { error: string } {
  const text = name.replace(/\s+/g, "");
  const candidates = candidatePlaces(text);
  if (candidates.length === 1) return { place: candidates[0]! };
  if (candidates.length > 1) {
    const names = candidates.map(qualifiedName);
    return { error: `place "${name}" is more than one place (${names.join(", ")}): write the one you mean in full ("place: ${names[0]}")` };
  }
  return {
    error: `place "${name}" is not a place the gazetteer knows: write a province, city or county ("place: 合肥市", "place: 上海市普陀区"), or "place: 全国" for the country`,
  };
}

function candidatePlaces(text: string): Place[] {
  const named = placesNamed(text);
  if (named.length > 0) return named;
  const county = placesNamed(text, true);
  if (county.length > 0) return county;
  // A place with the places it lies in: 上海市普陀区, 安徽合肥, 浙江舟山普陀.
  for (const countyShortNames of [false, true]) {
    const mentions = placeMentions(text, countyShortNames);
    const covered = mentions.length > 1 && mentions.every((m, i) => m.start === (i === 0 ? 0 : mentions[i - 1]!.end)) && mentions.at(-1)!.end === text.length;
    if (!covered) continue;
    const inner = mentions.at(-1)!.places.filter((p) => mentions.slice(0, -1).every((m) => m.places.some((outer) => outer !== p && within(p, outer))));
    // Each outer name must be an ancestor, not the place itself said twice.
    const found = inner.filter((p) => lineage(p).length > 1);
    if (found.length > 0) return found;
  }
  return [];
}

const YEAR = "((?:19|20)\\d\\d)\\s*年?";

function parseYear(value: string): { value: number } | { error: string } {
  const m = new RegExp(`^${YEAR}$`).exec(halfWidthAlphanumeric(value));
  return m ? { value: Number(m[1]) } : { error: `year "${value}" is not a year: write it with four digits ("year: 2025")` };
}

function parsePeriod(value: string): { value: { from: number; to: number } } | { error: string } {
  const text = halfWidthAlphanumeric(value).replace(/\s+/g, "");
  const single = new RegExp(`^${YEAR}(?:度)?$`).exec(text);
  if (single) return { value: { from: Number(single[1]), to: Number(single[1]) } };
  const span = new RegExp(`^${YEAR}[-—–~～至到]+${YEAR}$`).exec(text);
  if (span) {
    const [from, to] = [Number(span[1]), Number(span[2])];
    if (from > to) return { error: `period "${value}" ends before it starts: write "period: ${to}-${from}"` };
    return { value: { from, to } };
  }
  // A five-year plan by name: 十四五 → 2021-2025.
  const plan = new RegExp(`^["“]?${PLAN_PERIOD.source}["”]?$`).exec(text);
  const years = plan?.[1] ? planYears(plan[1]) : null;
  if (years) return { value: { from: years[0], to: years[1] } };
  return { error: `period "${value}" is not a year or a span of years: write "period: 2024" or "period: 2021-2025"` };
}

function parsePublished(value: string): { value: string } | { error: string } {
  const text = halfWidthAlphanumeric(value).replace(/\s+/g, "");
  const m = /^((?:19|20)\d\d)(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?)?年?$/.exec(text);
  const error = { error: `published "${value}" is not a date: write it as 2025-03-28, 2025-03 or 2025` };
  if (!m) return error;
  const [year, month, day] = [Number(m[1]), m[2] === undefined ? null : Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  if (month === null) return { value: String(year) };
  if (month < 1 || month > 12) return error;
  const mm = String(month).padStart(2, "0");
  if (day === null) return { value: `${year}-${mm}` };
  // A real day of that month (Date rolls 2025-02-30 over into March).
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1) return error;
  return { value: `${year}-${mm}-${String(day).padStart(2, "0")}` };
}

/**
 * The report with the sidecar's fields in place of the inferred ones, and which fields it set. A
 * publication date given also becomes the report's date (which answers cite).
 */
export function applySidecar<R extends Report>(report: R, corrections: SidecarCorrections): { report: R; corrected: SidecarField[] } {
  const corrected = SIDECAR_FIELDS.filter((field) => corrections[field] !== undefined);
  if (corrected.length === 0) return { report, corrected };
  const out: R = { ...report, ...corrections };
  if (corrections.published !== undefined) out.date = corrections.published;
  return { report: out, corrected };
}
