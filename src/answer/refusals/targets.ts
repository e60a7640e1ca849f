/**
 * Refusals by targets against actuals: a target, a stretch target, an aim for a past year or for years ahead, an actual for a target.
 */
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { YEARLY_AVERAGE } from "../facts/multi-year.ts";
import type { Assessment, Refusal } from "./types.ts";

/** A higher target than the one stated (力争, 争取). */
const STRETCH_TARGET_WORD = new RegExp(anyOf("stretch-target-words"));
/** …right after a figure, with its own figure: "8%、力争10%以上". */
const STRETCH_TARGET_NEXT = new RegExp(`^[、，,]?(?:${anyOf("stretch-target-words")})[^，,；;。、\\d]{0,6}\\d`);

export const targetForAnActual: Refusal = {
  name: "target for an actual",
  cheap: true,
  refuses: (a) => (a.q.wantedKind === "actual" && a.fact.kind === "target" ? "a target, and an actual was asked" : null),
};

export const baseTargetForTheStretchOne: Refusal = {
  name: "base target for the stretch one",
  cheap: true,
  // "临沂24年社零力争增长多少" against "社会消费品零售总额增长8%、力争10%以上": 8% is the target,
  // the one striven for (力争) comes right after it.
  refuses: (a) =>
    STRETCH_TARGET_WORD.test(a.q.text) &&
    !STRETCH_TARGET_WORD.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)) &&
    STRETCH_TARGET_NEXT.test(a.sentence.slice(a.fact.figure.end))
      ? "the base target, and the one striven for was asked"
      : null,
};

export const aimForAPastYear: Refusal = {
  name: "aim for a past year",
  cheap: true,
  // "2019年GDP增速" where no report reviews 2019: the year's aim (预期目标…增长6%-6.5%) is not what
  // it came to. An allocation (拟安排财政赤字…, 安排…资金) is what officials ask of a past year's plan.
  refuses: (a) =>
    a.fact.kind === "target" &&
    a.q.wantedKind !== "target" &&
    a.q.present !== null &&
    // (An ordinal is the event's whether it is planned or held: "努力办好1990年将在我国举行的第十一届亚洲运动会".)
    a.q.ordinal === null &&
    // (今年 of a report named is that report's year, whose plans are what is asked: "14年报告 今年棚户区开工多少套".)
    !(a.q.reportYear !== null && a.q.dataYear === a.q.reportYear) &&
    // …or a past plan period, when the aim is revised midway ("八五期间GDP年均增长": gwr-1993's "按调整后
    // 的…计划，…调高到百分之八至九" is neither the plan as set nor what the period came to; gwr-1986's
    // 七五 plan and gwr-1955's 一五 plan are the plans).
    ((a.q.dataYear !== null && a.q.dataYear < a.q.present) ||
      (a.q.period !== null && a.q.period[1] < a.q.present && AIM_REVISED.test(a.sentence.slice(0, a.fact.figure.start)))) &&
    // (Or a plan for a year after its report's, which a report can only aim at: gwr-2011's "十二五" targets, "城镇化率从47.5%
    // 提高到51.5%", are no 十二五末城镇化率.)
    (AIM.test(a.sentence.slice(0, a.fact.figure.start)) || aheadOfReport(a)) &&
    !ALLOCATION.test(a.sentence.slice(0, a.fact.figure.start))
      ? "an aim, and what a past year came to was asked"
      : null,
};

export const aimForYearsAhead: Refusal = {
  name: "aim for years ahead",
  cheap: true,
  // "南充GDP总量多少" against "今后五年发展的主要预期目标是：…力争到2026年，地区生产总值达到4600亿元" (南充 2022): a question of
  // no year, plan or kind asks what is, and an aim for a year after its place's present is not yet anything. (Not a yearly
  // average over years ahead, only ever a projection: "…年均支出缺口达13.29亿元（2026—2028年）", 安康 2025.)
  refuses: (a) =>
    a.fact.kind === "target" &&
    !YEARLY_AVERAGE.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)) &&
    a.q.wantedKind === null &&
    a.q.dataYear === null &&
    a.q.reportYear === null &&
    a.q.period === null &&
    a.q.recentSpan === null &&
    a.q.present !== null &&
    a.year !== null &&
    a.year > a.q.present &&
    !PLAN_AHEAD_ASKED.test(a.q.text)
      ? "an aim for a year to come, and what is was asked"
      : null,
};

/**
 * Whether a fact is about a year after the one its report speaks from, and the question looks back at that year: it names
 * no report and says nothing of what was to come (将, 要, 到1957年, 规划, 起: "1957年邮路总长度将达到多少", "78年定的十年规划里
 * 85年钢要到多少" ask the plan).
 */
function aheadOfReport(a: Assessment): boolean {
  return (
    a.year !== null && a.report.rules.speaksFrom !== null && a.year > a.report.rules.speaksFrom && a.q.reportYear === null && !PLAN_AHEAD_ASKED.test(a.q.text)
  );
}
/** Words of a question asking what was to come: 将, 要 (not 主要, 重要, 需要), 到 a year, 规划, 起. */
const PLAN_AHEAD_ASKED = /将|(?<![主重需])要|到(?:19|20)\d\d年|规划|起/;

export const actualForATarget: Refusal = {
  name: "actual for a target",
  cheap: true,
  // "2020年GDP增长目标" where no report sets one: what the year came to (增长2.3%) is not its target.
  refuses: (a) => (a.q.wantedKind === "target" && a.fact.kind !== "target" && TARGET_ASKED.test(a.q.text) ? "an actual, and a target was asked" : null),
};

/**
 * A target asked in so many words (计划, 预算 also name documents and funds: 预算内投资), or as a plan says it: 要控制在
 * ("85年全国总人口要控制在多少"; 控制在 alone is how reports state outcomes too: "居民消费价格涨幅控制在2.6%").
 */
const TARGET_ASKED = /目标|预期|要控制在|原定|原来定/;
/** An aim for a year: 预期目标, 目标, 力争, 争取, 努力把…控制在, 计划规定… (not 计划生育 and the other false friends). */
const AIM = new RegExp(`(?!${alternation("target-mark-false-friends")})(?:预期目标|目标|力争|争取|努力|控制在|计划)`);

/** An aim changed midway: "按调整后的“八五”计划，…由原定…调高到…". */
const AIM_REVISED = /调整后|调高|调低|修订后|原定/;
/** An allocation: what a budget or a plan puts aside (拟安排, 安排, 预算, 发行). */
const ALLOCATION = /安排|预算|发行|下达|拨付/;

/** Whether a text allocates (拟安排地方政府专项债券…): a plan officials ask of as the year's figure. */
export function allocates(text: string): boolean {
  return ALLOCATION.test(text);
}
