/**
 * What answering needs from the stored reports, and nothing more: the candidate sentences for a
 * question, the paragraphs and reports they belong to, and the corpus statistics that weigh a
 * question word. The answer stage (src/answer/) sees storage only through this interface; the
 * embedded index is its implementation here (`corpusOf`), and another store can be another.
 */
import type { Question } from "../question/types.ts";
import { placeByCode, type Place } from "../zh/places.ts";
import { paragraphSearchText, type IndexedReport, type SearchIndex, type StoredParagraph } from "./index/search-index.ts";
import { rankParagraphs } from "./index/paragraph-index.ts";
import { namesPlace, passes, retrieve, type ParagraphFilter, type RankedParagraph, type RetrievedSentence, type SearchStore } from "./retrieve.ts";
import { Vocabulary } from "./vocabulary.ts";
import type { GramCounts } from "./index/gram-counts.ts";

export type { RetrievedSentence } from "./retrieve.ts";
export { paragraphSearchText, type IndexedReport, type StoredParagraph } from "./index/search-index.ts";

export interface Corpus {
  /** How many sentences the corpus holds: with gramFrequency, the rarity of a word. */
  readonly sentenceCount: number;
  /** Number of sentences holding a character bigram (or a single Han character). */
  readonly gramFrequency: GramCounts;
  /** How many reports the corpus holds (their ids are 0 … reportCount − 1). */
  readonly reportCount: number;
  /** Every report, by id (metadata only: a few hundred bytes each, kept in memory by every store). */
  readonly reports: readonly IndexedReport[];
  /** How many paragraphs the reports hold. */
  readonly paragraphCount: number;
  /** When the corpus state served was built (ISO time). */
  readonly builtAt: string;
  report(id: number): IndexedReport;
  /**
   * A paragraph of a sentence `retrieve` returned, or the one before it (a store that does not
   * hold every paragraph in memory fetches these with the candidates).
   */
  paragraph(id: number): StoredParagraph;
  /** The paragraph before this one in the same report, or null for a report's first. */
  previousParagraph(id: number): StoredParagraph | null;
  /** Whether a report is about a place: it names the place word often, or in its title. */
  isAbout(report: number, place: string): boolean;
  /** The places the reports are about (each once): a question's place is read against them. */
  readonly places: readonly Place[];
  /** The year the latest report speaks from: a question's 今年 (null for an empty corpus). */
  readonly present: number | null;
  /** Candidate sentences for a question, best first (see retrieve.ts). */
  retrieve(question: Question): Promise<RetrievedSentence[]>;
}

/**
 * A report is about a place it names this often (海东 15 times in the Haidong self-assessment,
 * 全国 hundreds of times in a national report); a national report that names 西藏 three times is
 * not about 西藏.
 */
export const PLACE_MENTIONS = 8;

/** The word counted for a place: 海东市 → 海东 (a report says 全市 and 海东 more than 海东市). */
export function placeStem(place: string): string {
  return place.length > 2 ? place.replace(/[市省县州]$/, "") : place;
}

/** Whether a report's title, source or issuer names a place's stem. */
export function titleNames(report: IndexedReport, stem: string): boolean {
  return (report.title + report.source + (report.issuer ?? "")).includes(stem);
}

/** What every store knows of its reports in memory: their places, their present. */
export abstract class ReportsCorpus {
  readonly places: readonly Place[];
  readonly present: number | null;

  constructor(readonly reports: readonly IndexedReport[]) {
    const years = reports.flatMap((r) => (r.year === null ? [] : [r.year]));
    this.present = years.length ? Math.max(...years) : null;
    const codes = new Set(reports.flatMap((r) => (r.place ? [r.place.code] : [])));
    this.places = [...codes].flatMap((code) => placeByCode(code) ?? []);
  }

  get reportCount(): number {
    return this.reports.length;
  }

  report(id: number): IndexedReport {
    return this.reports[id]!;
  }
}

class EmbeddedCorpus extends ReportsCorpus implements Corpus, SearchStore {
  private readonly mentionCache = new Map<string, boolean>();
  private ranges: Array<[number, number]> | null = null;
  private words: Vocabulary | null = null;
  readonly averageSentenceLength: number;
  /** MiniSearch reads the postings of every copy of a passage. */
  readonly repetition = 1;

  constructor(private readonly index: SearchIndex) {
    super(index.reports);
    let chars = 0;
    for (const p of index.paragraphs) chars += p.text.length;
    this.averageSentenceLength = Math.max(1, chars / Math.max(1, index.sentenceCount));
  }

  get sentenceCount(): number {
    return this.index.sentenceCount;
  }

  get paragraphCount(): number {
    return this.index.paragraphs.length;
  }

