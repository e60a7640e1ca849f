/**
 * Adjustments of a change, asked or not: the change verb and the rate asked, a level or a planned rate for a change, a
 * change or a growth rate for a level.
 */
import type { Question } from "../../question/types.ts";
import { incrementNamed, isRateOfChange, multipleAsked } from "../facts.ts";
import { anyOf } from "../../zh/word-classes.ts";
import type { Adjustment, ScoreInputs } from "../score-table.ts";
import { when } from "./shared.ts";

/** A change verb of the data (增长, 增加, 下降…) as a question types it: the word alone. */
const CHANGE_VERB_WORD = new RegExp(`^${anyOf("change-verbs")}$`);

/** Each question's typed change verb as it ends a figure's lead (built once a question: every change fact asks). */
const ASKED_VERB_ENDINGS = new WeakMap<Question, RegExp | null>();

/** Whether the text before a figure ends in the change verb the question typed (增加 of "计划增加多少"). */
function changeVerbAsked(q: Question, before: string): boolean {
  let ending = ASKED_VERB_ENDINGS.get(q);
  if (ending === undefined) {
    const verb = q.terms.find((t) => CHANGE_VERB_WORD.test(t.word))?.word;
    ending = verb === undefined ? null : new RegExp(`${verb}了?$`);
    ASKED_VERB_ENDINGS.set(q, ending);
  }
  return ending !== null && ending.test(before);
}

/** A growth asked as a rate is: 增长多少, 涨了多少, 增速 (增加多少 asks an amount as often). */
const RATE_VERB_ASKED = new RegExp(`增长|涨|${anyOf("rate-of-change-nouns")}`);

/** After a level (and the rest of its run), its rate of change: "、15868元，分别增长8%、9%". */
const RATE_FOLLOWS = /^(?:、[\d.,]+[^\d、，,；;。]{0,4})*[，,、]\s*(?:分别)?(?:比上年|同比)?(?:增长|增加|下降|提高|上升|减少)\s*[\d.]+%/;

/** A change asked (增长多少), and the figure an amount reached, not a change or a rate. */
function levelForChange(s: ScoreInputs): boolean {
  return s.q.asksChange && s.fact.role === "level" && s.fact.figure.unitClass !== "percent" && s.fact.figure.unitClass !== "points";
}

/**
 * "沈阳规上工业咋样": how a measure went asks neither its level nor its change alone, and a change
 * ("规模以上工业增加值比上年下降6.0%") answers it as well as a level.
 */
export const HOW_IT_GOES = new RegExp(anyOf("how-it-goes"));

export const changeAsked: Adjustment = {
  name: "change asked",
  weight: 0.5,
  why: "增长/提高 asked, and the figure is a change",
  value: (s) => when(s.fact.role === "change" && s.q.asksChange),
};

export const changeVerbAsAsked: Adjustment = {
  name: "change verb as asked",
  weight: 0.25,
  why: "增加多少 against '投入增加300亿元以上，比上年增长20%以上': the figure right after the very change verb asked (an amount is 增加, a rate 增长)",
  value: (s) => when(s.q.asksChange && s.fact.role === "change" && changeVerbAsked(s.q, s.sentence.slice(0, s.fact.figure.start))),
};

export const rateForAGrowthAsked: Adjustment = {
  name: "rate for a growth asked",
  weight: 0.3,
  why: "增长多少 with no unit asks the rate: of '收入增长966,485,000元，即增长3.68%' the 3.68%",
  value: (s) =>
    when(
      s.q.asksChange && s.q.wantedClasses.length === 0 && RATE_VERB_ASKED.test(s.q.text) && s.fact.role === "change" && s.fact.figure.unitClass === "percent",
    ),
};

export const changeNotAsked: Adjustment = {
  name: "change not asked",
  weight: -2,
  why: "a level asked, and the figure is a change (比上年增加…)",
  value: (s) =>
    when(s.fact.role === "change" && !s.q.asksChange && !HOW_IT_GOES.test(s.q.text) && !incrementNamed(s.q, s.sentence, s.fact) && !multipleAsked(s.q, s.fact)),
};

export const rateForAPlannedAmount: Adjustment = {
  name: "rate for a planned amount",
  weight: -1,
  why: "a target of an amount asked (收入预期多少): a planned rate (预期增长4%) yields to the planned amount",
  value: (s) => when(s.q.rateImplied && (s.fact.figure.unitClass === "percent" || s.fact.figure.unitClass === "points")),
};

export const growthRateNotAsked: Adjustment = {
  name: "growth rate not asked",
  weight: -1.5,
  why: "a level asked with no rate in it (沿海港口货物吞吐量), and the figure is a percentage right after a change verb (增长百分之五十九)",
  value: (s) =>
    when(!s.q.asksChange && !s.q.asksShare && !HOW_IT_GOES.test(s.q.text) && !s.q.wantedClasses.includes("percent") && isRateOfChange(s.sentence, s.fact)),
};

export const levelForAChange: Adjustment = {
  name: "level for a change",
  weight: -1,
  why: "增长多少 asked, and the figure is an amount reached, not a change or a rate",
  value: (s) => when(levelForChange(s)),
};

export const levelBeforeItsRate: Adjustment = {
  name: "level before its rate",
  weight: -1,
  why: '增长多少 asked: "农村居民人均可支配收入32484元、15868元，分别增长8%、9%" (南平 2019) — the level\'s own rate of growth follows it, and is the figure asked',
  value: (s) => when(levelForChange(s) && RATE_FOLLOWS.test(s.sentence.slice(s.fact.figure.end))),
};
