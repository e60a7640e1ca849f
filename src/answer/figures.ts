import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./chinese-numerals.ts";

/**
 * Finding figures in a sentence: Arabic (1,361 / 95.62% / 6%-6.5%), Chinese (三千六百亿元,
 * 百分之七点五, traditional 二百十七萬噸), with magnitude (万/亿/万亿), unit and qualifiers
 * (近/约/超过…, …左右/以上/多/余). Ingest has already made full-width digits half-width and
 * joined spaced digits; this module only reads.
 */

export type UnitClass =
  | "percent" | "points" | "money" | "people" | "person-times" | "count"
  | "mass" | "length" | "area" | "energy" | "times" | "age" | "duration" | "none";

export interface FigureSpan {
  /** As printed, qualifiers included: "近20亿元", "4.8%左右". */
  text: string;
  value: number;
  /** Magnitude and unit as printed: "亿元", "%", "万人"; "" for a bare number. */
  unit: string;
  unitClass: UnitClass;
  /** Qualifier words, prefix and suffix joined: "近", "左右", "超过", "多". */
  qualifier: string;
  /** Offsets of `text` in the sentence. */
  start: number;
  end: number;
}

/** Base units, longest first so that 个百分点 wins over 个 and 平方公里 over 公里. */
const UNIT_CLASSES: Array<[string, UnitClass]> = [
  ["个百分点", "points"], ["百分点", "points"],
  ["平方公里", "area"], ["平方米", "area"], ["公顷", "area"], ["亩", "area"], ["畝", "area"],
  ["千瓦时", "energy"], ["千瓦", "none"], ["立方米", "none"], ["度", "energy"],
  ["人民币", "money"], ["美元", "money"], ["欧元", "money"], ["港元", "money"], ["元", "money"],
  ["人次", "person-times"], ["人", "people"], ["名", "people"], ["位", "people"],
  ["公里", "length"], ["千米", "length"], ["米", "length"],
  ["公斤", "mass"], ["千克", "mass"], ["吨", "mass"], ["噸", "mass"], ["斤", "mass"], ["担", "mass"], ["擔", "mass"],
  ["个月", "duration"], ["小时", "duration"], ["天", "duration"],
  ["户", "count"], ["所", "count"], ["个", "count"], ["個", "count"], ["项", "count"], ["項", "count"],
  ["家", "count"], ["座", "count"], ["台", "count"], ["辆", "count"], ["輛", "count"], ["套", "count"],
  ["间", "count"], ["件", "count"], ["条", "count"], ["张", "count"], ["部", "count"], ["批", "count"],
  ["处", "count"], ["只", "count"], ["头", "count"], ["篇", "count"], ["种", "count"], ["次", "count"],
  ["艘", "count"], ["架", "count"], ["册", "count"], ["匹", "count"],
  ["岁", "age"], ["倍", "times"], ["%", "percent"], ["‰", "percent"],
];
const UNIT_CLASS = new Map(UNIT_CLASSES);
const UNIT_ALT = UNIT_CLASSES.map(([u]) => escape(u)).join("|");

const PREFIX = "近|约|大约|超过|超|逾|不到|不足|不低于|不少于|不超过|接近|将近|高达|多达|突破";
const SUFFIX = "左右|以上|以下|以内|多|余|餘|强";
// 千 is a magnitude only when not the start of 千米/千克/千瓦.
const MAGNITUDE = "万亿|亿|万|千(?![米克瓦])|萬億|億|萬";
const NUMBER = "\\d+(?:,\\d{3})*(?:\\.\\d+)?";

const ARABIC = new RegExp(
  `(${PREFIX})?(${NUMBER})(?:\\s?%?\\s?[-—–~～至]\\s?(${NUMBER}))?(多|余|餘)?(${MAGNITUDE})?(?:(\\d)千)?(多|余|餘)?\\s?(${UNIT_ALT})?(${SUFFIX})?`,
  "gu",
);
const CN = `[${CHINESE_NUMERAL_CHARS}]+`;
const CHINESE = new RegExp(
  // "六千三百多万人": the magnitude may follow 多.
  `(${PREFIX})?(百分之)?(${CN})(?:(多|余|餘)([万萬亿億])?)?(${UNIT_ALT})?(${SUFFIX})?`,
  "gu",
);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function unitClassOf(unit: string): UnitClass {
  const base = unit.replace(/^(万亿|亿|万|千|萬億|億|萬)/, "");
  if (!base) return unit ? "count" : "none";
  return UNIT_CLASS.get(base) ?? "none";
}

