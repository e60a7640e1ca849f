import { parseQuestion, type ParsedQuestion, type QueryTerm } from "../question/understand.ts";
import { retrieve } from "../search/retrieve.ts";
import { hanBigrams, withoutAsides } from "../zh/text.ts";
import { paragraphSearchText, type SearchIndex, type StoredParagraph } from "../search/index/search-index.ts";
import { yearMentions, yearsNamed } from "../zh/years.ts";
import { extractFacts, pairedParts, type Fact, type SentenceContext } from "./facts.ts";
import { abbreviates, mayAnswer, scoreFact, termWeight, yearMayFit, type FactScore, type FactTexts } from "./rank.ts";
import type { Answer, Candidate } from "./types.ts";

/**
 * answerQuestion: question text → the best fact (figure, sentence, paragraph, report, section)
 * or an honest "not found" with the closest passages. Pure given the index; never throws.
 */

const MAX_ALTERNATIVES = 4;
/** Headings that announce plans rather than a review: figures under them are targets by default. */
const PLAN_HEADING = /总体要求|任务|部署|安排|目标|建议|今年|规划|计划|重点工作|政策取向/;

export interface ScoredFact {
  fact: Fact;
  score: FactScore;
  paragraphIndex: number;
  sentenceIndex: number;
}

export function answerQuestion(index: SearchIndex, text: string): Answer {
  const query = typeof text === "string" ? text : "";
  try {
    return answerParsed(index, query, parseQuestion(query));
  } catch (error) {
    // A defect must not take the bot down: answer "not found" and let the caller log it.
    console.error("answerQuestion failed for %j: %s", query, (error as Error).stack);
    return notFound(query, []);
  }
}

