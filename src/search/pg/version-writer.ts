/**
 * The writing of one corpus version, inside the reindex's transaction (store.ts): reports added
 * as they are prepared (their passages stored once however many reports print them), the removed
 * and replaced ones retired, the corpus statistics updated by difference, and the version's
 * state written last (totals, dictionary, each passage's paragraphs).
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { compareFiles, type IndexUpdate } from "../index/build.ts";
import { builderFingerprint } from "../index/fingerprint.ts";
import type { ManifestEntry } from "../index/index-file.ts";
import { fieldLengthOf, runningAverage } from "../index/paragraph-index.ts";
import { countGrams, paragraphSearchText, type PreparedReport, type StoredParagraph } from "../index/report-paragraphs.ts";
import { dictionaryInputsKey, dictionaryOfWords } from "../index/search-index.ts";
import { encodeInstances } from "./instances.ts";
import { placesNamedOften } from "./place-mentions.ts";
import { wordSet } from "./text-search.ts";

/**
 * Rows a reindex retired stay this long before a later reindex deletes them: a reader still on
 * the version before loads the new one within a second of the notification (or of its poll).
 */
export const RETIRED_ROWS_KEPT_MS = 10 * 60_000;

/** Rows sent in one INSERT. */
const INSERT_BATCH = 2_000;

interface Totals {
  paragraphs: number;
  sentences: number;
  chars: number;
}

const md5 = (text: string) => createHash("md5").update(text).digest("hex");

export class VersionWriter {
  private readonly grams = new Map<string, number>();
  private readonly words = new Map<string, number>();
  private readonly totals: Totals = { paragraphs: 0, sentences: 0, chars: 0 };

  constructor(
    private readonly client: pg.PoolClient,
    private readonly version: number,
  ) {}

  /** A new or changed report, as soon as it is prepared. */
  async add(file: string, prepared: PreparedReport, entry: ManifestEntry): Promise<void> {
    const { rows } = await this.client.query<{ id: number }>(
      "insert into reports (file, manifest, report, about, added_in) values ($1, $2, $3, $4, $5) returning id",
      [file, entry, prepared.report, placesNamedOften(prepared.paragraphs), this.version],
    );
    const reportId = rows[0]!.id;
    for (let from = 0; from < prepared.paragraphs.length; from += INSERT_BATCH) {
      const paragraphs = prepared.paragraphs.slice(from, from + INSERT_BATCH);
      const docs = prepared.docs.slice(from, from + INSERT_BATCH);
      const passages = await this.passageIds(
        paragraphs,
        docs.map((d) => d.words),
      );
      await this.client.query(
        `insert into paragraphs (report_id, position, passage_id, body)
         select $1, * from unnest($2::integer[], $3::bigint[], $4::jsonb[])`,
        [reportId, paragraphs.map((_, i) => from + i), passages, paragraphs.map(({ report: _, text: __, ...body }) => JSON.stringify(body))],
      );
    }
    this.count(prepared.paragraphs, 1);
    for (const doc of prepared.docs) for (const w of new Set(doc.words.split(" "))) if (w) this.words.set(w, (this.words.get(w) ?? 0) + 1);
  }

  /** The passage ids of these paragraphs (stored now when new). */
  private async passageIds(paragraphs: readonly StoredParagraph[], words: readonly string[]): Promise<string[]> {
    const keys = paragraphs.map((p, i) => md5(`${p.text}\u0000${words[i]}`));
    const ids = new Map<string, string>();
    const known = await this.client.query<{ id: string; key: string }>("select id, key from passages where key = any($1)", [keys]);
    for (const { id, key } of known.rows) ids.set(key, id);
    const fresh = [...new Map(keys.flatMap((key, i) => (ids.has(key) ? [] : [[key, i] as const]))).entries()];
    if (fresh.length > 0) {
      const sets = fresh.map(([, i]) => wordSet(words[i]!));
      const added = await this.client.query<{ id: string; key: string }>(
        `insert into passages (key, text, text_hash, search_text, words, repeats, word_count, sentences)
         select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::tsvector[], $6::jsonb[], $7::integer[], $8::integer[]) returning id, key`,
        [
          fresh.map(([key]) => key),
          fresh.map(([, i]) => paragraphs[i]!.text),
          fresh.map(([, i]) => md5(paragraphs[i]!.text)),
          fresh.map(([, i]) => paragraphSearchText(paragraphs[i]!)),
          sets.map((s) => s.tsvector),
          sets.map((s) => JSON.stringify(s.repeats)),
          fresh.map(([, i]) => fieldLengthOf(words[i]!)),
          fresh.map(([, i]) => paragraphs[i]!.sentenceEnds.length),
        ],
      );
      for (const { id, key } of added.rows) ids.set(key, id);
    }
    return keys.map((key) => ids.get(key)!);
  }

