/**
 * One ingested report → what the index stores of it: its paragraphs (text as printed, sentence
 * ends, section path, search form when it differs) and one search document per paragraph (its
 * jieba words). This is the only step of indexing that segments text; an incremental reindex runs
 * it on new and changed reports only.
 */
import { continuedReviewLeads } from "./review-leads.ts";
import { plansAnnounced } from "./plan-announcements.ts";
import { extractFigures } from "../../zh/figures.ts";
import type { IngestedReport, Report, TableRowContext } from "../../ingest/types.ts";
import { toSearchForm } from "../../zh/normalize.ts";
import type { ParagraphDocument } from "./paragraph-index.ts";
import { words } from "../../zh/segment.ts";

export interface IndexedReport extends Report {
  paragraphs: number;
  figures: number;
  /**
   * Its top-level section headings in order ("一、2014年工作回顾", "二、2015年工作总体部署", "三、…"):
   * what a section's place in the report says of it (a work report's sections after its review
   * are the year's plans). Absent in an index built before it was kept.
   */
  sections?: string[];
}

/** A report's top-level section headings, each once, in the order they open. */
function sectionsOf(paragraphs: ReadonlyArray<{ headings: readonly string[] }>): string[] {
  const sections = new Set<string>();
  for (const p of paragraphs) if (p.headings[0]) sections.add(p.headings[0]);
  return [...sections];
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
  /** A table row: its caption, unit and column headers (ingest/types.ts). */
  table?: TableRowContext;
  /** The review of past years it goes on with from an earlier paragraph ("过去五年": review-leads.ts). */
  reviewLead?: string;
  /** An earlier paragraph under its top-level heading announced the year's plans (plan-announcements.ts). */
  plansAnnounced?: true;
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
  return { ...report, paragraphs: paragraphs.length, figures, sections: sectionsOf(paragraphs) };
}

export function prepareReport({ report, paragraphs }: IngestedReport): PreparedReport {
  const stored: StoredParagraph[] = [];
  const docs: Omit<ParagraphDocument, "id">[] = [];
  let figures = 0;
  const reviewLeads = continuedReviewLeads(paragraphs, report.year);
  const announced = plansAnnounced(paragraphs, report.genre);
  for (const [i, p] of paragraphs.entries()) {
    const searchText = toSearchForm(p.text);
    // A table row is found by its columns' words too ("港口集装箱吞吐量" … "比上年增长").
    const searched = p.table ? `${searchText} ${toSearchForm(p.table.columns.join(" "))}` : searchText;
    docs.push({ words: words(searched).join(" ") });
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
      ...(p.table ? { table: p.table } : {}),
      ...(reviewLeads[i] !== undefined ? { reviewLead: reviewLeads[i] } : {}),
      ...(announced[i] ? { plansAnnounced: true as const } : {}),
    });
  }
  return { report: { ...report, paragraphs: paragraphs.length, figures, sections: sectionsOf(paragraphs) }, paragraphs: stored, docs };
}

const lowered = new WeakMap<StoredParagraph, string>();

/** The search form of a stored paragraph (kept once made: the answer stage asks for it per sentence). */
export function paragraphSearchText(p: StoredParagraph): string {
  if (p.searchText !== undefined) return p.searchText;
  let text = lowered.get(p);
  if (text === undefined) {
    text = p.text.toLowerCase();
    // Most paragraphs have no capital letter: keep the text itself, not a second copy of it.
    if (text === p.text) text = p.text;
    lowered.set(p, text);
  }
  return text;
}

/**
 * Number of sentences containing each character bigram and each single Han character (the weight
 * of a question word), counted over the paragraphs in order. A bigram is two Han characters side by
 * side. Grams are counted as numbers (character ids) and named at the end: building a string per
 * bigram made this the slowest step of indexing after jieba.
 */
export function countGrams(paragraphs: readonly StoredParagraph[]): Map<string, number> {
  const bmpIds = new Int32Array(0x10000);
  const ids = new Map<number, number>();
  const codePoints: number[] = [];
  // Sentences holding each gram, and the last sentence that counted it, in arrays by slot: one
  // Map lookup a gram (key → slot) rather than four (get and set of a count and of a last sentence).
  const slots = new Map<number, number>();
  let keys = new Int32Array(1 << 12);
  let counts = new Int32Array(1 << 12);
  let last = new Int32Array(1 << 12);
  const count = (key: number, sentence: number) => {
    let slot = slots.get(key);
    if (slot === undefined) {
      slot = slots.size;
      slots.set(key, slot);
      if (slot === keys.length) {
        keys = grown(keys);
        counts = grown(counts);
        last = grown(last);
      }
      keys[slot] = key;
    }
    if (last[slot] === sentence) return;
    last[slot] = sentence;
    counts[slot]!++;
  };
  // Past 32,767 distinct characters (not in any real corpus) keys would outgrow V8's small
  // integers: those bigrams are counted by name.
  const rare = new Map<string, number>();
  const rareLast = new Map<string, number>();
  let sentence = 0;
  for (const p of paragraphs) {
    const text = paragraphSearchText(p);
    let start = 0;
    for (const end of p.sentenceEnds) {
      sentence++;
      let previous = -1;
      for (let i = start; i < end; i++) {
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) i++;
        if (!isHan(cp)) {
          previous = -1;
          continue;
        }
        // Ids of the Basic Multilingual Plane's characters by code (id + 1; 0: none yet), others by Map.
        let id = cp <= 0xffff ? bmpIds[cp]! - 1 : (ids.get(cp) ?? -1);
        if (id < 0) {
          id = codePoints.length;
          if (cp <= 0xffff) bmpIds[cp] = id + 1;
          else ids.set(cp, id);
          codePoints.push(cp);
        }
        count(id, sentence);
        if (previous >= 0 && previous < GRAM_KEY - 1 && id < GRAM_KEY) count((previous + 1) * GRAM_KEY + id, sentence);
        else if (previous >= 0) {
          const gram = String.fromCodePoint(codePoints[previous]!, cp);
          if (rareLast.get(gram) !== sentence) {
            rareLast.set(gram, sentence);
            rare.set(gram, (rare.get(gram) ?? 0) + 1);
          }
        }
        previous = id;
      }
      start = end;
    }
  }
  const frequency = new Map<string, number>();
  for (let slot = 0; slot < slots.size; slot++) {
    const key = keys[slot]!;
    const n = counts[slot]!;
    const gram =
      key < GRAM_KEY ? String.fromCodePoint(codePoints[key]!) : String.fromCodePoint(codePoints[Math.floor(key / GRAM_KEY) - 1]!, codePoints[key % GRAM_KEY]!);
    frequency.set(gram, n);
  }
  for (const [gram, n] of rare) frequency.set(gram, n);
  return frequency;
}

/** The array twice as long, holding the same values first. */
function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Bigram key = (first id + 1) × GRAM_KEY + second id: above every character id, and below 2³⁰. */
const GRAM_KEY = 2 ** 15;

let hanBmp: Uint8Array | null = null;

function isHan(cp: number): boolean {
  if (cp > 0xffff) return /\p{Script=Han}/u.test(String.fromCodePoint(cp));
  if (!hanBmp) {
    hanBmp = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (/\p{Script=Han}/u.test(String.fromCharCode(c))) hanBmp[c] = 1;
  }
  return hanBmp[cp] === 1;
}
