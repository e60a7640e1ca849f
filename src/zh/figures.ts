import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from "./numerals.ts";
import { UNIT_ALTERNATION, UNIT_CLASS, type UnitClass } from "./units.ts";
import { blankNoteMarks } from "./note-marks.ts";
import { alternation } from "./word-classes.ts";
import { DIGIT_YEAR } from "./years.ts";

export type { UnitClass } from "./units.ts";

/**
 * Finding figures in a sentence: Arabic (1,361 / 95.62% / 6%-6.5%), Chinese (三千六百亿元,
 * 百分之七点五, 千分之六点一, traditional 二百十七萬噸), with magnitude (万/亿/万亿), unit and qualifiers
 * (近/约/超过…, …左右/以上/多/余). Ingest has already made full-width digits half-width and
 * joined spaced digits; this module only reads.
 */

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

const PREFIX = alternation("figure-prefixes");
const SUFFIX = alternation("figure-suffixes");
// 千 is a magnitude only when not the start of 千米/千克/千瓦.
const MAGNITUDE = "万亿|亿|万|千(?![米克瓦])|萬億|億|萬";
// A decimal point may be printed as a middle dot in older reports ("全年增长19·5%").
// A space may follow a thousands comma, as a page's layout leaves it ("支出完成3, 156,077万元").
const NUMBER = "\\d+(?:,\\d{3}|, \\d{3}(?!\\d))*(?:[.·・]\\d+)?";

/**
 * What joins the two ends of a range: "6.5%-7%", "3至5年", "提高了25%到40%" — but not a minus sign
 * after a space ("个人所得税3,506 3,395 -3.2%", a table's columns), nor 到 after 从/由
 * ends a change ("从25%到40%").
 */
const RANGE_JOINER = "(?:(?<=\\S)[-—–]|[-—–](?=\\s)|[~～至]|(?<![从由][^，,；;。]{0,12})到)";

const ARABIC = new RegExp(
  // "700万到800万吨": a range whose ends both print the magnitude (the same one) is one figure too.
  `(${PREFIX})?(${NUMBER})(?:\\s?(?:%|(?<lowMagnitude>${MAGNITUDE}))?\\s?${RANGE_JOINER}\\s?(${NUMBER})(?=\\s?\\k<lowMagnitude>))?(多|余|餘)?(?:\\s?(${MAGNITUDE}))?(?:(\\d)千)?(多|余|餘)?(?:(?<=亿\\d千(?:多|余|餘)?)万)?\\s?(${UNIT_ALTERNATION})?(${SUFFIX})?`,
  "gu",
);
const CN = `[${CHINESE_NUMERAL_CHARS}]+`;
const CHINESE = new RegExp(
  // "六千三百多万人": the magnitude may follow 多.
  `(${PREFIX})?(百分之|千分之)?(${CN})(?:(多|余|餘)([万萬亿億])?)?(${UNIT_ALTERNATION})?(${SUFFIX})?`,
  "gu",
);

/**
 * All figures in a sentence, in order. Years, dates, ordinals and codes are not figures; but an
 * ordinal asked (`ordinal`: the measure words it may print, "届" or "位|名") is: "办好第十五届全国运动会".
 */
