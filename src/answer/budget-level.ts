/**
 * Budget reports speak of levels: a government's own budget (市级, 市本级: what the city government
 * itself collects and spends), the whole area's (全市: every level of government in it, counties
 * included), and a part's (高新区, 城乡一体化示范区: a zone with a budget of its own). A figure of one
 * does not answer for another.
 */
import { anyOf } from "../zh/word-classes.ts";
import { placesNamed } from "../zh/places.ts";
import { blankInclusionAsides } from "../zh/text.ts";
import { extractFigures } from "../zh/figures.ts";
import { taggedWords } from "../zh/segment.ts";
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

/** The longest sentence before that a sentence with no subject goes on about: a short one, its topic alone ("新区功能加快完善。"). */
const LEAD_IN_MAX = 16;
/** How many characters of a sentence's opening are read for its first word. */
const SUBJECT_LOOK = 6;
/**
 * A sentence opening with a zone as its topic, after its year if any: "园区经济快速增长", "2024年，高新区…"; group 1 the
 * zones' rank when one comes first (省级以上开发区, 国家级高新区), which may open a count of them too ("国家级高新区增加到
 * 14家，高新技术企业达5.3万家"): such a topic is only a subjectless clause's.
 */
const ZONE_TOPIC = new RegExp(`^\\s*(?:\\d{4}年[，,]?)?(国家级|省级以上|省级|市级)?${anyOf("budget-part-areas")}`);

/** Whether a sentence opens with a zone as the topic of a clause: any clause, or one with no subject when the zone is ranked. */
export function zoneTopicOf(sentence: string, clause: string): boolean {
  const m = ZONE_TOPIC.exec(sentence);
  return m !== null && (m[1] === undefined || opensWithVerb(clause));
}

/**
 * Whether a sentence with no subject of its own goes on about a zone the sentence before opened with: "新区功能加快完善。
 * 完成固定资产投资148亿元" (淮南 2020) is the 新区's investment, not the city's. The sentence opens with a verb, names no
 * level before the figure, and the one before, short and with no figure of its own, opens with the zone.
 */
export function ledInByZone(sentence: string, figureStart: number, leadIn: string): boolean {
  // (Not a ranked zone, which may open a count of the zones.)
  const topic = leadIn.length <= LEAD_IN_MAX ? ZONE_TOPIC.exec(leadIn) : null;
  if (topic === null || topic[1] !== undefined || extractFigures(leadIn).length > 0) return false;
  if (lastBudgetLevel(sentence.slice(0, figureStart)) !== null) return false;
  return opensWithVerb(sentence);
}

/** Whether a text opens with a verb, so has no subject of its own ("完成固定资产投资148亿元"). */
function opensWithVerb(text: string): boolean {
  return taggedWords(text.trim().slice(0, SUBJECT_LOOK)).at(0)?.tag.startsWith("v") === true;
}
