/** The years a question asks: a year typed, since a year or a congress, N years before, the recent years, the years summed. */
import { isWord } from "../../zh/segment.ts";
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { COUNT_OF_YEARS, YEARS_COUNTED } from "../../zh/years.ts";
import { UNIT_ALTERNATION } from "../../zh/units.ts";

/**
 * "五年前", "10年前": a count of years back (not 年前 alone, before the new year), unless it is what the figure is
 * set against ("是十年前的几倍", "比五年前增加多少").
 */
export const YEARS_AGO = new RegExp(`(?<![\\d年是比较])(${COUNT_OF_YEARS})年前(?!的?几?倍)`);
/** A change set against N years before: "比五年前", "较十年前", "与五年前相比". */
export const COMPARED_WITH_YEARS_AGO = new RegExp(`(?:比|较|与)${YEARS_COUNTED}前`);

/**
 * The recent years as a span: 近五年, 最近三年, 过去五年, 五年来, 本届 (a government's term, five
 * years). Asked so, only a figure over several years answers, the latest first (until series
 * answer them year by year).
 */
export const RECENT_SPAN = new RegExp(
  `(?:近|最近|过去|这|那)(${COUNT_OF_YEARS})年(?:来|间|以来)?|(?<!\\d)(${COUNT_OF_YEARS})年(?:来(?!了)|以来)|本届(?:政府)?(?:以来)?`,
);

/**
 * A year asked, and the 到/截至 before it ("两基攻坚县到06年底达标几个"): left behind, jieba joins 到 to the word
 * before it (县到), a word no report prints. Not four digits of an amount typed with its unit ("个税起征点从2000元提到多少").
 */
export const DATA_YEAR = new RegExp(
  `(?:截至|截止到?|直到|到|至)?((?:19|20)\\d\\d)(?=\\s*年|(?![\\d.]|\\s*(?:${UNIT_ALTERNATION}|[万亿千]|多|余)))\\s*年?\\s*(?:底|末|初|全年)?`,
);
/** "1998年以来": since a year, to the time of the report that says so. */
export const SINCE_YEAR = /((?:19|20)\d\d)年以来/;
/** "十八大以来": since a Party congress, the years of the reviews after it; no word a sentence need print. */
export const SINCE_CONGRESS = /(?:党的)?(?:十[六七八九]|二十)大以来/;

/** A year's 初 that begins a word with what follows ("1957年初中在校生": 初中, not the year's start). */
export function beginsWordAfter(year: string, rest: string): boolean {
  return year.endsWith("初") && rest !== "" && isWord(`初${rest[0]}`);
}

export const TOTAL_WORDS = new RegExp(`${alternation("total-words")}|共(?=多少|几)`);
/** …but not a balance: "社保基金累计结余" stands at a year's end (年末累计结余3568.3亿元), summing no years. */
export const SPAN_WORDS = new RegExp(`(?:${anyOf("span-words")})(?!结余|结存)`);

/** A year (2023年, 今年) right before: 年度 after it says when. */
export const YEAR_BEFORE = /(?:\d{2,4}\s*年|[今去前本上当]年)\s*$/;
