/**
 * The question's words as coverage weighs them: each word's weight, the metric's words and its head, and the words that
 * need not be printed (what figures are counted over by default, a sum over the range of years asked, one paraphrase).
 */
import type { QueryTerm, Question } from "../../question/types.ts";
import { wordBigrams } from "../../zh/text.ts";
import { SUM_WORDS, wordClass } from "../../zh/word-classes.ts";
import type { GramCounts } from "../../search/index/gram-counts.ts";
import { CHANGE_TERM } from "./shared.ts";
import { isQuantityNoun } from "./units.ts";

/** A place word's weight in coverage: a fixed, high one (a figure of another place must not answer). */
const PLACE_TERM_WEIGHT = 2;

/** A shape word (总量, 规模) counts this much of its rarity: it says little of which metric. */
const SHAPE_TERM_FACTOR = 0.3;

/** The weight of each question word in coverage, in the order of q.terms. */
export function coverageWeights(q: Question, gramFrequency: GramCounts, sentenceCount: number): number[] {
  return q.terms.map((t) => (t.isPlace ? PLACE_TERM_WEIGHT : termWeight(t, gramFrequency, sentenceCount) * (t.isShape ? SHAPE_TERM_FACTOR : 1)));
}

/** The rarity of a question word: the mean idf of its bigrams over sentences. */
export function termWeight(term: QueryTerm, gramFrequency: GramCounts, sentenceCount: number): number {
  const idfs = wordBigrams(term.word).map((g) => Math.log((sentenceCount + 1) / ((gramFrequency.get(g) ?? 0) + 1)));
  const idf = idfs.length ? idfs.reduce((a, b) => a + b, 0) / idfs.length : 1;
  // A one-character word (毛, 净, 总) narrows but should not decide.
  const lengthFactor = term.word.length === 1 ? 0.5 : 1;
  return Math.max(0.5, idf) * lengthFactor;
}

/** The metric words of a question (not its places). */
export function metricTerms(q: Question): QueryTerm[] {
  return q.terms.filter((term) => !term.isPlace);
}

/**
 * The head of the metric asked: its last word that names something (not a shape word like 总量,
 * nor a kind of quantity a unit names, 总长度: "排水管道总长度" is about 排水管道).
 */
export function headTerm(q: Question): QueryTerm | undefined {
  const named = q.terms.filter((term) => !term.isPlace && !term.isShape);
  // Nor a word that sums (累计 of "…科技投入累计多少"), nor one that puts it per person (人均 of "人均GDP").
  // Nor one that puts it per month or day (每月 of "低保标准现在每月多少钱": the standard is the head).
  return (
    named.filter((term) => !isQuantityNoun(term) && !SUM_WORDS.has(term.word) && !PER_UNIT_WORDS.has(term.word) && !PER_TIME_WORDS.has(term.word)).at(-1) ??
    named.at(-1)
  );
}

/** The head of the metric itself: the head, or for a change asked ("进出口增长") the last metric word before it. */
export function metricHeadOf(q: Question): QueryTerm | undefined {
  const head = headTerm(q);
  // 增速, 增幅: asked for a change by a word whose other names are the verbs (增长).
  const asksChange = (term: QueryTerm) => term.alternatives.some((alt) => CHANGE_TERM.test(alt));
  if (!head || !asksChange(head)) return head;
  // Nor a word that sums (累计 of "能耗累计降了多少").
  return metricTerms(q)
    .filter((term) => !asksChange(term) && !term.isShape && !SUM_WORDS.has(term.word))
    .at(-1);
}

/** What a place's figures are counted over unless they say otherwise (word-classes.txt [default-counting-words]). */
const DEFAULT_COUNTING: ReadonlySet<string> = new Set(wordClass("default-counting-words"));
/** Whether a question word names what figures are counted over by default (常住人口): it need not be printed. */
export function countedByDefault(term: QueryTerm): boolean {
  return DEFAULT_COUNTING.has(term.word);
}

/** Words that count a figure per span of time: 每月, 月均, 每天 (word-classes.txt). */
export const PER_TIME_WORDS: ReadonlySet<string> = new Set(wordClass("per-time-words"));
const PER_UNIT_WORDS: ReadonlySet<string> = new Set([...wordClass("per-unit-words"), ...wordClass("per-land-words")]);

/**
 * A word that sums (累计) in a question asking for a range of years (1998到2002年…累计多少, 过去五年…累计多少): the
 * range, or the years since one, say what is summed, so the word is not needed against a figure over several years. (Without
 * a range, 累计 asks for the running total, "多年累计改造…2400多万户", and must be matched.)
 */
export function sumOfRangeAsked(q: Question, term: QueryTerm): boolean {
  // (…or the years since one: "98年以来国企下岗职工累计多少人", "1998年以来，国有企业下岗职工达2700多万人".)
  const since = q.terms.some((t) => t.word.endsWith("以来"));
  return SUM_WORDS.has(term.word) && q.multiYear && (q.dataYear !== null || q.period !== null || q.recentSpan !== null || since);
}

/**
 * One asked word may be the asker's paraphrase (支援 for 对口); not two, not the head, and not
 * the rarest word of the question (生均 in 生均一般公共预算教育支出 is what makes it that metric).
 */
export function absenceTolerated(absent: Array<{ word: string; weight: number }>, head: QueryTerm | undefined, weights: readonly number[]): boolean {
  if (absent.length === 0) return true;
  return absent.length === 1 && absent[0]!.word !== head?.word && absent[0]!.weight < 0.8 * Math.max(...weights);
}
