/**
 * The boundary of every command-line tool: whatever goes wrong ends the run as one line on stderr
 * that says what to do, and an exit code other than 0; never a stack trace (LOG_LEVEL=debug adds
 * it, for the engineer).
 *
 *   CliError        a tool's own refusal (a bad argument, a missing file): its message, its code
 *   IndexLoadError  the index cannot be read: its message says how to rebuild it
 *   anything else   a defect: its message, and how to see more
 */
import { IndexLoadError } from "../search/index/search-index.ts";

/** Where a tool writes; process.stdout and process.stderr, or a string sink in tests. */
export interface CliStream {
  write(text: string): unknown;
}

export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
}

export const PROCESS_IO: CliIo = { stdout: process.stdout, stderr: process.stderr };

/** Exit code of a bad command line (usage printed). */
export const EXIT_USAGE = 2;

/** A refusal a tool words itself: one line, what was wrong and what to do (and, for a bad command line, the usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** Printed under the message: the tool's usage, for a bad command line. */
    readonly usage?: string,
  ) {
    super(message);
    this.name = "CliError";
  }

  /** A bad command line: the problem, then the usage; exit code 2. */
  static usage(message: string, usage: string): CliError {
    return new CliError(message, EXIT_USAGE, usage);
  }
}

function isKnown(error: unknown): error is Error {
  return error instanceof CliError || error instanceof IndexLoadError;
}

/** The error in one line, as data (a JSON field): a known one's message, an unknown one's name and message. */
export function errorMessage(error: unknown): string {
  if (isKnown(error)) return firstLine(error.message);
  return error instanceof Error ? `${error.name}: ${firstLine(error.message)}` : firstLine(String(error));
}

/** The one line for a person: known errors speak for themselves; an unknown one says how to see more. */
export function errorLine(error: unknown): string {
  return isKnown(error) ? errorMessage(error) : `${errorMessage(error)} (unexpected; run with LOG_LEVEL=debug for details)`;
}

/** Writes the error's line (after `prefix`), the usage of a bad command line, and with LOG_LEVEL=debug the stack. */
export function writeError(stderr: CliStream, env: NodeJS.ProcessEnv, error: unknown, prefix = ""): void {
  stderr.write(`${prefix}${errorLine(error)}\n`);
  if (error instanceof CliError && error.usage) stderr.write(`${error.usage}\n`);
  if (env.LOG_LEVEL === "debug" && error instanceof Error && error.stack && !(error instanceof CliError)) stderr.write(`${error.stack}\n`);
}

/** Runs a tool's body: its exit code, or the error as one line on stderr and a code ≠ 0. */
export async function runCli(main: () => Promise<number>, io: Pick<CliIo, "stderr"> = PROCESS_IO, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    return await main();
  } catch (error) {
    writeError(io.stderr, env, error);
    return error instanceof CliError ? error.exitCode : 1;
  }
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}
