/**
 * The corpus `npm start` serves, from the store the configuration names: the index file
 * (INDEX_PATH, brought up to date with CORPUS_DIR, watched and hot-swapped) or, with
 * DATABASE_URL, PostgreSQL (filled from CORPUS_DIR when empty, a new version swapped in when any
 * reindex commits one). Every corpus is warmed up with a question before it serves, and one the
 * engine fails on is refused.
 */
import { stat } from "node:fs/promises";
import { answerQuestion } from "./answer/answer.ts";
import type { Config } from "./config.ts";
import type pg from "pg";
import type { Logger } from "./logger.ts";
import { corpusOf, type Corpus } from "./search/corpus.ts";
import { ensureIndex } from "./search/ensure-index.ts";
import { checkIndex, LiveIndex, type LiveCorpus } from "./search/live-index.ts";

/** Asked of every corpus before it serves: it warms the engine up, and a corpus it fails on is refused. */
const WARM_UP_QUESTION = "高中毛入学率";

/** The first question pays for lazy loading (dictionaries, JIT, per-corpus caches); pay it before users do. */
async function warmUp(corpus: Corpus, logger: Logger): Promise<void> {
  const started = performance.now();
  await answerQuestion(corpus, WARM_UP_QUESTION);
  logger.debug("engine warmed up", { ms: Math.round(performance.now() - started) });
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );
}

export interface ServedCorpus {
  live: LiveCorpus;
  /** The database's pool, when the corpus is there (the bot keeps its shared state in it too). */
  pool?: pg.Pool;
  /** Stops watching for new versions and closes the store's connections. */
  close(): Promise<void>;
}

export interface StartOptions {
  /**
   * Answer a question before serving (default true): the bot warms up before users ask. The
   * terminal chat does not: its user's first question pays the same, instead of waiting for both.
   * A corpus swapped in later is always asked first, and refused if the engine fails on it.
   */
  warmUp?: boolean;
}

/** Throws a message for the admin when there is nothing usable to serve. */
export async function startCorpus(config: Config, logger: Logger, options: StartOptions = {}): Promise<ServedCorpus> {
  const warm = options.warmUp ?? true;
  return config.DATABASE_URL ? startDatabaseCorpus(config, config.DATABASE_URL, logger, warm) : startFileCorpus(config, logger, warm);
}

/** The first warm-up: a failure is logged, not fatal (the corpus may still answer other questions). */
async function firstWarmUp(corpus: Corpus, logger: Logger, warm: boolean): Promise<void> {
  if (warm) await warmUp(corpus, logger).catch((error: unknown) => logger.warn("warm-up question failed", { error: error as Error }));
}

async function startFileCorpus(config: Config, logger: Logger, warm: boolean): Promise<ServedCorpus> {
  const index = await ensureIndex({ corpusDir: config.CORPUS_DIR, indexPath: config.INDEX_PATH, log: (line) => logger.info(line) });
  await firstWarmUp(corpusOf(index), logger, warm);
  const live = await new LiveIndex(config.INDEX_PATH, index, {
    logger,
    check: async (next) => {
      checkIndex(next);
      await warmUp(corpusOf(next), logger);
    },
  }).adoptFile();
  const stopWatching = live.watch();
  return { live, close: async () => stopWatching() };
}

async function startDatabaseCorpus(config: Config, url: string, logger: Logger, warm: boolean): Promise<ServedCorpus> {
  // PostgreSQL's modules are loaded only by those who use it.
  const [{ openDatabase }, { updateStore }, { loadPgCorpus, storedVersion }, { LivePgStore }] = await Promise.all([
    import("./search/pg/database.ts"),
    import("./search/pg/store.ts"),
    import("./search/pg/pg-corpus.ts"),
    import("./search/pg/live-store.ts"),
  ]);
  const pool = await openDatabase(url, { onError: (error) => logger.warn("database connection lost", { error }) });
  try {
    // The database is shared: an instance starting indexes its corpus folder only into an empty
    // database (the first start). Otherwise the folder of whichever instance started last would
    // decide what every instance answers from; `npm run reindex` (and admins' uploads) update it.
    if ((await storedVersion(pool)) === null && (await isFolder(config.CORPUS_DIR))) {
      const update = await updateStore(pool, { corpusDir: config.CORPUS_DIR });
      for (const r of update.rejected) logger.info(`  skipped ${r.file}: ${r.reason}`);
      if (update.written) logger.info(`Indexed ${update.reports.length} reports into the database (version ${update.version}).`);
    }
    const corpus = await loadPgCorpus(pool);
    if (corpus.reportCount === 0) throw new Error(`No usable report in the database nor in ${config.CORPUS_DIR}: nothing to answer from.`);
    await firstWarmUp(corpus, logger, warm);
    const live = new LivePgStore(pool, url, corpus, { logger, check: (next) => warmUp(next, logger) });
    const stopWatching = live.watch();
    return {
      live,
      pool,
      close: async () => {
        stopWatching();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
}
