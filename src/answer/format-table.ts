/**
 * A series or a comparison as reply pieces: a headline (what, where, which years), one line per
 * period or side with its figure and report, 未找到 where no report states it, and a computed
 * difference marked 计算值. Each figure's sentence is one tap away (the bot's 原文 buttons).
 */
import type { Piece } from "./format.ts";
import type { Answer, ComparisonItem, Figure, ReportRef, SeriesPoint } from "./types.ts";
import { baseUnit } from "../zh/units.ts";

/** What a period no report states shows: never a number. */
export const NOT_STATED = "未找到";

/** The headline and the table of a series or comparison answer. */
export function tablePieces(answer: Answer): Piece[] {
  const metric = answer.subject ?? "";
  const rows = answer.kind === "series" ? (answer.series ?? []).map(seriesRow) : (answer.items ?? []).map(comparisonRow);
  const stated = rows.filter((r) => r.figure !== null);
  const place = answer.kind === "series" ? (stated[0]?.figure?.place ?? "") : "";
  const span = answer.kind === "series" ? yearSpan(answer.series ?? []) : "";
  const pieces: Piece[] = [{ text: [metric, place, span].filter(Boolean).join(" · ") || answer.query, bold: true }, { text: "\n" }];
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const row of rows) {
    pieces.push({ text: `${row.label.padEnd(width, "　")}  ` });
    if (row.figure) {
      pieces.push({ text: figureText(row.figure), bold: true });
      if (row.figure.kind === "target") pieces.push({ text: "（目标）" });
      if (row.revised) pieces.push({ text: "（修订）" });
      pieces.push({ text: `  ${source(row.report)}`, italic: true });
    } else {
      pieces.push({ text: NOT_STATED });
    }
    pieces.push({ text: "\n" });
  }
  if (answer.difference) pieces.push({ text: `差值 ${answer.difference}（计算值）` }, { text: "\n" });
  if (answer.seriesNotice) pieces.push({ text: `（${answer.seriesNotice}）`, italic: true }, { text: "\n" });
  if (stated.length === 0) pieces.push({ text: "已收录的报告中没有写明这些年份的数字。" }, { text: "\n" });
  return pieces;
}

interface Row {
  label: string;
  revised?: boolean;
  figure: Figure | null;
  report: ReportRef;
}

function seriesRow(point: SeriesPoint): Row {
  return { label: `${point.year}年`, figure: point.figure, report: point.report, revised: point.revised };
}

function comparisonRow(item: ComparisonItem): Row {
  const label = item.figure && item.year !== null && !item.label.includes(String(item.year)) ? `${item.label}（${item.year}年）` : item.label;
  return { label, figure: item.figure, report: item.report };
}

function figureText(figure: Figure): string {
  // A table cell prints its figure bare ("320.02"): its unit comes from its column or row.
  return figure.unit && !figure.text.includes(baseUnit(figure.unit)) ? `${figure.text} ${figure.unit}` : figure.text;
}

function yearSpan(points: readonly SeriesPoint[]): string {
  if (points.length === 0) return "";
  const [first, last] = [points[0]!.year, points.at(-1)!.year];
  return first === last ? `${first}年` : `${first}—${last}年`;
}

/** A report in a few characters, for a phone's line: its year and genre ("2025年工作报告"), else its title. */
function source(report: ReportRef): string {
  const year = /^(\d{4})/.exec(report.published || report.date)?.[1];
  return year && report.genre && report.genre !== "其他" ? `${year}年${report.genre}` : report.title || report.file;
}
