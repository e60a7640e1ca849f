/**
 * `npm run reindex` into PostgreSQL: the corpus folder against the database's manifest, file by
 * file hash (search/index/build.ts decides what is new, changed, unchanged or removed, as for the
 * index file), in one transaction that adds the new and changed reports as they are prepared,
 * retires the removed and replaced ones, and makes the new corpus version (version-writer.ts).
 * Readers see the new state whole when they load it: a LISTEN on CORPUS_CHANNEL tells them.
 */
import type pg from "pg";
import { updateIndex, type FileUpdate, type IndexUpdate, type UpdateOptions } from "../index/build.ts";
import { builderFingerprint } from "../index/fingerprint.ts";
import { INDEX_SCHEMA_VERSION, type IndexHeader } from "../index/search-index.ts";
import { describeDatabase } from "./database-url.ts";
import { openDatabase } from "./database.ts";
import { STORE_LOCK } from "./schema.ts";
import { VersionWriter } from "./version-writer.ts";

/** NOTIFY channel of a new corpus version (its payload: the version). */
export const CORPUS_CHANNEL = "zhaoshu_corpus";

/** What a reindex into the database is told: the corpus folder and the reindex options. */
export type StoreOptions = Omit<UpdateOptions, "indexPath" | "previous" | "unassembled" | "onPrepared">;

export interface StoreUpdate extends IndexUpdate {
  /** The corpus version now in the database (null: still none). */
  version: number | null;
  written: boolean;
}

/**
 * `npm run reindex` with DATABASE_URL: updateStore on a pool of its own, reported as a file
 * update is (the database, without its password, in place of the file; its size in bytes).
 */
export async function updateDatabase(url: string, options: StoreOptions): Promise<FileUpdate> {
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
export async function updateStore(pool: pg.Pool, options: StoreOptions): Promise<StoreUpdate> {
  const client = await pool.connect();
  try {
    // One reindex at a time: the second waits, then finds the first's state.
    await client.query("select pg_advisory_lock($1)", [STORE_LOCK]);
    const previous = await previousState(client, options.full === true);
    const current = await client.query<{ version: string }>("select version from corpus_state");
    const oldVersion = current.rowCount ? Number(current.rows[0]!.version) : 0;
    const version = oldVersion + 1;
    // Each new or changed report is written as soon as it is prepared, inside the transaction
    // that makes the version: nothing is visible until the commit, and nothing is held in memory.
    await client.query("begin");
    try {
      const writer = new VersionWriter(client, version);
      const update = await updateIndex({ ...options, previous, unassembled: true, onPrepared: (file, prepared, entry) => writer.add(file, prepared, entry) });
      // Nothing usable in the folder: the stored version stays, as the index file would.
      if (options.check || !update.changed || update.reports.length === 0) {
        await client.query("rollback");
        return { ...update, version: oldVersion || null, written: false };
      }
      const replaced = update.reports.filter((r) => r.status !== "unchanged").map((r) => r.file);
      await writer.retire(previous.header === null ? null : [...update.removed, ...replaced]);
      await writer.finish(update);
      await client.query("select pg_notify($1, $2)", [CORPUS_CHANNEL, String(version)]);
      await client.query("commit");
      return { ...update, version, written: true };
    } catch (error) {
      await client.query("rollback");
      throw error;
    }
  } finally {
    await client.query("select pg_advisory_unlock($1)", [STORE_LOCK]).catch(() => {});
    client.release();
  }
}
