import { parseChineseYear, parseSmallNumber } from "../zh/numerals.ts";

/**
 * How questions name years, in one place for the readers of a question (understand.ts, request.ts,
 * follow-up.ts): a report named, a span of years, years relative to the corpus' present.
 */

/** 年来 as "for … years" (30年来): not 来了 "came", nor 来华, 来京, 来访, 来中国 ("82年来华旅游入境人数"). */
const SINCE = String.raw`来(?!了|华|京|访|中国)`;

/**
 * A year typed with two digits, as officials do: at the start of the question ("92年沿海港口货物
 * 吞吐量", "到97年有几个城市…", "截至19年…") or after a space, a comma or 里 ("十年规划里85年钢要到多少") ("59年报告里 58年中等学校学生"), or of a report named ("17年报告"),
 * and since one ("98年以来"); after a noun when what follows dates it ("公共预算支出24年决算多少",
 * "债务余额24年末", "一般公共预算支出25年多少", "农民人均纯收入82年比78年增加多少"), or between a name and a metric when it is of this
 * century ("黄石24年公共预算收入": 00–29 only, as 建国60年 is a count of years and 到80年 is read with
 * the sentence it dates); and a comparison's base ("59年水产品比57年多了多少", "54年钢产量是49年的几倍"). 40–99 are the 1900s, the rest the 2000s (LAST_CENTURY_FROM). Not a
 * count of years: "30年来", "五年间" are no year ("20年来了多少游客" is: 来了 is "came", as 来华, 来京 and 来访 are:
 * "82年来华旅游入境人数").
 */
const SHORT_YEAR = new RegExp(
  String.raw`(^|[^\d.])(\d{2})\s*年(?=(?:的)?\s*(?:政府工作)?报告)|(?:^|(?<=[\s，,；;：:里])|(?<=(?:^|[\s，,；;：:])(?:到|截至|截止到?)))(\d{2})\s*年(?![代间内]|${SINCE}|以(?!来))|(?<=[\u4e00-\u9fff])(?<![连续近超达满过了有约第多共计])(\d{2})\s*年(?=[末底初]|决算|预算|执行|完成|全年|[降增涨减]|下降|提高|同比|比(?:\d{2}\s*年|上年|去年)|是?多少|有多|[几咋怎]|[，,？?]|$)|(?<=[\u4e00-\u9fff])(?<![连续近超达满过了有约第多共计每历用隔比较])([0-2]\d)\s*年(?=[\u4e00-\u9fffA-Za-z])(?![代间内前后以多左中里]|${SINCE})|(?<=[比较是])(\d{2})\s*年(?![代间内]|${SINCE})`,
  "g",
);

/**
 * Two-digit years from this one on are the 1900s: 49年 is 1949 (the base the 1950s' reports compare with), while
 * 35年 is 2035 (远景目标) and 30年 2030.
 */
const LAST_CENTURY_FROM = 40;

/**
 * A span typed with two-digit years, opening the question or after a word: "98到02年建成…", "13-17年…", "78到82这五年…",
 * "国家用于普及教育的经费51到57年有多少".
 */
const SHORT_YEAR_RANGE =
  /(?:^|(?<=[\u4e00-\u9fff\s，,]))(\d{2})\s*年?\s*(?:到|至|-|—|–|~|～)\s*(\d{2})\s*(?:年(?![代])|(?=[这那]?[几两一二三四五六七八九十]+年|期间))/g;

/**
 * A year in Chinese digits: 一九五九年, 二〇〇八年, 二○二二年; or two of them opening the question (一六年新设…), or as a
 * comparison's base ("五三年工业总产值比五二年增长多少").
 */
const CHINESE_DIGIT_YEAR = /([零〇○一二三四五六七八九]{4})年|(?:^|(?<=[比较]))([零〇○一二三四五六七八九]{2})年(?![代来间内以前])/g;

/** A year typed with two digits right after a plan named: "一五计划57年烤烟产量", "六五计划85年出口总额" (its last year). */
const SHORT_YEAR_AFTER_PLAN = new RegExp(String.raw`(?<=[计规]划)(\d{2})\s*年(?![代间内]|${SINCE})`, "g");

/** Two years in a row, then their count: "1977、1978两年" is the span 1977到1978年. */
const YEARS_AND_COUNT = /((?:19|20)\d\d)\s*年?\s*[、和与及]\s*((?:19|20)\d\d)\s*年?\s*[这那]?(两|二)年/g;

/**
 * The year of the People's Republic's founding as spoken ("建国那年钢产量只有多少", "新中国成立时"): 1949, which the
 * reports print ("在中华人民共和国成立的这一年，即一九四九年").
 */
