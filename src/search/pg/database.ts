/**
 * The connection pool to PostgreSQL (DATABASE_URL): one per process, its schema migrated on
 * open. A connection lost while idle (the server restarted, a failover) is an event on the pool,
 * logged, not a crash: the next query takes a new connection.
 */
import pg from "pg";
import { describeDatabase } from "./database-url.ts";
import { migrate } from "./schema.ts";

/** Connections a process keeps open at most: a question holds one for each of its queries, one after the other. */
export const DEFAULT_POOL_SIZE = 10;
/** A query that waits longer for a connection fails (and the question is answered with an apology). */
const CONNECT_TIMEOUT_MS = 10_000;

export interface OpenOptions {
  poolSize?: number;
  /** Told about a lost idle connection (default: nothing). */
  onError?: (error: Error) => void;
}

/** A pool on `url`, the schema migrated; throws a message that says what to do when the database cannot be reached. */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? DEFAULT_POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  pool.on("error", (error) => options.onError?.(error));
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(`Cannot use the database at ${describeDatabase(url)}: ${(error as Error).message}. Check DATABASE_URL and that PostgreSQL is running.`);
  }
  return pool;
}
