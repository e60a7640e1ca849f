import type { Machine } from "./machine.ts";
import type { ScaleResult } from "./run.ts";
import { allowance, type TargetCheck } from "./targets.ts";

/** The results as a text table (stdout), a Markdown page (BENCHMARKS.md) and one JSON line. */

const MB = 1e6;

type Cell = (r: ScaleResult) => string;

const fixed = (x: number, digits: number) => x.toFixed(digits);
const seconds = (ms: number) => `${fixed(ms / 1000, 2)} s`;
const millis = (ms: number) => `${fixed(ms, ms < 10 ? 2 : 1)} ms`;
const mbytes = (mb: number) => `${fixed(mb, 0)} MB`;

function corpusCell(r: ScaleResult): string {
  if (r.reindex.result) return `${fixed(r.reindex.result.corpusBytes / MB, 1)} MB, ${r.reindex.result.reports} reports`;
  return r.segment.result ? `${fixed(r.segment.result.bytes / MB, 1)} MB` : "—";
}

/** Each row: a label and how to read its cell from one scale's results ("—" when that step failed). */
const ROWS: Array<[string, Cell]> = [
  ["corpus", (r) => corpusCell(r)],
  ["reindex wall", (r) => (r.reindex.result ? seconds(r.reindex.result.ms) : "—")],
  ["reindex MB/s", (r) => (r.reindex.result ? fixed(r.reindex.result.corpusBytes / MB / (r.reindex.result.ms / 1000), 2) : "—")],
  ["reindex peak RSS", (r) => (r.reindex.result ? mbytes(r.reindex.result.peakRssMB) : "—")],
  ["jieba segmentation", (r) => (r.segment.result ? `${seconds(r.segment.result.ms)} (${fixed(r.segment.result.mbPerSecond, 1)} MB/s)` : "—")],
  ["jieba dictionary load", (r) => (r.segment.result ? seconds(r.segment.result.dictionaryLoadMs) : "—")],
  ["reindex ÷ jieba", (r) => (r.reindex.result && r.segment.result ? `${fixed(r.reindex.result.ms / r.segment.result.ms, 1)}×` : "—")],
  ["index on disk", (r) => (r.reindex.result ? `${fixed(r.reindex.result.indexBytes / MB, 1)} MB` : "—")],
  ["index ÷ corpus", (r) => (r.reindex.result ? `${fixed(r.reindex.result.indexBytes / r.reindex.result.corpusBytes, 2)}×` : "—")],
  ["index load", (r) => (r.serve?.result ? seconds(r.serve.result.loadMs) : "—")],
  ["first answer (jieba load)", (r) => (r.serve?.result ? seconds(r.serve.result.firstAnswerMs) : "—")],
  ["answer p50", (r) => (r.serve?.result ? millis(r.serve.result.latency.p50) : "—")],
  ["answer p99", (r) => (r.serve?.result ? millis(r.serve.result.latency.p99) : "—")],
  ["answer max", (r) => (r.serve?.result ? millis(r.serve.result.latency.max) : "—")],
  ["answer p99, each question's median", (r) => (r.serve?.result ? millis(r.serve.result.perQuestion.p99) : "—")],
  ["reference workload (median)", (r) => (r.serve?.result ? millis(r.serve.result.reference.p50) : "—")],
  ["  answer p99 ÷ reference", (r) => (r.serve?.result ? `${fixed(r.serve.result.perQuestion.p99 / r.serve.result.reference.p50, 1)}×` : "—")],
  ["questions/s", (r) => (r.serve?.result ? fixed(r.serve.result.questionsPerSecond, 1) : "—")],
  ["answers timed", (r) => (r.serve?.result ? `${r.serve.result.latency.count}${r.serve.result.truncated ? " (deadline)" : ""}` : "—")],
  ["dev right", (r) => (r.serve?.result ? `${r.serve.result.devRight}/${r.serve.result.devTotal}` : "—")],
  ["chart drawn: warm median (cold)", (r) => (r.chart?.result ? `${millis(r.chart.result.warmMedianMs)} (${millis(r.chart.result.coldMs)})` : "—")],
  ["RSS, index loaded (GC)", (r) => (r.serve?.result ? mbytes(r.serve.result.rssLoadedMB) : "—")],
  ["RSS, serving (GC)", (r) => (r.serve?.result ? mbytes(r.serve.result.rssServingMB) : "—")],
  ["  of which JS heap", (r) => (r.serve?.result ? mbytes(r.serve.result.heapUsedMB) : "—")],
  ["floor: node -e 0", (r) => (r.floors?.node.result ? seconds(r.floors.node.result.wallMs) : "—")],
  ["floor: npm run (node -e 0)", (r) => (r.floors?.npm.result ? seconds(r.floors.npm.result.wallMs) : "—")],
  ["floor: index read (read, gunzip, JSON)", (r) => (r.floors?.indexRead.result ? seconds(r.floors.indexRead.result.ms) : "—")],
  ["ask process (node scripts/run.mjs ask)", (r) => startUp(r, r.askNode, 0, 3)],
  ["npm run ask: wall", (r) => startUp(r, r.ask, 1, 2)],
  ["npm run ask: peak RSS", (r) => (r.ask?.result?.peakRssMB != null ? mbytes(r.ask.result.peakRssMB) : "—")],
  ["npm start → first answer (chat)", (r) => startUp(r, r.chat, 1, 2)],
];

