/**
 * Constants and helpers more than one theme of adjustments reads (score-table.ts lists the adjustments).
 */
import { anyOf, alternation } from "../../zh/word-classes.ts";
import { SUM_OR_TOTAL } from "../../zh/change-grammar.ts";

export const when = (test: boolean): number => (test ? 1 : 0);

/** Words by which a figure's own clause says it is a total, not the increment its parent clause names. */
export const TOTAL_OWN = new RegExp(`${SUM_OR_TOTAL}|${anyOf("shape-words", "shape-words-not-totals")}|全部|(?<!公)共`);

/** Names of budgets, whose 预算 is no kind word (word-classes.txt's budget-names). */
export const BUDGET_NAMES = new RegExp(alternation("budget-names"), "g");
