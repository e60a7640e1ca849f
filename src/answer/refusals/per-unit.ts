/**
 * Refusals by per-unit figures and outputs: a yield per unit of land, kinds, a capacity or a share per person for
 * an output, a figure per person or unit for a size, per unit of another metric.
 */
import type { Question } from "../../question/types.ts";
import { found, headTerm, metricHeadOf } from "../coverage.ts";
import { PER_UNIT, PER_UNIT_OF_OUTPUT } from "../score-table.ts";
import { extractFigures } from "../../zh/figures.ts";
import { clauseStartBefore } from "../../zh/text.ts";
import { alternation, anyOf, wordClass } from "../../zh/word-classes.ts";
import type { Refusal } from "./types.ts";

/** A figure counted per unit of output or output per person (PER_UNIT_OF_OUTPUT), asked so: 单位GDP能耗, 万元GDP, 人均GDP. */
const PER_UNIT_OF_OUTPUT_ASKED = new RegExp(`单位|万元|亿元|人均|每人|平均每|${alternation("intensity-words")}`);

/** A figure per unit of land: 每亩, 每公顷, 亩均, 亩产, 单产 (word-classes.txt [per-land-words]). */
const PER_LAND = new RegExp(anyOf("per-land-words"));
/** An output asked by its name: 棉花产量, 粮食年产量. */
const OUTPUT_ASKED = /产量$/;

/** Whether the metric's head word names an output (…产量). */
function asksOutput(q: Question): boolean {
  return OUTPUT_ASKED.test(headTerm(q)?.word ?? "");
}

/** What could be produced: 产能, 生产能力, 年产能力, 能够出产. */
const CAPACITY = /产能|能力|能够/;
/** Units that count kinds (十种, 三类), never an amount produced. */
const KINDS_COUNTED = /^[种类]$/;
/** A list item's words before its figure that name only a thing, no verb: "棉花" of "棉花十多斤". */
const PRODUCT_ALONE = /^\s*\p{Script=Han}{1,4}\s*$/u;

export const aYieldPerUnitOfLandForATotal: Refusal = {
  name: "a yield per unit of land for a total",
  cheap: false,
  // "棉花的每亩平均产量已经达到一百斤以上" for 棉花产量: a yield per 亩 is no harvest, however its words match.
  refuses: (a) => (PER_LAND.test(a.coverage!.subjectWords) && !PER_UNIT.test(a.q.text) ? "a yield per unit of land, and a total was asked" : null),
};

export const kindsForAnOutput: Refusal = {
  name: "kinds for an output",
  cheap: true,
  // "十种有色金属108万吨" (gwr-1980) for 十种有色金属产量: 十种 counts the kinds the name sums, not the output.
  refuses: (a) => (asksOutput(a.q) && KINDS_COUNTED.test(a.fact.figure.unit) ? "counts kinds, and an output was asked" : null),
};

export const aCapacityForAnOutput: Refusal = {
  name: "a capacity for an output",
  cheap: true,
  // "原煤：…五年内增加的年产能力为五千三百八十五万吨" (gwr-1955), "每年能够出产载重汽车三万辆" (a plant's): what could be
  // produced is no output, unless a capacity is asked (产能); nor is an item of a run its words lead ("淘汰落后炼钢炼铁产能
  // 9000多万吨、水泥2.3亿吨").
  refuses: (a) =>
    asksOutput(a.q) &&
    CAPACITY.test(a.sentence.slice(Math.min(a.fact.clause[0], clauseStartBefore(a.sentence, a.fact.figure.start)), a.fact.figure.start)) &&
    !CAPACITY.test(a.q.text)
      ? "a capacity, and an output was asked"
      : null,
};

export const aSharePerPersonForAnOutput: Refusal = {
  name: "a share per person for an output",
  cheap: false,
  // "全国平均每人占有粮食近八百斤，棉花十多斤" (gwr-1985) for 1984年棉花产量: what each person has is no harvest.
  refuses: (a) => {
    if (!asksOutput(a.q) || PER_UNIT.test(a.q.text)) return null;
    // The figure's own words, or — for an item naming only its product (棉花十多斤) after one of its kind (粮食近八百斤) —
    // the predicate it shares with the clause before.
    const own = a.sentence.slice(a.fact.clause[0], a.fact.figure.start);
    const parent = a.fact.parentClause ? a.sentence.slice(a.fact.parentClause[0], a.fact.parentClause[1]) : "";
    const listed = PRODUCT_ALONE.test(own) && extractFigures(parent).some((f) => f.unitClass === a.fact.figure.unitClass);
    const shared = listed ? parent : "";
    return PER_UNIT.test(a.coverage!.subjectWords) || PER_UNIT.test(shared) ? "a figure per person, and an output was asked" : null;
  },
};

