/** The units and classes wanted: the unit typed after the asking word, what the question's end and the metric's head imply. */
import { SUM_CLASSES, UNIT_ALTERNATION, UNIT_CLASS, unitClassOf, type UnitClass } from "../../zh/units.ts";
import { alternation, anyOf, wordClass } from "../../zh/word-classes.ts";
import { HOW_MANY_WORD } from "../../zh/asking.ts";
import { beginsCountedWord } from "./asking-phrases.ts";

/**
 * A unit of two characters or more ending a question ("…惠及得人次"); one character (度 of 浓度,
 * 人 of 工人) is too often the end of a word.
 */
export const ENDING_UNIT = new RegExp(`(${[...UNIT_CLASS.keys()].filter((u) => u.length >= 2 && /^\p{Script=Han}+$/u.test(u)).join("|")})$`, "u");
/** A question ending in what its figure is counted per: 每月, 一个月. */
export const PER_TIME_ENDING = new RegExp(`(?:${alternation("per-time-words")})$`);

/** Shape words that ask the size of a whole (GDP总量, 支出规模); 规模以上 names a class of firms. */
export const SIZE_ASKED = new RegExp(`${anyOf("size-words")}(?!以[上下])`);

/** 几个点, 多少个点 at a question's end: percentage points as spoken (not 几个测评点). */
export const POINTS_AS_SPOKEN = new RegExp(String.raw`(${HOW_MANY_WORD})个?点(?=[了吧呢啊呀?？]*$)`, "u");

/** An asking word and its 个 with the space that sets them apart from the unit after them. */
const ASKING_SET_APART = new RegExp(String.raw`(${HOW_MANY_WORD}个?)\s+`, "g");

/** "多少人", "几所", "多少亿元", "多少钱": the unit the asker expects (any unit of zh/units.ts). */
export const ASKED_UNIT = new RegExp(`${HOW_MANY_WORD}(?:万亿|亿|万)?(${UNIT_ALTERNATION}|钱|成)`);

/** The unit asked after 多少/几, unless it begins the word counted (多少家庭: no unit asked). */
export function askedUnit(typed: string): string | undefined {
  // (The asking phrase set apart, " 几个 工作日", is read whole: 几个工作日 asks working days.)
  const text = typed.replace(ASKING_SET_APART, "$1");
  const asked = ASKED_UNIT.exec(text);
  const unit = asked?.[1];
  if (!asked || unit === undefined) return undefined;
  return [...unit].length === 1 && beginsCountedWord(unit, text.slice(asked.index + asked[0].length)) ? undefined : unit;
}

/** The measure word of a count asked ("多少列", "几所"): 个 counts anything, so it names none. */
export function askedMeasureWord(text: string): string | null {
  const unit = askedUnit(text);
  return unit !== undefined && unit !== "个" && unitClassOf(unit) === "count" ? unit : null;
}

/** A magnitude of a number: 万, 亿, 万亿. */
export const MAGNITUDE = /^(?:万亿|亿|万)$/;
/** A magnitude asked alone, no unit after it: "多少亿", "几万呢" (not 多少亿元, whose unit is asked). */
const MAGNITUDE_ASKED = new RegExp(String.raw`${HOW_MANY_WORD}(?:万亿|亿|万)(?=[吧呢啊呀了]|[^\p{Script=Han}]|$)`, "u");

/** A percentage asked in words: 百分之几, 百分之多少. */
export const PERCENT_ASKED = /百分之\s*(?:几|多少)/;

/** Percentage points asked in words, counted with 个 or not: 几个百分点, 多少个百分点, 多少百分点. */
const POINTS_ASKED = /(?:几|多少)\s*个?\s*百分点/;

/**
 * The unit classes an asked unit admits: its own, and those a reply may carry for it. A count of
 * people may be printed as a bare 万 (count); 个 is the everyday measure word for anything,
 * people too ("有几个老师"); points are asked as 多少个百分点 of a rate printed in %.
 */
export function askedClasses(text: string): UnitClass[] {
  // "营业税征收了多少年": how many years something lasted.
  if (YEARS_ASKED.test(text)) return ["duration"];
  // "增长了百分之几": a percentage, not percentage points.
  if (PERCENT_ASKED.test(text)) return ["percent"];
  // "比各项贷款平均高几个百分点": points, though 个 counts.
  if (POINTS_ASKED.test(text)) return ["points", "percent"];
  const unit = askedUnit(text);
  // "利润总额多少亿", "几万": a magnitude alone asks a sum or a count, never a rate.
  if (unit === undefined && MAGNITUDE_ASKED.test(text)) return [...SUM_CLASSES];
  // "高速公路有多长", "航道有多远": a length, unless a time is measured (停留时间多长, 多长时间).
  if (unit === undefined) return LENGTH_ASKED.test(text) && !TIME_MEASURED.test(text) ? ["length"] : [];
  if (unit === "钱") return ["money"];
  // 几成: how many tenths, a share or a rate (增长了几成: 增长近70%).
  if (unit === "成") return ["percent", "points"];
  if (unit === "个") return ["count", "people"];
  const cls = unitClassOf(unit);
  if (cls === "people") return ["people", "count"];
  if (cls === "points") return ["points", "percent"];
  return [cls];
}

/**
 * 多少年, 几年 asking how long: not a span named (近几年, 这几年, 前几年: the years themselves), nor a
 * time in or after them (几年来, 几年内), nor a school year (几年级).
 */
const YEARS_ASKED = new RegExp(String.raw`(?<![近前这那去最头后每])${HOW_MANY_WORD}年(?![来里中内前后间级度初底末的])`);

/** How long or how far: a length asked… */
const LENGTH_ASKED = /多(?:长|远)/;
/** …unless what is measured is a time. */
const TIME_MEASURED = new RegExp(anyOf("time-nouns"));

/** A verb of money right before 多少: "投了多少", "掏多少钱". */
export const MONEY_ASKED = new RegExp(`${anyOf("money-verbs")}(?<!${alternation("money-verb-false-friends")})了?多少`);
/** "…的有多少", "…的有几个": a count of those the question describes. */
export const WHO_ASKED = new RegExp(String.raw`的(?:有|共有|一共有)${HOW_MANY_WORD}`);

/** A crop's output as typed (总产), and the names it is printed by too (产量): word-classes.txt [output-short-words]. */
export const [OUTPUT_SHORT_WORD, ...OUTPUT_NAMES] = wordClass("output-short-words") as [string, ...string[]];

/** What the head of a metric implies about its unit: 率 is a percentage, 支出 money. */
export const METRIC_CLASSES: Array<[RegExp, UnitClass[]]> = (
  [
    ["metric-heads-percent", ["percent", "points"]],
    ["metric-heads-people", ["people", "count", "person-times"]],
    ["metric-heads-output", ["mass", "count"]],
    ["metric-heads-length", ["length"]],
    ["metric-heads-area", ["area"]],
    ["metric-heads-energy", ["energy"]],
    ["metric-heads-concentration", ["concentration"]],
    ["metric-heads-duration", ["duration"]],
    ["metric-heads-money", ["money"]],
  ] as Array<[string, UnitClass[]]>
).map(([name, classes]) => [new RegExp(`${anyOf(name)}$`), classes]);