export function extractFigures(printed: string, ordinal: string | null = null): FigureSpan[] {
  // Footnote marks ("（GDP）[2]13507.69亿元") are no figures: read as spaces, offsets unchanged.
  const sentence = blankNoteMarks(printed);
  const found: FigureSpan[] = [];
  for (const m of sentence.matchAll(ARABIC)) {
    const span = arabicFigure(sentence, m);
    if (span) found.push(span);
  }
  // Fractions first: "1/3以上" is no figure 1, "三分之一" no 三 (and 百分之 is read as a percentage below).
  for (const m of sentence.matchAll(FRACTION)) {
    const span = fractionFigure(m);
    if (span) found.splice(0, found.length, ...found.filter((f) => !(f.start < span.end && span.start < f.end)), span);
  }
  // A composition ("三次产业结构调整为6.6:46.8:46.6") is one figure, not three bare numbers.
  for (const m of sentence.matchAll(COMPOSITION)) {
    const span = compositionFigure(m);
    if (span) found.splice(0, found.length, ...found.filter((f) => !(f.start < span.end && span.start < f.end)), span);
  }
  for (const m of sentence.matchAll(CHINESE)) {
    const span = chineseFigure(sentence, m);
    if (span && !found.some((f) => f.start < span.end && span.start < f.end)) found.push(span);
  }
  for (const m of sentence.matchAll(YEARS_LASTED)) {
    const span = yearsLasted(m);
    if (span && !found.some((f) => f.start < span.end && span.start < f.end)) found.push(span);
  }
  // Years counted with a decimal point ("从13.5年提高到14年"): the sentence counts years, and the whole number the
  // change reaches counts them too.
  const countsYears = DECIMAL_YEARS.test(sentence);
  for (const m of countsYears ? sentence.matchAll(YEARS_COUNTED_IN) : []) {
    const start = m.index ?? 0;
    const span: FigureSpan = { text: m[0], value: Number(m[1] ?? m[2]), unit: "年", unitClass: "duration", qualifier: "", start, end: start + m[0].length };
    if (!found.some((f) => f.start < span.end && span.start < f.end)) found.push(span);
  }
  if (ordinal !== null)
    for (const span of ordinalFigures(sentence, ordinal)) if (!found.some((f) => f.start < span.end && span.start < f.end)) found.push(span);
  return found.sort((a, b) => a.start - b.start);
}

/** What an ordinal numbers: the words right after it, up to the next item or clause ("第十五届全国运动会和…": 全国运动会). */
export const ORDINAL_NUMBERS = /^[^、，,；;。和与及]*/;

/** The measure words of a ranking's place (第5位, 第四名), as an ordinal asked reads them (question/understand.ts). */
export const RANKING_MEASURES = "位|名";

/**
 * The name of a list of the top so many, a number before 强 with no unit ("中国民营企业500强", "全国百强县" is a word):
 * typed in a question it names the list, printed it is no figure of anything (强 after a unit is "a little over": 4%强).
 */
export const TOP_LIST_NAME = /\d+强/;

/** Whether an ordinal is a ranking's place, which ranks what its clause states rather than numbering what follows it. */
export function isRankingPlace(unit: string): boolean {
  return RANKING_MEASURES.split("|").includes(unit);
}

/** 第 and a number, in digits or Chinese, then one of the measure words asked: "第十五届", "第4次", "第2位". */
function ordinalFigures(sentence: string, measures: string): FigureSpan[] {
  const spans: FigureSpan[] = [];
  for (const m of sentence.matchAll(new RegExp(`第\\s*(\\d+|[${CHINESE_NUMERAL_CHARS}]+)\\s*(${measures})`, "gu"))) {
    const value = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (value === null || value <= 0) continue;
    const start = m.index ?? 0;
    spans.push({ text: m[0], value, unit: m[2]!, unitClass: "ordinal", qualifier: "", start, end: start + m[0].length });
  }
  return spans;
}

/**
 * How many years something lasted: "结束了66年的营业税征收历史", "实行了长达2600年的这个古老税种",
 * "调整了25年没有动过的…价格", "延续两千多年的农业税", "土地承包…再延长30年试点"; or takes, planned or done:
 * "原定5年取消农业税的目标，3年就可以实现". 年 is a unit only between these marks: elsewhere N年 is a year
 * (58年, 一九五八年) or a span (五年来, 十年间).
 */
const YEARS_LASTED = new RegExp(
  `(?<=延长)(${NUMBER}|[${CHINESE_NUMERAL_CHARS}]+)(多|余)?年|(?<=(?:了|长达|已经|已|延续|持续|历时|连续|原定|计划用|用)(?:长达)?)(${NUMBER}|[${CHINESE_NUMERAL_CHARS}]+)(多|余)?年(?=的|没|未|之久|[，,。；;]|(?:内|时间)?(?:就|基本|全面)?(?:取消|完成|实现|建成|解决|消除))|(?<=[，,])(${NUMBER}|[${CHINESE_NUMERAL_CHARS}]+)(多|余)?年(?=就)`,
  "gu",
);

/** A number of years with a decimal point ("平均受教育年限从10.23年提高到10.8年"): no calendar year has one (PM2.5年均 is no number of years). */
const DECIMAL_YEARS_SOURCE = String.raw`(?<![\dA-Za-z.])(\d{1,2}\.\d{1,2})年`;
const DECIMAL_YEARS = new RegExp(DECIMAL_YEARS_SOURCE);
/** In a sentence counting years so: each such number, and a whole one a change reaches ("提高到14年"). */
const YEARS_COUNTED_IN = new RegExp(String.raw`${DECIMAL_YEARS_SOURCE}|(?<=(?:到|至|达)\s*)(\d{1,2})年`, "g");