/** All figures in a sentence, in order. Years, dates, ordinals and codes are not figures. */
export function extractFigures(sentence: string): FigureSpan[] {
  const found: FigureSpan[] = [];
  for (const m of sentence.matchAll(ARABIC)) {
    const span = arabicFigure(sentence, m);
    if (span) found.push(span);
  }
  for (const m of sentence.matchAll(CHINESE)) {
    const span = chineseFigure(sentence, m);
    if (span && !found.some((f) => f.start < span.end && span.start < f.end)) found.push(span);
  }
  return found.sort((a, b) => a.start - b.start);
}

function arabicFigure(sentence: string, m: RegExpMatchArray): FigureSpan | null {
  const [all, prefix = "", num = "", , many1 = "", magnitude = "", thousands, many2 = "", unit = "", suffix = ""] = m;
  const start = m.index ?? 0;
  const end = start + all.length;
  const before = sentence.slice(Math.max(0, start - 1), start);
  const after = sentence.slice(end, end + 1);
  // Part of a code, a model name or a longer number: PM2.5, 5G, G20, 〔2020〕45号.
  if (/[A-Za-z\d.]/.test(before) || (!unit && !magnitude && /[A-Za-z]/.test(after))) return null;
  if (before === "第" || before === "〔") return null;
  if (!unit && !magnitude) {
    // A bare number is a figure when punctuation follows it, or when it is counted
    // ("全市有181学校"); 2019年, 3月, 45号, 205款 are dates, codes and labels.
    const counted = /[有共达为计]$/.test(sentence.slice(Math.max(0, start - 1), start)) && !/[年月日号款条届次时期]/.test(after);
    if (/[\p{Script=Han}]/u.test(after) && !/\s$/.test(all) && !counted) return null;
    if (/^[年月日号時时期届次]/u.test(sentence.slice(end).trimStart()) && !/\s$/.test(all)) return null;
  }
  if (!unit && !magnitude && /^(?:19|20)\d\d$/.test(num) && /^\s*年/.test(sentence.slice(end))) return null;
  // 度 (kilowatt-hours) only after 万 or 亿 ("4455亿度"): 10度 is a temperature or an angle.
  if (unit === "度" && !magnitude) return null;
  const trimmedText = all.replace(/\s+$/, "");
  // 2万5千公里: the thousands digit belongs to the 万 figure.
  const value = Number(num.replace(/,/g, "")) + (thousands && magnitude === "万" ? Number(thousands) / 10 : 0);
  if (!Number.isFinite(value)) return null;
  const printedUnit = normaliseMagnitude(magnitude) + unit;
  return {
    text: trimmedText,
    value,
    unit: printedUnit,
    unitClass: unit ? (UNIT_CLASS.get(unit) ?? "none") : magnitude ? "count" : "none",
    qualifier: prefix + many1 + many2 + suffix,
    start,
    end: start + trimmedText.length,
  };
}

function chineseFigure(sentence: string, m: RegExpMatchArray): FigureSpan | null {
  const [all, prefix = "", percentOf, digits = "", many = "", magnitudeAfterMany = "", unit = "", suffix = ""] = m;
  const numeral = digits + magnitudeAfterMany;
  if (!percentOf && !unit) return null;
  const start = m.index ?? 0;
  // Inside a longer word: 十三五, 一五计划, 第一, 之一.
  const before = sentence.slice(Math.max(0, start - 1), start);
  if (!prefix && !percentOf && /[第之初]/.test(before)) return null;
  const value = parseChineseNumeral(numeral);
  if (value === null || value === 0) return null;
  const magnitudeAtEnd = /[万萬亿億]$/.test(numeral);
  // 度 (kilowatt-hours) only after 万 or 亿 ("三千六百二十亿度"): 一度 is "once".
  if (unit === "度" && !magnitudeAtEnd) return null;
  const cls: UnitClass = percentOf ? "percent" : (UNIT_CLASS.get(unit) ?? "none");
  // 一个, 两项, 三次 are words, not statistics; a Chinese figure needs size or a measure unit.
  if (!percentOf && !magnitudeAtEnd && value < 10 && (cls === "count" || cls === "duration")) return null;
  const { shown, magnitude } = splitMagnitude(value, numeral);
  return {
    text: all,
    value: shown,
    unit: percentOf ? "%" : magnitude + unit,
    unitClass: cls,
    qualifier: prefix + many + suffix,
    start,
    end: start + all.length,
  };
}

function normaliseMagnitude(m: string): string {
  return m.replace("萬", "万").replace("億", "亿");
}

/** 七百六十六亿四千万 → 766.4 亿: show a Chinese figure in the largest magnitude it names. */
function splitMagnitude(value: number, numeral: string): { shown: number; magnitude: string } {
  if (/[亿億]/.test(numeral)) return { shown: round(value / 1e8), magnitude: "亿" };
  if (/[万萬]/.test(numeral)) return { shown: round(value / 1e4), magnitude: "万" };
  return { shown: value, magnitude: "" };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
