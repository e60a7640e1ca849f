/**
 * Products and standards: a product asked that the figure's own words do not name where they name another
 * (namesOtherProduct), and a standard asked printed as the rate per month, year or person it sets (setsStandard).
 */
import type { QueryTerm } from "../../question/types.ts";
import type { Fact } from "../facts.ts";
import { PRODUCT_NAMES, STANDARD_HEADS } from "./shared.ts";

/**
 * Whether a product asked is not named in the figure's own words and another product is ("…主要生产能力有煤炭2714万吨，
 * 石油1491万吨", gwr-1992): the figure is the other's.
 */
export function namesOtherProduct(term: QueryTerm, own: string): boolean {
  if (!term.alternatives.some((alt) => PRODUCT_NAMES.has(alt)) || term.alternatives.some((alt) => own.includes(alt))) return false;
  for (const product of PRODUCT_NAMES) {
    if (own.includes(product) && !term.alternatives.some((alt) => alt.includes(product) || product.includes(alt))) return true;
  }
  return false;
}

/**
 * Whether a standard asked (标准, 补助: word-classes.txt [standard-heads]) is the rate per month, year or person the figure
 * is printed as: "将特困供养对象基本生活费从1004元/月提高到1060元/月" (铜仁 2023) for 特困供养标准.
 */
export function setsStandard(head: QueryTerm, sentence: string, fact: Pick<Fact, "figure">): boolean {
  return STANDARD_HEADS.has(head.word) && RATE_PER_UNIT_AFTER.test(sentence.slice(fact.figure.end));
}
/** Whether a text may print a standard asked so (the pre-filters' test): a rate's divisor anywhere in it. */
export function mayPrintStandard(head: QueryTerm, text: string): boolean {
  return STANDARD_HEADS.has(head.word) && RATE_PER_UNIT.test(text);
}
/** A rate's divisor: 元/月, 元/人·年; right after its figure. */
const RATE_PER_UNIT = /[/／](?:月|年|人|户)/;
const RATE_PER_UNIT_AFTER = new RegExp(`^\\s*${RATE_PER_UNIT.source}`);
