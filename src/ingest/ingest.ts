/**
 * Ingest entry points: text → IngestedReport (pure), file → report or rejection, folder → all of them.
 * A bad file never throws: it becomes a RejectedFile whose reason an admin can act on.
 */
import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { joinBrokenLines, normaliseText, removeChrome } from "./clean.ts";
import { extractMetadata } from "./metadata.ts";
import { decodeReportBytes, looksLikeHtml, stripHtml } from "./read.ts";
import { buildParagraphs } from "./structure.ts";
import type { IngestedReport, RejectedFile } from "./types.ts";

export const SUPPORTED_EXTENSIONS: readonly string[] = [".txt", ".md", ".html", ".htm"];

/**
 * Chrome goes first; metadata is read before lines are joined (the seed's title and 发布日期
 * lines are adjacent and would otherwise be glued together) and before digits are normalised
 * (so "10:04:24" after the date is not glued to it).
 */
export function ingestText(file: string, text: string): IngestedReport {
  const { metadata, body } = extractMetadata(removeChrome(text));
  const paragraphs = buildParagraphs(joinBrokenLines(normaliseText(body)));
  return { report: { file, ...metadata }, paragraphs };
}

export async function ingestFile(corpusDir: string, file: string): Promise<IngestedReport | RejectedFile> {
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    const type = ext === "" ? "unsupported file type (no extension)" : `unsupported file type ${ext}`;
    return { file, reason: `${type}: use ${SUPPORTED_EXTENSIONS.join(" ")}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(corpusDir, file));
  } catch (error) {
    return { file, reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const decoded = decodeReportBytes(bytes);
  if ("error" in decoded) return { file, reason: decoded.error };

  let text = decoded.text;
  if (ext === ".html" || ext === ".htm" || looksLikeHtml(text)) text = stripHtml(text);
  // Markdown heading hashes are not part of the report's wording: "## 一、…" → "一、…".
  if (ext === ".md") text = text.replace(/^#{1,6}[ \t]+/gm, "");
  try {
    const report = ingestText(file, text);
    return report.paragraphs.length > 0 ? report : { file, reason: "no text found" };
  } catch (error) {
    return { file, reason: `could not be processed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export function isRejected(result: IngestedReport | RejectedFile): result is RejectedFile {
  return "reason" in result;
}

export async function ingestCorpus(corpusDir: string): Promise<{ reports: IngestedReport[]; rejected: RejectedFile[] }> {
  const files = (await listCorpusFiles(corpusDir)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const reports: IngestedReport[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of files) {
    const result = await ingestFile(corpusDir, file);
    if (isRejected(result)) rejected.push(result);
    else reports.push(result);
  }
  return { reports, rejected };
}

/** Paths relative to corpusDir with forward slashes; dotfiles, dot-folders and README.md skipped. */
async function listCorpusFiles(corpusDir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(join(corpusDir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.toLowerCase() === "readme.md") continue;
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await listCorpusFiles(corpusDir, path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
