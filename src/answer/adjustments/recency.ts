/**
 * Adjustments of when, where the question asks no year: the latest figure (recency), or, a plan period asked, the
 * whole period's (plan period).
 */
import type { Adjustment } from "../score-table.ts";

/** Years over which "recency" grows from nothing to its full weight. */
const RECENCY_SPAN: [number, number] = [1950, 2025];

export const recency: Adjustment = {
  name: "recency",
  weight: 0.6,
  why: "no year, report or period asked: the latest figure is the one wanted",
  value: (s) =>
    s.q.dataYear === null && s.q.reportYear === null && !s.q.period && s.year !== null
      ? Math.max(0, Math.min(1, (s.year - RECENCY_SPAN[0]) / (RECENCY_SPAN[1] - RECENCY_SPAN[0])))
      : 0,
};

export const planPeriod: Adjustment = {
  name: "plan period",
  weight: 0.7,
  why: "a five-year plan asked: the whole period's figure (or its last year's) is the answer; others count against",
  // A span of other years ("从一九七九年到一九八一年…安排城镇二千六百万人就业" for 六五, 1981–1985) is no whole period:
  // a span's figure counts for the period only if the span is undated or ends with it.
  // An undated figure of one year's size (a share the plan sets: "制造生产资料工业的投资占百分之八十八点八") is neither,
  // and the figure of a year asked with the period is what was asked.
  value: (s) =>
    !s.q.period || (s.q.dataYear !== null && s.year === s.q.dataYear)
      ? 0
      : s.year === s.q.period[1] || (s.fact.multiYear && s.year === null)
        ? 1
        : s.fact.year === null
          ? 0
          : -1,
};
