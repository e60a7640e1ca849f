/**
 * How a change is said, defined once for the question (question/understand.ts) and for the text
 * around a figure (answer/acceptance.ts, answer/figure-period.ts): a change verb followed by 到,
 * 至 or 为 gives the level reached ("下降到6%", "提高至", "减为"); without them it gives the change
 * ("下降6%"). The verbs are word classes (data/word-classes.txt); this is the grammar around them.
 */
import { alternation, anyOf } from "./word-classes.ts";
import { CHINESE_YEAR_DIGITS, DIGIT_YEAR } from "./years.ts";
import { parseChineseYear } from "./numerals.ts";
import { HOW_MANY_WORD } from "./asking.ts";

/** What follows a change verb when the figure after it is the level reached. */
export const LEVEL_MARK = "(?:到|至|为)";
/** A verb that says a level was reached, as a regex source: 达到, 增至, 提高到 ("新增…48户、达到339户"). */
export const REACHED_VERB = "(?:达到|达|增至|增加到|增长到|提高到|提升到|升至)";

/** A change verb saying a change, not a level reached: "分别实际增长58.3%", not "下降到6%". */
export const CHANGE_NOT_TO_LEVEL = new RegExp(`${anyOf("change-verbs")}(?!${LEVEL_MARK})`);

/** A change verb saying a level reached, as printed or typed: 提高到, 降至, 减为; 提到, 涨到, 扩到. */
export const CHANGE_TO_LEVEL = new RegExp(`(?:${anyOf(["change-verbs", "change-to-verbs"])}|提|涨|扩)${LEVEL_MARK}`);

/** Right before a figure, a change verb and its level mark: "…从50元提高到84元", "…调整为134.77亿元". */
export const LEVEL_REACHED_BEFORE = new RegExp(`(?:${CHANGE_TO_LEVEL.source})\\s*$`);

/**
 * The level after a change, as typed: 调整后, 修订后, 核实后 ("…总收入调整后多少"), or the level a change reaches
 * ("97年企业集团试点扩到多少户": "国家已经组织了57户企业集团试点，今年要扩大到120户").
 */
export const AFTER_A_CHANGE_ASKED =
  /(?:调整|修订|修正|核实|核定|变更|增加|提高)后|(?:扩|扩大|增加|提高|提升|上升|下降|降低|减少|压减|降|减|升|增)(?:到|至)了?(?:多少|几)/;

/** Right before a figure, the level a clause reaches: "…累计达到", "…提高到", "…为". */
export const REACHES_BEFORE_FIGURE = new RegExp(`(?:${LEVEL_MARK}|达)\\s*$`);

/**
 * What marks the year after it as a comparison's base. As typed: 比 (not 占比's: "民生支出占比去年") and 较.
 * As printed, also 同 ("同一九八○年比较") and 与 ("与2020年相比"); a question's 与 and 同 join words more often
 * than they compare ("2019年与2020年GDP"). 和 compares only before 相比 ("和2020年相比"): between two years
 * it joins them ("2019年和2020年分别增长").
 */
export const BASE_MARK_TYPED = "(?:(?<!占)比|较)";
export const BASE_MARK_PRINTED = "(?:(?<!占)比|较|同|与)";
/** What sets a multiple against the year it is of: "等於一九四九年的十三點七倍", "是2010年的2.2倍", "是1950年的几倍". */
export const MULTIPLE_OF = "(?:等于|等於|相当于|相當於|是|为|為)";

/** A comparison base year printed: 比1978年, 较2020年, 同一九八○年比较, 与1952年相比, 和2020年相比. */
const BASE_YEAR_PRINTED = new RegExp(
  `(?:${BASE_MARK_PRINTED}\\s*(${DIGIT_YEAR}|${CHINESE_YEAR_DIGITS})\\s*年(?=(?:相)?比|[^，,；;]{0,12}?(?:增长|增加|提高|下降|减少|上升))|和\\s*(${DIGIT_YEAR}|${CHINESE_YEAR_DIGITS})\\s*年(?=相比))`,
  "g",
);

/**
 * The last comparison base year a text prints, or null: before a figure, the one its change is against
 * ("一九五三年比一九五二年增长…，一九五四年又比一九五三年增长百分之九点四": 1953).
 */
