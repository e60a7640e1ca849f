/**
 * The years an answer's figure is about when it is about several (figure.period: "2008—2012" for
 * 五年 in the 2013 report's review, "2016—2020" for 十三五), for the reply to say instead of one year.
 */
import type { Corpus } from "../search/corpus.ts";
import { anyOf } from "../zh/word-classes.ts";
import { REACHES_BEFORE_FIGURE, SUMMED } from "../zh/change-grammar.ts";
import { spanNamed, YEARS_COUNTED } from "../zh/years.ts";
import { LEVEL_STATED } from "./acceptance.ts";
import { isCountClass } from "./coverage.ts";
import { sentenceOf, sentenceContext } from "./reading-context.ts";
import type { ScoredFact } from "./score-facts.ts";

/** Words by which a clause gives what several years added or averaged: 新增, 年均, 五年…, 期间. */
const OVER_THE_YEARS = new RegExp(`${anyOf(["increment-verbs", "change-verbs"])}|年均|平均每年|${YEARS_COUNTED}|期间|时期`);

/** A sentence opening with a sum over its span of years: "五年累计，共淘汰…", "五年来，…", "“十三五”时期，…". */
const SPAN_LEAD = new RegExp(`${YEARS_COUNTED}(?:累计|来|间|中)|期间|时期`);

/**
 * The years a figure over several years is about ("2008—2012" for 五年 in the 2013 report's review,
 * "2016—2020" for 十三五): the span its paragraph or sentence opened with, ending in its year; a plan's target, the plan's
 * years. A level reached or started from is a point in time, and has none.
 */
export function periodOf(corpus: Corpus, s: ScoredFact): string | null {
  // An undated target of the plan its report opens ("每千人口拥有床位数6.5张" under "二、“十四五”主要目标任务") is the plan's.
  if (s.score.planPeriod) return `${s.score.planPeriod[0]}—${s.score.planPeriod[1]}`;
  if (!s.fact.multiYear || s.fact.spanPoint !== null || s.fact.role === "before") return null;
  // Only what the years added or averaged: a level reached (突破7000公里) or a running total since
  // long before (中欧班列累计开行超2.6万列) is of its year, though its paragraph reviews five.
  const sentence = sentenceOf(corpus, s).searchSentence;
  const lead = sentence.split(/[，,；;：:]/)[0]!;
  // A level reached ("青壮年文盲率下降到6%") is of the span's last year, unless summed (累计达到).
  const before = sentence.slice(s.fact.clause[0], s.fact.figure.start);
  if (REACHES_BEFORE_FIGURE.test(before) && !SUMMED.test(before)) return null;
  // (A count of things done is the years' too: "提请全国人大常委会审议法律议案50件" in a review of five, refusals/spans.ts countsOverSpan.)
  const countedOverSpan = isCountClass(s.fact.figure.unitClass) && !LEVEL_STATED.test(before);
  if (s.fact.role !== "change" && !OVER_THE_YEARS.test(before) && !SPAN_LEAD.test(lead) && !countedOverSpan) return null;
  const span = sentenceContext(corpus, s.paragraphIndex, s.sentenceIndex).span;
  if (span && span.to === s.score.year && span.to > span.from + 1) return `${span.from + 1}—${span.to}`;
  // Else the count of years its own sentence opens with ("五年累计，共淘汰…"), ending in its year.
  const years = spanNamed(lead);
  return years !== null && years > 1 && s.score.year !== null ? `${s.score.year - years + 1}—${s.score.year}` : null;
}
