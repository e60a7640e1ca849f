/**
 * Budget reports speak of levels: a government's own budget (市级, 市本级: what the city government
 * itself collects and spends), the whole area's (全市: every level of government in it, counties
 * included), and a part's (高新区, 城乡一体化示范区: a zone with a budget of its own). A figure of one
 * does not answer for another.
 */
import { anyOf } from "../zh/word-classes.ts";
import { placesNamed } from "../zh/places.ts";
import { blankInclusionAsides } from "../zh/text.ts";
import type { Fact } from "./facts.ts";

/** word-classes.txt's budget-own-levels (市级, 省本级), budget-whole-areas (全市, 全省) and budget-part-areas (高新区). */
export type BudgetLevel = "own" | "whole" | "part";
const LEVEL_WORDS: ReadonlyArray<[BudgetLevel, RegExp]> = [
  ["own", new RegExp(anyOf("budget-own-levels"), "g")],
  ["whole", new RegExp(anyOf("budget-whole-areas"), "g")],
  ["part", new RegExp(anyOf("budget-part-areas"), "g")],
];

/** The budget level a figure is of: money and percentages only have one (a count of schools has none). */
export function budgetLevelOf(fact: Pick<Fact, "figure" | "budgetLevel">): BudgetLevel | null {
  return fact.figure.unitClass === "money" || fact.figure.unitClass === "percent" ? fact.budgetLevel : null;
}

/** The levels a question names: none, one, or both (市级 and 全市). */
export function budgetLevelsNamed(text: string): Set<BudgetLevel> {
  return new Set(LEVEL_WORDS.filter(([, words]) => text.match(words)).map(([level]) => level));
}

/**
 * The level the last of these words in the text names, or null when it names none. Not a word of
 * what a total includes: "市级（含市本级、…开发示范区，下同）一般公共预算收入139.4亿元" is 市级's.
 */
export function lastBudgetLevel(printed: string): BudgetLevel | null {
  const text = blankInclusionAsides(printed);
  let last: BudgetLevel | null = null;
  let at = -1;
  for (const [level, words] of LEVEL_WORDS) {
    for (const m of text.matchAll(words)) {
      if ((m.index ?? -1) > at) [last, at] = [level, m.index ?? -1];
    }
  }
  for (const m of text.matchAll(NAMED_AREA_BUDGET)) {
    if ((m.index ?? -1) > at && isZoneName(m[1]!)) [last, at] = ["part", m.index ?? -1];
  }
  return last;
}

/** A name ending in 区 right before a budget's name: "大通湖区地方一般公共预算收入2.9亿元". */
const NAMED_AREA_BUDGET = /(\p{Script=Han}{2,4}区)(?=(?:地方)?一般公共预算|政府性基金)/gu;
const WHOLE_OR_OWN = new RegExp(`(?:${anyOf(["budget-whole-areas", "budget-own-levels"])})$`);

/**
 * A 区 the gazetteer does not know is a zone with a budget of its own (益阳's 大通湖区, a management
 * zone), where a known one (普陀区 in 上海市普陀区) is a place, and 全区 or 区级 a level.
 */
function isZoneName(name: string): boolean {
  if (WHOLE_OR_OWN.test(name)) return false;
  for (let k = 2; k <= name.length; k++) if (placesNamed(name.slice(-k)).length > 0) return false;
  return true;
}
