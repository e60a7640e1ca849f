/**
 * What a sentence's figures are read against, beyond the sentence: the year its section heading
 * or an earlier sentence makes the topic, whether the section reads as plans, the sentence before
 * it (a lead-in ending in a colon governs a list), and the years a paragraph names at all.
 */
import { paragraphSearchText, type Corpus, type StoredParagraph } from "../search/corpus.ts";
import { placeByCode } from "../zh/places.ts";
import { anyOf } from "../zh/word-classes.ts";
import { yearMentions, yearsNamed } from "../zh/years.ts";
import { yearRules } from "./year-rules.ts";
import type { SentenceContext } from "./facts.ts";

/** A sentence opening with a span of years: 五年来，…; “十四五”时期，… (within its first clause). */
const SPAN_LEAD = new RegExp(`^[^，,。；]{0,6}(?:${anyOf("span-leads")}|“?十[一二三四五]?五”?(?:时期|期间|以来))`);

/** A sentence opening with a review of past years (过去五年，…; 五年来，…): not a plan's period. */
const REVIEW_LEAD = new RegExp(`^[^，,。；]{0,6}(?:${anyOf("span-leads")})`);

/** Headings that announce plans rather than a review: figures under them are targets by default. */
const PLAN_HEADING = new RegExp(anyOf("plan-headings"));

/** Sentence i of a paragraph, as printed and in search form (same offsets). */
export function sentenceAt(p: StoredParagraph, i: number): { sentence: string; searchSentence: string } {
  const start = i === 0 ? 0 : p.sentenceEnds[i - 1]!;
  const end = p.sentenceEnds[i]!;
  return { sentence: p.text.slice(start, end), searchSentence: paragraphSearchText(p).slice(start, end) };
}

/**
 * "扣除物价因素比上年增长5%": what is deducted is not what the figure measures. Blanked with
 * spaces, so that offsets stay those of the sentence.
 */
export function withoutExclusions(text: string): string {
  return text.includes("扣除") ? text.replace(/扣除[^，,；;。]{0,8}?因素/g, (m) => " ".repeat(m.length)) : text;
}

export function sentenceContext(corpus: Corpus, paragraphId: number, sentenceIndex: number): SentenceContext {
  const p = corpus.paragraph(paragraphId);
  const report = corpus.report(p.report);
  const reportYear = report.year;
  let headingYear: number | null = null;
  for (let i = p.headings.length - 1; i >= 0 && headingYear === null; i--) {
    headingYear = yearMentions(p.headings[i]!, reportYear)[0]?.year ?? null;
  }
  const nearestHeading = p.headings[p.headings.length - 1] ?? "";
  const topHeading = p.headings[0] ?? "";
  // A year that opens a clause of an earlier sentence ("2019年,全市…"; "在1992年…的基础上，1993年
  // 我国经济…") is the topic of the sentences after it: the last such year counts.
  // A sentence that opens with 五年来, 过去五年 or a plan's period ("十四五"时期) makes the sentences
  // after it speak of those years, until one names a year of its own.
  let paragraphYear: number | null = null;
  let paragraphSpan = false;
  let paragraphReviews = false;
  const text = paragraphSearchText(p);
  for (let i = 0; i <= sentenceIndex; i++) {
    const sentence = text.slice(i === 0 ? 0 : p.sentenceEnds[i - 1]!, p.sentenceEnds[i]);
    const topics = yearMentions(sentence, reportYear).filter((y) => y.topic);
    if (topics.length) [paragraphYear, paragraphSpan, paragraphReviews] = [topics.at(-1)!.year, false, false];
    if (REVIEW_LEAD.test(sentence)) paragraphReviews = true;
    // The sentence's own lead makes its figures multi-year by their own words (facts.ts MULTI_YEAR).
    if (i < sentenceIndex && SPAN_LEAD.test(sentence)) paragraphSpan = true;
  }
  return {
    reportYear,
    headingYear,
    headingIsPlan: PLAN_HEADING.test(nearestHeading) || PLAN_HEADING.test(topHeading),
    paragraphYear,
    paragraphSpan,
    paragraphReviews,
    plansFromYear: yearRules(report).plansFrom,
    leadIn: leadIn(corpus, paragraphId, sentenceIndex),
    reportPlace: report.place ? (placeByCode(report.place.code) ?? null) : null,
    planDocument: yearRules(report).isPlan,
  };
}

/** The sentence before this one: the previous paragraph's last when this one opens a paragraph. */
function leadIn(corpus: Corpus, paragraphId: number, sentenceIndex: number): string {
  const p = corpus.paragraph(paragraphId);
  if (sentenceIndex > 0) return sentenceAt(p, sentenceIndex - 1).sentence;
  const previous = corpus.previousParagraph(paragraphId);
  return previous ? sentenceAt(previous, previous.sentenceEnds.length - 1).sentence : "";
}

const namedYears = new WeakMap<StoredParagraph, number[]>();

/** The years a paragraph and its headings name (kept: they are the same for every question). */
export function paragraphYears(p: StoredParagraph, reportYear: number | null): number[] {
  let years = namedYears.get(p);
  if (!years) namedYears.set(p, (years = yearsNamed(`${paragraphSearchText(p)} ${p.headings.join(" ")}`, reportYear)));
  return years;
}
