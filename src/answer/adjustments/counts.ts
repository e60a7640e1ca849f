/**
 * Adjustments of a count: the noun right after it, asked or another, a phrase it is the attribute of, a programme's name
 * it opens (namesProgramme is read by the refusals too).
 */
import { countsAnotherNoun, countsHead } from "../coverage.ts";
import type { Fact } from "../facts.ts";
import { anyOf } from "../../zh/word-classes.ts";
import type { Adjustment } from "../score-table.ts";
import { when } from "./shared.ts";

export const countedNoun: Adjustment = {
  name: "counted noun",
  weight: 0.5,
  why: "50个测评点: the noun right after a count is what it counts",
  value: (s) => when(countsHead(s.q, s.fact, s.sentence) === true),
};

export const attributeOfANoun: Adjustment = {
  name: "attribute of a noun",
  weight: -1.5,
  why: "年产一百五十万吨钢的钢铁联合企业: a figure in a phrase ending in 的 describes the noun after it, not the metric (unless it counts what is asked: 50个测评点的…)",
  value: (s) => when(ATTRIBUTIVE.test(s.sentence.slice(s.fact.figure.end)) && countsHead(s.q, s.fact, s.sentence) !== true),
};

export const namesAProgramme: Adjustment = {
  name: "names a programme",
  weight: -1.5,
  why: "建成100个示范工程: a count in a programme's name counts the programmes only when they are asked",
  value: (s) => when(s.fact.figure.unitClass === "count" && namesProgramme(s.fact, s.sentence) && countsHead(s.q, s.fact, s.sentence) !== true),
};

export const countsAnotherNounAdjustment: Adjustment = {
  name: "counts another noun",
  weight: -1,
  why: "人民公社还办了三万多所农业中学: a count followed by another noun than the one asked counts that noun (11家企业入选…上市公司百强, when a count is asked)",
  value: (s) => when(countsAnotherNoun(s.q, s.fact, s.sentence) || (s.q.wantedClasses.includes("count") && countsHead(s.q, s.fact, s.sentence) === false)),
};

/** A figure's phrase ending in 的 before a noun (…万吨钢的钢铁联合企业, 5000万元的项目). */
const ATTRIBUTIVE = /^[^，,；;。、：:\d]{0,4}的\p{Script=Han}/u;
/** A figure that opens the name of a programme: "实施新一轮千亿斤粮食产能提升行动". */
// (Not across a 的: "完成年度111.6亿元的投资计划" is the plan's amount, no name.)
const NAMES_PROGRAMME = new RegExp(`^(?:(?!的)\\p{Script=Han}){0,10}?(?:${anyOf("programme-names")})(?![\\p{Script=Han}])`, "u");

/**
 * An amount in the name of a programme ("实施新一轮千亿斤粮食产能提升行动", "支持实施千万吨粮食增产计划") is no
 * statistic of it (acceptance.ts refuses it). A count there may count the programmes ("组织实施了1000多项…示范工程").
 */
export function namesProgramme(fact: Fact, sentence: string): boolean {
  return NAMES_PROGRAMME.test(sentence.slice(fact.figure.end));
}
