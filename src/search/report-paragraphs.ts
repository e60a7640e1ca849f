/**
 * One ingested report → what the index stores of it: its paragraphs (text as printed, sentence
 * ends, section path, search form when it differs) and one search document per paragraph (jieba
 * words, section words). This is the only step of indexing that segments text; an incremental
 * reindex runs it on new and changed reports only.
 */
import { extractFigures } from "../answer/figures.ts";
import type { IngestedReport, Report } from "../ingest/types.ts";
import { toSearchForm } from "./normalize.ts";
import type { ParagraphDocument } from "./paragraph-index.ts";
import { bigrams, words } from "./segment.ts";

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
  /** One per paragraph, in order, with `id` still to be set. */
  docs: Omit<ParagraphDocument, "id">[];
}

/** Counting figures only (no jieba): for `npm run reindex -- --check`. */
export function describeReport({ report, paragraphs }: IngestedReport): IndexedReport {
  let figures = 0;
  for (const p of paragraphs) for (const sentence of p.sentences) figures += extractFigures(sentence).length;
  return { ...report, paragraphs: paragraphs.length, figures };
}

export function prepareReport({ report, paragraphs }: IngestedReport): PreparedReport {
  const stored: StoredParagraph[] = [];
  const docs: Omit<ParagraphDocument, "id">[] = [];
  let figures = 0;
  for (const p of paragraphs) {
    const searchText = toSearchForm(p.text);
    docs.push({ words: words(searchText).join(" "), context: words(toSearchForm(p.headings.join(" "))).join(" ") });
    const sentenceEnds: number[] = [];
    let offset = 0;
    for (const sentence of p.sentences) {
      offset += sentence.length;
      sentenceEnds.push(offset);
      figures += extractFigures(sentence).length;
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

const lowered = new WeakMap<StoredParagraph, string>();

/** The search form of a stored paragraph (kept once made: the answer stage asks for it per sentence). */
export function paragraphSearchText(p: StoredParagraph): string {
  if (p.searchText !== undefined) return p.searchText;
  let text = lowered.get(p);
  if (text === undefined) lowered.set(p, (text = p.text.toLowerCase()));
  return text;
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