export const aSizeForAFigurePerPerson: Refusal = {
  name: "a size for a figure per person",
  cheap: true,
  // "生产总值达到3353.3亿元，…居民人均可支配收入分别达到3.4万元" for 人均GDP: nothing per person runs to 亿.
  refuses: (a) => (a.fact.figure.unit.includes("亿") && PER_PERSON_ASKED.test(a.q.text) ? "a sum in 亿, and a figure per person was asked" : null),
};

export const perUnitForASize: Refusal = {
  name: "per unit for a size",
  cheap: false,
  // "2025年人均生产总值提升至7.6万元" for 地区生产总值总量: a figure per person is never the size asked. (A rate
  // of change is neither: "十五期间城镇居民收入一共涨了多少" is "城镇居民人均可支配收入…实际增长58.3%".)
  refuses: (a) =>
    (a.q.asksTotal || a.q.terms.some((t) => t.isShape && SIZE_WORDS.has(t.word))) &&
    PER_UNIT.test(a.coverage!.subjectWords) &&
    !PER_UNIT.test(a.q.text) &&
    !(a.q.asksChange && a.fact.figure.unitClass === "percent")
      ? "a figure per person or unit, and a size or total was asked"
      : null,
};

export const countedPerUnitOfTheMetricAsked: Refusal = {
  name: "counted per unit of the metric asked",
  cheap: false,
  // "08年GDP增速多少" against "单位国内生产总值能耗比上年下降4.59%": GDP there is what the energy is counted against; the
  // figure measures energy use, not the GDP asked. Nor is GDP per person the GDP ("兰州2010年全市生产总值达到多少" against
  // "人均生产总值达到32900元"); other figures per person are only weighed (score-table.ts).
  // (能耗 asked is the energy counted so: "能耗降了多少" is answered by it.)
  refuses: (a) => {
    const per = PER_UNIT_OF_OUTPUT.exec(a.coverage!.subjectWords);
    if (!per || PER_UNIT_OF_OUTPUT_ASKED.test(a.q.text)) return null;
    const head = metricHeadOf(a.q);
    return head && !found(head, a.coverage!.subjectWords.slice(per.index + per[0].length)) ? "counted per unit of the metric asked" : null;
  },
};

export const perUnitOfAnotherMetric: Refusal = {
  name: "per unit of another metric",
  cheap: false,
  // "人均GDP多少了" against "…城镇居民人均可支配收入17175元，农村居民人均纯收入5153元" (GDP earlier in the sentence): the
  // figure is counted per person of another metric, not of the output asked per person or per unit.
  // A figure whose own words say only 人均 is per person of the metric before it ("全省实现生产总值31072.1亿元，…，按平均
  // 汇率计算，人均4749美元"): it names no other metric.
  refuses: (a) =>
    PER_UNIT_OF_OUTPUT.test(a.q.text) &&
    PER_UNIT.test(a.coverage!.subjectWords) &&
    !PER_UNIT_OF_OUTPUT.test(a.coverage!.subjectWords) &&
    namesAMetric(a.coverage!.subjectWords.split(/\d/)[0]!.replace(PER_UNIT, "").replace(COMPUTED_AS, ""))
      ? "per unit of another metric, and per unit of output was asked"
      : null,
};

/** A figure asked per person (人均, 每人, 户均, 生均): never a sum in 亿. */
const PER_PERSON_ASKED = new RegExp(`${anyOf("per-unit-words")}|每人|每户`);

/** Shape words that ask the size of a whole (data/word-classes.txt). */
const SIZE_WORDS = new Set(wordClass("size-words"));

/** How a figure was worked out, said before it: "按平均汇率计算", "按可比价格计算". */
const COMPUTED_AS = /按[^，,；;]{0,10}计算/g;
/** Whether words name something measured: two Chinese characters or more. */
function namesAMetric(words: string): boolean {
  // "人均达到22200元": a verb (达到) names nothing.
  return (words.replace(NON_SUBJECT_WORDS, "").match(/\p{Script=Han}/gu) ?? []).length >= 2;
}
const NON_SUBJECT_WORDS = new RegExp(alternation("non-subject-words", "size-nouns"), "g");