const FOUNDING_YEAR = /(?:新中国成立|中华人民共和国成立|建国|解放)(?:那年|那一年|当年|时|的时候)/g;
const FOUNDED = 1949;

/** The question with its years in Arabic digits and in full (92年 → 1992年, 一九五九年 → 1959年, 建国那年 → 1949年). */
export function fullYears(text: string): string {
  const full = (yy: number) => (yy >= LAST_CENTURY_FROM ? 1900 : 2000) + yy;
  return withYearsCounted(text.replace(FOUNDING_YEAR, `${FOUNDED}年`))
    .replace(SHORT_YEAR_RANGE, (_m, from: string, to: string) => `${full(Number(from))}到${full(Number(to))}年`)
    .replace(CHINESE_DIGIT_YEAR, (m, digits: string | undefined, short: string | undefined) => {
      const year = short !== undefined ? full(parseSmallNumber(short)) : parseChineseYear(digits!);
      return year === null || Number.isNaN(year) ? m : `${year}年`;
    })
    .replace(SHORT_YEAR_AFTER_PLAN, (_m, yy: string) => `${full(Number(yy))}年`)
    .replace(
      SHORT_YEAR,
      (
        _m,
        lead: string | undefined,
        inReport: string | undefined,
        atStart: string | undefined,
        afterNoun: string | undefined,
        beforeNoun: string | undefined,
        base: string | undefined,
      ) => (inReport !== undefined ? `${lead ?? ""}${full(Number(inReport))}年` : `${full(Number(atStart ?? afterNoun ?? beforeNoun ?? base))}年`),
    );
}

/** "2019年报告", "2019年政府工作报告": only that report answers. */
const REPORT_YEAR = /((?:19|20)\d\d)\s*年?\s*(?:的)?\s*(?:政府工作)?(?:报告|工作报告)/;
/** "2015年杭州政府工作报告", "2008年广西壮族自治区人民政府工作报告": a report named with its place between. */
const REPORT_YEAR_AROUND_NAME = /((?:19|20)\d\d)\s*年\s*(?:的)?\s*(\p{Script=Han}{2,12}?)(?:人民)?政府工作报告/u;
/** "1993年定的", "1978年提出的": the year a target was set in (reportNamed). */
const YEAR_SET_IN = /((?:19|20)\d\d)\s*年\s*(?:定|提出|确定|制定)的/;
const LATER_YEAR = /((?:19|20)\d\d)\s*年/;

/**
 * The report a question names, and the words naming it: "2019年报告"; or the year a target was set in, before a later
 * year it is for ("1993年定的1997年钢产量目标": gwr-1993's "1997年钢产量达到9400万吨"), not before an earlier one, a
 * base ("2011年定的新扶贫标准比09年提高了百分之几" is told in gwr-2012).
 */
export function reportNamed(text: string): { year: number; words: string; kept?: string } | null {
  const report = REPORT_YEAR.exec(text);
  if (report) return { year: Number(report[1]), words: report[0] };
  // "2008年广西政府工作报告 去年城镇登记失业率": the place named between is kept, for the place asked.
  const ofPlace = REPORT_YEAR_AROUND_NAME.exec(text);
  if (ofPlace) return { year: Number(ofPlace[1]), words: ofPlace[0], kept: ofPlace[2]! };
  const set = YEAR_SET_IN.exec(text);
  const later = set ? LATER_YEAR.exec(text.slice(set.index + set[0].length)) : null;
  return set && later && Number(later[1]) > Number(set[1]) ? { year: Number(set[1]), words: set[0] } : null;
}
/** "2015到2020年", "从2005至2011年间": a span of years, its first and last. */
export const YEAR_RANGE = /(?:从|自)?((?:19|20)\d\d)\s*年?\s*(?:到|至|-|—|–|~|～)\s*((?:19|20)\d\d)\s*年?(?:间|期间)?/;
/** Years said relative to the corpus' present (its latest report's year): the offset of each word. */
export const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 上一年: -1, 前年: -2 };
/** A relative year word, but not a comparison base ("比上年减少多少" asks a change, not last year's figure). */
export const RELATIVE_YEAR = new RegExp(
  // (比 of 占比, 比重 is no comparison: "普惠托位占比今年提到多少".)
  `(?<!(?<!占)[比较])(?:${Object.keys(RELATIVE_YEARS)
    .sort((a, b) => b.length - a.length)
    .join("|")})`,
);

function withYearsCounted(text: string): string {
  return text.replace(YEARS_AND_COUNT, (m, from: string, to: string) => (Number(to) - Number(from) === 1 ? `${from}到${to}年` : m));
}
