/** Normalisation: full-width ASCII, spaces in and around numbers, Chinese thousands commas. */
import { halfWidthAlphanumeric } from "../../zh/normalize.ts";
import { applySpacing } from "../repair.ts";

export function normaliseText(text: string): string {
  // Spaces inside and around numbers: repair.ts's NUMBER_SPACING_RULES ("1 9 9 3 年", "2572.74 亿元", "1 048.53万人").
  return (
    applySpacing(halfWidthAlphanumeric(text))
      // "33，212万吨" → "33,212万吨"; the lookahead lets "1，011，742" convert both commas.
      .replace(/(\d)，(?=\d{3}(?!\d))/g, "$1,")
  );
}