function answerParsed(index: SearchIndex, query: string, q: ParsedQuestion): Answer {
  // Nothing but a place ("海东") names no metric: there is no figure to give.
  if (q.terms.every((t) => t.isPlace)) return notFound(query, q.terms.length ? closestPassages(index, retrieve(index, q).slice(0, MAX_ALTERNATIVES * 3), q) : []);
  const { retrieved, scored } = scoreFacts(index, q);
  const accepted = scored.filter((s) => s.score.accepted).sort((a, b) => b.score.score - a.score.score);
  const best = accepted[0];
  if (!best) return notFound(query, closestPassages(index, retrieved, q));
  const seen = new Set([`${best.paragraphIndex}:${best.sentenceIndex}:${best.fact.figure.start}`]);
  const alternatives: Candidate[] = [];
  for (const s of accepted.slice(1)) {
    if (alternatives.length >= MAX_ALTERNATIVES) break;
    const key = `${s.paragraphIndex}:${s.sentenceIndex}:${s.fact.figure.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    alternatives.push(candidate(index, s, q));
  }
  return { query, ...candidate(index, best, q), alternatives };
}

/**
 * Every figure of every retrieved sentence, scored against the question (accepted or not, with
 * the reason). answerQuestion takes the best accepted one; scripts/explain.ts prints them all.
 */
export function scoreFacts(
  index: SearchIndex,
  q: ParsedQuestion,
  /** Score refused facts in full too (their coverage), for scripts/explain.ts; slower. */
  thorough = false,
): { retrieved: ReturnType<typeof retrieve>; scored: ScoredFact[] } {
  const retrieved = retrieve(index, q);
  const sentenceCount = index.sentenceCount;
  const weights = q.terms.map((t) => (t.isPlace ? 2 : termWeight(t, index.gramFrequency, sentenceCount)));
  const mentions = reportMentionCache(index);

  const head = q.terms.filter((t) => !t.isPlace).at(-1);
  const reportMentions = (paragraph: StoredParagraph) => (word: string) => mentions(paragraph.report, word);
  // Per paragraph, once: its headings, its text as the rank reads it, and whether any of its
  // figures could be accepted (rank.ts): most cannot, and are skipped.
  const views = new Map<number, { headings: string; text: string; may: boolean }>();
  const viewOf = (paragraphIndex: number, paragraph: StoredParagraph) => {
    let view = views.get(paragraphIndex);
    if (!view) {
      const text = paragraphSearchText(paragraph);
      const headings = paragraph.headings.join(" ").toLowerCase();
      const reportYear = index.reports[paragraph.report]!.year;
      const may =
        yearMayFit(q, q.dataYear === null && !q.period ? [] : paragraphYears(paragraph, reportYear), reportYear) &&
        (mayAnswer(q, weights, [text, headings], reportMentions(paragraph)) ||
          // The parts of its paired compounds (城乡 → 城镇 农村) are words a list item may be given.
          mayAnswer(q, weights, [text, headings, ...pairedParts(text)], reportMentions(paragraph)));
      views.set(paragraphIndex, (view = { headings, text: withoutExclusions(text), may }));
    }
    return view;
  };
  const scored: ScoredFact[] = [];
  for (const r of retrieved) {
    const paragraph = index.paragraphs[r.paragraphIndex]!;
    const view = viewOf(r.paragraphIndex, paragraph);
    if (!view.may) continue;
    const report = index.reports[paragraph.report]!;
    const { sentence, searchSentence } = sentenceAt(paragraph, r.sentenceIndex);
    // No figure of a sentence that lacks the metric's head word can be accepted (rank.ts): skip
    // the work. This is most of the candidates, and most of the time.
    if (head && !mayName(head, searchSentence, paragraph.headings)) continue;
    const ctx = sentenceContext(paragraph, r.sentenceIndex, report.year, /^\d{4}$/.test(report.date));
    ctx.leadIn = leadIn(index, r.paragraphIndex, r.sentenceIndex);
    const texts: FactTexts = {
      sentence: withoutExclusions(searchSentence),
      headings: view.headings,
      previousSentence: r.sentenceIndex > 0 ? withoutExclusions(sentenceAt(paragraph, r.sentenceIndex - 1).searchSentence) : "",
      paragraph: view.text,
      reportMentions: reportMentions(paragraph),
    };
    for (const fact of extractFacts(sentence, ctx)) {
      const score = scoreFact(q, fact, texts, weights, report.year, r.score, thorough);
      scored.push({ fact, score, paragraphIndex: r.paragraphIndex, sentenceIndex: r.sentenceIndex });
    }
  }
  return { retrieved, scored };
}

const namedYears = new WeakMap<StoredParagraph, number[]>();

/** The years a paragraph and its headings name (kept: they are the same for every question). */
function paragraphYears(p: StoredParagraph, reportYear: number | null): number[] {
  let years = namedYears.get(p);
  if (!years) namedYears.set(p, (years = yearsNamed(`${paragraphSearchText(p)} ${p.headings.join(" ")}`, reportYear)));
  return years;
}

function candidate(index: SearchIndex, s: ScoredFact, q: ParsedQuestion): Candidate {
  const paragraph = index.paragraphs[s.paragraphIndex]!;
  const report = index.reports[paragraph.report]!;
  const { sentence, searchSentence } = sentenceAt(paragraph, s.sentenceIndex);
  const f = s.fact.figure;
  return {
    found: true,
    figure: { text: f.text, value: f.value, unit: f.unit, year: s.score.year, qualifier: f.qualifier, kind: s.fact.kind },
    sentence,
    paragraph: paragraph.text,
    report: { title: report.title, file: report.file, date: report.date },
    heading: paragraph.headings.join(" › "),
    score: Math.round(s.score.score * 100) / 100,
    matched: matchedWords(sentence, searchSentence, q),
  };
}

function notFound(query: string, alternatives: Candidate[]): Answer {
  return {
    query,
    found: false,
    figure: null,
    sentence: "",
    paragraph: "",
    report: { title: "", file: "", date: "" },
    heading: "",
    score: 0,
    matched: [],
    alternatives,
  };
}

/**
 * The closest passages when nothing answers: the sentences that name most of the question's
 * words (weighted by rarity; a word partly there counts for the share of its bigrams that is),
 * one per paragraph, best first.
 */
function closestPassages(index: SearchIndex, retrieved: ReturnType<typeof retrieve>, q: ParsedQuestion): Candidate[] {
  // A place is where, not what: it counts for little here.
  const weights = q.terms.map((t) => termWeight(t, index.gramFrequency, index.sentenceCount) * (t.isPlace ? 0.3 : 1));
  const yearBonus = weights.reduce((a, b) => a + b, 0) / Math.max(1, weights.length) / 2;
  const closeness = (r: (typeof retrieved)[number]): number => {
    const paragraph = index.paragraphs[r.paragraphIndex]!;
    const text = sentenceAt(paragraph, r.sentenceIndex).searchSentence;
    const reportYear = index.reports[paragraph.report]!.year;
    // A report of the asked year, or the one reviewing it, is nearer.
    const near = q.dataYear !== null && reportYear !== null && (reportYear === q.dataYear || reportYear === q.dataYear + 1);
    return (near ? yearBonus : 0) + q.terms.reduce((sum, term, i) => {
      if (term.alternatives.some((alt) => text.includes(alt))) return sum + weights[i]!;
      const grams = hanBigrams(term.word);
      const share = grams.length ? grams.filter((g) => text.includes(g)).length / grams.length : 0;
      return sum + weights[i]! * share * 0.5;
    }, 0);
  };
  const ranked = retrieved.map((r) => ({ r, c: closeness(r) })).sort((a, b) => b.c - a.c || b.r.score - a.r.score);
  const out: Candidate[] = [];
  const seen = new Set<number>();
  for (const { r } of ranked) {
    if (out.length >= MAX_ALTERNATIVES || seen.has(r.paragraphIndex)) continue;
    seen.add(r.paragraphIndex);
    const paragraph = index.paragraphs[r.paragraphIndex]!;
    const report = index.reports[paragraph.report]!;
    const { sentence, searchSentence } = sentenceAt(paragraph, r.sentenceIndex);
    out.push({
      found: false,
      figure: null,
      sentence,
      paragraph: paragraph.text,
      report: { title: report.title, file: report.file, date: report.date },
      heading: paragraph.headings.join(" › "),
      score: Math.round(r.score * 100) / 100,
      matched: matchedWords(sentence, searchSentence, q),
    });
  }
  return out;
}

/**
 * "扣除物价因素比上年增长5%": what is deducted is not what the figure measures. Blanked with
 * spaces, so that offsets stay those of the sentence.
 */
function withoutExclusions(text: string): string {
  return text.includes("扣除") ? text.replace(/扣除[^，,；;。]{0,8}?因素/g, (m) => " ".repeat(m.length)) : text;
}

function sentenceAt(p: StoredParagraph, i: number): { sentence: string; searchSentence: string } {
  const start = i === 0 ? 0 : p.sentenceEnds[i - 1]!;
  const end = p.sentenceEnds[i]!;
  return { sentence: p.text.slice(start, end), searchSentence: paragraphSearchText(p).slice(start, end) };
}

function sentenceContext(
  p: StoredParagraph,
  sentenceIndex: number,
  reportYear: number | null,
  datedByYearOnly: boolean,
): SentenceContext {
  let headingYear: number | null = null;
  for (let i = p.headings.length - 1; i >= 0 && headingYear === null; i--) {
    headingYear = yearMentions(p.headings[i]!, reportYear)[0]?.year ?? null;
  }
  const nearestHeading = p.headings[p.headings.length - 1] ?? "";
  const topHeading = p.headings[0] ?? "";
  // A year that opens a clause of an earlier sentence ("2019年,全市…"; "在1992年…的基础上，1993年
  // 我国经济…") is the topic of the sentences after it: the last such year counts.
  let paragraphYear: number | null = null;
  const text = paragraphSearchText(p);
  for (let i = 0; i < sentenceIndex; i++) {
    const start = i === 0 ? 0 : p.sentenceEnds[i - 1]!;
    const topics = yearMentions(text.slice(start, p.sentenceEnds[i]), reportYear).filter((y) => y.topic);
    if (topics.length) paragraphYear = topics.at(-1)!.year;
  }
  return {
    reportYear,
    headingYear,
    headingIsPlan: PLAN_HEADING.test(nearestHeading) || PLAN_HEADING.test(topHeading),
    paragraphYear,
    plansFromYear: datedByYearOnly ? reportYear : null,
    leadIn: "",
  };
}

function leadIn(index: SearchIndex, paragraphIndex: number, sentenceIndex: number): string {
  const p = index.paragraphs[paragraphIndex]!;
  if (sentenceIndex > 0) return sentenceAt(p, sentenceIndex - 1).sentence;
  const previous = index.paragraphs[paragraphIndex - 1];
  if (!previous || previous.report !== p.report) return "";
  return sentenceAt(previous, previous.sentenceEnds.length - 1).sentence;
}

function mayName(head: QueryTerm, searchSentence: string, headings: string[]): boolean {
  const plain = withoutAsides(searchSentence);
  return head.alternatives.some(
    (alt) => plain.includes(alt) || searchSentence.includes(alt) || abbreviates(alt, searchSentence) || headings.some((h) => h.toLowerCase().includes(alt)),
  );
}

/** The words of the question as printed in the sentence, for highlighting. */
function matchedWords(sentence: string, searchSentence: string, q: ParsedQuestion): string[] {
  const out = new Set<string>();
  for (const term of q.terms) {
    for (const alt of term.alternatives) {
      const at = searchSentence.indexOf(alt);
      if (at >= 0) out.add(sentence.slice(at, at + alt.length));
    }
  }
  return [...out];
}

/**
 * A report is about a place it names this often (海东 15 times in the Haidong self-assessment,
 * 全国 hundreds of times in a national report); a national report that names 西藏 three times is
 * not about 西藏.
 */
const PLACE_MENTIONS = 8;

/** Whether a report mentions a place word at least PLACE_MENTIONS times ("海东" for 海东市), memoised. */
function reportMentionCache(index: SearchIndex): (report: number, word: string) => boolean {
  const cache = mentionCaches.get(index) ?? new Map<string, boolean>();
  mentionCaches.set(index, cache);
  return (report, word) => {
    const key = `${report}:${word}`;
    let hit = cache.get(key);
    if (hit === undefined) {
      const stem = word.length > 2 ? word.replace(/[市省县州]$/, "") : word;
      let count = 0;
      const [from, to] = reportParagraphs(index, report);
      // Counting stops once the report is known to be about the place.
      for (let i = from; i < to; i++) {
        const text = paragraphSearchText(index.paragraphs[i]!);
        for (let at = text.indexOf(stem); at >= 0 && count < PLACE_MENTIONS; at = text.indexOf(stem, at + 1)) count++;
        if (count >= PLACE_MENTIONS) break;
      }
      const title = index.reports[report]!.title + index.reports[report]!.source;
      hit = count >= PLACE_MENTIONS || title.includes(stem);
      cache.set(key, hit);
    }
    return hit;
  };
}
const mentionCaches = new WeakMap<SearchIndex, Map<string, boolean>>();

/** [first, end) paragraph indices of a report: a report's paragraphs are stored together. */
function reportParagraphs(index: SearchIndex, report: number): [number, number] {
  let ranges = rangeCaches.get(index);
  if (!ranges) {
    ranges = index.reports.map(() => [0, 0] as [number, number]);
    index.paragraphs.forEach((p, i) => {
      const r = ranges![p.report]!;
      if (r[1] === 0) r[0] = i;
      r[1] = i + 1;
    });
    rangeCaches.set(index, ranges);
  }
  return ranges[report]!;
}
const rangeCaches = new WeakMap<SearchIndex, Array<[number, number]>>();
