/**
 * Adjustments of a total, asked or not: a sum with other items, an addend of the total asked, the figure its own words
 * call the total, an average for a sum, an item for a total.
 */
import { SUM_OR_TOTAL } from "../../zh/change-grammar.ts";
import type { Adjustment } from "../score-table.ts";
import { TOTAL_OWN, when } from "./shared.ts";

/** A figure's own words that make it an average of many (项目平均投资, 平均每个); 年均 of a rate is read as a change. */
const AVERAGE = /平均/;
/** An average asked: 平均, 均 (人均, 户均, 每年 for 年均), 每 (每个项目). */
const AVERAGE_ASKED = /均|每/;
/** A sum asked: 总投资, 总数, 一共, 累计. */
const SUM_ASKED = new RegExp(`总|${SUM_OR_TOTAL}`);

export const sumWithOtherItems: Adjustment = {
  name: "sum with other items",
  weight: -3,
  why: "工业…六百九十四个，加上农业…的二百五十二个…，全部…共有一千六百个: a sum of the asked item and others is not the item's",
  value: (s) =>
    when(
      !s.q.asksTotal && SUM_WITH_OTHERS.test(s.sentence.slice(0, s.fact.clause[0])) && TOTAL_OWN.test(s.sentence.slice(s.fact.clause[0], s.fact.figure.start)),
    ),
};

export const addendOfTheTotalAsked: Adjustment = {
  name: "addend of the total asked",
  weight: -3,
  why: "计划农垦部直属企业开荒七百万亩，加上地方国营农场开荒…，全国开垦荒地共达一千七百七十三万五千亩: one addend is not the total asked",
  value: (s) => {
    const after = s.sentence.slice(s.fact.clause[1]);
    const added = after.search(SUM_WITH_OTHERS);
    return when(s.q.asksTotal && added >= 0 && TOTAL_OWN.test(after.slice(added)));
  },
};

export const totalForATotal: Adjustment = {
  name: "total for a total",
  weight: 1.5,
  why: "高企总数 asked: '认定高新技术企业136家、总数达411家' — the figure its own words call the total is the one asked",
  value: (s) => when(s.q.asksTotal && !s.fact.isItem && TOTAL_OWN.test(s.coverage.ownWords)),
};

export const averageNotAsked: Adjustment = {
  name: "average not asked",
  weight: -1.5,
  why: "总投资 asked: '总投资1570.4亿元，…项目平均投资5.2亿元' — an average is another quantity than the sum",
  // Only against a sum asked (总投资, 一共): "城镇调查失业率平均为5.1%", "PM2.5平均浓度" are the metric itself.
  value: (s) => when(AVERAGE.test(s.coverage.ownWords) && SUM_ASKED.test(s.q.text) && !AVERAGE_ASKED.test(s.q.text)),
};

export const itemForATotal: Adjustment = {
  name: "item for a total",
  weight: -1.5,
  why: "一共/总计 asked, and the figure is an item of a 其中-list",
  value: (s) => when(s.fact.isItem && s.q.asksTotal),
};

/** Other items added to the ones before: "…，加上农业、林业、水利方面的二百五十二个，…". */
const SUM_WITH_OTHERS = /加上/;