  get builtAt(): string {
    return this.index.builtAt;
  }

  get gramFrequency(): GramCounts {
    return this.index.gramFrequency;
  }

  get vocabulary(): Vocabulary {
    return (this.words ??= new Vocabulary(this.index.vocabulary));
  }

  paragraph(id: number): StoredParagraph {
    return this.index.paragraphs[id]!;
  }

  previousParagraph(id: number): StoredParagraph | null {
    const previous = this.index.paragraphs[id - 1];
    return previous && previous.report === this.index.paragraphs[id]!.report ? previous : null;
  }

  retrieve(question: Question): Promise<RetrievedSentence[]> {
    return retrieve(this, question);
  }

  async rank(query: readonly string[], boost: ReadonlyMap<string, number>, filter: ParagraphFilter): Promise<Iterable<RankedParagraph>> {
    const paragraphs = this.index.paragraphs;
    const { place } = filter;
    const names = (p: StoredParagraph) => place !== null && namesPlace(p, place);
    const test =
      filter.reportYear === null && !filter.reportMay
        ? undefined
        : (id: number) => {
            const p = paragraphs[id]!;
            return passes(filter, this.reports[p.report]!, p.report, () => names(p));
          };
    // MiniSearch's ranking, computed without its result objects (paragraph-index.ts).
    const results = rankParagraphs(this.index.miniSearch, query, (term) => boost.get(term) ?? 1, test);
    return rankedParagraphs(results, paragraphs, names);
  }

  async fetch(ids: readonly number[]): Promise<StoredParagraph[]> {
    return ids.map((id) => this.index.paragraphs[id]!);
  }

  async fetchFollowing(ids: readonly number[], count: number): Promise<Array<Array<[number, StoredParagraph]>>> {
    const paragraphs = this.index.paragraphs;
    return ids.map((id) => {
      const out: Array<[number, StoredParagraph]> = [];
      for (let next = id + 1; next <= id + count && paragraphs[next]?.report === paragraphs[id]!.report; next++) out.push([next, paragraphs[next]!]);
      return out;
    });
  }

  isAbout(report: number, place: string): boolean {
    const key = `${report}:${place}`;
    let hit = this.mentionCache.get(key);
    if (hit === undefined) {
      const stem = placeStem(place);
      let count = 0;
      const [from, to] = this.reportParagraphs(report);
      // Counting stops once the report is known to be about the place.
      for (let i = from; i < to; i++) {
        const text = paragraphSearchText(this.index.paragraphs[i]!);
        for (let at = text.indexOf(stem); at >= 0 && count < PLACE_MENTIONS; at = text.indexOf(stem, at + 1)) count++;
        if (count >= PLACE_MENTIONS) break;
      }
      hit = count >= PLACE_MENTIONS || titleNames(this.index.reports[report]!, stem);
      this.mentionCache.set(key, hit);
    }
    return hit;
  }

  /** [first, end) paragraph ids of a report: a report's paragraphs are stored together. */
  private reportParagraphs(report: number): [number, number] {
    if (!this.ranges) {
      const ranges = this.index.reports.map(() => [0, 0] as [number, number]);
      this.index.paragraphs.forEach((p, i) => {
        const r = ranges[p.report]!;
        if (r[1] === 0) r[0] = i;
        r[1] = i + 1;
      });
      this.ranges = ranges;
    }
    return this.ranges[report]!;
  }
}

/**
 * The ranked paragraphs, made as they are read: the reader stops once its quotas are filled
 * (retrieve.ts pickParagraphs), usually long before the last of thousands of results.
 */
function* rankedParagraphs(
  results: ReadonlyArray<{ id: number }>,
  paragraphs: readonly StoredParagraph[],
  names: (p: StoredParagraph) => boolean,
): Generator<RankedParagraph> {
  for (const r of results) yield new EmbeddedRanked(r.id, paragraphs[r.id]!, names);
}

/** A ranked paragraph of the embedded index; whether it names the asked place is read when asked. */
class EmbeddedRanked implements RankedParagraph {
  readonly report: number;
  readonly passage: string;
  constructor(
    readonly id: number,
    private readonly paragraph: StoredParagraph,
    private readonly names: (p: StoredParagraph) => boolean,
  ) {
    this.report = paragraph.report;
    this.passage = paragraph.text;
  }
  get namesPlace(): boolean {
    return this.names(this.paragraph);
  }
}

const corpora = new WeakMap<SearchIndex, Corpus>();

/** The corpus view of an embedded index (one per index, with its caches). */
export function corpusOf(index: SearchIndex): Corpus {
  let corpus = corpora.get(index);
  if (!corpus) corpora.set(index, (corpus = new EmbeddedCorpus(index)));
  return corpus;
}
