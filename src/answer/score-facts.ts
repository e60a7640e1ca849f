/**
 * Every figure of every retrieved sentence, read in its context and scored against the question
 * (accepted or not, with the reason): answer.ts takes the best accepted one, `npm run explain`
 * prints them all.
 */
import type { Question } from "../question/types.ts";
import { paragraphSearchText, type Corpus, type RetrievedSentence, type StoredParagraph } from "../search/corpus.ts";
import { simplifiedForReading, toSearchForm } from "../zh/normalize.ts";
import { pairedCompoundParts } from "../zh/paired-compounds.ts";
import { coverageWeights, headTerm, listsPartsOfPrevious, type FactTexts } from "./coverage.ts";
import { extractFacts, type Fact, type SentenceContext } from "./facts.ts";
import { extractTableFacts } from "./table-facts.ts";
import { mayAnswer, mayName, yearMayFit } from "./prefilter.ts";
import { scoreFact, type FactScore } from "./rank.ts";
import { paragraphYears, periodsSpoken, sentenceAt, sentenceContext, withoutExclusions } from "./reading-context.ts";
import { yearRules } from "./year-rules.ts";
import type { ReportContext } from "./acceptance.ts";
import { placeByCode } from "../zh/places.ts";

/**
 * A paragraph opening with a numbered title of its own, run in before its text ("2.政府性基金预算收支情况。
 * 本级收入564369万元…"), or with a dash ("——国有土地使用权出让收入。完成35.23亿元，占预算的78.1%", 山东 2023):
 * the title heads the paragraph as a heading would.
 */
const RUN_IN_HEADING = /^\s*(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、|——|—)([^，,；;：:。\d]{2,30})。/;

export interface ScoredFact {
  fact: Fact;
  score: FactScore;
  paragraphIndex: number;
  sentenceIndex: number;
}

export interface ScoreOptions {
  /** Work out coverage and score of refused facts too (npm run explain); slower. */
  thorough?: boolean;
  /** Skip texts the pre-filters rule out (default true; off only to prove they change nothing). */
  prefilter?: boolean;
}

/** The question's candidate sentences (the one wait on storage), each figure of them scored. */
export async function scoreFacts(corpus: Corpus, q: Question, options: ScoreOptions = {}): Promise<{ retrieved: RetrievedSentence[]; scored: ScoredFact[] }> {
  const retrieved = await corpus.retrieve(q);
  return { retrieved, scored: scoreRetrieved(corpus, q, retrieved, options) };
}

/**
 * A sentence's facts, read in simplified characters: traditional ones hide its grammar (較…增長). Each figure's text is
 * as printed (二百十七萬噸; its unit, 万吨, as read).
 */
function factsOf(sentence: string, ctx: SentenceContext, ordinal: string | null): Fact[] {
  const simplified = simplifiedForReading(sentence);
  if (simplified === null) return extractFacts(sentence, ctx, ordinal);
  return extractFacts(simplified, ctx, ordinal).map((fact) => ({
    ...fact,
    figure: { ...fact.figure, text: sentence.slice(fact.figure.start, fact.figure.end) },
  }));
}

