/**
 * `npm run unanswered -- [--log FILE] [--since 7d|YYYY-MM-DD] [--top N] [--json]`: the questions
 * the bot could not answer, grouped (spacing, width and closing punctuation aside), most asked
 * first: the admins' list of what to add next.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { parseUnansweredLog, summariseUnanswered } from "../unanswered.ts";
import { clip, table } from "./reindex-report.ts";
import { CliError, PROCESS_IO, runCli } from "./run.ts";

export const UNANSWERED_USAGE = `Usage: npm run unanswered -- [--log FILE] [--since 7d|YYYY-MM-DD] [--top N] [--json]
  --log FILE     the log (default: UNANSWERED_LOG or ./data/unanswered.jsonl)
  --since WHEN   only questions asked since then: 7d, 24h, or a date
  --top N        show the N most asked (default 50)
  --json         print the summary as JSON`;

/** "7d", "24h", "2026-03-01" → a date; null when it is none of these. */
export function parseSince(text: string, now = new Date()): Date | null {
  const relative = /^(\d+)\s*([dh])$/i.exec(text.trim());
  if (relative) return new Date(now.getTime() - Number(relative[1]) * (relative[2]!.toLowerCase() === "d" ? 86_400_000 : 3_600_000));
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time);
}

export function runUnanswered(
  argv: string[],
  env: NodeJS.ProcessEnv,
  out: { write(s: string): unknown } = PROCESS_IO.stdout,
  err: { write(s: string): unknown } = PROCESS_IO.stderr,
): Promise<number> {
  return runCli(() => unanswered(argv, env, out), { stderr: err }, env);
}

async function unanswered(argv: string[], env: NodeJS.ProcessEnv, out: { write(s: string): unknown }): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        log: { type: "string" },
        since: { type: "string" },
        top: { type: "string" },
        json: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    throw CliError.usage((error as Error).message, UNANSWERED_USAGE);
  }
  if (values.help) {
    out.write(`${UNANSWERED_USAGE}\n`);
    return 0;
  }
  const since = values.since === undefined ? undefined : parseSince(values.since);
  const top = values.top === undefined ? 50 : Number(values.top);
  if (since === null || !(Number.isInteger(top) && top > 0)) {
    throw CliError.usage("--since takes 7d, 24h or a date; --top a positive number", UNANSWERED_USAGE);
  }
  const path = values.log ?? (env.UNANSWERED_LOG?.trim() || "./data/unanswered.jsonl");
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No log yet: no question has gone unanswered.
    if (code !== "ENOENT")
      throw new CliError(
        `cannot read the unanswered log ${path} (${code ?? (error as Error).message}): pass --log FILE or set UNANSWERED_LOG to the bot's log file`,
      );
    text = "";
  }
  const { entries, skipped } = parseUnansweredLog(text);
  if (entries.length === 0 && skipped > 0) {
    throw new CliError(
      `${path} is not an unanswered log: none of its ${skipped} line(s) is an entry (time, user, question). Pass --log FILE or set UNANSWERED_LOG to the bot's log file`,
    );
  }
  const summary = summariseUnanswered(entries, since);
  if (values.json) {
    out.write(`${JSON.stringify({ log: path, skipped, ...summary, rows: summary.rows.slice(0, top) })}\n`);
    return 0;
  }
  if (summary.total === 0) {
    out.write(`No unanswered question in ${path}${since ? ` since ${since.toISOString().slice(0, 16)}` : ""}.\n`);
    return 0;
  }
  const when = (iso: string) => iso.slice(0, 16).replace("T", " ");
  out.write(
    `Unanswered questions in ${path}${since ? ` since ${when(since.toISOString())}` : ""}: ${summary.total} (${summary.distinct} distinct) from ${summary.users} users, ${when(summary.first!)} … ${when(summary.last!)}\n\n`,
  );
  const rows = [["asked", "users", "last asked", "question"]];
  for (const r of summary.rows.slice(0, top))
    rows.push([String(r.count), String(r.users), when(r.last), clip(r.question, 60) + (r.errors > 0 ? `  (engine failed ${r.errors}×)` : "")]);
  out.write(
    `${table(rows, new Set([0, 1]))
      .map((l) => `  ${l}`)
      .join("\n")}\n`,
  );
  if (summary.rows.length > top) out.write(`  … and ${summary.rows.length - top} more (--top N)\n`);
  if (skipped > 0) out.write(`\n${skipped} line(s) of the log could not be read and were skipped.\n`);
  return 0;
}
