/**
 * The reindex report as a Telegram message (pure): the same content as `npm run reindex` prints,
 * in Chinese and fitted to one message: the sent file first (with what could not be inferred of it
 * and how to correct it), then the new and changed reports, the rejected files with their reasons,
 * the files dropped, the number of other warnings, and the totals. Each report shows its genre,
 * place, the years its figures describe and its publication date.
 */
import { escapeHtml, TELEGRAM_MESSAGE_LIMIT } from "./telegram-html.ts";
import type { ReindexOutcome } from "../search/index/reindex-outcome.ts";
import { extname } from "node:path";
import { SUPPORTED_EXTENSIONS } from "../ingest/ingest.ts";
import type { RejectedFile, RejectKind } from "../ingest/types.ts";
import type { ReindexWarning, ReportRow } from "../search/index/build.ts";
import type { SidecarField } from "../ingest/sidecar.ts";

const STATUS: Record<ReportRow["status"], string> = { new: "新增", changed: "已更新", unchanged: "未变" };

export const REJECT_KINDS: Record<RejectKind, string> = {
  unsupported: "不支持的文件类型",
  "too-large": "文件过大",
  unreadable: "无法读取",
  empty: "空文件",
  binary: "二进制文件",
  undecodable: "无法识别的编码",
  password: "有密码保护",
  damaged: "文件已损坏",
  "no-text": "没有文字",
  duplicate: "重复文件",
};

/** Lines listed at most per section, so the message stays within Telegram's limit. */
const MAX_LINES = 25;

/** The fields of the document model as the admin reads them. */
const FIELD_NAMES: Record<SidecarField, string> = {
  title: "标题",
  genre: "类型",
  place: "地区",
  issuer: "发布单位",
  period: "数据年份",
  year: "报告年份",
  published: "发布日期",
};

/** "• file：title · 统计公报 · 合肥市 · 2024年数据 · 2025-03-28发布 · 53 段 · 481 个数字（新增）". */
export function reportLine(r: ReportRow): string {
  const period = r.period ? `${r.period.from === r.period.to ? r.period.from : `${r.period.from}—${r.period.to}`}年数据` : "数据年份不详";
  const model = [r.genre, r.place?.name ?? "地区不详", period, r.published ? `${r.published}发布` : "发布日期不详"].map(escapeHtml).join(" · ");
  const corrected = r.corrected?.length ? `；按 .meta 更正${r.corrected.map((f) => FIELD_NAMES[f]).join("、")}` : "";
  return `• ${escapeHtml(r.file)}：${escapeHtml(r.title || "（无标题）")} · ${model} · ${r.paragraphs} 段 · ${r.figures} 个数字（${STATUS[r.status]}${corrected}）`;
}

/** A warning about the sent file, in Chinese, with how to correct it (a sidecar's own problems keep their English detail). */
export function warningLine(w: ReindexWarning): string {
  const sidecar = escapeHtml(`${w.file}.meta`);
  switch (w.kind) {
    case "no-place":
      return `⚠️ 未能识别报告所属地区：可在语料目录中放一个 ${sidecar} 文件，写一行 place: 地名（如 合肥市、上海市普陀区、全国）。`;
    case "no-period":
      return `⚠️ 未能识别数据所属年份：可在 ${sidecar} 文件中写一行 period: 2024（跨年份写 2021-2025）。`;
    default:
      return `⚠️ ${escapeHtml(w.file)}${w.line !== undefined ? ` 第 ${w.line} 行` : ""}：${escapeHtml(w.message)}`;
  }
}

export function rejectedLine(r: RejectedFile): string {
  return `• ${escapeHtml(r.file)}：${rejectionText(r)}`;
}

/**
 * Why a file was not taken, and what to do, in Chinese for the admin on the phone (the English
 * reason, with a library's error message, is in the log and in `npm run reindex`).
 */
