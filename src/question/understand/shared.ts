/** What the asking words of more than one part of reading a question build on: how many, and the measure word after it. */
import { HOW_MANY_WORD } from "../../zh/asking.ts";
import { anyOf } from "../../zh/word-classes.ts";

/** How many (多少, 几, and the magnitude after it: 多少万), as a regex source. */
export const HOW_MANY = `${HOW_MANY_WORD}(?:万|亿)?`;

/** A measure word after 多少/几 (多少个, 几所), as a regex source. */
export const MEASURE = anyOf("measure-words");
