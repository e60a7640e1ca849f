/**
 * The PostgreSQL corpus a running bot answers from, swapped for the next version while it runs:
 * the equivalent of the embedded index's hot swap (search/live-index.ts), and the same interface.
 *
 * - `get` is read once per question: a question in flight keeps the version it started with.
 * - A reindex (any process, any machine) commits a new version and NOTIFYs CORPUS_CHANNEL; every
 *   bot instance LISTENs and loads that version (statistics and reports, in one snapshot), checks
 *   it, and swaps it in. A poll of the version catches a notification lost with a connection.
 * - Reloads run one at a time; a version already loaded or refused is not loaded again.
 */
import type pg from "pg";
import type { Logger } from "../../logger.ts";
import type { ManifestEntry } from "../index/search-index.ts";
import type { LiveCorpus, LiveIndexInfo, ReloadOutcome, ReloadTrigger } from "../live-index.ts";
import { describeDatabase } from "./database-url.ts";
import { loadPgCorpus, storedVersion, type PgCorpus } from "./pg-corpus.ts";
import { CORPUS_CHANNEL } from "./store.ts";
import { ReloadQueue } from "../reload-queue.ts";

export interface LiveStoreOptions {
  logger: Logger;
  /** Throws (or rejects) when a loaded corpus must not be served (default: it holds a report). Runs before the swap. */
  check?: (corpus: PgCorpus) => void | Promise<void>;
  /** Ask the database for its version this often, in case a notification was missed (default 5 s). */
  pollMs?: number;
}

export class LivePgStore extends ReloadQueue implements LiveCorpus {
  private corpus: PgCorpus;
  private refusedVersion: number | null = null;
  private loadedAt = Date.now();
  private readonly check: (corpus: PgCorpus) => void | Promise<void>;
  private readonly pollMs: number;

  constructor(
    private readonly pool: pg.Pool,
    private readonly url: string,
    initial: PgCorpus,
    options: LiveStoreOptions,
  ) {
    super(options.logger);
    this.corpus = initial;
    this.check = options.check ?? defaultCheck;
    this.pollMs = options.pollMs ?? 5_000;
  }

  readonly get = (): PgCorpus => this.corpus;

  get info(): LiveIndexInfo {
    return { path: describeDatabase(this.url), bytes: null, loadedAt: this.loadedAt, version: this.corpus.version };
  }

  async manifest(): Promise<ManifestEntry[]> {
    const { rows } = await this.pool.query<{ manifest: ManifestEntry }>("select manifest from reports where retired_in is null order by file");
    return rows.map((r) => r.manifest);
  }

  /** LISTENs for new versions on a connection of its own (re-made when lost), and polls. */
  watch(): () => void {
    let stopped = false;
    let listener: pg.PoolClient | null = null;
    const onNotice = () => void this.reloadIfNew();
    const listen = async () => {
      if (stopped || listener) return;
      try {
        const client = await this.pool.connect();
        client.on("notification", onNotice);
        client.on("error", (error) => {
          this.logger.warn("lost the database notification connection; polling until it is back", { error });
          client.release(error);
          if (listener === client) listener = null;
        });
        await client.query(`listen ${CORPUS_CHANNEL}`);
        if (stopped) client.release();
        else listener = client;
      } catch (error) {
        this.logger.warn("cannot listen for new corpus versions; polling only", { error: error as Error });
      }
    };
    void listen();
    const poll = setInterval(() => {
      void listen();
      void this.reloadIfNew();
    }, this.pollMs);
    poll.unref();
    return () => {
      stopped = true;
      clearInterval(poll);
      if (listener) {
        const client = listener;
        listener = null;
        client.removeListener("notification", onNotice);
        void client.query(`unlisten ${CORPUS_CHANNEL}`).finally(() => client.release());
      }
    };
  }

  /** Loads the version in the database when it is neither the one served nor one refused. */
  private reloadIfNew(): Promise<void> {
    return this.enqueueWatch(async () => {
      let version: number | null;
      try {
        version = await storedVersion(this.pool);
      } catch (error) {
        this.logger.warn("cannot read the corpus version; the loaded one stays in service", { error: error as Error });
        return null;
      }
      if (version === null || version === this.corpus.version || version === this.refusedVersion) return null;
      return this.loadAndSwap("watch");
    });
  }

  protected async loadAndSwap(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    const started = performance.now();
    let outcome: ReloadOutcome;
    let next: PgCorpus | null = null;
    try {
      next = await loadPgCorpus(this.pool);
      await this.check(next);
      const previous = this.corpus;
      this.corpus = next;
      this.refusedVersion = null;
      this.loadedAt = Date.now();
      outcome = { ok: true, trigger, corpus: next, previous, ms: performance.now() - started };
      this.logger.info("corpus version swapped in", { trigger, version: next.version, reports: next.reportCount, ms: Math.round(outcome.ms) });
    } catch (error) {
      if (next) this.refusedVersion = next.version;
      outcome = { ok: false, trigger, error: error instanceof Error ? error : new Error(String(error)), ms: performance.now() - started };
      this.logger.error("new corpus version refused; the old one stays in service", { trigger, error: outcome.error });
    }
    return outcome;
  }
}

function defaultCheck(corpus: PgCorpus): void {
  if (corpus.reportCount === 0) throw new Error("the new corpus version holds no report");
}
