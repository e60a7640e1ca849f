import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { answerQuestion } from "../answer/answer.ts";
import type { Answer } from "../answer/types.ts";
import { rebuildIndexFile } from "../search/index/build.ts";
import { openCorpus } from "../search/backend.ts";
import { words } from "../zh/segment.ts";
// The evaluation's rule for a right answer; it lives with the tests, which own the dev set.
import { isRight, type QaItem } from "./score.ts";
import { corpusFiles } from "./corpus.ts";
import { reportResult } from "./process.ts";
import { referenceText, referenceWorkload } from "./reference.ts";
import { median, now, summarize, type LatencySummary } from "./stats.ts";

/**
 * One benchmark step per process (see process.ts): `reindex`, `segment`, `serve` or `read`,
 * reporting its figures as one JSON line. Run compiled, as `node --expose-gc scripts/run.mjs
 * bench-worker JOB ARGS…` (or from the sources: `node --expose-gc --import tsx src/bench/worker.ts JOB ARGS…`).
 */

const MB = 1e6;

function rssMB(): number {
  return process.memoryUsage().rss / 2 ** 20;
}

function peakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** A full collection, so that the RSS read next is what stays, not garbage awaiting a GC. */
function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  gc();
  gc();
}

export interface ReindexResult {
  ms: number;
  peakRssMB: number;
  reports: number;
  rejected: number;
  paragraphs: number;
  sentences: number;
  corpusBytes: number;
  indexBytes: number;
}

async function reindex(corpusDir: string, indexPath: string): Promise<ReindexResult> {
  // jieba's dictionary is loaded before the clock starts: its load is measured by `segment`, and
  // the reindex-to-segmentation ratio should compare like with like.
  words("预热");
  const start = now();
  const { header, rejected } = await rebuildIndexFile(corpusDir, indexPath);
  const ms = now() - start;
  return {
    ms,
    peakRssMB: peakRssMB(),
    reports: header.reports,
    rejected: rejected.length,
    paragraphs: header.paragraphs,
    sentences: header.sentences,
    corpusBytes: header.manifest.reduce((sum, m) => sum + m.bytes, 0),
    indexBytes: (await stat(indexPath)).size,
  };
}

export interface SegmentResult {
  dictionaryLoadMs: number;
  ms: number;
  bytes: number;
  words: number;
  mbPerSecond: number;
}

/** jieba alone (through segment.ts's words()) over the text of every corpus file. */
async function segment(corpusDir: string): Promise<SegmentResult> {
  const texts: string[] = [];
  let bytes = 0;
  for (const file of await corpusFiles(corpusDir)) {
    const raw = await readFile(join(corpusDir, file));
    bytes += raw.length;
    texts.push(raw.toString("utf8"));
  }
  let start = now();
  words("预热");
  const dictionaryLoadMs = now() - start;
  start = now();
  let count = 0;
  for (const text of texts) count += words(text).length;
  const ms = now() - start;
  return { dictionaryLoadMs, ms, bytes, words: count, mbPerSecond: bytes / MB / (ms / 1000) };
}

export interface ServeResult {
  loadMs: number;
  /** The reference workload (reference.ts), timed between the passes of answers: median and p99, ms. */
  reference: { count: number; p50: number; p99: number };
  /**
   * Each dev question's median time over the timed passes, summarised over the questions: the
   * p99 is the second slowest question's typical time. A busier machine inflates some answers of
   * a pass (another process ran meanwhile), rarely the same question's in most passes; the plain
   * percentiles (`latency`) take those in.
   */
  perQuestion: LatencySummary;
  /** After loading the index and a full GC: the bot before its first question. */
  rssLoadedMB: number;
  /** The first answer of the process, jieba's dictionary load included. */
  firstAnswerMs: number;
  latency: LatencySummary;
  questionsPerSecond: number;
  /** Answering stopped at the deadline before the wanted number of answers. */
  truncated: boolean;
  /** After answering and a full GC: the bot in service (index, jieba, warm code). */
  rssServingMB: number;
  heapUsedMB: number;
  devRight: number;
  /** Dev answers that gave a figure and are not right (the wrong share's numerator). */
  devWrong: number;
  devTotal: number;
  /** sha1 of every dev answer's figure, sentence and report: equal before and after an optimisation means the same answers. */
  answersSha1: string;
}

/** A copy's answer counts as the original's: gwr-2019-c3.txt is gwr-2019.txt (see corpus.ts). */
function asOriginal(answer: Answer): Answer {
  const file = answer.report.file.replace(/-c\d+(\.\w+)$/, "$1");
  return { ...answer, report: { ...answer.report, file } };
}

