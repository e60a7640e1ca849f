/**
 * A clause's subject, for coverage (answer/subject.ts is what a question asks about, for a reply): whether a figure's
 * clause names a subject of its own or speaks of the one before (subjectClause, namesSubject, isSubjectless,
 * echoesSubject, subjectRemainder), and what that subject is (subjectOf).
 */
import type { QueryTerm } from "../../question/types.ts";
import { APPROVED_BY, withoutAnyAsides, withoutCountingMethod } from "../../zh/text.ts";
import { UNIT_ALTERNATION } from "../../zh/units.ts";
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { PRINTED_YEARS } from "../../zh/years.ts";
import { extractFigures } from "../../zh/figures.ts";
import { PLAN_SHARE_LEAD, type Fact } from "../facts.ts";
import { NAMES_NO_SUBJECT } from "./shared.ts";

/** A clause's subject: its words before its first figure, without the verb that governs that figure ("高速公路通车里程新增3000公里" → 高速公路通车里程). */
export function subjectOf(clause: string): string {
  // Up to the first figure, a year named before it aside ("…批准的2025年社会保险基金预算收入合计1440342万元").
  const beforeFigure = clause.split(FIRST_FIGURE_DIGIT)[0]!;
  return beforeFigure.replace(TRAILING_VERB, "");
}

/** A digit that begins no year (2025年): where a clause's figure starts. */
const FIRST_FIGURE_DIGIT = /\d(?!\d{0,3}年)/;

/** The verbs that govern a figure right before it: 新增, 增长, 达到, 为. */
const TRAILING_VERB = new RegExp(`(?:${alternation("change-verbs", "increment-verbs", "non-subject-words", "size-nouns")})+$`);

/** Verbs, adverbs and connectives a clause may hold without naming what it counts. */
const NON_SUBJECT = new RegExp(alternation("non-subject-words", "size-nouns"), "g");
/** A figure with its unit, as a clause without a subject may hold besides it. */
const FIGURE_WITH_UNIT = new RegExp(`[\\d.,]+(万亿|亿|万|千)?(${UNIT_ALTERNATION})?`, "g");

/** How a clause of cause or circumstance opens: 由于, 随着, 通过, 经过, 在…下. */
const CIRCUMSTANCE_LEAD = /^\s*(?:由于|由於|因为|因為|随着|隨著|通过|通過|经过|經過|在)/;
/**
 * Where a count comes from ("社办的农业科学试验研究组织，据十二个省的不完全统计，有七千六百九十个", gwr-1960): an aside, no
 * subject of the figures after it.
 */
const SOURCE_OF_COUNT = /^\s*(?:根据|据)[^，,；;。]{0,16}(?:统计|调查|测算|核算|资料|材料)/;
/**
 * A comparison with a benchmark ("高于全国、全省平均水平", cut at 、 into "高于全国" and "全省平均水平"): how the
 * subject before fares, no subject of its own ("地区生产总值增长6.0%、全省第二，高于全国、全省平均水平，总量达到
 * 4773.3亿元" is 保定's GDP).
 */
const BENCHMARK_COMPARISON = /^\s*(?:高于|低于|快于|慢于|好于|优于)|平均水平\s*$/;
/** A count of years: 十年, 五年 (a span, no subject). */
const YEAR_COUNT = /[两二三四五六七八九十\d]+年/g;
/** A magnitude and unit left without its digits ("突破万亿元"). */
const BARE_UNIT = new RegExp(`[万亿千]*(?:${UNIT_ALTERNATION})`, "g");

/** The clause without the words of these terms (as printed): what else it names. */
export function withoutTerms(clause: string, terms: readonly QueryTerm[]): string {
  let rest = clause;
  for (const term of terms) for (const alt of term.alternatives) rest = rest.replaceAll(alt, " ");
  return rest;
}

/**
 * The clause whose subject a figure's clause would inherit: its parent, or past a run of parent
 * clauses that name none ("一般公共预算收入年初预算合计127.4亿元，执行中调整为129.2亿元，实际完成139.3亿元，
 * 为调整预算的107.8%，增长20.9%": all the run's figures are of the first clause's subject).
 */
export function subjectClause(sentence: string, parent: [number, number] | null): [number, number] | null {
  let clause = parent;
  while (clause && clause[0] > 0 && !namesSubject(sentence.slice(clause[0], clause[1]))) {
    const end = clause[0] - 1;
    const start = Math.max(...[...CLAUSE_MARKS].map((mark) => sentence.lastIndexOf(mark, end - 1))) + 1;
    clause = [start, end];
  }
  return clause;
}
/** An amount in Chinese numerals without a unit, as a milestone names it ("跨越八千亿新台阶"): no subject. */
const SPOKEN_AMOUNT = /[一二两三四五六七八九十]+[百千万亿]+/g;

/** The marks that end a clause a subject may be inherited across. */
const CLAUSE_MARKS = "，,；;";

