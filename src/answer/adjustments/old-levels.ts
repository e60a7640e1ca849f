/**
 * Adjustments of the levels before and after a change: the old level (the A of 由A增加到B), asked or not, and the level a
 * change reached, asked or not.
 */
import type { Question } from "../../question/types.ts";
import { AFTER_A_CHANGE_ASKED, CHANGE_TO_LEVEL, LEVEL_MARK, LEVEL_REACHED_BEFORE } from "../../zh/change-grammar.ts";
import { PRINTED_YEARS } from "../../zh/years.ts";
import { clauseStartBefore } from "../../zh/text.ts";
import { extractFigures } from "../../zh/figures.ts";
import { toSearchForm } from "../../zh/normalize.ts";
import type { Adjustment, ScoreInputs } from "../score-table.ts";
import { when } from "./shared.ts";

/** The old level's own name after 由/从, years and 的 left out: "由年初预算111.10亿元调整为…" → 年初预算. */
const OLD_LEVEL_NAME = /(?:由|从)([^，,；;。：:由从]*)$/;
/** Per whom and per when a standard is counted: 每人每年, 每人每月, 人均每年. */
const PER_WHOM_AND_WHEN = /(?:每|人均)[人户名位年月日]*(?:每[人户名位年月日])*/g;
/** A name shorter than this is a time word (由上年的…), which the year rules read. */
const OLD_LEVEL_NAME_MIN = 3;

/**
 * Whether the question asks the old level whose figure starts at `start`: by its name ("年初预算" of 由年初预算A), or by
 * asking what it was before (原来多少: the A of 从A提高到B).
 */
function oldLevelAsked(q: Question, sentence: string, start: number | null): boolean {
  if (start === null) return false;
  if (q.asksOldLevel) return true;
  const name = OLD_LEVEL_NAME.exec(sentence.slice(clauseStartBefore(sentence, start), start))?.[1]
    ?.replace(PRINTED_YEARS, "")
    .replace(/的|\s/g, "")
    // (Per whom and per when it is counted, "从每人每年84元提高至89元", names no old level.)
    .replace(PER_WHOM_AND_WHEN, "");
  return name !== undefined && /^\p{Script=Han}+$/u.test(name) && [...name].length >= OLD_LEVEL_NAME_MIN && toSearchForm(q.text).includes(name);
}

/** Right before a figure, the mark of a level reached: 到, 至, 为. */
const LEVEL_MARK_BEFORE = new RegExp(`${LEVEL_MARK}\\s*$`);

/** Where the figure before this one in its clause starts, when the clause says it reached this one from it (…调整为, …提高到). */
function previousFigureStart(sentence: string, start: number): number | null {
  // The mark first: reading the clause's figures is the costly part, and most figures have no mark before them.
  if (!LEVEL_MARK_BEFORE.test(sentence.slice(0, start))) return null;
  const clauseStart = clauseStartBefore(sentence, start);
  const before = extractFigures(sentence.slice(clauseStart, start)).at(-1);
  return before ? clauseStart + before.start : null;
}

/** Whether the sentence, after the figure, says a level of the same kind was reached: "…，今年要扩大到120户". */
function reachedLaterInSentence(s: ScoreInputs): boolean {
  const rest = s.sentence.slice(s.fact.figure.end);
  const reached = LEVEL_REACHED_AHEAD.exec(rest);
  if (!reached) return false;
  const next = extractFigures(rest.slice(reached.index + reached[0].length))[0];
  return next !== undefined && next.start === 0 && next.unitClass === s.fact.figure.unitClass;
}
const LEVEL_REACHED_AHEAD = new RegExp(CHANGE_TO_LEVEL.source);

export const oldLevel: Adjustment = {
  name: "old level",
  weight: -2.5,
  why: "the A of 由A增加到B is the level before, not the current one (unless a span review dates it: 五年来…从54万亿元)",
  value: (s) => when(s.fact.role === "before" && s.fact.spanPoint !== "start"),
};

export const oldLevelAskedAdjustment: Adjustment = {
  name: "old level asked",
  weight: 2.5,
  why: "the A of 由年初预算A调整为B asked by what it is (年初预算是多少) or as what it was (原来多少): that takes back the old level's penalty",
  value: (s) => when(s.fact.role === "before" && oldLevelAsked(s.q, s.sentence, s.fact.figure.start)),
};

export const levelAfterTheOldOneAsked: Adjustment = {
  name: "level after the old one asked",
  weight: -2.5,
  why: "the B of 由年初预算A调整为B, where the question asks the old level (年初预算是多少, 原来多少)",
  value: (s) =>
    when((s.fact.role === "level" || s.fact.role === "share") && oldLevelAsked(s.q, s.sentence, previousFigureStart(s.sentence, s.fact.figure.start))),
};

export const levelAfterAChangeAsked: Adjustment = {
  name: "level after a change asked",
  weight: 0.75,
  why: "调整后 asked, and the figure is the level a change reached (由年初预算的104.99亿元增加到248.07亿元)",
  value: (s) => when(AFTER_A_CHANGE_ASKED.test(s.q.text) && LEVEL_REACHED_BEFORE.test(s.sentence.slice(s.fact.clause[0], s.fact.figure.start))),
};

export const levelBeforeTheOneReachedAsked: Adjustment = {
  name: "level before the one reached asked",
  weight: -1,
  why: "扩到多少 asked, and the sentence goes on to the level reached (已经组织了57户…，今年要扩大到120户): 57户 is where it started",
  value: (s) =>
    when(
      AFTER_A_CHANGE_ASKED.test(s.q.text) && !LEVEL_REACHED_BEFORE.test(s.sentence.slice(s.fact.clause[0], s.fact.figure.start)) && reachedLaterInSentence(s),
    ),
};
