/**
 * Years as reports print them: 2019年, 二〇一九年 (○ often stands for 〇: 一九八○年), and the
 * years said relative to the report's own (今年, 去年, 明年). One definition for every reader.
 */
import { parseChineseNumeral, parseChineseYear } from "./numerals.ts";
import { anyOf } from "./word-classes.ts";

/** A year of the last two centuries in digits (1954, 2025): what titles, tables and section headings print. */
export const DIGIT_YEAR = "(?:19|20)\\d\\d";
/** The same, printed as a year (2025年, "2025 年"), its digits captured. */
export const DIGIT_YEAR_PRINTED = new RegExp(`(${DIGIT_YEAR})\\s*年`);
/** Four Chinese digits of a year: 一九五九, 二〇二〇, 一九八○. */
export const CHINESE_YEAR_DIGITS = "[零〇○一二三四五六七八九]{4}";
/** A year as printed, without 年: 2019 or 二〇一九 (regex source). */
export const YEAR_NUMBER = `(?:\\d{4}|${CHINESE_YEAR_DIGITS})`;

/** A day or a month as printed: 5, 05, 十二 (regex source, captured). */
export const DAY_OR_MONTH = "([0-9]{1,2}|[一二三四五六七八九十]{1,3})";
/**
 * A date alone on a line, in brackets perhaps: "2020年11月26日", "二〇二〇年十一月二十六日", "2023年3月",
 * "2026年02月10日 07时41分", "（2026年5月8日）" under a bulletin's title, "（2007年1月26日 秦光荣）" with the speaker's name
 * under a work report's (云南 2007). Year, month, day captured.
 * A date printed with dashes ("2026-02-04 07:19:08", under a news page's headline) is read as
 * this once written with 年月日 (asWrittenDate).
 */
export const DATE_ALONE = new RegExp(
  `^\\s*[（(]?\\s*([0-9]{4}|${CHINESE_YEAR_DIGITS})\\s*年\\s*${DAY_OR_MONTH}\\s*月(?:\\s*${DAY_OR_MONTH}\\s*日)?(?:\\s*\\d{1,2}\\s*[时:]\\s*\\d{1,2}\\s*分?(?:\\s*:?\\s*\\d{1,2}\\s*秒?)?)?(?:[\\s\\u3000]*[\\u4e00-\\u9fff](?:[\\s\\u3000]?[\\u4e00-\\u9fff]){1,3})?\\s*[）)]?\\s*$`,
);

/** A line opening with a date in dashes or slashes ("2026-02-04 07:19:08"), written with 年月日 instead; else the line. */
export function asWrittenDate(line: string): string {
  return line.replace(/^(\s*)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, "$1$2年$3月$4日");
}

/** Every printed year with its 年 (2019年, 二〇一九年), for blanking years out of a clause. */
export const PRINTED_YEARS = new RegExp(`${YEAR_NUMBER}年`, "g");

/**
 * A question asking where things stood at a year's end ("到1997年底多少个城市建立了…", "截至去年末"): a stock, which a
 * review's count over years ending that year states too ("五年来…300多个城市建立了居民最低生活保障制度", gwr-1998).
 */
export const AT_YEAR_END_ASKED = new RegExp(`(?:到|至|截至|截止到?)\\s*(?:${YEAR_NUMBER}|\\d{2}|今|去|前)年\\s*[底末]`);

/** Time words a clause may open with before its subject ("全年粮食播种面积…", "年末全市…"), as an alternation. */
export const CLAUSE_TIME_WORDS = "全年|年末|年底|今年|去年";

/**
 * A year named in a text: "2019年" (not 年代), or a word relative to the report's year (not 年度).
 * 本年 before a budget's item names the item ("2025年，预计…本年收支结余32.3亿元"), no year.
 */
const YEAR_EXPR = new RegExp(
  `((?:19|20)\\d\\d|${CHINESE_YEAR_DIGITS})年(?!代)|(今年|本年(?!收支|结余|结转|收入|支出|合计)|去年|过去一年|上一年|明年)(?!度)`,
  "g",
);

/** After a year, the prices a figure is counted in: 不变价, 可比价, 价格. */
const PRICE_BASE = /^(?:不变价|可比价|价格)/;

/** After 从 and a year, a noun then 中: the year names where something is drawn from ("从去年超收收入中"). */
const SOURCE_FRAME = /^\p{Script=Han}{1,10}中/u;

