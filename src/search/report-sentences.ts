/**
 * One ingested report → what the index stores of it: its paragraphs (text as printed, sentence
 * ends, section path, search form when it differs) and one search document per sentence (jieba
 * words, character bigrams, section words). This is the only step of indexing that segments text;
 * an incremental reindex runs it on new and changed reports only.
 */
import { extractFigures } from "../answer/figures.ts";
import type { IngestedReport, Report } from "../ingest/types.ts";
import { toSearchForm } from "./normalize.ts";
import { bigrams, words } from "./segment.ts";
import type { SentenceDocument } from "./sentence-index.ts";

export interface IndexedReport extends Report {
  paragraphs: number;
  figures: number;
}

export interface StoredParagraph {
  /** Index into `reports`. */
  report: number;
  headings: string[];
  text: string;
  /** End offset of each sentence in `text`. */
  sentenceEnds: number[];
  /** The paragraph in search form, only when it differs from `text` (traditional characters). */
  searchText?: string;
}

export interface PreparedReport {
  report: IndexedReport;
  /** With `report` still to be set to the report's place in the index. */
  paragraphs: StoredParagraph[];
  /** One per sentence, in order, with `id` still to be set. */
  docs: Omit<SentenceDocument, "id">[];
}

/** Counting figures only (no jieba): for `npm run reindex -- --check`. */
export function describeReport({ report, paragraphs }: IngestedReport): IndexedReport {
  let figures = 0;
  for (const p of paragraphs) for (const sentence of p.sentences) figures += extractFigures(sentence).length;
  return { ...report, paragraphs: paragraphs.length, figures };
}

export function prepareReport({ report, paragraphs }: IngestedReport): PreparedReport {
  const stored: StoredParagraph[] = [];
  const docs: Omit<SentenceDocument, "id">[] = [];
  let figures = 0;
  for (const p of paragraphs) {
    const searchText = toSearchForm(p.text);
    const context = words(toSearchForm(p.headings.join(" "))).join(" ");
    const sentenceEnds: number[] = [];
    let offset = 0;
    for (const sentence of p.sentences) {
      offset += sentence.length;
      sentenceEnds.push(offset);
      const search = searchText.slice(offset - sentence.length, offset);
      figures += extractFigures(sentence).length;
      docs.push({ words: words(search).join(" "), grams: bigrams(search).join(" "), context });
    }
    stored.push({
      report: -1,
      headings: p.headings,
      text: p.text,
      sentenceEnds,
      ...(searchText !== p.text.toLowerCase() ? { searchText } : {}),
    });
  }
  return { report: { ...report, paragraphs: paragraphs.length, figures }, paragraphs: stored, docs };
}

/** The search form of a stored paragraph. */
export function paragraphSearchText(p: StoredParagraph): string {
  return p.searchText ?? p.text.toLowerCase();
}

/**
 * Number of sentences containing each character bigram and each single Han character (the weight
 * of a question word), counted over the paragraphs in order.
 */
export function countGrams(paragraphs: readonly StoredParagraph[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const p of paragraphs) {
    const searchText = paragraphSearchText(p);
    let start = 0;
    for (const end of p.sentenceEnds) {
      const search = searchText.slice(start, end);
      start = end;
      for (const g of new Set([...bigrams(search), ...search.replace(/[^\p{Script=Han}]/gu, "")])) {
        frequency.set(g, (frequency.get(g) ?? 0) + 1);
      }
    }
  }
  return frequency;
}