  /**
   * Retires the live reports of these files (null: every live report), except those this version
   * added; their counts are taken away. Rows retired long enough ago are deleted now.
   */
  async retire(files: readonly string[] | null): Promise<void> {
    await this.client.query("delete from reports where retired_at < now() - make_interval(secs => $1)", [RETIRED_ROWS_KEPT_MS / 1000]);
    await this.client.query("delete from passages s where not exists (select 1 from paragraphs p where p.passage_id = s.id)");
    const { rows } = await this.client.query<{ id: number }>(
      `select id from reports where retired_in is null and added_in < $1${files === null ? "" : " and file = any($2)"}`,
      files === null ? [this.version] : [this.version, files],
    );
    const retired = rows.map((r) => r.id);
    if (retired.length === 0) return;
    const old = await this.client.query<{ body: Omit<StoredParagraph, "report" | "text">; text: string }>(
      "select p.body, s.text from paragraphs p join passages s on s.id = p.passage_id where p.report_id = any($1)",
      [retired],
    );
    this.count(
      old.rows.map((r) => ({ ...r.body, text: r.text, report: -1 })),
      -1,
    );
    const oldWords = await this.client.query<{ word: string; n: string }>(
      "select w as word, count(*) as n from paragraphs p join passages s on s.id = p.passage_id, unnest(tsvector_to_array(s.words)) w where p.report_id = any($1) group by w",
      [retired],
    );
    for (const { word, n } of oldWords.rows) this.words.set(word, (this.words.get(word) ?? 0) - Number(n));
    await this.client.query("update reports set retired_in = $1, retired_at = now() where id = any($2)", [this.version, retired]);
  }

  /** Adds (sign 1) or takes away (−1) paragraphs' sentence bigram counts and totals. */
  private count(paragraphs: readonly StoredParagraph[], sign: 1 | -1): void {
    for (const [gram, n] of countGrams(paragraphs)) this.grams.set(gram, (this.grams.get(gram) ?? 0) + sign * n);
    for (const p of paragraphs) {
      this.totals.paragraphs += sign;
      this.totals.sentences += sign * p.sentenceEnds.length;
      this.totals.chars += sign * p.text.length;
    }
  }

  /** The statistics by difference, then the version's state. */
  async finish(update: IndexUpdate): Promise<void> {
    await this.applyCounts("grams", "gram", "sentences", this.grams);
    await this.applyCounts("words", "word", "paragraphs", this.words);
    const before = await this.client.query("select paragraph_count, sentence_count, text_chars from corpus_state");
    const b = before.rows[0] ?? { paragraph_count: 0, sentence_count: 0, text_chars: 0 };
    // Every live paragraph in corpus order: MiniSearch's running average of field lengths depends
    // on the order, and each passage's paragraphs are listed in it.
    const live = await this.client.query<{ file: string; id: string; position: number; passage_id: string; word_count: number; sentences: number }>(
      `select r.file, p.id, p.position, p.passage_id, s.word_count, s.sentences
       from paragraphs p join reports r on r.id = p.report_id join passages s on s.id = p.passage_id
       where r.retired_in is null`,
    );
    // Report ids of the version: live reports in file order, as the reader numbers them (pg-corpus.ts).
    const reports = await this.client.query<{ file: string }>("select file from reports where retired_in is null");
    const files = reports.rows.map((r) => r.file).sort(compareFiles);
    const reportOf = new Map(files.map((file, i) => [file, i]));
    const ordered = live.rows.map((r) => ({ ...r, report: reportOf.get(r.file)! })).sort((x, y) => x.report - y.report || x.position - y.position);
    const vocabulary = await this.client.query<{ word: string }>("select word from words");
    const distinct = new Map(live.rows.map((r) => [r.passage_id, r.sentences]));
    let distinctSentences = 0;
    for (const n of distinct.values()) distinctSentences += n;
    await this.client.query(
      `insert into corpus_state (version, built_at, builder, dictionary_inputs, dictionary, rejected, paragraph_count, sentence_count, text_chars, average_words, instances, distinct_sentences)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       on conflict (id) do update set version = excluded.version, built_at = excluded.built_at, builder = excluded.builder,
         dictionary_inputs = excluded.dictionary_inputs, dictionary = excluded.dictionary, rejected = excluded.rejected,
         paragraph_count = excluded.paragraph_count, sentence_count = excluded.sentence_count, text_chars = excluded.text_chars,
         average_words = excluded.average_words, instances = excluded.instances, distinct_sentences = excluded.distinct_sentences`,
      [
        this.version,
        new Date().toISOString(),
        await builderFingerprint(),
        dictionaryInputsKey(),
        vocabulary.rowCount ? dictionaryOfWords(vocabulary.rows.map((r) => r.word)) : "",
        JSON.stringify(update.rejectionCache),
        Number(b.paragraph_count) + this.totals.paragraphs,
        Number(b.sentence_count) + this.totals.sentences,
        Number(b.text_chars) + this.totals.chars,
        runningAverage(ordered.map((r) => r.word_count)),
        encodeInstances(ordered.map((r) => ({ passage: Number(r.passage_id), paragraph: Number(r.id), report: r.report, position: r.position }))),
        distinctSentences,
      ],
    );
  }

  /** Adds count differences to a statistics table; rows that fall to zero are deleted. */
  private async applyCounts(table: string, key: string, column: string, deltas: ReadonlyMap<string, number>): Promise<void> {
    const changed = [...deltas].filter(([, n]) => n !== 0);
    for (let from = 0; from < changed.length; from += INSERT_BATCH * 10) {
      const slice = changed.slice(from, from + INSERT_BATCH * 10);
      await this.client.query(
        `insert into ${table} (${key}, ${column}) select * from unnest($1::text[], $2::integer[])
         on conflict (${key}) do update set ${column} = ${table}.${column} + excluded.${column}`,
        [slice.map(([k]) => k), slice.map(([, n]) => n)],
      );
    }
    await this.client.query(`delete from ${table} where ${column} <= 0`);
  }
}
