/**
 * Budget reports speak of two levels: a government's own budget (市级, 市本级: what the city
 * government itself collects and spends) and the whole area's (全市: every level of government in
 * it, counties included). A figure of one does not answer for the other.
 */
import { anyOf } from "../zh/word-classes.ts";

/** A government's own budget (市级, 省本级) or the whole area's (全市, 全省): word-classes.txt's budget-own-levels and budget-whole-areas. */
export type BudgetLevel = "own" | "whole";
const OWN_LEVEL = new RegExp(anyOf("budget-own-levels"), "g");
const WHOLE_AREA = new RegExp(anyOf("budget-whole-areas"), "g");

/** The levels a question names: none, one, or both (市级 and 全市). */
export function budgetLevelsNamed(text: string): Set<BudgetLevel> {
  const levels = new Set<BudgetLevel>();
  if (text.match(OWN_LEVEL)) levels.add("own");
  if (text.match(WHOLE_AREA)) levels.add("whole");
  return levels;
}

/** The level the last of these words in the text names, or null when it names none. */
export function lastBudgetLevel(text: string): BudgetLevel | null {
  const own = Math.max(-1, ...[...text.matchAll(OWN_LEVEL)].map((m) => m.index ?? -1));
  const whole = Math.max(-1, ...[...text.matchAll(WHOLE_AREA)].map((m) => m.index ?? -1));
  return own < 0 && whole < 0 ? null : own > whole ? "own" : "whole";
}
