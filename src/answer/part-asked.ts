/**
 * A part of a total, named by its own label, answers only a question that names that part:
 * "全市一般公共预算支出完成914.44亿元，其中，交通运输支出增长100.4%" states no growth of the
 * total, and 100.4% is 交通运输支出's. The total's words stand in the same sentence, so coverage
 * alone would take the part's figure for the total's.
 */
import type { QueryTerm, Question } from "../question/types.ts";
import { PRINTED_YEARS } from "../zh/years.ts";
import { alternation } from "../zh/word-classes.ts";
import type { Fact } from "./facts.ts";

/** Words that may open or close a part's own words without naming it: verbs, connectives, scope. */
const NOT_LABEL = alternation("change-verbs", "non-subject-words", "scope-words", "sum-words");
/** A clause that goes on about the subject before it: "，占一般公共预算收入比重为", "，比上年增长". */
const CONTINUES_SUBJECT = new RegExp(`^(?:${NOT_LABEL}|比|较|与|按|其)`);
const TRAILING_NOT_LABEL = new RegExp(`(?:${NOT_LABEL})+$`);
/** What a part names of its own, beyond the words asked, is a word: two characters or more (交通运输). */
const OWN_NAME_MIN = 2;

/**
 * The label of a part the question does not ask for ("交通运输支出"), or null. The fact stands after
 * 其中 in a sentence whose total came first; the question names the total's metric as the total
 * prints it, a qualifier and its head (一般公共预算 + 支出); the part's label keeps the head but not
 * the qualifier, and names something of its own (交通运输). A part the question names (税收 of
 * "一般公共预算收入中税收收入"), or whose label holds every word asked (国有土地使用权出让收入 for
 * 土地出让收入, 各类棚户区 under 新开工 for 棚户区开工), is asked for.
 */
export function unaskedPart(q: Question, fact: Fact, sentence: string): string | null {
  const before = sentence.slice(0, fact.figure.start);
  const breakdown = before.lastIndexOf("其中");
  // The total's figure stands before 其中, in the same sentence, with no semicolon between.
  if (breakdown < 0 || !/\d/.test(before.slice(0, breakdown)) || /[；;]/.test(before.slice(breakdown))) return null;
  const own = sentence
    .slice(Math.max(fact.segment[0], breakdown), fact.figure.start)
    .replace(/^[\s\p{P}]+/u, "")
    .replace(/^其中[\s\p{P}]*/u, "");
  if (CONTINUES_SUBJECT.test(own)) return null;
  const label = own
    .replace(PRINTED_YEARS, "")
    .replace(/[\s\p{P}]+$/u, "")
    .replace(TRAILING_NOT_LABEL, "");
  const words = q.terms.filter((t) => !t.isPlace && !t.isFigure);
  const inLabel = (t: QueryTerm) => t.alternatives.some((a) => label.includes(a));
  // Longest first: 义务教育 goes whole before 教育 could leave 义务 behind.
  const asked = words.flatMap((t) => t.alternatives).sort((a, b) => b.length - a.length);
  const remainder = asked.reduce((rest, a) => rest.replaceAll(a, ""), label);
  if (remainder.replace(/[^\p{Script=Han}]/gu, "").length < OWN_NAME_MIN) return null;
  const total = before.slice(0, breakdown);
  const qualifierDropped = words.some(
    (qualifier) =>
      !inLabel(qualifier) &&
      words.some((head) => head !== qualifier && inLabel(head) && qualifier.alternatives.some((a) => head.alternatives.some((h) => total.includes(a + h)))),
  );
  return qualifierDropped ? label : null;
}
