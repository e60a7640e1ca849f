/**
 * `npm run reindex -- [--corpus DIR] [--index FILE] [--check] [--full] [--json] [--max-mb N]`:
 * the admins' tool. Progress on stderr (a bar on a terminal, plain lines otherwise), then the
 * table of reports, the rejected files with their reasons and a closing line on stdout.
 * Exit code 0 when an index was written or is up to date (with --check: when the corpus is
 * usable), 1 when nothing usable was found or the write failed, 2 for a bad command line.
 * The previous index is untouched by every failure (see writeIndexFile).
 */
import { parseArgs } from "node:util";
import { chooseBackend, describeDatabase } from "../search/backend.ts";
import { updateIndexFile, type FileUpdate } from "../search/index/build.ts";
import { failedReindex, reindexFailureMessage, reindexOutcome } from "../search/index/reindex-outcome.ts";
import { createProgress, type ProgressStream } from "./progress.ts";
import { formatReindexReport } from "./reindex-report.ts";
import { runCli } from "./run.ts";

export const REINDEX_USAGE = `Usage: npm run reindex -- [--corpus DIR] [--index FILE] [--check] [--full] [--json] [--max-mb N]
  --corpus DIR   reports to index (default: CORPUS_DIR or ./corpus)
  --index FILE   index to write (default: the database at DATABASE_URL when it is set, else
                 INDEX_PATH or ./data/index.json)
  --check        validate the corpus and print the report; write nothing
  --full         read every file again instead of reusing the unchanged ones
  --json         print the report as one JSON object (for the bot), no progress
  --max-mb N     reject files larger than N MB (default: 10 for text, 50 for Word and PDF)`;

export interface ReindexIo {
  stdout: ProgressStream;
  stderr: ProgressStream;
}

export function runReindex(argv: string[], env: NodeJS.ProcessEnv, io: ReindexIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  return runCli(() => reindex(argv, env, io), io, env);
}

async function reindex(argv: string[], env: NodeJS.ProcessEnv, io: ReindexIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        corpus: { type: "string" },
        index: { type: "string" },
        check: { type: "boolean", default: false },
        full: { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        "max-mb": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${REINDEX_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${REINDEX_USAGE}\n`);
    return 0;
  }
  const maxMb = values["max-mb"] === undefined ? undefined : Number(values["max-mb"]);
  if (maxMb !== undefined && !(maxMb > 0)) {
    io.stderr.write(`--max-mb must be a positive number of megabytes\n${REINDEX_USAGE}\n`);
    return 2;
  }
  const corpusDir = values.corpus ?? env.CORPUS_DIR ?? "./corpus";
  const backend = chooseBackend(env, values.index);
  const indexPath = backend.kind === "file" ? backend.indexPath : describeDatabase(backend.url);
  const progress = values.json ? null : createProgress(io.stderr);
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;

  let update: FileUpdate;
  try {
    const options = {
      corpusDir,
      check: values.check,
      full: values.full,
      ...(maxMb !== undefined ? { maxBytes: Math.round(maxMb * 1024 * 1024) } : {}),
      ...(progress ? { onProgress: progress.update } : {}),
    };
    // PostgreSQL's modules are loaded only by those who use it.
    update =
      backend.kind === "file"
        ? await updateIndexFile({ ...options, indexPath })
        : await (await import("../search/pg/store.ts")).updateDatabase(backend.url, options);
  } catch (error) {
    progress?.done();
    const message = reindexFailureMessage(error, corpusDir);
    if (values.json) io.stdout.write(`${JSON.stringify(failedReindex(values.check, corpusDir, indexPath, seconds(), message))}\n`);
    else io.stderr.write(`${message}\n`);
    return 1;
  }
  progress?.done();
  const outcome = reindexOutcome(update, values.check, seconds());
  const { exitCode } = outcome;
  if (values.json) {
    io.stdout.write(`${JSON.stringify(outcome)}\n`);
    return exitCode;
  }
  const { body, summary } = formatReindexReport(update, { check: values.check, seconds: seconds() });
  io.stdout.write(`${body.join("\n")}\n\n`);
  (exitCode === 0 ? io.stdout : io.stderr).write(`${summary}\n`);
  return exitCode;
}