/** Whether a clause names a subject of its own ("财政收入6.13万亿元"), not only figures, years and verbs ("又增产291亿斤"). */
export function namesSubject(clause: string): boolean {
  // A clause of cause or circumstance (由于歷年修復和新建了不少鐵路，…) is no subject of the next.
  if (CIRCUMSTANCE_LEAD.test(clause) || BENCHMARK_COMPARISON.test(clause) || SOURCE_OF_COUNT.test(clause)) return false;
  // Nor is how much of the plan it is ("…支出完成107.8亿元，为预算数的90.3%，同比下降14.4%").
  // Nor how it was counted ("…8141.69亿元，按不变价格计算，比上年增长4.7%").
  let rest = withoutCountingMethod(clause).replace(PLAN_SHARE_LEAD, "");
  for (const f of extractFigures(clause)) rest = rest.replace(f.text, " ");
  rest = rest
    .replace(PRINTED_YEARS, "")
    .replace(YEAR_COUNT, "")
    .replace(FIGURE_WITH_UNIT, "")
    .replace(APPROVED_BY, "")
    .replace(NAMES_NO_SUBJECT, "")
    .replace(BARE_UNIT, "")
    .replace(SPOKEN_AMOUNT, "")
    .replace(/[^\p{Script=Han}]/gu, "");
  return rest.length > 1;
}

/** The rest of a clause from a 并 or 且 that joins a second predicate to the first. */
const CONJOINED_PREDICATE = /[并且][^，,；;。]*$/;

/** Whether a clause names nothing besides its figures and verbs, given what it names (subjectRemainder). */
export function isSubjectless(rest: string, clause: string, fact: Fact, sentence: string): boolean {
  // One character left is a unit's or a time's remainder (吨煤, 万门, 年底), but for a one-character
  // subject opening the clause before the figure ("原煤达到10.9亿吨，石油达到1.39亿吨，钢突破7000万吨").
  const figure = sentence.slice(fact.figure.start, fact.figure.end);
  // "地区生产总值增长7.1%、居全省第2位，总量达到5756.35亿元": a shape word says how much of the subject before.
  if (SHAPE_WORD_ONLY.test(rest)) return true;
  if (rest.length === 1) return !(clause.trimStart().startsWith(rest) && clause.indexOf(figure) > 0 && !TIME_CHARACTERS.includes(rest));
  return rest.length === 0;
}

/**
 * A clause that names only the head of the subject before it, the way a report says it again
 * ("2026年全市一般公共预算收入预计同比增长3%，预期收入221.6亿元": 收入 is 一般公共预算收入).
 */
export function echoesSubject(rest: string, parent: string | null, metric: readonly QueryTerm[]): boolean {
  if (parent === null) return false;
  return rest.length >= 2 && metric.some((term) => term.alternatives.some((alt) => alt.length > rest.length && alt.endsWith(rest) && parent.includes(alt)));
}

/** What a clause names besides its figures, years and the words that name no subject (Han characters only). */
export function subjectRemainder(clause: string, fact: Fact, sentence: string): string {
  const figure = sentence.slice(fact.figure.start, fact.figure.end);
  // A predicate joined by 并/且 after the figure ("突破40万亿元并连续多年居世界首位") is no subject.
  // Its other figures are no subject either, in Chinese numerals too ("由一九七八年的三百七十一亿元增加到…").
  // How the figure was counted names no subject either ("按不变价格计算比上年增长5.4%").
  // Nor does how much of the plan it is ("…完成340,531万元,完成年初预算的126.1%"): it speaks of the subject before.
  // Nor does an aside in brackets ("（下同）"), nor the account a change is measured against ("比2024年决算").
  let rest = withoutAnyAsides(withoutCountingMethod(clause))
    .replace(PLAN_SHARE_LEAD, "")
    .replace(BASE_ACCOUNT, "")
    .replace(CONJOINED_PREDICATE, "")
    .replace(figure, "")
    .replace(PRINTED_YEARS, "");
  for (const other of extractFigures(rest)) rest = rest.replace(other.text, "");
  rest = rest
    .replace(FIGURE_WITH_UNIT, "")
    .replace(APPROVED_BY, "")
    .replace(NON_SUBJECT, "")
    .replace(/[^\p{Script=Han}]/gu, "");
  return rest;
}

/** The account a change is measured against, no subject: "比2024年决算下降10.1%", "比上年同期", "较预算数". */
const BASE_ACCOUNT = /(?:比|较)[^，,；;]{0,8}?(?:决算数?|预算数?|执行数|同期)/g;

/** A clause's remainder that is a shape word alone (总量, 规模): no subject of its own. */
const SHAPE_WORD_ONLY = new RegExp(`^${anyOf("shape-words")}$`);

/** Characters left of a time word when its year is taken out: 底 of 2012年底, 末, 初. */
const TIME_CHARACTERS = "底末初内中";
