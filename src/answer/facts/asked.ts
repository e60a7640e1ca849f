/** What a question asks of a fact's figure: a multiple, the increment its verb names, a rate of change. */
import type { Question } from "../../question/types.ts";
import { anyOf, wordClass } from "../../zh/word-classes.ts";
import type { Fact } from "./types.ts";
import { CHANGE_VERB } from "./shared.ts";

/** A change verb right before a figure, or before a run of figures it belongs to: 增长百分之五十九, 分别下降5.6%和4%. */
const RIGHT_AFTER_CHANGE_VERB = new RegExp(`${CHANGE_VERB}了?(?:[\\d.%％百分之零〇一二三四五六七八九十点个]+[、和及与])*$`);

/** An increment verb right before a figure ("新建1亿亩高标准农田", "改造和新建2.3万所乡镇卫生院"). */
const AFTER_INCREMENT_VERB = new RegExp(`(${anyOf("increment-verbs")})了?$`);
/** The verbs of an increment (新增, 新建), as a question's words. */
const INCREMENT_VERBS: ReadonlySet<string> = new Set(wordClass("increment-verbs"));
/** A change verb right before an amount: "扩大了一亿多亩". */
const AFTER_AMOUNT_CHANGE_VERB = new RegExp(`(${CHANGE_VERB})了?$`);

/** Whether a multiple is asked ("是97年的几倍") and the figure is one ("是1997年的2.3倍"): the comparison asked. */
export function multipleAsked(q: Question, fact: Fact): boolean {
  return fact.figure.unitClass === "times" && q.wantedClasses.includes("times");
}

/**
 * Whether the question names the increment verb the figure follows ("2022年计划新建高标准农田多少亩"
 * for "新建1亿亩高标准农田"): the increment is what it asks, though no change word asks it.
 */
export function incrementNamed(q: Question, sentence: string, fact: Fact): boolean {
  const before = sentence.slice(0, fact.figure.start);
  const verb = AFTER_INCREMENT_VERB.exec(before)?.[1];
  if (verb !== undefined) return q.terms.some((t) => !t.isPlace && t.word === verb);
  // "1956年扩大灌溉面积多少" against "而1956年就扩大了一亿多亩": a change verb asked as a word of the question, before
  // its metric, asks the amount added, as 新增 does.
  // (Not one after its metric: "全国职工增加到多少人了" asks the level reached.)
  const changeVerb = AFTER_AMOUNT_CHANGE_VERB.exec(before)?.[1];
  if (changeVerb === undefined || fact.figure.unitClass === "percent") return false;
  // "92年新增开放口岸几个" against "增加了34个开放口岸": an increment verb asked, the change verb its other name. (Not a
  // change against a base: "累计新增城镇就业368万人，…分别比“十五”增加88万人".)
  const againstBase = sentence.slice(fact.clause[0], fact.figure.start).includes("比");
  if (!againstBase && q.terms.some((t) => INCREMENT_VERBS.has(t.word) && t.alternatives.includes(changeVerb))) return true;
  if (!q.terms.some((t) => !t.isPlace && t.word === changeVerb)) return false;
  const after = q.text.slice(q.text.indexOf(changeVerb) + changeVerb.length);
  return q.terms.some((t) => t.word !== changeVerb && !t.isPlace && t.alternatives.some((a) => after.startsWith(a)));
}

/** A percentage right after a change verb: the rate a quantity changed by (增长6.6%), not a level of its own (赤字率3%). */
export function isRateOfChange(sentence: string, fact: Fact): boolean {
  return fact.figure.unitClass === "percent" && RIGHT_AFTER_CHANGE_VERB.test(sentence.slice(0, fact.figure.start));
}
