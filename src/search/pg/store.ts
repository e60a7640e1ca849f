/**
 * `npm run reindex` into PostgreSQL: the corpus folder against the database's manifest, file by
 * file hash (search/index/build.ts decides what is new, changed, unchanged or removed, as for the
 * index file), then one transaction that retires the removed and replaced reports, adds the new
 * ones, updates the corpus statistics by difference, and bumps the corpus version (schema.ts).
 * Readers see the new state whole when they load it: a LISTEN on CORPUS_CHANNEL tells them.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { allPlaces } from "../../zh/places.ts";
import { placeWords } from "../../zh/segment.ts";
import { compareFiles, updateIndex, type FileUpdate, type IndexUpdate, type UpdateOptions } from "../index/build.ts";
import { describeDatabase } from "./database-url.ts";
import { openDatabase } from "./database.ts";
import { builderFingerprint } from "../index/fingerprint.ts";
import { fieldLengthOf, runningAverage } from "../index/paragraph-index.ts";
import { countGrams, paragraphSearchText, type PreparedReport, type StoredParagraph } from "../index/report-paragraphs.ts";
import { dictionaryInputsKey, dictionaryOfWords, INDEX_SCHEMA_VERSION, type IndexHeader } from "../index/search-index.ts";
import { PLACE_MENTIONS, placeStem } from "../corpus.ts";
import { STORE_LOCK } from "./schema.ts";
import { wordSet } from "./text-search.ts";

/** NOTIFY channel of a new corpus version (its payload: the version). */
export const CORPUS_CHANNEL = "zhaoshu_corpus";

/**
 * Rows a reindex retired stay this long before a later reindex deletes them: a reader still on
 * the version before loads the new one within a second of the notification (or of its poll).
 */
export const RETIRED_ROWS_KEPT_MS = 10 * 60_000;

/** Paragraph rows sent in one INSERT. */
const INSERT_BATCH = 2_000;

export interface StoreUpdate extends IndexUpdate {
  /** The corpus version now in the database (null: still none). */
  version: number | null;
  written: boolean;
}

/**
 * `npm run reindex` with DATABASE_URL: updateStore on a pool of its own, reported as a file
 * update is (the database, without its password, in place of the file; its size in bytes).
 */
export async function updateDatabase(url: string, options: Omit<UpdateOptions, "indexPath" | "previous" | "unassembled">): Promise<FileUpdate> {
  const pool = await openDatabase(url, { poolSize: 1 });
  try {
    const update = await updateStore(pool, options);
    const size = await pool.query<{ bytes: string }>("select pg_database_size(current_database()) as bytes");
    return { ...update, indexPath: describeDatabase(url), bytes: Number(size.rows[0]!.bytes) };
  } finally {
    await pool.end();
  }
}

/** The previous state as the index file's header would give it, from the database. */
async function previousState(client: pg.PoolClient, full: boolean): Promise<{ header: IndexHeader | null; reason: string | null }> {
  if (full) return { header: null, reason: "--full" };
  const state = await client.query("select * from corpus_state");
  if (state.rowCount === 0) return { header: null, reason: "no corpus in the database yet" };
  const s = state.rows[0];
  if (s.builder !== (await builderFingerprint())) return { header: null, reason: "the indexing code changed since the last build" };
  const reports = await client.query("select manifest from reports where retired_in is null order by file");
  return {
    header: {
      version: INDEX_SCHEMA_VERSION,
      builtAt: new Date(s.built_at).toISOString(),
      builder: s.builder,
      dictionaryInputs: s.dictionary_inputs,
      reports: reports.rowCount ?? 0,
      paragraphs: s.paragraph_count,
      sentences: Number(s.sentence_count),
      manifest: reports.rows.map((r) => r.manifest),
      rejected: s.rejected,
    },
    reason: null,
  };
}

/** Brings the database's corpus up to date with the folder; one transaction, serialized with other reindexes. */
export async function updateStore(pool: pg.Pool, options: Omit<UpdateOptions, "indexPath" | "previous" | "unassembled">): Promise<StoreUpdate> {
  const client = await pool.connect();
  try {
    // One reindex at a time: the second waits, then finds the first's state.
    await client.query("select pg_advisory_lock($1)", [STORE_LOCK]);
    const previous = await previousState(client, options.full === true);
    const update = await updateIndex({ ...options, previous, unassembled: true });
    const current = await client.query<{ version: string }>("select version from corpus_state");
    const oldVersion = current.rowCount ? Number(current.rows[0]!.version) : 0;
    if (options.check || !update.changed) return { ...update, version: oldVersion || null, written: false };
    const version = oldVersion + 1;
    await client.query("begin");
    try {
      await writeState(client, update, previous.header === null, version);
      await client.query("select pg_notify($1, $2)", [CORPUS_CHANNEL, String(version)]);
      await client.query("commit");
    } catch (error) {
      await client.query("rollback");
      throw error;
    }
    return { ...update, version, written: true };
  } finally {
    await client.query("select pg_advisory_unlock($1)", [STORE_LOCK]).catch(() => {});
    client.release();
  }
}

