/**
 * The corpus read from PostgreSQL: one version of it (schema.ts), loaded in one snapshot.
 *
 * Kept in memory, as the embedded index keeps them: the reports' metadata, the corpus statistics
 * (sentence counts of character bigrams, paragraph counts of words, totals) and the vocabulary —
 * each grows with the corpus' vocabulary, not its size. Asked of the database per question: the
 * paragraphs holding the query's words (the GIN index over their tsvector), with what BM25 needs
 * of each, then the chosen paragraphs and the ones before them. The ranking is MiniSearch's own
 * formula with the embedded index's statistics, so both stores give the same candidates.
 */
import type pg from "pg";
import type { Question } from "../../question/types.ts";
import { useDictionary } from "../../zh/segment.ts";
import { type Corpus, placeStem, ReportsCorpus, titleNames } from "../corpus.ts";
import { compareFiles } from "../index/build.ts";
import { BM25 } from "../index/paragraph-index.ts";
import type { IndexedReport, StoredParagraph } from "../index/report-paragraphs.ts";
import { passes, retrieve, type ParagraphFilter, type RankedParagraph, type RetrievedSentence, type SearchStore } from "../retrieve.ts";
import { Vocabulary } from "../vocabulary.ts";
import { decodeInstances, type InstanceIndex } from "./instances.ts";
import { tsqueryOf } from "./text-search.ts";

/** Paragraphs kept for Corpus.paragraph, per generation (two are kept: the current and the one before). */
const PARAGRAPH_CACHE = 20_000;

interface CorpusState {
  version: number;
  builtAt: string;
  dictionary: string;
  /** In corpus order (by file), with their database ids. */
  reports: IndexedReport[];
  dbIds: number[];
  about: Array<ReadonlySet<string>>;
  grams: Map<string, number>;
  documentFrequency: Map<string, number>;
  paragraphCount: number;
  sentenceCount: number;
  textChars: number;
  averageWords: number;
  distinctSentences: number;
  instances: InstanceIndex;
}