/** What may stand before a year that opens its clause ("截至2020年，…"). */
/** A year's count cited as the source of what follows: "据一九五二年的统计，", "根据2019年调查，". */
const STATISTICS_OF_YEAR_LEAD = /^(?:据|根据)$/;
const STATISTICS_OF_YEAR = /^的?(?:统计|调查|普查)[，,：:]/;
const TOPIC_LEAD = new RegExp(`^${anyOf("topic-year-leads")}?$`);

/**
 * After 在 and a year, the rest of the clause ending in 基础上 or 情况下: the year names a base built on
 * ("固定资产投资在2022年完成1708亿元高基数的情况下，全年完成1870亿元").
 */
const BASE_FRAME = /^[^，,；;。]{0,30}(?:基础上|情况下)/;

/** After a year, a month (and day) then an event's verb: 十一月召开的, 3月5日通过. */
const EVENT_DATE = new RegExp(`^(?:[\\d一二三四五六七八九十]{1,3}月(?:[\\d一二三四五六七八九十]{1,3}日)?)?(?:${anyOf("event-verbs")})`);

export interface YearMention {
  at: number;
  year: number;
  /** The year opens its clause, so it is the topic of what follows. */
  topic: boolean;
}

/** 的 and a figure (digits or a Chinese numeral) right after a year: the year's own figure. */
const BASE_FIGURE_AFTER = /^的[\d０-９零〇一二两三四五六七八九十百千万亿]/;

export function yearMentions(text: string, reportYear: number | null): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR_EXPR)) {
    const at = m.index ?? 0;
    const year = mentionedYear(m, reportYear);
    // "从2004年…提高到现在": a year followed by 到/至 opens a span; so does 2016—2020年.
    const before = text.slice(0, at);
    // 比2002年增长…, 较上年…: a comparison base, not the year the figures are about — except the
    // base's own figure right after it ("比一九五八年的三亿八千万吨增长百分之三十六": 1958's).
    if (year === null || /\d$/.test(before)) continue;
    const after = text.slice(at).replace(/^[^年]*年/, "");
    if (/[比较]$/.test(before) && !BASE_FIGURE_AFTER.test(after)) continue;
    // "从1952年到1956年": a span, about its last year.
    const previous = out.at(-1);
    if (previous && /^年?(到|至|—|-|～)$/.test(text.slice(previous.at + 4, at))) {
      out[out.length - 1] = { at, year, topic: previous.topic };
      continue;
    }
    // A year that opens its clause ("2000年，…", "截至2020年…") is the topic of what follows;
    // one inside a phrase ("是2010年的2.2倍") is not.
    const clauseLead = before.slice(before.search(/[^，,；;：:。]*$/));
    // "2300元（2010年不变价）", "按2000年价格计算": the year of the prices, not of the figure.
    if (PRICE_BASE.test(after)) continue;
    // "从去年超收收入中安排500亿元": the year of the money drawn on, not of what is done with it.
    if (/从$/.test(before) && SOURCE_FRAME.test(after)) continue;
    // "在一九五八年十一月召开的…会议上": the date of an event, not what the figures are about.
    // "2013年以来新增的…": since a year named, not about it ("今年以来" is this year so far).
    const since = m[1] !== undefined && after.startsWith("以来");
    // "在2023年国家考评第三的好成绩基础上，全力…": the base built on, not the topic of what follows.
    // "从2020年3847亿元，三年跨越两个千亿大关": a span's starting level, not the topic of what follows
    // ("从2002年1月1日起" is a date, and is).
    const base = (/在$/.test(before) && BASE_FRAME.test(after)) || (/[从由]$/.test(before) && /^[\d０-９]/.test(after) && !/^[\d０-９]{1,2}月/.test(after));
    // "据一九五二年的统计，沿海各省的工业产值占…百分之七十以上" (gwr-1955): the year a count was taken in is the
    // year of what it counts.
    const counted = STATISTICS_OF_YEAR_LEAD.test(clauseLead) && STATISTICS_OF_YEAR.test(after);
    out.push({ at, year, topic: counted || (TOPIC_LEAD.test(clauseLead) && !after.startsWith("的") && !since && !base && !EVENT_DATE.test(after)) });
  }
  return out;
}

/**
 * Every year a text names, read as yearMentions reads them, but keeping comparison bases and both
 * ends of spans: a superset of the years any fact of the text can be given.
 */
