/**
 * Question words a figure's unit names: a kind of quantity (总长度 by 89万公里) or a unit asked (平米 by 平方米).
 */
import type { QueryTerm } from "../../question/types.ts";
import { UNIT_CLASS, type UnitClass } from "../../zh/units.ts";
import { wordClass } from "../../zh/word-classes.ts";

/** Words that ask for a kind of quantity by its name (总长度, 面积), and the class of unit that names it. */
const QUANTITY_NOUNS: ReadonlyArray<[ReadonlySet<string>, UnitClass]> = [
  [new Set(wordClass("length-nouns")), "length"],
  [new Set(wordClass("area-nouns")), "area"],
  [new Set(wordClass("throughput-nouns")), "person-times"],
  [new Set(wordClass("throughput-nouns")), "mass"],
  [new Set(wordClass("throughput-nouns")), "count"],
];

/** A question word that names a kind of quantity, named by the figure's unit ("总长度" by 89万公里). */
export function namedByUnit(term: QueryTerm, unitClass: UnitClass): boolean {
  // …or a unit asked ("多少平米") of the figure's kind, however the report prints it (平方米).
  return QUANTITY_NOUNS.some(([words, cls]) => cls === unitClass && words.has(term.word)) || UNIT_CLASS.get(term.word) === unitClass;
}

/** A question word that names a kind of quantity a unit can name (the pre-filter's upper bound). */
export function isQuantityNoun(term: QueryTerm): boolean {
  return QUANTITY_NOUNS.some(([words]) => words.has(term.word));
}

/** A question word that is a unit of two characters or more (平米, 百分点): a figure's unit may name it, printed otherwise. */
export function isUnitWord(term: QueryTerm): boolean {
  return term.word.length >= 2 && UNIT_CLASS.has(term.word);
}
