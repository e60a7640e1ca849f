/**
 * Which store a command reads and writes: PostgreSQL when DATABASE_URL is set (and no --index
 * names a file), else the index file (INDEX_PATH, ./data/index.json by default). Without
 * DATABASE_URL everything works exactly as it did before there was a choice.
 */
import type { Corpus } from "./corpus.ts";
import { corpusOf } from "./corpus.ts";
import { loadIndex, type SearchIndex } from "./index/search-index.ts";

export { describeDatabase } from "./pg/database-url.ts";

export type Backend = { kind: "file"; indexPath: string } | { kind: "postgres"; url: string };

export const DEFAULT_INDEX_PATH = "./data/index.json";

export function chooseBackend(env: NodeJS.ProcessEnv, indexFlag?: string): Backend {
  if (indexFlag === undefined && env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return { kind: "file", indexPath: indexFlag ?? env.INDEX_PATH ?? DEFAULT_INDEX_PATH };
}

export interface OpenCorpus {
  corpus: Corpus;
  close(): Promise<void>;
}

/** The corpus of a backend, for a command that answers and exits (ask, explain). */
export async function openCorpus(backend: Backend, loadFile: (path: string) => Promise<SearchIndex> = loadIndex): Promise<OpenCorpus> {
  if (backend.kind === "file") return { corpus: corpusOf(await loadFile(backend.indexPath)), close: async () => {} };
  // PostgreSQL's modules are loaded only by those who use it.
  const [{ openDatabase }, { loadPgCorpus }] = await Promise.all([import("./pg/database.ts"), import("./pg/pg-corpus.ts")]);
  const pool = await openDatabase(backend.url, { poolSize: 2 });
  try {
    return { corpus: await loadPgCorpus(pool), close: () => pool.end() };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