interface Totals {
  paragraphs: number;
  sentences: number;
  chars: number;
}

async function writeState(client: pg.PoolClient, update: IndexUpdate, replaceAll: boolean, version: number): Promise<void> {
  await client.query("delete from reports where retired_at < now() - make_interval(secs => $1)", [RETIRED_ROWS_KEPT_MS / 1000]);
  const grams = new Map<string, number>();
  const words = new Map<string, number>();
  const totals: Totals = { paragraphs: 0, sentences: 0, chars: 0 };

  // Retire: every report when the previous state is not reused, else the removed and the replaced.
  const replaced = [...update.removed, ...[...update.prepared.keys()]];
  const retiring = await client.query<{ id: number }>(
    replaceAll ? "select id from reports where retired_in is null" : "select id from reports where retired_in is null and file = any($1)",
    replaceAll ? [] : [replaced],
  );
  const retired = retiring.rows.map((r) => r.id);
  if (retired.length > 0) {
    const old = await client.query<{ body: StoredParagraph }>("select body from paragraphs where report_id = any($1)", [retired]);
    count(
      old.rows.map((r) => r.body),
      grams,
      totals,
      -1,
    );
    const oldWords = await client.query<{ word: string; n: string }>(
      "select w as word, count(*) as n from paragraphs, unnest(tsvector_to_array(words)) w where report_id = any($1) group by w",
      [retired],
    );
    for (const { word, n } of oldWords.rows) words.set(word, (words.get(word) ?? 0) - Number(n));
    await client.query("update reports set retired_in = $1, retired_at = now() where id = any($2)", [version, retired]);
  }

  // Add the new and changed reports.
  const stems = placeStems();
  const entries = new Map(update.entries.map((e) => [e.file, e]));
  for (const [file, prepared] of update.prepared) {
    const { rows } = await client.query<{ id: number }>(
      "insert into reports (file, manifest, report, about, added_in) values ($1, $2, $3, $4, $5) returning id",
      [file, entries.get(file), prepared.report, aboutStems(prepared, stems), version],
    );
    await insertParagraphs(client, rows[0]!.id, prepared);
    count(prepared.paragraphs, grams, totals, 1);
    for (const doc of prepared.docs) for (const w of new Set(doc.words.split(" "))) if (w) words.set(w, (words.get(w) ?? 0) + 1);
  }

  await applyCounts(client, "grams", "gram", "sentences", grams);
  await applyCounts(client, "words", "word", "paragraphs", words);
  await writeCorpusState(client, update, version, totals);
}

/** Adds (sign 1) or takes away (−1) paragraphs' sentence bigram counts and totals. */
function count(paragraphs: readonly StoredParagraph[], grams: Map<string, number>, totals: Totals, sign: 1 | -1): void {
  for (const [gram, n] of countGrams(paragraphs)) grams.set(gram, (grams.get(gram) ?? 0) + sign * n);
  for (const p of paragraphs) {
    totals.paragraphs += sign;
    totals.sentences += sign * p.sentenceEnds.length;
    totals.chars += sign * p.text.length;
  }
}

async function insertParagraphs(client: pg.PoolClient, reportId: number, prepared: PreparedReport): Promise<void> {
  for (let from = 0; from < prepared.paragraphs.length; from += INSERT_BATCH) {
    const slice = prepared.paragraphs.slice(from, from + INSERT_BATCH);
    const docs = prepared.docs.slice(from, from + INSERT_BATCH);
    const sets = docs.map((d) => wordSet(d.words));
    await client.query(
      `insert into paragraphs (report_id, position, body, search_text, passage, words, repeats, word_count)
       select $1, * from unnest($2::integer[], $3::jsonb[], $4::text[], $5::text[], $6::tsvector[], $7::jsonb[], $8::integer[])`,
      [
        reportId,
        slice.map((_, i) => from + i),
        slice.map(({ report: _, ...body }) => JSON.stringify(body)),
        slice.map((p) => paragraphSearchText(p)),
        slice.map((p) => createHash("md5").update(p.text).digest("hex")),
        sets.map((w) => w.tsvector),
        sets.map((w) => JSON.stringify(w.repeats)),
        docs.map((d) => fieldLengthOf(d.words)),
      ],
    );
  }
}

