/**
 * Ingest entry points: text → IngestedReport (pure), bytes → report or rejection (by format),
 * file → the same, folder → all of them. A bad file never throws: it becomes a RejectedFile whose
 * reason an admin can act on.
 */
import { readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { joinBrokenLines, normaliseText, removeChrome } from "./clean.ts";
import { listCorpusFiles } from "./corpus.ts";
import { readDocx } from "./docx.ts";
import { extractMetadata } from "./metadata.ts";
import { readPdf } from "./pdf.ts";
import { decodeReportBytes, looksLikeHtml, stripHtml } from "./read.ts";
import { decodeEntities } from "./html-entities.ts";
import { repairArtifacts } from "./repair.ts";
import { parseHeadingMarker } from "./heading.ts";
import { buildParagraphs } from "./structure.ts";
import { extractHtmlTables, extractMarkdownTables, extractTextTables, type Table } from "./tables/index.ts";
import type { IngestedReport, RejectedFile, RejectKind, ReportSource, SourceError } from "./types.ts";

export const SUPPORTED_EXTENSIONS: readonly string[] = [".txt", ".md", ".html", ".htm", ".docx", ".pdf"];

const MIB = 1024 * 1024;
/**
 * Files larger than this are not read at all. A text report is a few hundred kilobytes (the
 * longest work report is 0.1 MB); Word and PDF files carry pictures and fonts.
 */
export const MAX_FILE_BYTES = { text: 10 * MIB, document: 50 * MIB } as const;

export interface IngestOptions {
  /** Overrides MAX_FILE_BYTES for every type (tests, `npm run reindex -- --max-mb N`). */
  maxBytes?: number;
}

/** Formats that are refused with a hint, rather than as an unknown type. */
const UNSUPPORTED_HINTS: Record<string, string> = {
  ".doc": "Word 97-2003 .doc is not read: open it in Word and save it as .docx",
  ".wps": "WPS .wps is not read: save it as .docx",
  ".rtf": "RTF is not read: save it as .docx",
};

/**
 * PDF-text artifacts are repaired first (page numbers and running lines, footnote marks: the title
 * "2024 [1]" is read as "2024"), then chrome goes; metadata is read before lines are joined (the seed's title and 发布日期
 * lines are adjacent and would otherwise be glued together) and before digits are normalised
 * (so "10:04:24" after the date is not glued to it).
 * @param headings lines the format marks as headings (see ReportSource), as the reader saw them
 */
export function ingestText(file: string, text: string, headings?: ReadonlyMap<string, number>, tables: readonly Table[] = []): IngestedReport {
  const tableLines = tables.flatMap((table) => [table.title, ...table.rows.map((row) => row.join(" "))]);
  const { metadata, body } = extractMetadata(removeChrome(repairArtifacts(text)), tableLines);
  const formatHeadings = new Map<string, number>();
  for (const [line, level] of headings ?? []) formatHeadings.set(normaliseText(line).trim(), level);
  const paragraphs = buildParagraphs(joinBrokenLines(normaliseText(body)), formatHeadings, tables);
  return { report: { file, ...metadata }, paragraphs };
}

/** The size limit for a file, by its type. */
export function maxBytesFor(file: string, options: IngestOptions = {}): number {
  if (options.maxBytes !== undefined) return options.maxBytes;
  const ext = extname(file).toLowerCase();
  return ext === ".docx" || ext === ".pdf" ? MAX_FILE_BYTES.document : MAX_FILE_BYTES.text;
}

/** A refusal by file name alone (no read needed), or null when the type is read. */
export function rejectByName(file: string): RejectedFile | null {
  const ext = extname(file).toLowerCase();
  if (SUPPORTED_EXTENSIONS.includes(ext)) return null;
  const hint = UNSUPPORTED_HINTS[ext];
  if (hint) return { file, kind: "unsupported", reason: hint };
  const type = ext === "" ? "unsupported file type (no extension)" : `unsupported file type ${ext}`;
  return { file, kind: "unsupported", reason: `${type}: use ${SUPPORTED_EXTENSIONS.join(" ")}` };
}

export function tooLarge(file: string, bytes: number, limit: number): RejectedFile {
  const mb = (n: number) => `${(n / MIB).toFixed(n < 10 * MIB ? 1 : 0)} MB`;
  return { file, kind: "too-large", reason: `too large (${mb(bytes)}, the limit is ${mb(limit)}): is it really one report?`, size: { bytes, limit } };
}

/** A file's bytes → its report, or why not. The file name gives the format; the bytes, the encoding. */
export async function ingestBytes(file: string, bytes: Uint8Array, options: IngestOptions = {}): Promise<IngestedReport | RejectedFile> {
  const byName = rejectByName(file);
  if (byName) return byName;
  const limit = maxBytesFor(file, options);
  if (bytes.length > limit) return tooLarge(file, bytes.length, limit);
  let source: ReportSource | SourceError;
  try {
    source = await readSource(extname(file).toLowerCase(), bytes);
  } catch (error) {
    source = { kind: "damaged", reason: `could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  if ("kind" in source) return { file, ...source };
  try {
    const report = ingestText(file, source.text, source.headings, source.tables);
    return report.paragraphs.length > 0 ? report : { file, kind: "no-text", reason: "no text found" };
  } catch (error) {
    return { file, kind: "damaged", reason: `could not be processed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function readSource(ext: string, bytes: Uint8Array): Promise<ReportSource | SourceError> {
  if (ext === ".docx") return readDocx(bytes);
  if (ext === ".pdf") return readPdf(bytes);
  const decoded = decodeReportBytes(bytes);
  if ("error" in decoded) return { kind: decodeErrorKind(decoded.error), reason: decoded.error };
  // Tables first: stripping tags, joining lines and cleaning would tear their rows apart.
  const { text: withoutTables, tables } = takeTables(ext, decoded.text);
  let text = withoutTables;
  if (ext === ".html" || ext === ".htm" || looksLikeHtml(text)) text = stripHtml(text);
  // A page's text copied with its markup's references left in ("下降8.7%&nbsp;和5.7%"): the characters
  // they stand for (a report's own wording has no "&nbsp;").
  else text = decodeEntities(text);
  if (ext !== ".md") return { text, tables };
  // A front matter block's title is the report's title line, its other keys no part of its text
  // ("---\ntitle: 鞍山市政府工作报告（2025年1月6日 吴开华）\n---").
  text = text.replace(FRONT_MATTER, (_, block: string) => /^title:[ \t]*(.+)$/m.exec(block)?.[1]?.replace(/^["']|["']$/g, "") ?? "");
  // Markdown heading hashes are not part of the report's wording: "## 一、…" → "一、…" (a heading of level 2).
  const headings = new Map<string, number>();
  for (const match of text.matchAll(/^(#{1,6})[ \t]+(.+?)[ \t#]*$/gm)) headings.set(match[2]!.trim(), match[1]!.length);
  // A numbered heading in bold opening a line its paragraph goes on ("**一、2011年工作回顾** 2011年是…", 长春 2012) is
  // a line of its own.
  text = text.replace(BOLD_HEADING_THEN_TEXT, (all: string, heading: string, rest: string) =>
    parseHeadingMarker(heading.trim()) ? `**${heading}**\n${rest}` : all,
  );
  // Nor are bold marks; a line bold from end to end, short and no sentence, is a heading as a Word document's would be
  // ("**二、“十五五”时期主要目标和2026年工作安排**", 大连 2026).
  for (const match of text.matchAll(BOLD_LINE)) if (!headings.has(match[1]!.trim())) headings.set(match[1]!.trim(), BOLD_HEADING_LEVEL);
  return { text: text.replace(/^#{1,6}[ \t]+/gm, "").replaceAll("**", ""), headings, tables };
}

/** A YAML front matter block opening a Markdown file. */
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** A Markdown line bold from end to end, of at most 40 characters and ending in no sentence mark. */
const BOLD_LINE = /^[ \t]*\*\*([^*\n]{2,40}?)\*\*[ \t]*$/gm;
/** A bold run of at most 40 characters opening a line, and the text after it on that line. */
const BOLD_HEADING_THEN_TEXT = /^[ \t]*\*\*([^*\n]{2,40}?)\*\*[ \t]*(\S[^\n]*)$/gm;
/** Below any hash heading: bold lines title a report's parts and sections. */
const BOLD_HEADING_LEVEL = 3;

/** The tables of a text file by what it holds: Markdown pipe tables, HTML tables, or PDF text's columns. */
function takeTables(ext: string, text: string): { text: string; tables: Table[] } {
  const markdown = ext === ".md" ? extractMarkdownTables(text) : { text, tables: [] };
  const html = extractHtmlTables(markdown.text, markdown.tables.length);
  const pdfText = ext === ".txt" ? extractTextTables(html.html, markdown.tables.length + html.tables.length) : { text: html.html, tables: [] };
  return { text: pdfText.text, tables: [...markdown.tables, ...html.tables, ...pdfText.tables] };
}

function decodeErrorKind(error: string): RejectKind {
  if (error.startsWith("empty")) return "empty";
  if (error.startsWith("binary")) return "binary";
  return "undecodable";
}

export async function ingestFile(corpusDir: string, file: string, options: IngestOptions = {}): Promise<IngestedReport | RejectedFile> {
  const byName = rejectByName(file);
  if (byName) return byName;
  const path = join(corpusDir, file);
  let bytes: Uint8Array;
  try {
    const size = (await stat(path)).size;
    const limit = maxBytesFor(file, options);
    if (size > limit) return tooLarge(file, size, limit);
    bytes = await readFile(path);
  } catch (error) {
    return { file, kind: "unreadable", reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  return ingestBytes(file, bytes, options);
}

export function isRejected(result: IngestedReport | RejectedFile): result is RejectedFile {
  return "reason" in result;
}

/** Every file of a corpus folder, ingested one by one (no duplicate check: see search/build.ts). */
export async function ingestCorpus(corpusDir: string, options: IngestOptions = {}): Promise<{ reports: IngestedReport[]; rejected: RejectedFile[] }> {
  const reports: IngestedReport[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of await listCorpusFiles(corpusDir)) {
    const result = await ingestFile(corpusDir, file, options);
    if (isRejected(result)) rejected.push(result);
    else reports.push(result);
  }
  return { reports, rejected };
}