/** A start-up time, and its ratio to its floor (npm × the npm floor + node × node -e 0 + the index read). */
function startUp(r: ScaleResult, step: ScaleResult["ask"], npm: number, node: number): string {
  if (!step?.result) return "—";
  const limit = r.floors ? allowance(r.floors, npm, node) : null;
  return limit === null ? seconds(step.result.wallMs) : `${seconds(step.result.wallMs)} (${fixed(step.result.wallMs / limit, 2)} of floor)`;
}

function failures(results: ScaleResult[]): string[] {
  const out: string[] = [];
  for (const r of results) {
    const steps = [
      ["segment", r.segment],
      ["reindex", r.reindex],
      ["answering", r.serve],
      ["floor node -e 0", r.floors?.node],
      ["floor npm run", r.floors?.npm],
      ["index read", r.floors?.indexRead],
      ["ask", r.ask],
      ["ask process", r.askNode],
      ["npm start", r.chat],
    ] as const;
    for (const [name, step] of steps) {
      if (step && !step.ok) {
        const peak = step.peakRssMB ? `, peak RSS ${mbytes(step.peakRssMB)}` : "";
        out.push(`${r.scale}× ${name}: ${step.error} (after ${seconds(step.wallMs)}${peak})`);
      }
    }
    if (r.serve?.result?.truncated) out.push(`${r.scale}× answering: stopped at the deadline after ${r.serve.result.latency.count} answers`);
    for (const [name, step] of [
      ["ask", r.ask],
      ["ask process", r.askNode],
      ["npm start", r.chat],
    ] as const) {
      if (step?.result && !step.result.answered) out.push(`${r.scale}× ${name}: the output lacks the expected figure`);
    }
  }
  return out;
}

function verdict(t: TargetCheck): string {
  return t.pass === null ? "—" : t.pass ? "PASS" : "FAIL";
}

function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - [...s].length));
}

export function formatTable(results: ScaleResult[], targets: TargetCheck[]): string {
  const header = ["", ...results.map((r) => `${r.scale}×`)];
  const rows = [header, ...ROWS.map(([label, cell]) => [label, ...results.map(cell)])];
  const widths = header.map((_, i) => Math.max(...rows.map((row) => [...row[i]!].length)));
  const lines = rows.map((row) =>
    row
      .map((c, i) => pad(c, widths[i]! + 2))
      .join("")
      .trimEnd(),
  );
  lines.push("", "Targets (issues 5 and 8; times as ratios to floors of this run):");
  for (const t of targets) lines.push(`  ${pad(verdict(t), 5)} ${t.target}: ${t.measured}`);
  const failed = failures(results);
  if (failed.length) lines.push("", "Steps that did not complete:", ...failed.map((f) => `  ${f}`));
  return lines.join("\n");
}

export function formatMarkdown(machine: Machine, results: ScaleResult[], targets: TargetCheck[], command: string): string {
  const cells = (row: string[]) => `| ${row.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB memory, Node ${machine.node} (${machine.platform}).`,
    `Command: \`${command}\`.`,
    "",
    cells(["", ...results.map((r) => `${r.scale}×`)]),
    cells(["---", ...results.map(() => "---:")]),
    ...ROWS.map(([label, cell]) => cells([label.trim(), ...results.map(cell)])),
    "",
    cells(["target", "measured", "result"]),
    cells(["---", "---", "---"]),
    ...targets.map((t) => cells([t.target, t.measured, verdict(t)])),
  ];
  const failed = failures(results);
  if (failed.length) lines.push("", "Steps that did not complete:", "", ...failed.map((f) => `- ${f}`));
  return lines.join("\n") + "\n";
}

export function jsonLine(machine: Machine, options: object, results: ScaleResult[], targets: TargetCheck[]): string {
  return JSON.stringify({ bench: "zhaoshu", machine, options, scales: results, targets });
}
