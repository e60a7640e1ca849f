/**
 * Runs `npm run reindex` for the bot (after an admin sends a report): in a child process, so the
 * bot keeps answering while the corpus is read and the index is built, and a crash while reading
 * a strange file cannot take the bot down. One run at a time; the JSON report comes back.
 */
import { spawn } from "node:child_process";
import { entryPointCommand } from "../entry-points.ts";
import { fileURLToPath } from "node:url";
import type { Logger } from "../logger.ts";
import { updateIndexFile } from "../search/index/build.ts";
import { failedReindex, reindexFailureMessage, reindexOutcome, type ReindexOutcome } from "../search/index/reindex-outcome.ts";

export type Reindexer = () => Promise<ReindexOutcome>;

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** A reindex of a large corpus takes seconds; one that takes this long is stuck. */
const TIMEOUT_MS = 10 * 60_000;

interface Paths {
  corpusDir: string;
  /** The index file written; or, with databaseUrl instead, the PostgreSQL store. */
  indexPath: string;
  databaseUrl?: string;
}

/** One run after the other: a second upload waits for the first reindex. */
function serialised(run: Reindexer): Reindexer {
  let queue: Promise<unknown> = Promise.resolve();
  return () => {
    const next = queue.then(run);
    queue = next.catch(() => {});
    return next;
  };
}

export function childProcessReindexer({ corpusDir, indexPath, databaseUrl }: Paths, logger: Logger): Reindexer {
  return serialised(
    () =>
      new Promise<ReindexOutcome>((resolve) => {
        const started = performance.now();
        // Compiled, through the launcher the npm scripts use (it rebuilds dist/ first when a source changed).
        // With a database, the child writes to it (DATABASE_URL, no --index).
        const { command, args } = entryPointCommand("reindex", ["--json", "--corpus", corpusDir, ...(databaseUrl ? [] : ["--index", indexPath])]);
        const child = spawn(command, args, {
          cwd: ROOT,
          env: databaseUrl ? { ...process.env, DATABASE_URL: databaseUrl } : process.env,
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => (stdout += chunk));
        child.stderr.on("data", (chunk) => (stderr += chunk));
        const timer = setTimeout(() => child.kill("SIGKILL"), TIMEOUT_MS);
        const fail = (error: string): ReindexOutcome => failedReindex(false, corpusDir, indexPath, (performance.now() - started) / 1000, error);
        child.on("error", (error) => {
          clearTimeout(timer);
          resolve(fail(`reindex could not start: ${error.message}`));
        });
        child.on("close", (code, signal) => {
          clearTimeout(timer);
          if (stderr.trim()) logger.debug("reindex stderr", { stderr: stderr.trim().slice(-2000) });
          const last = stdout.trim().split("\n").at(-1) ?? "";
          try {
            resolve(JSON.parse(last) as ReindexOutcome);
          } catch {
            resolve(fail(`reindex ended (${signal ?? `exit code ${code}`}) without a report: ${(stderr.trim().split("\n").at(-1) ?? "").slice(0, 300)}`));
          }
        });
      }),
  );
}

/** The same run in this process (tests, and a terminal where spawning is not wanted): the outcome `--json` would print. */
export function inProcessReindexer({ corpusDir, indexPath }: Paths): Reindexer {
  return serialised(async () => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      return reindexOutcome(await updateIndexFile({ corpusDir, indexPath }), false, seconds());
    } catch (error) {
      return failedReindex(false, corpusDir, indexPath, seconds(), reindexFailureMessage(error, corpusDir));
    }
  });
}
