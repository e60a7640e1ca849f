/**
 * A series answer as a chart's data (src/chart) and a comparison or series as the rows of a
 * table to export (src/export): one place that says how an answer's points become either.
 */
import type { ChartSpec } from "../chart/types.ts";
import type { ExportRow } from "../export/xlsx.ts";
import type { Answer, Figure, ReportRef } from "./types.ts";

/** Magnitudes a unit may carry before its base: 1.37万亿斤 is 13700亿斤. */
const MAGNITUDES: Array<[string, number]> = [
  ["万亿", 1e12],
  ["亿", 1e8],
  ["万", 1e4],
  ["千", 1e3],
];

function splitUnit(unit: string): { factor: number; base: string } {
  for (const [prefix, factor] of MAGNITUDES) if (unit.startsWith(prefix) && unit.length > prefix.length) return { factor, base: unit.slice(prefix.length) };
  return { factor: 1, base: unit };
}

/**
 * The chart of a series: the unit most of its figures are printed in, the others of the same base
 * unit rescaled to it (万亿斤 → 亿斤: arithmetic on the printed value, nothing estimated), and those
 * of another base unit left as gaps and named in the footnote. Null when fewer than two figures.
 */
export function chartOf(answer: Answer): ChartSpec | null {
  const points = answer.series ?? [];
  const stated = points.filter((p) => p.figure !== null);
  if (answer.kind !== "series" || stated.length < 2) return null;
  const counts = new Map<string, number>();
  for (const p of stated) counts.set(p.figure!.unit, (counts.get(p.figure!.unit) ?? 0) + 1);
  const unit = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const target = splitUnit(unit);
  const otherUnits: string[] = [];
  const chartPoints = points.map((p) => {
    const label = `${p.year}年`;
    if (!p.figure) return { label, value: null, text: "" };
    const own = splitUnit(p.figure.unit);
    if (own.base !== target.base) {
      otherUnits.push(`${label}${p.figure.text}`);
      return { label, value: null, text: p.figure.text };
    }
    return { label, value: round((p.figure.value * own.factor) / target.factor), text: p.figure.text };
  });
  const first = points[0]!.year;
  const last = points.at(-1)!.year;
  const notes = [sourceNote(stated.map((p) => p.report))];
  if (otherUnits.length) notes.push(`单位不同未画出：${otherUnits.join("、")}`);
  return {
    title: `${answer.subject || "数字"}（${first === last ? `${first}年` : `${first}—${last}年`}）`,
    unit,
    points: chartPoints,
    source: notes.join("　"),
  };
}

/** "来源：2015—2025年政府工作报告": the reports' years and genre, or how many reports. */
function sourceNote(reports: readonly ReportRef[]): string {
  const years = reports.map((r) => Number(/^\d{4}/.exec(r.published || r.date)?.[0])).filter((y) => Number.isFinite(y));
  const genres = [...new Set(reports.map((r) => r.genre ?? ""))];
  if (years.length === reports.length && genres.length === 1 && genres[0]) {
    const [from, to] = [Math.min(...years), Math.max(...years)];
    const genre = genres[0] === "工作报告" ? "政府工作报告" : genres[0];
    return `来源：${from === to ? from : `${from}—${to}`}年${genre}`;
  }
  return `来源：${new Set(reports.map((r) => r.title)).size}份报告`;
}

/** The rows of an answer: a series' or comparison's in order (a period without a figure is a row too), or one figure's. */
export function exportRowsOf(answer: Answer): ExportRow[] {
  if (!answer.kind) {
    // One figure: one row (none when there is no figure).
    if (!answer.found || !answer.figure) return [];
    const period = answer.figure.year !== null ? `${answer.figure.year}年` : "";
    return exportRowsOf({
      ...answer,
      kind: "comparison",
      items: [
        {
          label: period,
          place: answer.figure.place,
          year: answer.figure.year,
          figure: answer.figure,
          sentence: answer.sentence,
          paragraph: answer.paragraph,
          report: answer.report,
          heading: answer.heading,
        },
      ],
    });
  }
  const rows =
    answer.kind === "series"
      ? (answer.series ?? []).map((p) => ({ ...p, period: `${p.year}年` }))
      : (answer.items ?? []).map((i) => ({ ...i, period: i.year !== null ? `${i.year}年` : i.label }));
  return rows.map((r) => ({
    period: r.period,
    place: r.figure?.place ?? "",
    figure: r.figure?.text ?? "未找到",
    value: r.figure?.value ?? null,
    unit: r.figure?.unit ?? "",
    kind: kindName(r.figure),
    report: r.report.title,
    published: r.report.published || r.report.date,
    section: r.heading,
    sentence: r.sentence,
  }));
}

function kindName(figure: Figure | null): string {
  if (!figure) return "";
  return figure.kind === "target" ? "目标" : "实际";
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