/** Adds count differences to a statistics table; rows that fall to zero are deleted. */
async function applyCounts(client: pg.PoolClient, table: string, key: string, column: string, deltas: ReadonlyMap<string, number>): Promise<void> {
  const changed = [...deltas].filter(([, n]) => n !== 0);
  for (let from = 0; from < changed.length; from += INSERT_BATCH * 10) {
    const slice = changed.slice(from, from + INSERT_BATCH * 10);
    await client.query(
      `insert into ${table} (${key}, ${column}) select * from unnest($1::text[], $2::integer[])
       on conflict (${key}) do update set ${column} = ${table}.${column} + excluded.${column}`,
      [slice.map(([k]) => k), slice.map(([, n]) => n)],
    );
  }
  await client.query(`delete from ${table} where ${column} <= 0`);
}

async function writeCorpusState(client: pg.PoolClient, update: IndexUpdate, version: number, delta: Totals): Promise<void> {
  const before = await client.query("select paragraph_count, sentence_count, text_chars from corpus_state");
  const b = before.rows[0] ?? { paragraph_count: 0, sentence_count: 0, text_chars: 0 };
  // MiniSearch's running average of field lengths depends on the order: replayed in corpus order.
  const lengths = await client.query<{ file: string; word_count: number }>(
    "select r.file, p.word_count from paragraphs p join reports r on r.id = p.report_id where r.retired_in is null order by r.file, p.position",
  );
  const byFile = lengths.rows.map((r, i) => ({ ...r, i }));
  byFile.sort((x, y) => compareFiles(x.file, y.file) || x.i - y.i);
  const vocabulary = await client.query<{ word: string }>("select word from words");
  const state = [
    version,
    new Date().toISOString(),
    await builderFingerprint(),
    dictionaryInputsKey(),
    vocabulary.rowCount ? dictionaryOfWords(vocabulary.rows.map((r) => r.word)) : "",
    JSON.stringify(update.rejectionCache),
    Number(b.paragraph_count) + delta.paragraphs,
    Number(b.sentence_count) + delta.sentences,
    Number(b.text_chars) + delta.chars,
    runningAverage(byFile.map((r) => r.word_count)),
  ];
  await client.query(
    `insert into corpus_state (version, built_at, builder, dictionary_inputs, dictionary, rejected, paragraph_count, sentence_count, text_chars, average_words)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     on conflict (id) do update set version = excluded.version, built_at = excluded.built_at, builder = excluded.builder,
       dictionary_inputs = excluded.dictionary_inputs, dictionary = excluded.dictionary, rejected = excluded.rejected,
       paragraph_count = excluded.paragraph_count, sentence_count = excluded.sentence_count, text_chars = excluded.text_chars,
       average_words = excluded.average_words`,
    state,
  );
}

/**
 * The stems of every word a question can ask a report to be about (the gazetteer's names and
 * jieba's place words), by their first two characters: a report's text is scanned once for all.
 */
type StemIndex = Map<string, string[]>;

let stemIndex: StemIndex | null = null;

function placeStems(): StemIndex {
  if (stemIndex) return stemIndex;
  const index: StemIndex = new Map();
  const words = [...allPlaces().flatMap((p) => [p.name, p.short]), ...placeWords()];
  const stems = new Set(words.map(placeStem));
  for (const stem of stems) {
    if (stem.length < 2) continue; // (no place word of one character: jieba tags none so)
    const key = stem.slice(0, 2);
    index.set(key, [...(index.get(key) ?? []), stem]);
  }
  return (stemIndex = index);
}

/**
 * The place stems a report names at least PLACE_MENTIONS times (counted as corpus.ts's isAbout
 * counts: every position a stem starts at, in the paragraphs' search form). Its title, source and
 * issuer are read at question time. A word neither the gazetteer nor jieba's dictionary knows as a
 * place is never a question's place term, so these are all the reader needs.
 */
function aboutStems(prepared: PreparedReport, stems: StemIndex): string[] {
  const counts = new Map<string, number>();
  for (const p of prepared.paragraphs) {
    const text = paragraphSearchText(p);
    for (let at = 0; at + 1 < text.length; at++) {
      const candidates = stems.get(text.slice(at, at + 2));
      if (!candidates) continue;
      for (const stem of candidates) if (text.startsWith(stem, at)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= PLACE_MENTIONS).map(([stem]) => stem);
}