export function yearsNamed(text: string, reportYear: number | null): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR_EXPR)) {
    const year = mentionedYear(m, reportYear);
    if (year !== null) out.push(year);
  }
  return out;
}

/** The year a match of YEAR_EXPR names: as written, or relative to the report's (今年, 去年, 明年). */
function mentionedYear(m: RegExpMatchArray, reportYear: number | null): number | null {
  if (m[1]) return /^\d/.test(m[1]) ? Number(m[1]) : parseChineseYear(m[1]);
  if (reportYear === null) return null;
  const word = m[2];
  return word === "今年" || word === "本年" ? reportYear : word === "明年" ? reportYear + 1 : reportYear - 1;
}

/** The usual span of a review or a plan: a government's term, a five-year plan (本届, 十三五, 年均 without a count). */
export const USUAL_SPAN_YEARS = 5;
/** Before an old level of 由A增加到B, its own year printed right before it: "从2002年1288亿元", "由2007年的16920元". */
export const OLD_LEVEL_DATED = new RegExp(`(?:从|由)${YEAR_NUMBER}年(?:底|末)?的?$`);
/** The government's term, as a review names it (回望本届政府的奋斗路): USUAL_SPAN_YEARS long. */
export const TERM_OF_GOVERNMENT = "本届政府";

/** The longest span of years a question asks (近三十年): a longer count is no span asked. */
const LONGEST_ASKED_SPAN = 30;
/** The longest span a report reviews ("70年来", since the founding): its figures are that span's, not a year's. */
export const LONGEST_PRINTED_SPAN = 100;

/** 五 → 5, 两 → 2, 10 → 10: a count of years (2 to `longest`); null when not one. */
export function yearCount(count: string, longest = LONGEST_ASKED_SPAN): number | null {
  const n = /^\d+$/.test(count) ? Number(count) : parseChineseNumeral(count.replace("两", "二"));
  return n !== null && n >= 2 && n <= longest ? n : null;
}

/** A count of years as printed (五年, 两年, 10年), regex source: "五年累计", "五年淘汰…". */
/** A count of years as typed or printed, in digits or Chinese numerals (五, 两, 10): a regex source. */
export const COUNT_OF_YEARS = "[两二三四五六七八九十\\d]{1,2}";
export const YEARS_COUNTED = `${COUNT_OF_YEARS}年`;
/** The years to come, counted: 今后五年, 未来三年. */
export const YEARS_AHEAD = new RegExp(`(?:今后|未来)${YEARS_COUNTED}`);
/** A plan's horizon: within N years ("三年内", "5年内"), the N years to come ("今后五年", "未来五年"). */
export const PLAN_HORIZON = new RegExp(`(?<![\\d〇零一二三四五六七八九十])${YEARS_COUNTED}内|${YEARS_AHEAD.source}`);

// 年中 only after a count in Chinese digits: "四年中" is a span, "2023年中央…" is not.
const SPAN_NAMED = new RegExp(
  `(?:近|最近|过去|这)(${COUNT_OF_YEARS})年|(${COUNT_OF_YEARS})年(?:来|间|以来|累计)|(?<![\\d〇零一二三四五六七八九])([两二三四五六七八九十]{1,2})年中(?![央国期])`,
);

/** How many years a text says its figures span ("近三年", "五年来", "三年累计"), or null when it names no count. */
export function spanNamed(text: string): number | null {
  const m = SPAN_NAMED.exec(text);
  return m ? yearCount(m[1] ?? m[2] ?? m[3] ?? "", LONGEST_PRINTED_SPAN) : null;
}

/** A year in Chinese digits, as the older reports print it: 1998 → 一九九八. */
export function chineseYearDigits(year: number): string {
  return [...String(year)].map((d) => "〇一二三四五六七八九"[Number(d)]).join("");
}

/** A sentence opening with the years it speaks of: "从一九七四年到一九七六年，", "从2003年到2006年年均超收…". */
const OPENING_SPAN = new RegExp(`^\\s*(?:从|由)(${YEAR_NUMBER})年(?:到|至)(${YEAR_NUMBER})年`);

/** The span of years a sentence opens with, first and last, or null. */
export function openingSpan(sentence: string): [number, number] | null {
  const m = OPENING_SPAN.exec(sentence);
  if (!m) return null;
  const [from, to] = [m[1]!, m[2]!].map((y) => (/^\d/.test(y) ? Number(y) : parseChineseYear(y)));
  return from && to ? [from, to] : null;
}
