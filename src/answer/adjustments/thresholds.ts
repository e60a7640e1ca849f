/**
 * Adjustments of a threshold passed, a step reached or a bound (突破, 迈上…台阶, 以上), asked or not, and the marks of them
 * the refusals read too (refusals/thresholds.ts).
 */
import type { Fact } from "../facts.ts";
import { alternation } from "../../zh/word-classes.ts";
import type { Adjustment } from "../score-table.ts";
import { when } from "./shared.ts";

/** A threshold an amount passed (突破2万亿元, 超过1000家, "跨越5000亿元，达5600亿元" 长沙 2012): never how much it changed (acceptance.ts). */
export const THRESHOLD_PASSED = /突破|跨越|超过|^超$|逾/;
/** Qualifiers that print a threshold passed or kept under, not the figure: 突破, 超过, 逾, 以上, 少于. */
const BOUND = new RegExp(`${THRESHOLD_PASSED.source}|以上|多达|少于|低于`);
/** The floor a target is set at: "规模以上工业增加值增长6%以上". */
const TARGET_FLOOR = /以上$/;
/** Verbs of a step reached: 迈上6万亿元台阶. */
const STEP_VERBS = "迈上|跨上|站上|登上|跃上";
/** Verbs of a threshold passed: 跨过5000亿元大关. */
const PASSING_VERBS = "跨过|迈过|跃过|越过|跨越";
/** …and right after it, the step: (新)台阶. */
const STEP_AFTER = /^(?:一?个?新的?)?台阶/;
/** …or the threshold passed: 大关, 关口 (a step reached is a level: "粮食产量首次跃上1.4万亿斤新台阶"). */
const THRESHOLD_AFTER = /^(?:大关|关口)/;
/** A figure of a run joined by 、 or 和: "1000亿元、", "400亿元和". */
const RUN_ITEM = "[\\d.,]+[^\\d、和及与，,；;。]{0,4}";
/**
 * Right before a figure, the verb of a threshold passed or a step reached (跨过5000亿元大关, 迈上千亿元台阶), and the figures
 * of its run before it: "相继跨过1000亿元、3000亿元、"; each may be named ("突破总量500亿元、人均10000元的大关", 青海 2006).
 */
export const PASSED_RUN_BEFORE = new RegExp(
  `(?:${PASSING_VERBS}|${STEP_VERBS}|突破)\\p{Script=Han}{0,4}?(?:${RUN_ITEM}[、和及与]\\p{Script=Han}{0,4}?)*$`,
  "u",
);
/** …and after it, the run's figures after it and the threshold: "、400亿元和100亿元大关", "、人均10000元的大关". */
export const THRESHOLD_RUN_AFTER = new RegExp(`^(?:[、和及与]\\p{Script=Han}{0,4}?${RUN_ITEM})*(?:大关|关口)`, "u");
/**
 * A mark of a run of marks passed or steps reached, the figures before or after it in the run: "连续跨上100亿和200亿
 * 大台阶", "先后突破1000亿和2000亿大关" — of several marks none is the level (one step alone may be: "跃上1.4万亿斤新台阶").
 */
export const MARK_RUN_BEFORE = new RegExp(`(?:${PASSING_VERBS}|${STEP_VERBS}|突破)(?:${RUN_ITEM}[、和及与])+$`);
export const MARK_RUN_AFTER = new RegExp(`^(?:[、和及与](?:突破)?${RUN_ITEM})+[大新]?(?:台阶|大关|关口)`);
/** …and the mark's word right after the run's last figure: "大台阶", "大关". */
export const MARK_AFTER = /^[大新]?(?:台阶|大关|关口)/;
/** A question asking whether a threshold was passed or a step reached (超过多少, 跨过了哪个大关). */
export const ASKS_THRESHOLD = new RegExp(`突破|超过|逾|${PASSING_VERBS}|${STEP_VERBS}|大关|关口|台阶`);
/** Before a step reached ("迈上6万亿元台阶"): the verb of stepping up, or of steps counted ("连跨三个千亿元台阶", 江苏 2013). */
const STEP_BEFORE = new RegExp(`(?:${STEP_VERBS}|跨(?:[一两二三四五六七八九十\\d]+个))$`);
/** A question asking the figure itself, not a bound of it: 具体是多少, 确切, 准确. */
const EXACT_ASKED = /具体|确切|准确|精确/;

