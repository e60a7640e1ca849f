/**
 * Change verbs asked and printed: whether a question word asks a change (isChangeTerm) or a rise (asksRise), and whether a
 * text holds a change verb that goes the way the asked one does (sameDirectionVerbIn).
 */
import type { QueryTerm } from "../../question/types.ts";
import { CHANGE_TERM, CHANGE_VERB } from "./shared.ts";

/** A change verb that says a fall (下降, 降了, 减少, 缩小, 回落, 下跌; 低 asked). */
const FALLS = /[降减缩低]|回落|下跌/;
/** A question word that is a change verb (增长, 提高, 涨). */
export function isChangeTerm(term: QueryTerm): boolean {
  return CHANGE_TERM.test(term.word);
}

/** A change verb in the text that goes the way the asked one does (上升 for 提高, 回落 for 下降). */
export function sameDirectionVerbIn(term: QueryTerm, text: string): boolean {
  return [...text.matchAll(CHANGE_VERB)].some((m) => FALLS.test(m[0]) === FALLS.test(term.word));
}

/** Whether a change asked is a rise, which an amount added states. */
export function asksRise(term: QueryTerm): boolean {
  return isChangeTerm(term) && !FALLS.test(term.word);
}
