/** A figure's role from the words around it: a level, the old level of a change, a change, a share. */
import type { FigureSpan } from "../../zh/figures.ts";
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { clauseStartBefore } from "../../zh/text.ts";
import { BASE_TIMES, LEVEL_MARK, REACHED_VERB } from "../../zh/change-grammar.ts";
import type { FactRole } from "./types.ts";
import { CHANGE_VERB, PLAN_PASSED_BY, RATIO_COLON } from "./shared.ts";

/** Before a multiple, the earlier level it is of: "是2007年的", "分别是上年的1.7倍和". */
const MULTIPLE_OF_EARLIER = /(?:是|为|為|等于|等於|相当于|相當於)[^，,；;。]{0,10}的\s*(?:[\d.]+倍[和、及])*$/;

/** The sign between the parts of a composition ("1.7∶55.6∶42.7"). */
const RATIO_SIGN = new RegExp(RATIO_COLON);
/** A share named before its figure in the clause, whatever the verb between: 比重, 占比, 之比, and a share of GDP as an intensity (研发投入强度). */
const SHARE_WORD = new RegExp(`(?:比重|占比|之比|${alternation("intensity-of-output")})[^，,；;。]{0,16}$`);
/** "由10.2%下降到3.1%", "现行16%的税率降至13%": what joins an old level to the new one. */
const CHANGE_TO = `${anyOf(["change-verbs", "change-to-verbs"])}了?(到|至|为)`;
const OLD_LEVEL = new RegExp(`^[^，,；;。]{0,12}?${CHANGE_TO}|^[^，,；;。]{0,4}[，,]${CHANGE_TO}`);
/** "比上年增加…", "较2010年多…": a change against a base. */
const CHANGE_AGAINST_BASE = new RegExp(
  `(比|较)(上年同期|${BASE_TIMES}|年初|\\d{4}年|[^，,；;。]{0,6}年)[^，,；;。]{0,4}${anyOf(["change-verbs", "comparison-amounts"])}了?$`,
);
const YEAR_ON_YEAR = new RegExp(`同比${CHANGE_VERB}$`);

const CHANGE_VERB_OR_NOTHING = new RegExp(`^${CHANGE_VERB}?$`);
const AFTER_CHANGE_VERB = new RegExp(`${anyOf(["change-verbs", "increment-verbs"])}了?$`);
const JUST_CHANGE_VERB = new RegExp(`^${CHANGE_VERB}了?$`);
/** Between a figure and the next: a comma, then the verb of the level reached ("，达到84.5%"). */
const LEVEL_REACHED_NEXT = new RegExp(`^[，,]\\s*${REACHED_VERB}$`);
/** A share's words before its figure: 占 and its base ("占国内生产总值比重", "占农村青、壮年总人数的"). */
const SHARE_OPENED = /占[^，,；;。]{0,30}$/;

/** A time before an event ("农业合作化以前"); one before a year ("1978年以前") is dated by its year. */
export const EARLIER_TIME = /(?<![年\d])(?:以前|之前)/;

/** Between the old level after 由/从 and the next figure: the mark of the level reached, within a few words. */
const FROM_TO_NEXT = new RegExp(`^[^，,；;。]{0,10}?${LEVEL_MARK}`);

/**
 * A percent the words before it in its clause make a share ("占国内生产总值比重51.6%", "在国内生产总值中的比重上升到50.5%",
 * "服务业比重从45.3%上升到51.6%"). Also true of the old level of such a change, whose role is "before".
 * (The clause up to commas: a list's 、 inside it, "占农村青、壮年总人数的三分之二", does not end the share's words.)
 */
export function isShareWorded(sentence: string, figure: FigureSpan, before: string): boolean {
  if (figure.unitClass !== "percent") return false;
  const clauseBefore = sentence.slice(clauseStartBefore(sentence, figure.start), figure.start);
  return SHARE_OPENED.test(clauseBefore) || SHARE_WORD.test(before);
}

export function figureRole(
  before: string,
  after: string,
  sentence: string,
  figure: FigureSpan,
  next: FigureSpan | undefined,
  /** The words since the clause's figure before it: "比一九五八年的五百四十八亿元增长" leaves "增长". */
  sincePrevious: string = before,
): FactRole {
  // "由10.2%下降到3.1%", "从1997年的8651亿元增加到…": the first figure is the old level.
  // "由10.2%下降到3.1%", "现行16%的税率降至13%": the first figure is the old level.
  const between = next ? sentence.slice(figure.end, next.start) : "";
  // "由A增加到B" never lists: after a 、 comes another item ("…企业增至3022家、科技型中小企业增至9.4万家").
  const listed = between.includes("、");
  if (next && !listed && OLD_LEVEL.test(between)) return "before";
  // "由上年亏损9,000万元转为盈利3亿多元": 为 as 到.
  if (next && !listed && FROM_TO_NEXT.test(between) && /[由从]/.test(before)) return "before";
  if (CHANGE_AGAINST_BASE.test(before) || PLAN_PASSED_BY.test(before)) return "change";
  if (CHANGE_VERB_OR_NOTHING.test(after.trim().replace(/[。！？!?]$/, "")) && YEAR_ON_YEAR.test(before)) return "change";
  if (isShareWorded(sentence, figure, before)) return "share";
  // "第一、第二、第三产业增加值比例…调整为1.7∶55.6∶42.7" (figures.ts compositionFigure): the parts' shares, never an amount.
  if (figure.unitClass === "percent" && RATIO_SIGN.test(figure.text)) return "share";
  // "人才总量超过160万人，…分别是2007年的1.7倍和1.9倍": a multiple of an earlier level compares, as a change does.
  if (figure.unitClass === "times" && MULTIPLE_OF_EARLIER.test(before)) return "change";
  // "又增产291亿斤", "增长1.1倍", "上升3个百分点": an amount, a multiple or points added is a change, not the level.
  if (figure.unitClass !== "percent" && AFTER_CHANGE_VERB.test(before)) return "change";
  // "森林覆盖率提升0.4%，达到84.5%": a percent after a change verb, then the level reached, is the change.
  if (figure.unitClass === "percent" && next && AFTER_CHANGE_VERB.test(before) && LEVEL_REACHED_NEXT.test(between)) return "change";
  // "余额达到14764亿元，增长百分之二十八": a rate of growth right after the verb; so is one right after a base's
  // level and the verb ("比一九五八年的五百四十八亿元增长百分之十九", gwr-1959).
  if (figure.unitClass === "percent" && JUST_CHANGE_VERB.test(before.replace(/^.*[，,；;]/, "").trim())) return "change";
  if (figure.unitClass === "percent" && sincePrevious !== before && /比[^，,；;。]*$/.test(before) && JUST_CHANGE_VERB.test(sincePrevious.trim()))
    return "change";
  return "level";
}
