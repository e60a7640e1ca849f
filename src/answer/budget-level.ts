/**
 * Budget reports speak of levels: a government's own budget (市级, 市本级: what the city government
 * itself collects and spends), the whole area's (全市: every level of government in it, counties
 * included), and a part's (高新区, 城乡一体化示范区: a zone with a budget of its own). A figure of one
 * does not answer for another.
 */
import { anyOf } from "../zh/word-classes.ts";

/** word-classes.txt's budget-own-levels (市级, 省本级), budget-whole-areas (全市, 全省) and budget-part-areas (高新区). */
export type BudgetLevel = "own" | "whole" | "part";
const LEVEL_WORDS: ReadonlyArray<[BudgetLevel, RegExp]> = [
  ["own", new RegExp(anyOf("budget-own-levels"), "g")],
  ["whole", new RegExp(anyOf("budget-whole-areas"), "g")],
  ["part", new RegExp(anyOf("budget-part-areas"), "g")],
];

/** The levels a question names: none, one, or both (市级 and 全市). */
export function budgetLevelsNamed(text: string): Set<BudgetLevel> {
  return new Set(LEVEL_WORDS.filter(([, words]) => text.match(words)).map(([level]) => level));
}

/** The level the last of these words in the text names, or null when it names none. */
export function lastBudgetLevel(text: string): BudgetLevel | null {
  let last: BudgetLevel | null = null;
  let at = -1;
  for (const [level, words] of LEVEL_WORDS) {
    for (const m of text.matchAll(words)) {
      if ((m.index ?? -1) > at) [last, at] = [level, m.index ?? -1];
    }
  }
  return last;
}
