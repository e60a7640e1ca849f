/**
 * The database's schema (the corpus store, and the state bot instances share), as numbered migrations applied in order, each once, each in its
 * own transaction (a failed one leaves the database as it was). `migrate` holds an advisory lock
 * while it runs: two processes starting at once (two bot instances, a bot and a reindex) do not
 * both apply a migration.
 *
 * The corpus is versioned like rows in an MVCC database, so that a reindex becomes visible at
 * once and whole: a reindex adds the new and changed reports as new rows (`added_in` its
 * version) and retires the removed and replaced ones (`retired_in` its version) in one
 * transaction, then bumps `corpus_state.version` and notifies. A reader keeps the reports it
 * loaded (their ids) with the statistics of that version, and takes only their paragraphs, until
 * it loads the next version: no reader ever sees half a reindex, nor loses a paragraph under its feet. Retired rows are deleted by a later
 * reindex once no reader can still be on their version (RETIRED_ROWS_KEPT_MS in store.ts).
 */
import type pg from "pg";

/** Bumped with every migration added below: a database newer than this code is refused. */
export const SCHEMA_VERSION = 2;

const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      -- One row: the version readers load, and what a reindex needs of the previous state.
      create table corpus_state (
        id boolean primary key default true check (id),
        version bigint not null,
        built_at timestamptz not null,
        -- Fingerprint of the indexing code (another one: every file is read again).
        builder text not null,
        dictionary_inputs text not null,
        -- The part of jieba's dictionary the corpus uses (zh/segment.ts).
        dictionary text not null,
        rejected jsonb not null,
        paragraph_count integer not null,
        sentence_count bigint not null,
        -- Sentences of the distinct passages (each once): how much the corpus repeats itself.
        distinct_sentences bigint not null,
        text_chars bigint not null,
        -- MiniSearch's average field length, replayed in corpus order (BM25 as the embedded index ranks).
        average_words double precision not null,
        -- Each passage's paragraphs in this version (search/pg/instances.ts).
        instances bytea not null
      );

      create table reports (
        id serial primary key,
        file text not null,
        -- Its manifest entry (search/index/index-file.ts) and what the answer stage reads of it.
        manifest jsonb not null,
        report jsonb not null,
        -- Place stems the report names at least PLACE_MENTIONS times (Corpus.isAbout).
        about text[] not null,
        added_in bigint not null,
        retired_in bigint,
        retired_at timestamptz
      );
      create index reports_alive on reports (file) where retired_in is null;

      -- A distinct paragraph text (with, for a table row, its columns: what its words are made
      -- of). A report and its copies, or a passage many reports quote, are stored and searched once.
      create table passages (
        id bigserial primary key,
        -- md5 of the text and the words: the passage's identity.
        key text not null unique,
        text text not null,
        -- md5 of the text alone: one passage is read once per question, whatever its columns.
        text_hash text not null,
        -- Its search form (lower case, simplified): what a place name is looked for in.
        search_text text not null,
        -- Its jieba words, each once (a set: BM25 needs which words a passage holds and how often,
        -- not where), and how often those it holds more than once occur (word → count).
        words tsvector not null,
        repeats jsonb not null,
        -- Distinct words (BM25's field length, as MiniSearch counts it), and sentences.
        word_count integer not null,
        sentences integer not null
      );
      create index passages_words on passages using gin (words);

      create table paragraphs (
        id bigserial primary key,
        report_id integer not null references reports (id) on delete cascade,
        position integer not null,
        passage_id bigint not null references passages (id),
        -- The stored paragraph but its text (sentence ends, section path, table row context).
        body jsonb not null
      );
      create index paragraphs_report on paragraphs (report_id, position);
      create index paragraphs_passage on paragraphs (passage_id);

      -- Corpus statistics of the current state, loaded whole by a reader with its version.
      create table grams (gram text primary key, sentences integer not null);
      create table words (word text primary key, paragraphs integer not null);
    `,
  },
  {
    version: 2,
    sql: `
      -- What several bot instances share (bot/pg-state.ts): any instance answers any update.
      -- Rate limits: one fixed window per user and kind of update, counted on the database's clock.
      create table rate_windows (
        kind text not null,
        user_id bigint not null,
        started_at timestamptz not null,
        count integer not null,
        primary key (kind, user_id)
      );
      -- Conversations (grammY sessions): each chat's last question, for follow-ups.
      create table bot_sessions (key text primary key, value jsonb not null, expires_at timestamptz not null);
      -- Answers kept for the buttons under them.
      create table bot_answers (key text primary key, answer jsonb not null, expires_at timestamptz not null);
      create index bot_sessions_expiry on bot_sessions (expires_at);
      create index bot_answers_expiry on bot_answers (expires_at);
    `,
  },
];

/** Advisory lock key for migrations and reindexing ("zhaoshu" in ASCII, as an integer). */
export const STORE_LOCK = 0x7a6861_6f7368;

/** Applies the migrations this database lacks; refuses a database made by a newer version. */
export async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [STORE_LOCK]);
    await client.query("create table if not exists schema_migrations (version integer primary key, applied_at timestamptz not null default now())");
    const { rows } = await client.query<{ version: number }>("select coalesce(max(version), 0) as version from schema_migrations");
    const current = rows[0]!.version;
    if (current > SCHEMA_VERSION) {
      throw new Error(`The database's schema is version ${current}, newer than this program's (${SCHEMA_VERSION}): update the program.`);
    }
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      await client.query("begin");
      try {
        await client.query(m.sql);
        await client.query("insert into schema_migrations (version) values ($1)", [m.version]);
        await client.query("commit");
      } catch (error) {
        await client.query("rollback");
        throw new Error(`Migration ${m.version} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [STORE_LOCK]).catch(() => {});
    client.release();
  }
}