/** Right after a year's digits: 年, or the second year of a season and its 年 ("／2025年"). */
const SEASON_OR_YEAR_AFTER = /^\s*(?:[/／]\s*(?:19|20)\d\d\s*)?(?:年|学年)/;
/** A year in digits (1958), and Chinese digits read one by one (一九五八, 五八): calendar years. */
const CALENDAR_YEAR = new RegExp(`^${DIGIT_YEAR}$`);
const DIGIT_BY_DIGIT = /^[零〇○一二三四五六七八九]{2,}$/;

function yearsLasted(m: RegExpMatchArray): FigureSpan | null {
  const [all] = m;
  const numeral = m[1] ?? m[3] ?? m[5] ?? "";
  const many = m[2] ?? m[4] ?? m[6] ?? "";
  // A calendar year (1958年, 一九五八年, 五八年) lasts nothing.
  if (CALENDAR_YEAR.test(numeral) || DIGIT_BY_DIGIT.test(numeral)) return null;
  const value = /^\d/.test(numeral) ? Number(numeral.replace(/,/g, "")) : parseChineseNumeral(numeral);
  if (value === null || !Number.isFinite(value) || value < 2) return null;
  const start = m.index ?? 0;
  return { text: all, value, unit: "年", unitClass: "duration", qualifier: many, start, end: start + all.length };
}

/**
 * A fraction: "减少1/3以上", "将达到三分之一左右" (not a rate per 10,000: 14.3/10万, nor 百分之/千分之/万分之).
 * A share as a percentage (1/3 is 33.3%), printed as the report prints it.
 */
const FRACTION = new RegExp(
  `(${PREFIX})?(?:(?<![\\d.A-Za-z/])(\\d+)/(\\d+)(?![\\d.万千])|(?<![百千万])(?![百千万]分之)([${CHINESE_NUMERAL_CHARS}]+)分之([${CHINESE_NUMERAL_CHARS}]+))(${SUFFIX})?`,
  "gu",
);

/**
 * The shares of a whole printed with ratio signs or colons: "6.6:46.8:46.6", "9.9∶40.6∶49.5" (三次产业结构).
 * Three or four parts that add up to a hundred; a clock time or a score is no composition.
 */
const COMPOSITION = /(?<![\d.:：∶])\d{1,2}(?:\.\d+)?(?:\s?[∶:：]\s?\d{1,2}(?:\.\d+)?){2,3}(?![\d.]|\s?[∶:：]\s?\d)/g;
/** How far the parts of a composition may add up from a hundred, each part rounded as printed. */
const COMPOSITION_SUM_SLACK = 0.5;

function compositionFigure(m: RegExpMatchArray): FigureSpan | null {
  const parts = m[0].split(/\s?[∶:：]\s?/).map(Number);
  const sum = parts.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > COMPOSITION_SUM_SLACK) return null;
  const start = m.index ?? 0;
  return { text: m[0], value: parts[0]!, unit: "", unitClass: "percent", qualifier: "", start, end: start + m[0].length };
}

function fractionFigure(m: RegExpMatchArray): FigureSpan | null {
  const [all, prefix = "", num, den, cnDen, cnNum, suffix = ""] = m;
  const numerator = num !== undefined ? Number(num) : parseChineseNumeral(cnNum ?? "");
  const denominator = den !== undefined ? Number(den) : parseChineseNumeral(cnDen ?? "");
  if (!numerator || !denominator || numerator >= denominator) return null;
  // Two years joined by a slash are a season or a school year ("2023/2024学年"), no fraction.
  if (CALENDAR_YEAR.test(num ?? "") && CALENDAR_YEAR.test(den ?? "")) return null;
  const start = m.index ?? 0;
  return {
    text: all,
    value: Math.round((10000 * numerator) / denominator) / 100,
    unit: "%",
    unitClass: "percent",
    qualifier: prefix + suffix,
    start,
    end: start + all.length,
  };
}

