/**
 * Ranking in the PostgreSQL store, once the database has said which passages hold which query
 * words (pg-corpus.ts): each passage scored as MiniSearch scores a paragraph, then expanded to its
 * paragraphs (instances.ts) in the order retrieve.ts reads them.
 */
import { BM25 } from "../index/paragraph-index.ts";
import type { IndexedReport } from "../index/report-paragraphs.ts";
import { passes, type ParagraphFilter, type RankedParagraph } from "../retrieve.ts";
import type { InstanceIndex } from "./instances.ts";

/** What scoring needs of the corpus version: MiniSearch's statistics, and where each passage is. */
export interface CorpusStatistics {
  paragraphCount: number;
  averageWords: number;
  documentFrequency: ReadonlyMap<string, number>;
  instances: InstanceIndex;
}

/** A passage holding a query word (`word`: its place in the query, from 1), and how often. */
export interface PostingRow {
  id: string;
  word: number;
  tf: number;
  text_hash: string;
  word_count: number;
  names: boolean;
}

/** A passage matched, scored, and where its first paragraph stands (for MiniSearch's order). */
interface ScoredPassage {
  id: number;
  textHash: string;
  names: boolean;
  score: number;
  firstWord: number;
  report: number;
  position: number;
}

/**
 * MiniSearch's score of each passage (search/index/paragraph-index.ts: BM25+ over distinct-word
 * field lengths, each term's score times its boost, summed in query order, times the number of
 * query words matched), sorted as MiniSearch sorts its paragraphs: by score, then by the first
 * query word matched, then in corpus order (of the passage's first paragraph).
 */
export function scorePassages(
  rows: readonly PostingRow[],
  query: readonly string[],
  boost: ReadonlyMap<string, number>,
  stats: CorpusStatistics,
): ScoredPassage[] {
  const { k, b, d } = BM25;
  const n = stats.paragraphCount;
  const average = stats.averageWords;
  const idf = query.map((t) => {
    const df = stats.documentFrequency.get(t) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  });
  // Per passage, the frequency of each query word in it (0: absent).
  const byPassage = new Map<string, { row: PostingRow; tfs: number[] }>();
  for (const row of rows) {
    let hit = byPassage.get(row.id);
    if (!hit) byPassage.set(row.id, (hit = { row, tfs: query.map(() => 0) }));
    hit.tfs[row.word - 1] = row.tf;
  }
  const out: ScoredPassage[] = [];
  for (const { row, tfs } of byPassage.values()) {
    // A passage of a version this reader has not loaded: not in its corpus.
    const first = stats.instances.first(Number(row.id));
    if (!first) continue;
    let score = 0;
    let matched = 0;
    let firstWord = -1;
    query.forEach((term, i) => {
      const f = tfs[i]!;
      if (!f) return;
      const raw = idf[i]! * (d + (f * (k + 1)) / (f + k * (1 - b + (b * row.word_count) / average)));
      score += 1 * (boost.get(term) ?? 1) * 1 * 1 * raw;
      matched++;
      if (firstWord < 0) firstWord = i;
    });
    out.push({
      id: Number(row.id),
      textHash: row.text_hash,
      names: row.names,
      score: score * matched,
      firstWord,
      report: first.report,
      position: first.position,
    });
  }
  return out.sort((x, y) => y.score - x.score || x.firstWord - y.firstWord || x.report - y.report || x.position - y.position);
}

/**
 * Each ranked passage's paragraphs that pass the filter, in corpus order, passage after passage,
 * made as the caller reads them. Of a passage's paragraphs, only the first of each report year
 * and place: retrieve.ts chooses among a passage's paragraphs by nothing else (its quotas are of
 * years and places, and a passage is read once), so a passage a hundred reports print costs one
 * entry per year and place, not a hundred. (MiniSearch would interleave the paragraphs of two
 * passages of exactly the same score; no question of any set meets that.)
 */
export function* paragraphsOf(
  passages: readonly ScoredPassage[],
  filter: ParagraphFilter,
  corpusReports: readonly IndexedReport[],
  instances: InstanceIndex,
  kinds: Int32Array,
): Generator<RankedParagraph> {
  const { paragraphIds, reports } = instances;
  // Per report, once: whether its paragraphs pass (retrieve.ts's filter), or pass when they name the place.
  const named = corpusReports.map((r, i) => passes(filter, r, i, () => true));
  const whole = corpusReports.map((r, i) => passes(filter, r, i, () => false));
  const yielded = new Set<number>();
  for (const passage of passages) {
    const [from, to] = instances.range(passage.id)!;
    yielded.clear();
    for (let i = from; i < to; i++) {
      const report = reports[i]!;
      if (!(passage.names ? named[report] : whole[report]) || yielded.has(kinds[report]!)) continue;
      yielded.add(kinds[report]!);
      yield { id: paragraphIds[i]!, report, passage: passage.textHash, namesPlace: passage.names };
    }
  }
}

/** Per report, a number shared by the reports of the same year and place. */
export function reportKinds(reports: readonly IndexedReport[]): Int32Array {
  const ids = new Map<string, number>();
  const kinds = new Int32Array(reports.length);
  reports.forEach((r, i) => {
    const key = `${r.year}|${r.place?.code ?? ""}`;
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    kinds[i] = id;
  });
  return kinds;
}