/** A passage holding a query word (`word`: its place in the query, from 1), and how often. */
interface PostingRow {
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

interface CachedParagraph {
  paragraph: StoredParagraph;
  position: number;
}

/** The corpus version in the database (null: none yet). */
export async function storedVersion(pool: pg.Pool): Promise<number | null> {
  const { rows } = await pool.query<{ version: string }>("select version from corpus_state");
  return rows.length ? Number(rows[0]!.version) : null;
}

/** Loads the current version (statistics, reports, vocabulary) in one repeatable-read snapshot. */
export async function loadPgCorpus(pool: pg.Pool): Promise<PgCorpus> {
  const client = await pool.connect();
  try {
    await client.query("begin isolation level repeatable read read only");
    const state = await client.query("select * from corpus_state");
    if (state.rowCount === 0) throw new Error("The database holds no corpus yet: run npm run reindex (with DATABASE_URL set) first.");
    const s = state.rows[0];
    const reports = await client.query<{ id: number; file: string; report: IndexedReport; about: string[] }>(
      "select id, file, report, about from reports where retired_in is null",
    );
    const grams = await client.query<{ gram: string; sentences: number }>("select gram, sentences from grams");
    const words = await client.query<{ word: string; paragraphs: number }>("select word, paragraphs from words");
    await client.query("commit");
    const ordered = reports.rows.sort((a, b) => compareFiles(a.file, b.file));
    return new PgCorpus(pool, {
      version: Number(s.version),
      builtAt: new Date(s.built_at).toISOString(),
      dictionary: s.dictionary,
      reports: ordered.map((r) => r.report),
      dbIds: ordered.map((r) => r.id),
      about: ordered.map((r) => new Set(r.about)),
      grams: new Map(grams.rows.map((r) => [r.gram, r.sentences])),
      documentFrequency: new Map(words.rows.map((r) => [r.word, r.paragraphs])),
      paragraphCount: s.paragraph_count,
      sentenceCount: Number(s.sentence_count),
      textChars: Number(s.text_chars),
      averageWords: s.average_words,
      distinctSentences: Number(s.distinct_sentences),
      instances: decodeInstances(s.instances),
    });
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export class PgCorpus extends ReportsCorpus implements Corpus, SearchStore {
  readonly version: number;
  readonly builtAt: string;
  readonly vocabulary: Vocabulary;
  readonly averageSentenceLength: number;
  readonly repetition: number;
  private readonly state: CorpusState;
  /** Database report id → report id here (0…n−1, corpus order). */
  private readonly reportOf = new Map<number, number>();
  private cache = new Map<number, CachedParagraph>();
  private previousCache = new Map<number, CachedParagraph>();
  /** "report:position" → paragraph id, for previousParagraph. */
  private byPosition = new Map<string, number>();
  private previousByPosition = new Map<string, number>();

  constructor(
    private readonly pool: pg.Pool,
    state: CorpusState,
  ) {
    super(state.reports);
    this.state = state;
    this.version = state.version;
    this.builtAt = state.builtAt;
    state.dbIds.forEach((dbId, i) => this.reportOf.set(dbId, i));
    this.vocabulary = new Vocabulary(state.documentFrequency.keys());
    this.averageSentenceLength = Math.max(1, state.textChars / Math.max(1, state.sentenceCount));
    this.repetition = Math.max(1, Math.floor(state.sentenceCount / Math.max(1, state.distinctSentences)));
    useDictionary(state.dictionary);
  }

  get sentenceCount(): number {
    return this.state.sentenceCount;
  }

  get paragraphCount(): number {
    return this.state.paragraphCount;
  }

  get gramFrequency(): ReadonlyMap<string, number> {
    return this.state.grams;
  }

  retrieve(question: Question): Promise<RetrievedSentence[]> {
    return retrieve(this, question);
  }

  isAbout(report: number, place: string): boolean {
    const stem = placeStem(place);
    return this.state.about[report]!.has(stem) || titleNames(this.reports[report]!, stem);
  }

  paragraph(id: number): StoredParagraph {
    const hit = this.cached(id);
    if (!hit) throw new Error(`paragraph ${id} was not fetched with the question's candidates`);
    return hit.paragraph;
  }

  previousParagraph(id: number): StoredParagraph | null {
    const hit = this.cached(id);
    if (!hit || hit.position === 0) return null;
    const key = `${hit.paragraph.report}:${hit.position - 1}`;
    const previous = this.byPosition.get(key) ?? this.previousByPosition.get(key);
    return previous === undefined ? null : (this.cached(previous)?.paragraph ?? null);
  }

  async rank(query: readonly string[], boost: ReadonlyMap<string, number>, filter: ParagraphFilter): Promise<Iterable<RankedParagraph>> {
    if (query.length === 0) return [];
    // One GIN lookup per word (a query of many words OR-ed together costs a check of all of them
    // on every passage matched: ten times slower for a question of 58 words), each row a passage
    // holding the word, with how often it occurs there.
    const params: unknown[] = [query.map((w) => tsqueryOf([w])), query];
    const place = filter.place;
    if (place) params.push(place.short, place.name);
    const names = place ? "(strpos(s.search_text, $3) > 0 or strpos(s.search_text, $4) > 0)" : "false";
    const { rows } = await this.pool.query<PostingRow>(
      `select s.id, t.i::integer as word, coalesce((s.repeats ->> t.w)::integer, 1) as tf, s.text_hash, s.word_count, ${names} as names
       from unnest($1::tsquery[], $2::text[]) with ordinality t(q, w, i)
       cross join lateral (select * from passages s where s.words @@ t.q) s`,
      params,
    );
    return this.paragraphsOf(this.scored(rows, query, boost), filter);
  }

  /**
   * MiniSearch's score of each passage (search/index/paragraph-index.ts: BM25+ over distinct-word
   * field lengths, each term's score times its boost, summed in query order, times the number of
   * query words matched), sorted as MiniSearch sorts its paragraphs: by score, then by the first
   * query word matched, then in corpus order (of the passage's first paragraph).
   */
  private scored(rows: readonly PostingRow[], query: readonly string[], boost: ReadonlyMap<string, number>): ScoredPassage[] {
    const { k, b, d } = BM25;
    const n = this.state.paragraphCount;
    const average = this.state.averageWords;
    const idf = query.map((t) => {
      const df = this.state.documentFrequency.get(t) ?? 0;
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
      const first = this.state.instances.first(Number(row.id));
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
  private *paragraphsOf(passages: readonly ScoredPassage[], filter: ParagraphFilter): Generator<RankedParagraph> {
    const { paragraphIds, reports } = this.state.instances;
    // Per report, once: whether its paragraphs pass (retrieve.ts's filter), or pass when they name the place.
    const named = this.reports.map((r, i) => passes(filter, r, i, () => true));
    const whole = this.reports.map((r, i) => passes(filter, r, i, () => false));
    const kinds = this.reportKinds();
    const yielded = new Set<number>();
    for (const passage of passages) {
      const [from, to] = this.state.instances.range(passage.id)!;
      yielded.clear();
      for (let i = from; i < to; i++) {
        const report = reports[i]!;
        if (!(passage.names ? named[report] : whole[report]) || yielded.has(kinds[report]!)) continue;
        yielded.add(kinds[report]!);
        yield { id: paragraphIds[i]!, report, passage: passage.textHash, namesPlace: passage.names };
      }
    }
  }

  private kinds: Int32Array | null = null;

  /** Per report, a number shared by the reports of the same year and place. */
  private reportKinds(): Int32Array {
    if (this.kinds) return this.kinds;
    const ids = new Map<string, number>();
    const kinds = new Int32Array(this.reports.length);
    this.reports.forEach((r, i) => {
      const key = `${r.year}|${r.place?.code ?? ""}`;
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = ids.size));
      kinds[i] = id;
    });
    return (this.kinds = kinds);
  }

  async fetch(ids: readonly number[]): Promise<StoredParagraph[]> {
    if (ids.length === 0) return [];
    // The paragraphs, and the one before each (the answer reads the sentence before a figure).
    const { rows } = await this.pool.query<{ id: string; report_id: number; position: number; body: Omit<StoredParagraph, "report" | "text">; text: string }>(
      `select p.id, p.report_id, p.position, p.body, s.text
       from paragraphs p join passages s on s.id = p.passage_id
       join (select report_id, position from paragraphs where id = any($1)) c
         on p.report_id = c.report_id and (p.position = c.position or p.position = c.position - 1)`,
      [ids],
    );
    for (const row of rows) {
      const report = this.reportOf.get(row.report_id);
      if (report !== undefined) this.remember(Number(row.id), { paragraph: { ...row.body, text: row.text, report }, position: row.position });
    }
    return ids.map((id) => this.paragraph(id));
  }

  private cached(id: number): CachedParagraph | undefined {
    return this.cache.get(id) ?? this.previousCache.get(id);
  }

  /** Two generations: a question's paragraphs outlive any other question's fetch (see fetch's callers: scoring is synchronous). */
  private remember(id: number, entry: CachedParagraph): void {
    if (this.cache.size >= PARAGRAPH_CACHE) {
      this.previousCache = this.cache;
      this.previousByPosition = this.byPosition;
      this.cache = new Map();
      this.byPosition = new Map();
    }
    this.cache.set(id, entry);
    this.byPosition.set(`${entry.paragraph.report}:${entry.position}`, id);
  }
}