/** After a bare number, the numbers of its run and the unit the last prints: "和0.7个百分点", "、0.7和1.5亿元". */
const SHARED_UNIT_AFTER = new RegExp(`^(?:[、和与及][\\d.]+)*[和与及][\\d.]+\\s?(${MAGNITUDE})?(${UNIT_ALTERNATION})`);

function arabicFigure(sentence: string, m: RegExpMatchArray): FigureSpan | null {
  let [all, prefix = "", num = "", , , many1 = "", magnitude = "", thousands, many2 = "", unit = "", suffix = ""] = m;
  const start = m.index ?? 0;
  const end = start + all.length;
  // "分别高4.2和0.7个百分点": a bare number takes the unit the last of its run prints.
  const shared = !unit && !magnitude ? SHARED_UNIT_AFTER.exec(sentence.slice(end)) : null;
  if (shared) [magnitude, unit] = [shared[1] ?? "", shared[2]!];
  const before = sentence.slice(Math.max(0, start - 1), start);
  const after = sentence.slice(end, end + 1);
  // Part of a code, a model name or a longer number: PM2.5, 5G, G20, 〔2020〕45号.
  // …but a measure's acronym of three letters or more, printed right before its figure with a unit, is the
  // measure's name: "地均GDP70.75亿元/平方公里", "CPI2%".
  const acronymBefore = /(?<![A-Za-z])[A-Z]{3,}$/.test(sentence.slice(Math.max(0, start - 8), start)) && (unit !== "" || magnitude !== "");
  if ((/[A-Za-z\d.]/.test(before) && !acronymBefore) || (!unit && !magnitude && /[A-Za-z]/.test(after))) return null;
  // The rest of a number whose thousands ran into the next one ("4,23510106个人所得税": 4,235 | 10106).
  if (/\d,$/.test(sentence.slice(Math.max(0, start - 2), start))) return null;
  if (before === "第" || before === "〔") return null;
  // A number printed with a leading zero ("00.00%" of a PDF's empty cell) is no figure a report states.
  if (/^0\d/.test(num)) return null;
  // A caption's number: "图1 2021-2025年周口市粮食总产量", "表2".
  if (/[图表]/.test(before) && !unit && !magnitude) return null;
  if (!unit && !magnitude) {
    // A bare number is a figure when punctuation follows it, or when it is counted
    // ("全市有181学校"); 2019年, 3月, 45号, 205款 are dates, codes and labels.
    const counted = /[有共达为计]$/.test(sentence.slice(Math.max(0, start - 1), start)) && !/[年月日号款条届次时期]/.test(after);
    if (/[\p{Script=Han}]/u.test(after) && !/\s$/.test(all) && !counted) return null;
    if (/^[年月日号時时期届次]/u.test(sentence.slice(end).trimStart()) && !/\s$/.test(all)) return null;
    // A list's number ("2.公务接待费", "3、…"), wherever a table printed as text leaves it ("…00.00%2.公务接待费"): a
    // whole number of a digit or two, not a value a run goes on after ("产业化水平指数达82.37、居全省第二位").
    if (/^[.．、]\p{Script=Han}/u.test(sentence.slice(end)) && LIST_NUMBER.test(num)) return null;
  }
  // A year, alone or the first of a season's two ("2024／2025年榨季", "2023/2024学年").
  if (!unit && !magnitude && /^(?:19|20)\d\d$/.test(num) && SEASON_OR_YEAR_AFTER.test(sentence.slice(end))) return null;
  // 度 (kilowatt-hours) only after 万 or 亿 ("4455亿度"): 10度 is a temperature or an angle.
  if (unit === "度" && !magnitude) return null;
  if (namesAgeGroup(sentence, unit, start + all.trimEnd().length)) return null;
  if ((unit || magnitude) && SIZE_CLASS.test(sentence.slice(start + all.trimEnd().length))) return null;
  const trimmedText = all.replace(/\s+$/, "");
  // 2万5千公里, 1亿3千多万: the thousands digit belongs to the 万 figure (of ten thousands to the 亿 figure).
  const value = Number(num.replace(/, ?/g, "").replace(/[·・]/, ".")) + (thousands && (magnitude === "万" || magnitude === "亿") ? Number(thousands) / 10 : 0);
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

/** A measure taken, right after the times it was ("四次下调", "五次降低"; not 三次产业). */
export const TIMES_ACTED = /^(?:下调|上调|调低|调高|降低|提高|降息|降准|加息)/;

/** After an amount, 级 makes it a class by size, no amount: "10万吨级集装箱航道", "千亿级产业集群", "百万千瓦级核电". */
const SIZE_CLASS = /^级/;

/** The number of a list's item: a whole number of one or two digits. */
const LIST_NUMBER = /^\d{1,2}$/;

/** The upper end of a percentage range in Chinese numerals: 至九, 至百分之九 (not 至二〇〇〇年). */
const PERCENT_RANGE_END = new RegExp(`^至(?:百分之)?[${CHINESE_NUMERAL_CHARS}]+(?![${CHINESE_NUMERAL_CHARS}年])`);

/** A unit whose first character is a numeral's (千瓦, 千克, 千米): a numeral ending in 千 may have eaten it. */
const UNIT_AFTER_THOUSAND = new RegExp(`^(?:${UNIT_ALTERNATION})`);

function chineseFigure(sentence: string, m: RegExpMatchArray): FigureSpan | null {
  let [all, prefix = "", percentOf, digits = "", many = "", magnitudeAfterMany = "", unit = "", suffix = ""] = m;
  // "一千九百五十万千瓦": the numeral took the 千 of 千瓦; give it back when a unit then follows.
  if (!unit && !percentOf && !many && !suffix && digits.length > 1 && digits.endsWith("千")) {
    const after = UNIT_AFTER_THOUSAND.exec(`千${sentence.slice((m.index ?? 0) + all.length)}`)?.[0];
    if (after?.startsWith("千") && after.length > 1) {
      digits = digits.slice(0, -1);
      unit = after;
      all = all.slice(0, -1) + after;
    }
  }
  const numeral = digits + magnitudeAfterMany;
  // "总人口…控制在十亿六千万左右。": a count in 万 or 亿 that ends its clause needs no unit (people, as the
  // clause's subject says); elsewhere a Chinese numeral without one is a word (一定, 十分, 千万).
  const endsClause = /^[，,。；;！]/.test(sentence.slice((m.index ?? 0) + all.length));
  // So is one of several digits before a magnitude, "some more" between them ("安排了四千二百多万城镇劳动力就业"):
  // no word is spelled so.
  const spelledCount = many !== "" && magnitudeAfterMany !== "" && digits.length >= 2;
  if (!percentOf && !unit && !((endsClause || spelledCount) && /[万萬亿億]/.test(numeral) && /^[一二两三四五六七八九十]/.test(numeral))) return null;
  // "调高到百分之八至九": a range, printed whole (its value is its low end, as for "6.5%至7%").
  if (percentOf && !many && !suffix) all += PERCENT_RANGE_END.exec(sentence.slice((m.index ?? 0) + all.length))?.[0] ?? "";
  const start = m.index ?? 0;
  // Inside a longer word: 十三五, 一五计划, 第一, 之一.
  const before = sentence.slice(Math.max(0, start - 1), start);
  if (!prefix && !percentOf && /[第之初]/.test(before)) return null;
  // "几十万个工业交通企业", "数百家": 几 and 数 before a bare 十/百/千/万 say "some", no figure.
  if (!prefix && /[几幾数數]/.test(before) && /^[十百千万萬亿億]/.test(numeral)) return null;
  // "近千公里", "逾百家": after a qualifier a bare 百 or 千 is a round figure.
  const value = parseChineseNumeral(prefix && /^[百千]$/.test(numeral) ? `一${numeral}` : numeral);
  if (value === null || value === 0) return null;
  const magnitudeAtEnd = /[万萬亿億]$/.test(numeral);
  // 度 (kilowatt-hours) only after 万 or 亿 ("三千六百二十亿度"): 一度 is "once".
  if (unit === "度" && !magnitudeAtEnd) return null;
  if (namesAgeGroup(sentence, unit, start + all.length)) return null;
  if (SIZE_CLASS.test(sentence.slice(start + all.length))) return null;
  if (!prefix && !percentOf && !ROUND_FIGURE_LEAD.test(before) && namesPerUnit(numeral, unit, sentence.slice(start + all.length))) return null;
  if (namesSizeClass(numeral, unit, sentence.slice(start + all.length))) return null;
  const cls: UnitClass = percentOf ? "percent" : (UNIT_CLASS.get(unit) ?? "none");
  // 一个, 两项, 三次 are words, not statistics; a Chinese figure needs size or a measure unit.
  // (But for the times a measure was taken, its verb right after: "四次下调存款准备金率", "1998年以来五次降低银行存贷款利率".)
  if (
    !percentOf &&
    !magnitudeAtEnd &&
    value < 10 &&
    (cls === "count" || cls === "duration") &&
    !(unit === "次" && TIMES_ACTED.test(sentence.slice(start + all.length)))
  )
    return null;
  const { shown, magnitude } = splitMagnitude(value, numeral);
  return {
    text: all,
    value: shown,
    // 千分之六点一 (a birth rate, a population's growth) is per thousand: 6.1‰.
    unit: percentOf === "千分之" ? "‰" : percentOf ? "%" : magnitude + unit,
    unitClass: cls,
    qualifier: prefix + many + suffix,
    start,
    end: start + all.length,
  };
}

/**
 * An age that runs on into a noun names a group, not a figure: 3岁以下婴幼儿, 65岁及以上老年人,
 * 六十岁的老人. An age figure ends its clause ("人均预期寿命提高到78.6岁，").
 */
function namesAgeGroup(sentence: string, unit: string, end: number): boolean {
  if (unit !== "岁") return false;
  const rest = sentence.slice(end).replace(/^(?:及?以[上下])?的?/, "");
  // "从75.2岁提升至76.8岁", "78岁和…": a verb or a connective goes on about the figure.
  return /^\p{Script=Han}/u.test(rest) && !AGE_GOES_ON.test(rest);
}
/** A verb or a connective that goes on about a figure before it ("从75.2岁提升至…", "78岁和…"). */
const GOES_ON = `${alternation("change-verbs", "increment-verbs", "change-to-verbs")}|[至到和与及或比为是]`;
const AGE_GOES_ON = new RegExp(`^(?:${GOES_ON})`);

/**
 * A round power of ten and its unit running on into a noun is the unit a rate is counted per, part of the metric's name:
 * "煤矿百万吨死亡率下降到0.086" (山西 2012), "每十万人口拥有医生", "千亿元产业集群". Not a step reached ("迈上百万吨台阶")
 * nor a figure a verb or a connective goes on about ("百万人次以上", "百万吨和…").
 */
function namesPerUnit(numeral: string, unit: string, rest: string): boolean {
  if (unit === "" || !ROUND_POWER_OF_TEN.test(numeral)) return false;
  return /^\p{Script=Han}/u.test(rest) && !STEP_OR_GOING_ON.test(rest);
}
/**
 * A round power of ten and its unit describing the noun after 的 names a class by size, no amount: "产值上千万元的项目"
 * (浙江 1988), "销售收入超百亿元的工业产业", "年产十万吨的造纸厂" (as 级 does: SIZE_CLASS).
 */
function namesSizeClass(numeral: string, unit: string, rest: string): boolean {
  return unit !== "" && ROUND_POWER_OF_TEN.test(numeral) && /^的\p{Script=Han}/u.test(rest);
}
/** A round power of ten in Chinese numerals: 十, 百万, 千亿. */
const ROUND_POWER_OF_TEN = /^[十百千万萬亿億]+$/;
/** Right before a round power of ten, a word that makes it a figure ("惠及上千万家庭", "数百万人口"). */
const ROUND_FIGURE_LEAD = /[上数近逾超约达]/;
/** After a round power of ten and its unit, what keeps it a figure: a step reached, a qualifier, 的, or GOES_ON. */
const STEP_OR_GOING_ON = new RegExp(`^(?:[的以左多余上]|新?台阶|大关|${GOES_ON})`);

function normaliseMagnitude(m: string): string {
  return m.replace("萬", "万").replace("億", "亿");
}

/** 七百六十六亿四千万 → 766.4 亿: show a Chinese figure in the largest magnitude it names. */
function splitMagnitude(value: number, numeral: string): { shown: number; magnitude: string } {
  // 六万万 (old texts) is 6亿.
  if (/[亿億]|[万萬]{2}/.test(numeral)) return { shown: round(value / 1e8), magnitude: "亿" };
  if (/[万萬]/.test(numeral)) return { shown: round(value / 1e4), magnitude: "万" };
  return { shown: value, magnitude: "" };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
