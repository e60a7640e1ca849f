import type { ScaleResult } from "./run.ts";

/** Issue 5's targets, each with its measured figure and pass/fail (null: not measured in this run). */

export interface TargetCheck {
  target: string;
  measured: string;
  value: number | null;
  limit: number | null;
  pass: boolean | null;
}

function at(results: ScaleResult[], scale: number): ScaleResult | undefined {
  return results.find((r) => r.scale === scale);
}

function check(target: string, value: number | null | undefined, limit: number, unit: string, digits = 1): TargetCheck {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return { target, measured: "not measured", value: null, limit, pass: null };
  }
  return { target, measured: `${value.toFixed(digits)}${unit}`, value, limit, pass: value <= limit };
}

export function checkTargets(results: ScaleResult[]): TargetCheck[] {
  const x1 = at(results, 1);
  const x10 = at(results, 10);
  const x100 = at(results, 100);
  const serve1 = x1?.serve?.result;
  const reindex1 = x1?.reindex.result;
  const segment1 = x1?.segment.result;

  const dev: TargetCheck = serve1
    ? {
        target: "dev answers right at 1× ≥ 95% (and unchanged by optimisation: compare answersSha1)",
        measured: `${serve1.devRight}/${serve1.devTotal} (${((100 * serve1.devRight) / serve1.devTotal).toFixed(1)}%)`,
        value: serve1.devRight / serve1.devTotal,
        limit: 0.95,
        pass: serve1.devRight / serve1.devTotal >= 0.95,
      }
    : { target: "dev answers right at 1× ≥ 95%", measured: "not measured", value: null, limit: 0.95, pass: null };

  return [
    check("answer p99 at 1× under 5 ms", serve1?.latency.p99, 5, " ms", 2),
    check("answer p99 at 10× under 20 ms", x10?.serve?.result?.latency.p99, 20, " ms", 2),
    dev,
    check(
      "reindex at 1× within 5× of jieba's own segmentation",
      reindex1 && segment1 ? reindex1.ms / segment1.ms : null,
      5,
      "×",
    ),
    check("index on disk at 1× at most 1.5× the corpus", reindex1 ? reindex1.indexBytes / reindex1.corpusBytes : null, 1.5, "×", 2),
    check("bot RSS at 1× under 300 MB (index loaded, after answering, after GC)", serve1?.rssServingMB, 300, " MB", 0),
    check("one-question `npm run ask` at 1× under 1 s wall", x1?.ask?.result ? x1.ask.result.wallMs / 1000 : null, 1, " s", 2),
    {
      target: "100×: report what happens (time, memory, fits in 24 GB)",
      measured: x100 ? describe100(x100) : "not run (ask with --scales 1,10,100)",
      value: null,
      limit: null,
      pass: null,
    },
  ];
}

function describe100(r: ScaleResult): string {
  if (!r.reindex.ok) {
    const peak = r.reindex.peakRssMB ? `, peak RSS ${(r.reindex.peakRssMB / 1024).toFixed(1)} GB` : "";
    return `reindex failed after ${(r.reindex.wallMs / 1000).toFixed(0)} s${peak}: ${r.reindex.error}`;
  }
  const ri = r.reindex.result!;
  const parts = [`reindex ${(ri.ms / 1000).toFixed(0)} s, peak ${(ri.peakRssMB / 1024).toFixed(1)} GB`];
  if (r.serve?.ok) {
    const s = r.serve.result!;
    parts.push(`answer p99 ${s.latency.p99.toFixed(0)} ms, serving RSS ${(s.rssServingMB / 1024).toFixed(1)} GB`);
  } else if (r.serve) parts.push(`answering failed: ${r.serve.error}`);
  return parts.join("; ");
}
