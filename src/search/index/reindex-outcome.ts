/**
 * The report of one reindex run, as `npm run reindex -- --json` prints it and the bot reads it
 * (from the child process, or from a run in its own process): what was indexed, rejected and
 * removed, and whether a new index file was written. Shared by src/cli/ and src/bot/, so
 * neither imports the other.
 */
import { resolve } from "node:path";
import type { RejectedFile } from "../../ingest/types.ts";
import type { FileUpdate, ReindexWarning, ReportRow } from "./build.ts";

/** What --json prints: the report without the index itself. */
export interface ReindexOutcome {
  /** 0 when an index was written or is up to date (with --check: the corpus is usable), 1 otherwise. */
  exitCode: number;
  check: boolean;
  written: boolean;
  corpusDir: string;
  indexPath: string;
  /** Size of the index file after the run, when there is one. */
  bytes: number | null;
  seconds: number;
  fullReason: string | null;
  reports: ReportRow[];
  rejected: RejectedFile[];
  /** Reports indexed without a place or period, sidecar problems (build.ts). */
  warnings: ReindexWarning[];
  removed: string[];
  totals: { paragraphs: number; figures: number };
  /** Set when the run failed (the write, or the corpus folder cannot be read). */
  error: string | null;
}

/** The outcome of a run that finished (an index written, up to date, or nothing usable found). */
export function reindexOutcome(update: FileUpdate, check: boolean, seconds: number): ReindexOutcome {
  return {
    exitCode: update.reports.length === 0 ? 1 : 0,
    check,
    written: update.written,
    corpusDir: update.corpusDir,
    indexPath: update.indexPath,
    bytes: update.bytes,
    seconds,
    fullReason: update.fullReason,
    reports: update.reports,
    rejected: update.rejected,
    warnings: update.warnings,
    removed: update.removed,
    totals: update.totals,
    error: null,
  };
}

/** The outcome of a reindex that wrote nothing: the previous index is untouched. */
export function failedReindex(check: boolean, corpusDir: string, indexPath: string, seconds: number, error: string): ReindexOutcome {
  return {
    exitCode: 1,
    check,
    written: false,
    corpusDir,
    indexPath,
    bytes: null,
    seconds,
    fullReason: null,
    reports: [],
    rejected: [],
    warnings: [],
    removed: [],
    totals: { paragraphs: 0, figures: 0 },
    error,
  };
}

/**
 * Why a run failed, in one line that says what to do: a corpus folder that is not there is named
 * as such; anything else (a write refused, a disk full) is the system's message.
 */
export function reindexFailureMessage(error: unknown, corpusDir: string): string {
  const e = error as NodeJS.ErrnoException;
  if ((e?.code === "ENOENT" || e?.code === "ENOTDIR") && e.syscall === "scandir" && typeof e.path === "string" && resolve(e.path) === resolve(corpusDir)) {
    return `reindex failed: the corpus folder ${corpusDir} does not exist or is not a folder. Pass --corpus DIR or set CORPUS_DIR. The previous index (if any) is untouched.`;
  }
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0]!.replace(/\.$/, "");
  return `reindex failed: ${message}. The previous index (if any) is untouched.`;
}
