/** Marks that more than one stage of extractFacts (facts.ts) reads. */
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { BASE_TIMES } from "../../zh/change-grammar.ts";

export const CHANGE_VERB = anyOf("change-verbs");

/** What joins the parts of a ratio: a colon (half- or full-width) or the ratio sign (∶). A regex source. */
export const RATIO_COLON = "\\s*[:：∶]\\s*";

/** Whom or when a figure is counted per, printed before it: 每人, 每月 ("每人每月510元和每人每年3500元"). */
export const PER_WHOM_OR_WHEN = "每[人户年月天日亩]";

/** How a share of the plan done is led in: 为预算数的, 完成调整预算的, 为年初预算的, 完成了原定计划的 (gwr-1956). */
export const PLAN_SHARE_LEAD = new RegExp(`(?:为|完成了?|达到?|占)(?:原定|年度|全年)?(?:${alternation("plan-words")})数?的`);

/** The verbs of passing a plan: 超过, 超出, 超额完成. */
export const EXCEEDED = "(?:超过|超出|超额完成)";

/** What was planned, as a base of comparison: 预算, 年度计划, 原定, 原计划 (五年计划原定数). */
const PLAN_NAMED_AS_BASE = `(?:${alternation("plan-words")}|原定|原计划)`;
/**
 * What a figure's own lead says when the figure is by how much a result passed or missed its plan: "比五年计划原定的
 * 1957年投资还多十四亿元", "仍然超过五年计划原定数约五十亿元" (gwr-1957), "比预算多收2000亿元", "超过年度计划百分之四点一"
 * (gwr-1958). The figure is a difference, and of what was done: neither the level nor the plan. (Not against a year's
 * budget before, "支出拟安排38.8亿元，比上年预算增长19.3%": one plan against another.)
 */
export const PLAN_PASSED_BY = new RegExp(
  `(?:(?:比|较)(?!上年|去年|上一年|前年|\\d{4}年)[^，,；;。]{0,12}?${PLAN_NAMED_AS_BASE}[^，,；;。]{0,12}?(?:${anyOf(["change-verbs", "comparison-amounts"])})[收支出]?|${EXCEEDED}[^，,；;。]{0,8}?${PLAN_NAMED_AS_BASE}[^，,；;。]{0,4}?)了?$`,
);

/** A comparison base opening a clause: 比上年, 较上年, 比2002年, 同比. */
export const BASE_LEAD = new RegExp(`^(?:(?:比|较)(?:${BASE_TIMES}|\\d{4}年)|同比)`);
/** How a clause opens that says more of the item before it: 为调整预算的, 同比增长, 比上年下降, 占. */
export const GOES_ON_ABOUT_ITEM = new RegExp(`^(?:(?:年均|平均每年)?(?:为|占|${CHANGE_VERB}))|${BASE_LEAD.source}`);
