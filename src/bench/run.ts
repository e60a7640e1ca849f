import type { ChartResult } from "./chart.ts";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { entryPointCommand } from "../entry-points.ts";
import { writeScaledCorpus } from "./corpus.ts";
import { killRunningSteps, measureCommand, runWorker, type CommandResult, type StepOutcome } from "./process.ts";
import { median } from "./stats.ts";
import type { ReadResult, ReindexResult, SegmentResult, ServeResult } from "./worker.ts";

/**
 * The benchmark: for each scale, a corpus (corpus/ itself at 1×, generated copies under the temp
 * folder otherwise), then jieba alone, a reindex, answering in a serving process, and the start-up
 * of the command line and of the terminal chat as a user runs them. Each step is its own process
 * with a time budget.
 *
 * Times of whole processes are compared with floors measured in the same run, alternating with
 * them (so the same machine, as busy): `node -e 0`, `npm run` of a script that is `node -e 0`, and
 * the index read (the file read, gunzipped and parsed as JSON, in a process of its own).
 */

export interface BenchOptions {
  scales: number[];
  /** Answers to time at least (whole passes over the dev questions). */
  repeat: number;
  /** Time budget of each step, in ms. */
  budgetMs: number;
  heapMB?: number;
  corpusDir: string;
  qaPath: string;
  /** The question of the start-up figure. */
  askQuestion: string;
  /** Text the ask output must hold (the right figure), so a fast wrong run does not pass. */
  askExpect: string;
  /** How many times each start-up is measured (with the floors before each), for the median. */
  askRuns: number;
  log: (line: string) => void;
}

/** A command run several times: the median wall time, the highest peak RSS. */
export interface AskResult {
  runs: number;
  wallMs: number;
  peakRssMB: number | null;
  /** Every run's output held the expected figure (false for a floor, which prints nothing). */
  answered: boolean;
}

/** The floors of the start-up figures, measured between the runs of the commands they are floors of. */
export interface Floors {
  /** `node -e 0`. */
  node: StepOutcome<AskResult>;
  /** `npm run noop` in a folder whose package.json has only `"noop": "node -e 0"`: npm's start, then Node's. */
  npm: StepOutcome<AskResult>;
  /** The index file read, gunzipped and parsed (worker.ts's `read`): median of its own time over the runs. */
  indexRead: StepOutcome<ReadResult>;
}

export interface ScaleResult {
  scale: number;
  segment: StepOutcome<SegmentResult>;
  reindex: StepOutcome<ReindexResult>;
  serve: StepOutcome<ServeResult> | null;
  floors: Floors | null;
  /** `npm run ask -- --index FILE QUESTION`, as a user runs it. */
  ask: StepOutcome<AskResult> | null;
  /** What that npm script runs: `node scripts/run.mjs ask --index FILE QUESTION`. */
  askNode: StepOutcome<AskResult> | null;
  /** `npm start` without BOT_TOKEN, the question on stdin: the terminal chat from start to its first answer (and exit). */
  chat: StepOutcome<AskResult> | null;
  /** Drawing a series' chart (measured at 1× only: it does not depend on the corpus). */
  chart?: StepOutcome<ChartResult> | null;
}

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DEFAULT_CORPUS = join(REPO_ROOT, "corpus");
export const DEFAULT_QA = join(REPO_ROOT, "test/fixtures/dev.jsonl");

export async function runBench(options: BenchOptions): Promise<ScaleResult[]> {
  const work = await mkdtemp(join(tmpdir(), "zhaoshu-bench-"));
  // Generated corpora are hundreds of MB at 100×: never leave them behind, even on Ctrl-C.
  const onSignal = () => {
    killRunningSteps();
    void rm(work, { recursive: true, force: true }).finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    const results: ScaleResult[] = [];
    for (const scale of options.scales) results.push(await runScale(scale, work, options));
    return results;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await rm(work, { recursive: true, force: true });
  }
}

