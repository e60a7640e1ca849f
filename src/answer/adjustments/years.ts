/**
 * Adjustments of a figure's year: the asked year named in its sentence, a year from the report or a span only, a
 * figure up to a month.
 */
import { UP_TO_MONTH } from "../../zh/text.ts";
import type { Adjustment } from "../score-table.ts";
import { when } from "./shared.ts";

export const upToAMonth: Adjustment = {
  name: "up to a month",
  weight: -1.5,
  why: "截止2020年9月底…一般公共预算支出178.10亿元: nine months' figure, weaker than a whole year's when the question names no month",
  value: (s) => when(UP_TO_MONTH.test(/^[^，,；;]*/.exec(s.sentence)![0]) && !/月/.test(s.q.text)),
};

export const yearNamed: Adjustment = {
  name: "year named",
  weight: 0.5,
  why: "the sentence names the asked year itself",
  value: (s) => when(s.q.dataYear !== null && s.fact.year === s.q.dataYear && s.fact.yearSource !== "report"),
};

export const yearFromTheReport: Adjustment = {
  name: "year from the report",
  weight: -1.5,
  why: "accepted on the report's year alone, not on a year the text gives",
  value: (s) => when(s.q.dataYear !== null && s.fact.year === null && s.year !== s.q.dataYear),
};

export const yearFromASpan: Adjustment = {
  name: "year from a span",
  weight: -1.5,
  why: "五年来…从1655亿美元增加到…: a level dated only by the span a review opens with, weaker than a year the text prints",
  value: (s) => when(s.fact.spanPoint === "start"),
};