/** Every figure of the retrieved sentences, accepted or refused and scored. */
function scoreRetrieved(corpus: Corpus, q: Question, retrieved: readonly RetrievedSentence[], options: ScoreOptions): ScoredFact[] {
  const { thorough = false, prefilter = true } = options;
  const weights = coverageWeights(q, corpus.gramFrequency, corpus.sentenceCount);
  const head = headTerm(q);
  const isAboutFor = (paragraph: StoredParagraph) => (place: string) => corpus.isAbout(paragraph.report, place);
  const issuers = new Map<number, string>();
  const issuerOf = (report: number): string => {
    let issuer = issuers.get(report);
    if (issuer === undefined) issuers.set(report, (issuer = toSearchForm(corpus.report(report).issuer ?? "")));
    return issuer;
  };
  // Per paragraph, once: its headings, its text as the rank reads it, and whether any of its
  // figures could be accepted: most cannot, and are skipped.
  const views = new Map<number, { headings: string; runIn: string; section: string; text: string; may: boolean }>();
  const viewOf = (paragraphIndex: number, paragraph: StoredParagraph) => {
    let view = views.get(paragraphIndex);
    if (!view) {
      const text = paragraphSearchText(paragraph);
      // A table row's column headers name its figures as its section does.
      const report = corpus.report(paragraph.report);
      // …and the plan periods it speaks of without naming them (五年来 in a 2026 report: 十四五).
      const runIn = RUN_IN_HEADING.exec(text)?.[1];
      const headings = [...paragraph.headings, ...(runIn ? [runIn] : []), ...(paragraph.table?.columns ?? []), ...(q.period ? periodsSpoken(text, report) : [])]
        .join(" ")
        .toLowerCase();
      const may =
        !prefilter ||
        (yearMayFit(q, q.dataYear === null && !q.period ? [] : paragraphYears(paragraph, report), yearRules(report)) &&
          (mayAnswer(q, weights, [text, headings], isAboutFor(paragraph), issuerOf(paragraph.report)) ||
            // The parts of its paired compounds (城乡 → 城镇 农村) are words a list item may be given.
            mayAnswer(q, weights, [text, headings, ...pairedCompoundParts(text)], isAboutFor(paragraph), issuerOf(paragraph.report))));
      const section = (paragraph.headings.at(-1) ?? "").toLowerCase();
      views.set(paragraphIndex, (view = { headings, runIn: (runIn ?? "").toLowerCase(), section, text: withoutExclusions(text), may }));
    }
    return view;
  };
  const contexts = new Map<number, ReportContext>();
  const reportContext = (id: number): ReportContext => {
    let context = contexts.get(id);
    if (!context) {
      const report = corpus.report(id);
      const place = report.place ? (placeByCode(report.place.code) ?? null) : null;
      contexts.set(id, (context = { rules: yearRules(report), place, isAbout: (word) => corpus.isAbout(id, word) }));
    }
    return context;
  };
  const scored: ScoredFact[] = [];
  for (const r of retrieved) {
    const paragraph = corpus.paragraph(r.paragraphIndex);
    const view = viewOf(r.paragraphIndex, paragraph);
    if (!view.may) continue;
    const { sentence, searchSentence } = sentenceAt(paragraph, r.sentenceIndex);
    // No figure of a sentence that lacks the metric's head word can be accepted: skip the work.
    // This is most of the candidates, and most of the time.
    const previousSentence = r.sentenceIndex > 0 ? withoutExclusions(sentenceAt(paragraph, r.sentenceIndex - 1).searchSentence) : "";
    // A sentence of parts (其中，…) may name its head in the sentence of their total only.
    // …and the parts of its paired compounds are names its list items may be given ("城乡居民收入分别达26150元和14100元":
    // 农村居民收入 14100元).
    const nameMayBeIn = [
      ...(listsPartsOfPrevious(searchSentence) ? [view.headings, previousSentence] : [view.headings]),
      ...pairedCompoundParts(searchSentence),
    ];
    if (prefilter && head && !mayName(head, searchSentence, nameMayBeIn)) continue;
    const ctx = sentenceContext(corpus, r.paragraphIndex, r.sentenceIndex);
    const texts: FactTexts = {
      sentence: withoutExclusions(searchSentence),
      printedSentence: searchSentence,
      headings: view.headings,
      // Not in the paragraph's first sentence, which is the run-in title itself.
      runInTitle: r.sentenceIndex > 0 ? view.runIn : "",
      sectionTitle: view.section,
      previousSentence,
      paragraph: view.text,
      reportIsAbout: isAboutFor(paragraph),
      issuer: issuerOf(paragraph.report),
    };
    const facts = paragraph.table ? extractTableFacts(sentence, paragraph.table) : factsOf(sentence, ctx, q.ordinal);
    for (const fact of facts) {
      const score = scoreFact(q, fact, texts, weights, reportContext(paragraph.report), r.score, thorough);
      scored.push({ fact, score, paragraphIndex: r.paragraphIndex, sentenceIndex: r.sentenceIndex });
    }
  }
  return scored;
}