/** @param source an index file, or a postgres:// URL (the PostgreSQL store) */
async function serve(source: string, qaPath: string, minAnswers: number, deadlineMs: number): Promise<ServeResult> {
  const deadline = now() + deadlineMs;
  const qa = (await readFile(qaPath, "utf8"))
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as QaItem);

  let start = now();
  const { corpus, close } = await openCorpus(/^postgres(ql)?:/.test(source) ? { kind: "postgres", url: source } : { kind: "file", indexPath: source });
  const loadMs = now() - start;
  collect();
  const rssLoadedMB = rssMB();

  start = now();
  await answerQuestion(corpus, qa[0]!.q);
  const firstAnswerMs = now() - start;

  // One untimed pass warms the code and gives the answers to score.
  const hash = createHash("sha1");
  let devRight = 0;
  let devWrong = 0;
  let devTotal = 0;
  for (const item of qa) {
    const a = asOriginal(await answerQuestion(corpus, item.q));
    devTotal++;
    if (isRight(item, a)) devRight++;
    else if (a.found && a.figure) devWrong++;
    hash.update(JSON.stringify([a.figure?.text ?? null, a.sentence, a.report.file]) + "\n");
    if (now() > deadline) break;
  }

  // The yardstick, timed in the same process between the passes (so in the same conditions).
  const text = referenceText();
  const reference: number[] = [];
  const timeReference = (times: number) => {
    for (let i = 0; i < times; i++) {
      const t = now();
      referenceWorkload(text);
      reference.push(now() - t);
    }
  };
  timeReference(10); // warm-up, not kept
  reference.length = 0;

  const latencies: number[] = [];
  const byQuestion: number[][] = qa.map(() => []);
  let loopMs = 0;
  outer: while (latencies.length < minAnswers) {
    timeReference(20);
    const passStart = now();
    try {
      for (const [i, item] of qa.entries()) {
        const t = now();
        await answerQuestion(corpus, item.q);
        const ms = now() - t;
        latencies.push(ms);
        byQuestion[i]!.push(ms);
        if (t > deadline) break outer;
      }
    } finally {
      loopMs += now() - passStart;
    }
  }
  timeReference(20);
  const yardstick = summarize(reference);
  await close();
  collect();
  return {
    loadMs,
    reference: { count: yardstick.count, p50: yardstick.p50, p99: yardstick.p99 },
    rssLoadedMB,
    firstAnswerMs,
    latency: summarize(latencies),
    perQuestion: summarize(byQuestion.filter((times) => times.length > 0).map(median)),
    questionsPerSecond: latencies.length / (loopMs / 1000),
    truncated: latencies.length < minAnswers,
    rssServingMB: rssMB(),
    heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
    devRight,
    devWrong,
    devTotal,
    answersSha1: hash.digest("hex"),
  };
}

export interface ReadResult {
  /** Reading the file, gunzipping its body and parsing every line of it as JSON: the least any loader of it does. */
  ms: number;
  bytes: number;
  bodyBytes: number;
}

/**
 * The floor of loading an index: its bytes read, the body gunzipped and every line parsed as JSON,
 * with nothing of the project's code and nothing built from the data.
 */
function read(indexPath: string): ReadResult {
  const start = now();
  const raw = readFileSync(indexPath);
  const newline = raw.indexOf(0x0a);
  JSON.parse(raw.toString("utf8", 0, newline));
  const body = gunzipSync(raw.subarray(newline + 1));
  for (let at = 0; at < body.length; ) {
    let end = body.indexOf(0x0a, at);
    if (end < 0) end = body.length;
    JSON.parse(body.toString("utf8", at, end));
    at = end + 1;
  }
  return { ms: now() - start, bytes: raw.length, bodyBytes: body.length };
}

const [job, ...args] = process.argv.slice(2);
if (job === "reindex") reportResult(await reindex(args[0]!, args[1]!));
else if (job === "segment") reportResult(await segment(args[0]!));
else if (job === "serve") reportResult(await serve(args[0]!, args[1]!, Number(args[2]), Number(args[3])));
else if (job === "read") reportResult(read(args[0]!));
// Loaded only for this job: ECharts and resvg would weigh on the memory the serve job measures.
else if (job === "chart") reportResult(await (await import("./chart.ts")).measureChart(Number(args[0])));
else {
  console.error(`unknown job ${String(job)}: reindex CORPUS INDEX | segment CORPUS | serve INDEX QA MIN_ANSWERS DEADLINE_MS | read INDEX`);
  process.exitCode = 2;
}
