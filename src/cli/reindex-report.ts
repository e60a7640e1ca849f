/**
 * The reindex report as text for a terminal (pure): the table of reports (file, title, the
 * document model's genre, place, period and publication date, paragraphs, figures, and what
 * changed; a value set by a sidecar marked *), the rejected files with their reasons, the files
 * dropped from the index, the warnings (place or period unknown, sidecar problems), and one
 * closing line. Columns are aligned by display width (a Chinese character takes two columns).
 */
import type { FileUpdate, ReindexWarning, ReportRow } from "../search/index/build.ts";

const TITLE_COLUMNS = 38;
/** After a value a sidecar set. */
const CORRECTED_MARK = "*";

/** Terminal columns a string takes: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cut to at most `width` columns, with "…" when cut. */
export function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function pad(text: string, width: number, right = false): string {
  const space = " ".repeat(Math.max(0, width - displayWidth(text)));
  return right ? space + text : text + space;
}

/** Rows of cells → aligned lines; `numeric` columns are right-aligned. */
export function table(rows: string[][], numeric: ReadonlySet<number> = new Set()): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => pad(cell, widths[i]!, numeric.has(i)))
      .join("  ")
      .trimEnd(),
  );
}

const STATUS: Record<ReportRow["status"], string> = { new: "new", changed: "changed", unchanged: "" };

export function formatNumber(n: number): string {
  return n.toLocaleString("en-US");
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${bytes} B`;
}

export interface ReportText {
  /** The table and the lists (stdout). */
  body: string[];
  /** The closing line. */
  summary: string;
}

export function formatReindexReport(update: FileUpdate, options: { check: boolean; seconds: number }): ReportText {
  const body: string[] = [];
  const counts = { new: 0, changed: 0, unchanged: 0 };
  for (const r of update.reports) counts[r.status]++;
  const changes = (["new", "changed", "unchanged"] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(", ");
  body.push(`Reports: ${update.reports.length}${changes ? ` (${changes})` : ""}`);
  if (update.reports.length > 0) {
    const rows = [["", "file", "title", "genre", "place", "period", "published", "paragraphs", "figures"]];
    for (const r of update.reports) {
      const set = (field: NonNullable<ReportRow["corrected"]>[number], text: string) => (r.corrected?.includes(field) ? text + CORRECTED_MARK : text);
      rows.push([
        STATUS[r.status],
        r.file,
        set("title", clip(r.title || "(no title)", TITLE_COLUMNS)),
        set("genre", r.genre),
        set("place", r.place?.name ?? "?"),
        set("period", periodText(r.period) || "?"),
        set("published", r.published || "-"),
        formatNumber(r.paragraphs),
        formatNumber(r.figures),
      ]);
    }
    rows.push(["", "total", "", "", "", "", "", formatNumber(update.totals.paragraphs), formatNumber(update.totals.figures)]);
    body.push(...table(rows, new Set([7, 8])).map((line) => `  ${line}`));
    if (update.reports.some((r) => r.corrected)) body.push(`  ${CORRECTED_MARK} set by the report's sidecar (its file name + .meta)`);
  }
  if (update.rejected.length > 0) {
    body.push("", `Rejected: ${update.rejected.length}`);
    body.push(...table(update.rejected.map((r) => [r.file, r.kind, r.reason])).map((line) => `  ${line}`));
  }
  if (update.removed.length > 0) {
    const rejected = new Set(update.rejected.map((r) => r.file));
    body.push("", `Dropped from the index: ${update.removed.length}`);
    for (const file of update.removed) body.push(`  ${file} (${rejected.has(file) ? "now rejected" : "no longer in the corpus"})`);
  }
  if (update.warnings.length > 0) {
    body.push("", `Warnings: ${update.warnings.length} (indexed all the same; "?" in the table is unknown)`);
    body.push(...table(update.warnings.map(warningCells)).map((line) => `  ${line}`));
  }
  return { body, summary: summaryLine(update, options) };
}

/** A period as the table shows it: 2024, 2021-2025; "" when unknown. */
export function periodText(period: ReportRow["period"]): string {
  if (!period) return "";
  return period.from === period.to ? String(period.from) : `${period.from}-${period.to}`;
}

function warningCells(w: ReindexWarning): string[] {
  return [w.line !== undefined ? `${w.file}:${w.line}` : w.file, w.kind, w.message];
}

function summaryLine(update: FileUpdate, { check, seconds }: { check: boolean; seconds: number }): string {
  const time = `${seconds.toFixed(1)} s`;
  const how = update.fullReason ? `full build: ${update.fullReason}` : "incremental";
  if (update.reports.length === 0) {
    return `No usable report in ${update.corpusDir}: nothing was written${update.bytes !== null ? `; the index at ${update.indexPath} is untouched` : ""}.`;
  }
  if (check)
    return `Check only (${how}): ${update.reports.length} reports would be indexed, ${update.rejected.length} rejected; nothing was written (${time}).`;
  if (update.written) {
    return `Wrote ${update.indexPath}: ${update.reports.length} reports, ${formatNumber(update.totals.paragraphs)} paragraphs, ${formatBytes(update.bytes ?? 0)} (${how}, ${time}).`;
  }
  return `${update.indexPath} is up to date (built ${update.previousBuiltAt ?? "?"}): nothing changed, nothing written (${time}).`;
}
