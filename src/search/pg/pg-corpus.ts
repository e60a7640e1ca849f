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
import type { IndexedReport, StoredParagraph } from "../index/report-paragraphs.ts";
import { retrieve, type ParagraphFilter, type RankedParagraph, type RetrievedSentence, type SearchStore } from "../retrieve.ts";
import { paragraphsOf, reportKinds, scorePassages, type PostingRow } from "./passage-ranking.ts";
import { Vocabulary } from "../vocabulary.ts";
import { decodeInstances, type InstanceIndex } from "./instances.ts";
import { tsqueryWord } from "./text-search.ts";

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

/** A paragraph as fetch and fetchFollowing read it. */
interface ParagraphRow {
  id: string;
  report_id: number;
  position: number;
  body: Omit<StoredParagraph, "report" | "text">;
  text: string;
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
    const params: unknown[] = [query.map(tsqueryWord), query];
    const place = filter.place;
    if (place) params.push(place.short, place.name);
    const names = place ? "(strpos(s.search_text, $3) > 0 or strpos(s.search_text, $4) > 0)" : "false";
    const { rows } = await this.pool.query<PostingRow>(
      `select s.id, t.i::integer as word, coalesce((s.repeats ->> t.w)::integer, 1) as tf, s.text_hash, s.word_count, ${names} as names
       from unnest($1::tsquery[], $2::text[]) with ordinality t(q, w, i)
       cross join lateral (select id, repeats, text_hash, word_count, search_text from passages s where s.words @@ t.q) s`,
      params,
    );
    const passages = scorePassages(rows, query, boost, this.state);
    return paragraphsOf(passages, filter, this.reports, this.state.instances, this.reportKinds());
  }

  private kinds: Int32Array | null = null;

  private reportKinds(): Int32Array {
    return (this.kinds ??= reportKinds(this.reports));
  }

  async fetch(ids: readonly number[]): Promise<StoredParagraph[]> {
    if (ids.length === 0) return [];
    // The paragraphs, and the one before each (the answer reads the sentence before a figure).
    const { rows } = await this.pool.query<ParagraphRow>(
      `select p.id, p.report_id, p.position, p.body, s.text
       from paragraphs p join passages s on s.id = p.passage_id
       join (select report_id, position from paragraphs where id = any($1)) c
         on p.report_id = c.report_id and (p.position = c.position or p.position = c.position - 1)`,
      [ids],
    );
    for (const row of rows) this.rememberRow(row);
    return ids.map((id) => this.paragraph(id));
  }

  async fetchFollowing(ids: readonly number[], count: number): Promise<Array<Array<[number, StoredParagraph]>>> {
    if (ids.length === 0) return [];
    const { rows } = await this.pool.query<ParagraphRow & { lead: string }>(
      `select c.id as lead, p.id, p.report_id, p.position, p.body, s.text
       from paragraphs c
       join paragraphs p on p.report_id = c.report_id and p.position > c.position and p.position <= c.position + $2
       join passages s on s.id = p.passage_id
       where c.id = any($1)
       order by c.id, p.position`,
      [ids, count],
    );
    const following = new Map<number, Array<[number, StoredParagraph]>>(ids.map((id) => [id, []]));
    for (const row of rows) {
      const paragraph = this.rememberRow(row);
      if (paragraph) following.get(Number(row.lead))?.push([Number(row.id), paragraph]);
    }
    return ids.map((id) => following.get(id)!);
  }

  /** A fetched row kept for Corpus.paragraph (null for a report this state does not hold). */
  private rememberRow(row: ParagraphRow): StoredParagraph | null {
    const report = this.reportOf.get(row.report_id);
    if (report === undefined) return null;
    const paragraph = { ...row.body, text: row.text, report };
    this.remember(Number(row.id), { paragraph, position: row.position });
    return paragraph;
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