export function nearestBaseYear(text: string): number | null {
  const printed = [...text.matchAll(BASE_YEAR_PRINTED)];
  const last = printed.at(-1);
  // "…比1980年增长一点三倍，比上年增长百分之五": a base time printed after the year is the nearer base, and no year.
  if (!last || PREVIOUS_YEAR_BASE_PRINTED.test(text.slice(last.index + last[0].length))) return null;
  const years = printed
    .map((m) => m[1] ?? m[2]!)
    .map((y) => (/^\d/.test(y) ? Number(y) : parseChineseYear(y)))
    .filter((y): y is number => y !== null);
  return years.at(-1) ?? null;
}

/**
 * The year before as a clause prints it to open a change: "（比上年）增长12%", "同比下降". Narrower than
 * PREVIOUS_YEAR_BASE_PRINTED, which finds such a base anywhere in a text.
 */
export const YEAR_BEFORE_OPENING = "(?:比上年|比去年|较上年|同比)";

/** A change printed against the year before, by name (比上年, 同比, 较去年). */
const PREVIOUS_YEAR_BASE_PRINTED = new RegExp(`${BASE_MARK_PRINTED}\\s*(?:${alternation("base-times")})|同比`);
/** A change asked against the year before (比上年增长多少): its base is the year before the one asked. */
export const PREVIOUS_YEAR_BASE_TYPED = new RegExp(`${BASE_MARK_TYPED}\\s*(?:上年|去年|上一年)|同比`);

/** The times a change is measured against after 比/较 (data/word-classes.txt [base-times]), as an alternation. */
export const BASE_TIMES = alternation("base-times");

/** An increment verb (新增, 净增, 新建…): before a figure it makes the figure what a time added, not the level. */
export const INCREMENT = new RegExp(anyOf("increment-verbs"));
/** What was built asked ("建了多少个公园", "修多少公里"): the amount built, which a plan states as an increment. */
export const BUILT_ASKED = new RegExp(`(?:${anyOf("build-verbs")})了?${HOW_MANY_WORD}`);

/**
 * What was done, asked with a verb in the perfective ("近五年单位GDP能耗降了多少", "电解铝落后产能淘汰了多少"): what a
 * span came to (question/request.ts answers it as one figure, and a figure over years fits it, score-table.ts).
 */
export const DONE_ASKED = new RegExp(String.raw`\p{Script=Han}了${HOW_MANY_WORD}`, "u");

/** Words that sum or total: 累计, 合计, 总计, 共计, 总量… (sum-words and total-words), as an alternation. */
export const SUM_OR_TOTAL = anyOf(["sum-words", "total-words"]);
/** A sum over years before a figure: 累计达到…, 合计…, 共…. */
export const SUMMED = new RegExp(SUM_OR_TOTAL);

/** Which way a change went: up (增长, 涨) or down (下降, 降). */
export type Direction = "rise" | "fall";
const RISE = alternation("rise-words");
const FALL = alternation("fall-words");
const DIRECTION_WORDS = new RegExp(`(${RISE})|(${FALL})`, "g");
/** A change word right before a figure: "同口径增长4.6%", "下降了42.4%", "减少到". */
// (Not before 到/至/为: "涨幅回落到6.1%" is a level reached, whichever way it went.)
const DIRECTION_BEFORE_FIGURE = new RegExp(`(?:(${RISE})|(${FALL}))了?\\s*$`);
/**
 * A rate of change names no direction: 增速, 增幅 and 增长率 may be negative ("固投增速" against
 * "比上年下降4.2%"), and 增涨率 is how it is mistyped.
 */
const RATE_OF_CHANGE = new RegExp(`${anyOf("rate-of-change-nouns")}|增[长涨]率|增长速度`, "g");

/**
 * The way the change word right before a figure goes ("…预算收入同口径增长" → rise), or null when
 * no change word governs it. 增长-3.2% is a fall: a negative figure turns it.
 */
export function directionBefore(text: string, negative = false): Direction | null {
  const m = DIRECTION_BEFORE_FIGURE.exec(text);
  if (!m) return null;
  const stated: Direction = m[1] ? "rise" : "fall";
  return negative ? (stated === "rise" ? "fall" : "rise") : stated;
}

/** The way a question asks a change went ("降了多少" → fall), or null when it asks neither or both (增减, 增值税降了多少). */
export function directionAsked(text: string): Direction | null {
  const found = new Set<Direction>();
  for (const m of text.replace(RATE_OF_CHANGE, " ").matchAll(DIRECTION_WORDS)) found.add(m[1] ? "rise" : "fall");
  return found.size === 1 ? [...found][0]! : null;
}
