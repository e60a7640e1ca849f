/**
 * How questions name years, in one place for the readers of a question (understand.ts, request.ts,
 * follow-up.ts): a report named, a span of years, years relative to the corpus' present.
 */

/** "2019年报告", "2019年政府工作报告": only that report answers. */
export const REPORT_YEAR = /((?:19|20)\d\d)\s*年?\s*(?:的)?\s*(?:政府工作)?(?:报告|工作报告)/;
/** "2015到2020年", "从2005至2011年间": a span of years, its first and last. */
export const YEAR_RANGE = /(?:从|自)?((?:19|20)\d\d)\s*年?\s*(?:到|至|-|—|–|~|～)\s*((?:19|20)\d\d)\s*年?(?:间|期间)?/;
/** Years said relative to the corpus' present (its latest report's year): the offset of each word. */
export const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 本年: 0, 当年: 0, 去年: -1, 上年: -1, 上一年: -1, 前年: -2 };
/** A relative year word, but not a comparison base ("比上年减少多少" asks a change, not last year's figure). */
export const RELATIVE_YEAR = new RegExp(
  `(?<![比较])(?:${Object.keys(RELATIVE_YEARS)
    .sort((a, b) => b.length - a.length)
    .join("|")})`,
);
