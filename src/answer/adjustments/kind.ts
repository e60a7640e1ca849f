/**
 * Adjustments of a figure's kind (a target, a forecast, what was agreed, what was done): the kind asked, and the kind
 * words a question and a figure say.
 */
import type { Question } from "../../question/types.ts";
import { alternation, anyOf } from "../../zh/word-classes.ts";
import type { Adjustment } from "../score-table.ts";
import { BUDGET_NAMES, when } from "./shared.ts";

/** What a report foresees for its year (预计全年…): not what the year came to. */
const FORECAST = /预计/;

/** What was agreed or contracted, not done: 协议金额, 合同外资, 签约额. */
const AGREED = /协议|合同|签约/;

/**
 * A word that asks for a plan, a forecast or what was done (预计, 目标, 计划; 实际, 完成): said again in
 * a figure's own words, it is that one. 实际 before a change (实际增长) says real growth, not done.
 */
const KIND_WORD = new RegExp(
  `${anyOf(["target-kind-words", "arranged-kind-words"])}|${anyOf("done-kind-words")}(?!${alternation("change-verbs", "colloquial-change")})`,
  "g",
);

function withoutBudgetNames(text: string): string {
  return text.replace(BUDGET_NAMES, " ");
}

/** The kind words a question says (目标, 预计, 计划…), a budget's name aside. */
function kindWordsAsked(q: Question): string[] {
  return withoutBudgetNames(q.text).match(KIND_WORD) ?? [];
}

export const agreedForActual: Adjustment = {
  name: "agreed for actual",
  weight: -2,
  why: '外商直接投资实际到位多少 against "外商直接投资协议金额120亿美元，实际投资43.7亿美元": what was agreed or contracted is not what was actually put in',
  value: (s) => when(s.q.wantedKind === "actual" && AGREED.test(s.sentence.slice(s.fact.clause[0], s.fact.figure.start))),
};

export const targetAsked: Adjustment = {
  name: "target asked",
  weight: 1,
  why: "目标/预期 asked, and the figure is a target",
  value: (s) => when(s.q.wantedKind === "target" && s.fact.kind === "target"),
};

export const actualForATarget: Adjustment = {
  name: "actual for a target",
  weight: -1.2,
  why: "目标 asked, and the figure is an actual",
  value: (s) => when(s.q.wantedKind === "target" && s.fact.kind !== "target"),
};

export const targetNotAsked: Adjustment = {
  name: "target not asked",
  weight: -1.5,
  why: "an actual is wanted unless a target is asked",
  value: (s) => when(s.q.wantedKind !== "target" && s.fact.kind === "target"),
};

export const forecastForAPastYear: Adjustment = {
  name: "forecast for a past year",
  weight: -1.5,
  why: "a past year asked: what the next report says it came to (留抵退税超过2.4万亿元) beats what was foreseen (预计…约1.5万亿元)",
  value: (s) =>
    when(
      s.q.wantedKind !== "target" &&
        s.fact.kind === "target" &&
        s.q.dataYear !== null &&
        s.q.present !== null &&
        s.q.dataYear < s.q.present &&
        FORECAST.test(s.sentence.slice(0, s.fact.figure.start)),
    ),
};

export const kindWordNamed: Adjustment = {
  name: "kind word named",
  weight: 0.5,
  why: "1981年财政赤字预计多少: the figure whose own words say 预计 too ('预计降低到今年的二十七亿元')",
  value: (s) => when(kindWordsAsked(s.q).some((w) => withoutBudgetNames(s.coverage.ownWords).includes(w))),
};

export const kindWordInItsSentence: Adjustment = {
  name: "kind word in its sentence",
  weight: 0.25,
  why: "今年CPI目标: a target its own sentence calls one ('主要预期目标是：…2%左右') beats one read as a plan from its section",
  value: (s) => when(kindWordsAsked(s.q).some((w) => withoutBudgetNames(s.sentence.slice(0, s.fact.figure.start)).includes(w))),
};
