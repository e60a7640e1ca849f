/**
 * Refusals of a mark or a gap rather than the level: a threshold passed or not reached, a gap to a target or a
 * benchmark.
 */
import {
  ASKS_THRESHOLD,
  boundBeforeFigure,
  PASSED_RUN_BEFORE,
  THRESHOLD_PASSED,
  THRESHOLD_RUN_AFTER,
  MARK_AFTER,
  MARK_RUN_AFTER,
  MARK_RUN_BEFORE,
} from "../score-table.ts";
import { clauseStartBefore } from "../../zh/text.ts";
import { wordClass } from "../../zh/word-classes.ts";
import type { Assessment, Refusal } from "./types.ts";

/** A figure's clause measuring it against its target: 低于目标, 高于预期目标, 超出年初目标. */
const GAP_TO_TARGET = /(?:高于|低于|快于|慢于|超出|超过|差)(?:年初)?(?:预期)?目标/;
/**
 * A figure's clause measuring it against a benchmark: 超出全省平均增速, 高于全国, 比全市平均快; or against another
 * rate ("一般公共预算收入增幅低于支出增速10.2个百分点", 清远 2018).
 */
const GAP_TO_BENCHMARK =
  /(?:高于|低于|快于|慢于|超出|超过|高出|领先|落后)(?:全国|全省|全市|全区|全州|全县|同期|[^，,；;。]{0,6}平均|[^，,；;。]{0,8}(?:增速|增幅|涨幅|降幅|速度))|比(?:全国|全省|全市|全区|全州|[^，,；;。]{0,6}平均)[^，,；;。]{0,8}[高低快慢多少]/;
/** A question comparing with a benchmark: 比全省高多少, 高于全国几个百分点, 差距. */
const COMPARISON_ASKED = /比|高于|低于|快于|慢于|超出|高出|领先|落后|差距/;

/** Right before a figure, a mark not reached: 尚未迈过, 未突破, 没有达到. */
const NOT_REACHED = /(?:尚未|还未|仍未|未能|未|没有|没)(?:能)?(?:迈过|跨过|跨上|迈上|站上|突破|超过|达到|实现)\s*$/;
/** How far before a figure NOT_REACHED looks: its longest match. */
const NOT_REACHED_REACH = 8;

export const thresholdNotReached: Refusal = {
  name: "threshold not reached",
  cheap: true,
  // "全市地区生产总值尚未迈过千亿元大关": a mark the amount has not reached says nothing of the amount.
  refuses: (a) =>
    NOT_REACHED.test(a.sentence.slice(Math.max(0, a.fact.figure.start - NOT_REACHED_REACH), a.fact.figure.start)) ? "a threshold not reached" : null,
};

export const gapToATarget: Refusal = {
  name: "gap to a target",
  cheap: true,
  // "城乡居民人均可支配收入增速分别低于目标2.4个、0.4个百分点": how far a figure fell short of its target
  // is neither the figure nor the target, unless the question asks it (比目标高多少).
  refuses: (a) =>
    !/目标|预期/.test(a.q.text) && GAP_TO_TARGET.test(a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start))
      ? "a gap to a target"
      : null,
};

export const gapToABenchmark: Refusal = {
  name: "gap to a benchmark",
  cheap: true,
  // "固定资产投资增长20.1%，超出全省平均增速24个百分点": how far a rate is above another place's or an
  // average is not the rate, unless the question compares (比全省高多少, 高于全国几个百分点).
  refuses: (a) =>
    a.fact.figure.unitClass === "points" &&
    !COMPARISON_ASKED.test(a.q.text) &&
    GAP_TO_BENCHMARK.test(a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start))
      ? "a gap to another place or an average"
      : null,
};

export const thresholdPassedForAChange: Refusal = {
  name: "threshold passed for a change",
  cheap: true,
  // "武汉2023年地区生产总值增长多少": "地区生产总值突破2万亿元" is a threshold the amount passed, not the
  // growth (an amount reached may be: "新增…达到120个").
  // (Not an increment the question asks in the figure's own words: "十三五期间一共新增了多少就业岗位" against
  // "城镇新增就业超过6000万人".)
  refuses: (a) =>
    a.q.asksChange &&
    a.fact.role === "level" &&
    THRESHOLD_PASSED.test(a.fact.figure.qualifier) &&
    a.fact.figure.unitClass !== "percent" &&
    a.fact.figure.unitClass !== "points" &&
    !incrementAskedInOwnWords(a)
      ? "a threshold passed, and a change was asked"
      : null,
};

export const aThresholdPassedUnprinted: Refusal = {
  name: "a threshold passed, unprinted",
  cheap: true,
  // "GDP一跃跨过5000亿元大关": the figure printed alone (5000亿元) would say the level is 5000亿元; what is
  // said is that it is above; so of each of a run ("…相继跨过1000亿元、3000亿元、400亿元和100亿元大关"). A bound
  // asked (超过多少) is answered.
  // Nor is a mark of a run of marks, printed with its qualifier or not ("连续跨上100亿和200亿大台阶，由80亿元提高到264亿元",
  // "先后突破1000亿和2000亿大关").
  refuses: (a) => {
    if (ASKS_THRESHOLD.test(a.q.text)) return null;
    const [before, after] = [a.sentence.slice(0, a.fact.figure.start), a.sentence.slice(a.fact.figure.end)];
    const passed = !a.fact.figure.qualifier && PASSED_RUN_BEFORE.test(before) && THRESHOLD_RUN_AFTER.test(after);
    const markOfRun = (MARK_RUN_BEFORE.test(before) && MARK_AFTER.test(after)) || MARK_RUN_AFTER.test(after);
    return passed || markOfRun ? "a mark passed (跨过…大关) or one of a run of marks, not the level" : null;
  },
};

export const aThresholdBeforeTheFigure: Refusal = {
  name: "a threshold before the figure",
  cheap: true,
  // "农村居民人均可支配收入首次突破2万元、达到20793元": the figure itself follows its threshold, and answers
  // or is refused on its own; the threshold answers only a threshold asked (突破多少).
  refuses: (a) => (boundBeforeFigure(a.sentence, a.fact) && !ASKS_THRESHOLD.test(a.q.text) ? "a threshold passed, and the figure itself follows" : null),
};

/** An increment verb the question asks (新增了多少) in the figure's own clause before it: "城镇新增就业超过6000万人". */
function incrementAskedInOwnWords(a: Pick<Assessment, "q" | "sentence" | "fact">): boolean {
  const own = a.sentence.slice(a.fact.clause[0], a.fact.figure.start);
  return a.q.terms.some((t) => !t.isPlace && wordClass("increment-verbs").includes(t.word) && own.includes(t.word));
}
