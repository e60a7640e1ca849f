/**
 * Counts: whether a unit class counts things or people, and whether the noun after a count is the one asked (countsHead,
 * countsAnotherNoun).
 */
import type { QueryTerm, Question } from "../../question/types.ts";
import { countedAfter, type UnitClass } from "../../zh/units.ts";
import { anyOf, ONE_CHARACTER_COUNTED } from "../../zh/word-classes.ts";
import type { Fact } from "../facts.ts";
import { HOW_MANY_WORD } from "../../zh/asking.ts";
import { headTerm } from "./terms.ts";
import { found } from "./naming.ts";
import { abbreviates } from "./abbreviations.ts";

/** The word a count asked counts: the one after 多少个 ("多少个城市"), else the metric's head. */
function countedTerm(q: Question): QueryTerm | undefined {
  return (q.counted !== null ? q.terms.find((t) => t.word === q.counted) : undefined) ?? headTerm(q);
}

/** Whether a unit class counts things or people (个, 项, 人, 名): what a noun after it may name. */
export function isCountClass(unitClass: UnitClass): boolean {
  return unitClass === "count" || unitClass === "people";
}

/**
 * Whether the noun right after a count is the metric asked: true, false (another noun of two or
 * more characters: 三万多所农业中学), or null (no noun there, or no count). Asked by several
 * adjustments and refusals of one fact, so kept for the question it was asked for.
 */
export function countsHead(q: Question, fact: Fact, sentence: string): boolean | null {
  let byFact = countsHeadAsked.get(q);
  if (!byFact) countsHeadAsked.set(q, (byFact = new WeakMap()));
  if (!byFact.has(fact)) byFact.set(fact, readCountsHead(q, fact, sentence));
  return byFact.get(fact)!;
}

const countsHeadAsked = new WeakMap<Question, WeakMap<Fact, boolean | null>>();
/** People asked by their unit: 多少人, 几人. */
const PEOPLE_ASKED = new RegExp(String.raw`${HOW_MANY_WORD}个?人(?!次|均|民)`);
/** A noun of people: 人口, 农民, 教师, 学生 (word-classes.txt). */
const PEOPLE_NOUN = new RegExp(anyOf(["metric-heads-people", "person-endings"]));
/** Right after a noun, what makes its people: 中小学生 (of 中小学), 会员, 参与者. */
const PEOPLE_OF = /^[生员者]/;
/** The noun phrase after a count, to its clause's end: "国家乡村振兴重点帮扶县". */
const NAMED_PHRASE = /^[^，,；;。、：:\d（(]{0,14}/;

function readCountsHead(q: Question, fact: Fact, sentence: string): boolean | null {
  const head = countedTerm(q);
  // An amount of money, a rate or a length counts nothing: "总规模1000亿元的三大先导产业母基金" is the fund's size.
  if (!head || !isCountClass(fact.figure.unitClass)) return null;
  const counted = /^[^，,；;。、：:\d（(]{0,8}/.exec(countedAfter(fact.figure.unit, sentence.slice(fact.figure.end)))![0].replace(/^(的|多|余)/, "");
  // People asked of what they did ("十三五一共脱贫多少人"): a count of people who did it ("5575万农村贫困人口实现脱贫").
  if (q.counted === null && PEOPLE_ASKED.test(q.text) && PEOPLE_NOUN.test(counted)) return true;
  // By a name of two characters or more: 钢 of 钢产量 is in 一百五十万吨钢的钢铁联合企业 as in anything of steel;
  // or abbreviated (21个自由贸易试验区 for 自贸试验区).
  const named = head.alternatives.filter((alt) => [...alt].length >= 2);
  // Not the people of what is asked: "1亿多中小学生" counts pupils, not 中小学 (schools).
  if (named.some((alt) => counted.startsWith(alt) && PEOPLE_OF.test(counted.slice(alt.length)))) return false;
  if (named.length > 0 && (found({ ...head, alternatives: named }, counted.slice(0, 6)) || named.some((alt) => abbreviates(alt, counted, true)))) return true;
  // Or by a division's one character, right after the figure (25个省: not 2133个县), or closing a name the question
  // types whole ("160个国家乡村振兴重点帮扶县" for 国家乡村振兴重点帮扶县几个).
  if (head.alternatives.some((alt) => ONE_CHARACTER_COUNTED.has(alt) && counted.startsWith(alt))) return true;
  const phrase = NAMED_PHRASE.exec(countedAfter(fact.figure.unit, sentence.slice(fact.figure.end)))![0];
  const metric = q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isPeriod && !t.isFigure);
  if (head.alternatives.some((alt) => ONE_CHARACTER_COUNTED.has(alt) && phrase.endsWith(alt)) && metric.every((t) => found(t, phrase))) return true;
  return /^\p{Script=Han}{2}/u.test(counted) || ONE_CHARACTER_COUNTED.has(counted[0] ?? "") ? false : null;
}

/**
 * A count followed by another noun than the one asked, which the sentence names before it
 * ("人民公社还办了三万多所农业中学", "提高个人所得税起征点，设立6项专项附加扣除"): it counts that noun.
 */
export function countsAnotherNoun(q: Question, fact: Fact, sentence: string): boolean {
  return countsHead(q, fact, sentence) === false && found(countedTerm(q)!, sentence.slice(0, fact.figure.start));
}