export function rejectionText(r: RejectedFile): string {
  const kind = REJECT_KINDS[r.kind];
  switch (r.kind) {
    case "unsupported": {
      const ext = extname(r.file).toLowerCase();
      const saveAs = SAVE_AS_DOCX.has(ext) ? `请另存为 .docx 再发送` : `请发送 ${SUPPORTED_EXTENSIONS.join(" ")} 文件`;
      return `${kind}（${escapeHtml(ext || "无扩展名")}），${saveAs}。`;
    }
    case "too-large":
      return r.size ? `${kind}（${megabytes(r.size.bytes)}，上限 ${megabytes(r.size.limit)}），请确认它是一份报告。` : `${kind}。`;
    case "duplicate":
      return r.duplicateOf ? `${kind}，与已收录的 ${escapeHtml(r.duplicateOf)} 内容相同。` : `${kind}。`;
    default:
      return `${kind}，${ADVICE[r.kind]}。`;
  }
}

/** Formats a word processor can save as .docx. */
const SAVE_AS_DOCX = new Set([".doc", ".wps", ".rtf"]);

const ADVICE: Record<Exclude<RejectKind, "unsupported" | "too-large" | "duplicate">, string> = {
  unreadable: "请检查服务器上文件的权限",
  empty: "请检查是否发错了文件",
  binary: "请发送文字版（.txt .docx .pdf）",
  undecodable: "请另存为 UTF-8 或 GBK 编码的文本",
  password: "请另存一份不带密码的文件再发送",
  damaged: "请重新导出或重新下载后再发送",
  "no-text": "可能是扫描件，请先做文字识别（OCR），或发送 Word、文本版本",
};

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MB`;
}

/** @param focus the file the admin sent, shown first */
export function formatReindexReply(outcome: ReindexOutcome, focus?: string): string {
  const lines: string[] = [];
  if (outcome.error) {
    lines.push("❌ <b>重建索引失败</b>，原索引不变。", escapeHtml(outcome.error));
    return fit(lines);
  }
  const mine = focus ? outcome.reports.find((r) => r.file === focus) : undefined;
  const mineRejected = focus ? outcome.rejected.find((r) => r.file === focus) : undefined;
  if (mine) lines.push(`<b>${STATUS[mine.status]}：</b>`, reportLine(mine));
  if (mineRejected) lines.push("<b>未收录：</b>", rejectedLine(mineRejected));
  const warnings = outcome.warnings ?? [];
  const mineWarnings = focus ? warnings.filter((w) => w.file === focus || w.file === `${focus}.meta`) : [];
  lines.push(...mineWarnings.map(warningLine));

  const changed = outcome.reports.filter((r) => r.status !== "unchanged" && r.file !== focus);
  const unchanged = outcome.reports.filter((r) => r.status === "unchanged" && r.file !== focus).length;
  if (changed.length > 0) {
    lines.push("", `<b>其他新增或更新的报告（${changed.length}）：</b>`, ...capped(changed.map(reportLine)));
  }
  const others = outcome.rejected.filter((r) => r.file !== focus);
  if (others.length > 0) lines.push("", `<b>未收录的文件（${others.length}）：</b>`, ...capped(others.map(rejectedLine)));
  if (outcome.removed.length > 0) {
    lines.push("", `<b>已从索引移除（${outcome.removed.length}）：</b>`, ...capped(outcome.removed.map((f) => `• ${escapeHtml(f)}`)));
  }
  const otherWarnings = warnings.length - mineWarnings.length;
  if (otherWarnings > 0) lines.push("", `另有 ${otherWarnings} 条提示（地区或年份未识别、.meta 文件有误等），详见服务器上的 npm run reindex -- --check。`);
  const total = `共 ${outcome.reports.length} 份报告（${unchanged} 份未变），${outcome.totals.paragraphs} 段，${outcome.totals.figures} 个数字`;
  lines.push(
    "",
    outcome.exitCode === 0 ? total : "⚠️ 语料中没有可用的报告，索引未写入。",
    outcome.written ? `索引已重建（${outcome.seconds.toFixed(1)} 秒）。` : "索引无需更改。",
  );
  return fit(lines);
}

function capped(lines: string[]): string[] {
  return lines.length <= MAX_LINES
    ? lines
    : [...lines.slice(0, MAX_LINES), `…另有 ${lines.length - MAX_LINES} 项，完整列表见服务器上的 npm run reindex -- --check`];
}

/** Whole lines up to Telegram's limit. */
function fit(lines: string[]): string {
  let text = "";
  for (const line of lines) {
    if (text.length + line.length + 1 > TELEGRAM_MESSAGE_LIMIT - 20) return `${text}\n…`;
    text += (text ? "\n" : "") + line;
  }
  return text;
}
