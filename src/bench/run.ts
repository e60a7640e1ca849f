import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { writeScaledCorpus } from "./corpus.ts";
import { killRunningSteps, measureCommand, runWorker, type CommandResult, type StepOutcome } from "./process.ts";
import { median } from "./stats.ts";
import type { ReindexResult, SegmentResult, ServeResult } from "./worker.ts";

/**
 * The benchmark: for each scale, a corpus (corpus/ itself at 1×, generated copies under the temp
 * folder otherwise), then jieba alone, a reindex, answering in a serving process, and a
 * one-question `npm run ask` as a user runs it. Each step is its own process with a time budget.
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
  askRuns: number;
  log: (line: string) => void;
}

export interface AskResult {
  runs: number;
  wallMs: number;
  peakRssMB: number | null;
  answered: boolean;
}

export interface ScaleResult {
  scale: number;
  segment: StepOutcome<SegmentResult>;
  reindex: StepOutcome<ReindexResult>;
  serve: StepOutcome<ServeResult> | null;
  ask: StepOutcome<AskResult> | null;
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

  o.log(`${scale}×: jieba segmentation`);
  const segment = await runWorker<SegmentResult>("segment", [corpus], step);
  o.log(`${scale}×: reindex`);
  const reindex = await runWorker<ReindexResult>("reindex", [corpus, indexPath], step);
  // The copies are no longer needed once indexed; at 100× they take disk space.
  if (scale !== 1) await rm(corpus, { recursive: true, force: true });
  if (!reindex.ok) {
    o.log(`${scale}×: reindex failed (${reindex.error}); answering and start-up skipped`);
    return { scale, segment, reindex, serve: null, ask: null };
  }

  o.log(`${scale}×: answering (at least ${o.repeat} answers)`);
  // The worker stops answering at 80% of the budget, so it reports what it measured.
  const serve = await runWorker<ServeResult>(
    "serve",
    [indexPath, o.qaPath, String(o.repeat), String(Math.round(o.budgetMs * 0.8))],
    step,
  );
  o.log(`${scale}×: npm run ask ×${o.askRuns}`);
  const ask = await measureAsk(indexPath, o, step);
  await rm(indexPath, { force: true });
  return { scale, segment, reindex, serve, ask };
}

/** `npm run ask -- --index FILE QUESTION` as a whole process: median wall time, highest peak RSS. */
async function measureAsk(
  indexPath: string,
  o: BenchOptions,
  step: { budgetMs: number; heapMB?: number },
): Promise<StepOutcome<AskResult>> {
  const runs: CommandResult[] = [];
  for (let i = 0; i < o.askRuns; i++) {
    const r = await measureCommand("npm", ["run", "ask", "--", "--index", indexPath, o.askQuestion], step);
    if (!r.ok) return { ok: false, error: r.error, wallMs: r.wallMs };
    runs.push(r.result!);
  }
  const rss = runs.map((r) => r.peakRssMB).filter((x): x is number => x !== null);
  const result: AskResult = {
    runs: runs.length,
    wallMs: median(runs.map((r) => r.wallMs)),
    peakRssMB: rss.length ? Math.max(...rss) : null,
    answered: runs.every((r) => r.stdout.includes(o.askExpect)),
  };
  return { ok: true, result, wallMs: result.wallMs };
}