async function runScale(scale: number, work: string, o: BenchOptions): Promise<ScaleResult> {
  const step = { budgetMs: o.budgetMs, heapMB: o.heapMB };
  let corpus = o.corpusDir;
  if (scale !== 1) {
    corpus = join(work, `corpus-x${scale}`);
    o.log(`${scale}×: writing the corpus under ${corpus}`);
    await writeScaledCorpus(o.corpusDir, corpus, scale);
  }
  const indexPath = join(work, `index-x${scale}.json`);
  // The copies are not needed once the chat has started on them; at 100× they take disk space.
  const dropCopies = () => (scale !== 1 ? rm(corpus, { recursive: true, force: true }) : Promise.resolve());

  o.log(`${scale}×: jieba segmentation`);
  const segment = await runWorker<SegmentResult>("segment", [corpus], step);
  o.log(`${scale}×: reindex`);
  const reindex = await runWorker<ReindexResult>("reindex", [corpus, indexPath], step);
  if (!reindex.ok) {
    await dropCopies();
    o.log(`${scale}×: reindex failed (${reindex.error}); answering and start-up skipped`);
    return { scale, segment, reindex, serve: null, floors: null, ask: null, askNode: null, chat: null };
  }

  o.log(`${scale}×: answering (at least ${o.repeat} answers)`);
  // The worker stops answering at 80% of the budget, so it reports what it measured.
  const serve = await runWorker<ServeResult>("serve", [indexPath, o.qaPath, String(o.repeat), String(Math.round(o.budgetMs * 0.8))], step);
  o.log(`${scale}×: start-up (npm run ask, the ask process, npm start) and its floors, ×${o.askRuns}`);
  const startUp = await measureStartUp(corpus, indexPath, work, o, step);
  await dropCopies();
  await rm(indexPath, { force: true });
  let chart: StepOutcome<ChartResult> | null = null;
  if (scale === 1) {
    o.log("1×: drawing a chart (cold, then 20 warm)");
    chart = await runWorker<ChartResult>("chart", ["20"], step);
  }
  return { scale, segment, reindex, serve, ...startUp, chart };
}

type Step = { budgetMs: number; heapMB?: number };

/**
 * The start-up figures and their floors, each run askRuns times, in rounds (one run of each per
 * round) so that a busy spell of the machine weighs on floors and commands alike.
 */
async function measureStartUp(
  corpus: string,
  indexPath: string,
  work: string,
  o: BenchOptions,
  step: Step,
): Promise<{ floors: Floors; ask: StepOutcome<AskResult>; askNode: StepOutcome<AskResult>; chat: StepOutcome<AskResult> }> {
  const noop = join(work, "npm-floor");
  await mkdir(noop, { recursive: true });
  await writeFile(join(noop, "package.json"), JSON.stringify({ name: "npm-floor", private: true, scripts: { noop: "node -e 0" } }));
  const askArgs = ["--index", indexPath, o.askQuestion];
  const askProcess = entryPointCommand("ask", askArgs);
  // The terminal chat (no BOT_TOKEN, whatever .env says) on this index and corpus, one question on stdin.
  const chatEnv = { BOT_TOKEN: "", INDEX_PATH: indexPath, CORPUS_DIR: corpus, UNANSWERED_LOG: join(work, "unanswered.jsonl") };
  const commands: Record<string, () => Promise<StepOutcome<CommandResult>>> = {
    node: () => measureCommand(process.execPath, ["-e", "0"], step),
    npm: () => measureCommand("npm", ["run", "noop"], { ...step, cwd: noop }),
    askNode: () => measureCommand(askProcess.command, askProcess.args, step),
    ask: () => measureCommand("npm", ["run", "ask", "--", ...askArgs], step),
    chat: () => measureCommand("npm", ["start"], { ...step, env: chatEnv, input: `${o.askQuestion}\n` }),
  };
  const runs = new Map<string, CommandResult[]>(Object.keys(commands).map((k) => [k, []]));
  const failed = new Map<string, StepOutcome<AskResult>>();
  const reads: ReadResult[] = [];
  let readFailure: StepOutcome<ReadResult> | null = null;
  for (let i = 0; i < o.askRuns; i++) {
    const read = await runWorker<ReadResult>("read", [indexPath], step);
    if (read.ok) reads.push(read.result!);
    else readFailure ??= read;
    for (const [name, command] of Object.entries(commands)) {
      if (failed.has(name)) continue;
      const r = await command();
      if (r.ok) runs.get(name)!.push(r.result!);
      else failed.set(name, { ok: false, error: r.error, wallMs: r.wallMs });
    }
  }
  const summary = (name: string, expect: string | null): StepOutcome<AskResult> => {
    const failure = failed.get(name);
    if (failure) return failure;
    const done = runs.get(name)!;
    const rss = done.map((r) => r.peakRssMB).filter((x): x is number => x !== null);
    const result: AskResult = {
      runs: done.length,
      wallMs: median(done.map((r) => r.wallMs)),
      peakRssMB: rss.length ? Math.max(...rss) : null,
      answered: expect === null || done.every((r) => r.stdout.includes(expect)),
    };
    return { ok: true, result, wallMs: result.wallMs };
  };
  const indexRead: StepOutcome<ReadResult> = readFailure ?? {
    ok: true,
    result: { ...reads[0]!, ms: median(reads.map((r) => r.ms)) },
    wallMs: median(reads.map((r) => r.ms)),
  };
  return {
    floors: { node: summary("node", null), npm: summary("npm", null), indexRead },
    ask: summary("ask", o.askExpect),
    askNode: summary("askNode", o.askExpect),
    chat: summary("chat", o.askExpect),
  };
}