/** A step reached before and after the figure: "迈上2000亿元台阶". */
function stepReached(s: { sentence: string; fact: Pick<Fact, "figure"> }): boolean {
  return STEP_BEFORE.test(s.sentence.slice(0, s.fact.figure.start)) && STEP_AFTER.test(s.sentence.slice(s.fact.figure.end));
}

/**
 * Right after a bound, the figure itself: "、达到23562亿元", "，完成409.3亿元" (文山 2025), after the year or the estimate
 * it is of ("首次突破1万亿元，预计达1.17万亿元", 广西 2012; "连跨三个千亿元台阶，2012年达5861亿元", 江苏 2013).
 */
const BOUND_THEN_FIGURE = /^[、，,]\s*(?:(?:初步)?预计|全年|当年|去年|今年|年末|年底|(?:19|20)\d\d年)*\s*(?:达到|达|为|完成|实现)\s*\d/;
/**
 * …and after a step reached, with the place and the metric's name between ("经济总量跃上千亿元台阶，2020年全市实现生产总值
 * 1097亿元", 潮州 2021): a step is never the figure itself. (Not after a bound: "减少农村贫困人口1000万以上，完成易地扶贫
 * 搬迁280万人" goes on to another metric.)
 */
const STEP_THEN_FIGURE =
  /^[、，,]\s*(?:(?:初步)?预计|全年|当年|去年|今年|年末|年底|(?:19|20)\d\d年)*\s*(?:全市|全省|全区|全县|全州|全国)?(?:达到|达|为|完成|实现)\s*\p{Script=Han}{0,8}?\d/u;

/**
 * A threshold passed right before the figure itself: "突破2万亿元、达到23562亿元", "突破300亿元大关、达313.9亿元",
 * "迈上6万亿元台阶，达到62661亿元".
 */
export function boundBeforeFigure(sentence: string, fact: Pick<Fact, "figure">): boolean {
  const after = sentence.slice(fact.figure.end);
  // A step reached is a threshold too.
  const step = STEP_BEFORE.test(sentence.slice(0, fact.figure.start)) ? STEP_AFTER.exec(after) : null;
  const bound = BOUND.test(fact.figure.qualifier);
  const mark = step ?? (bound ? THRESHOLD_AFTER.exec(after) : null);
  return (bound || step !== null) && (step ? STEP_THEN_FIGURE : BOUND_THEN_FIGURE).test(mark ? after.slice(mark[0].length) : after);
}

const QUALIFIER_ASKED = new RegExp(`(${alternation("figure-prefixes")})(?=多少|几)`);

/** The qualifier a question puts before its 多少 ("突破多少"), or "". */
function askedQualifier(question: string): string {
  return QUALIFIER_ASKED.exec(question)?.[1] ?? "";
}

export const qualifierAsked: Adjustment = {
  name: "qualifier asked",
  weight: 1,
  why: "突破多少, 超过多少: the figure printed with that very qualifier (突破1.1万公里) is the one asked",
  value: (s) => when(s.fact.figure.qualifier !== "" && askedQualifier(s.q.text) === s.fact.figure.qualifier),
};

export const boundNotAsked: Adjustment = {
  name: "bound not asked",
  weight: -0.5,
  why: "突破2万亿元, 超过1000家: a threshold passed is less than the figure itself when the question asks no bound (a target's floor, 增长6%以上, is how a target is set)",
  value: (s) =>
    when(BOUND.test(s.fact.figure.qualifier) && askedQualifier(s.q.text) === "" && !(s.fact.kind === "target" && TARGET_FLOOR.test(s.fact.figure.qualifier))),
};

export const stepReachedAdjustment: Adjustment = {
  name: "step reached",
  weight: -0.5,
  why: "迈上2000亿元台阶: like a threshold passed, the round step a level passed is less than the level itself when no step is asked",
  value: (s) => when(stepReached(s) && !ASKS_THRESHOLD.test(s.q.text)),
};

export const boundForAnExactFigure: Adjustment = {
  name: "bound for an exact figure",
  weight: -1,
  why: "运城2021年GDP具体是多少亿: asked the figure itself, a step passed (迈上2000亿元台阶) or a bound (突破…) is not it (由1129.9亿元提高到2053.1亿元)",
  value: (s) => when(EXACT_ASKED.test(s.q.text) && (stepReached(s) || BOUND.test(s.fact.figure.qualifier))),
};

export const boundBeforeTheFigure: Adjustment = {
  name: "bound before the figure",
  weight: -2,
  why: "'突破2万亿元、达到23562亿元': the threshold passed comes before the figure itself, which follows",
  value: (s) => when(boundBeforeFigure(s.sentence, s.fact)),
};
