/**
 * Corpus folder → index, incrementally.
 *
 *   scan    every file: its name (type), its size (limit), its bytes' sha1; byte-identical files
 *   plan    against the previous index's manifest: unchanged (same sha1) reports are reused as
 *           they are stored, neither read again nor segmented; new and changed files are read;
 *           files no longer there (or now rejected) are dropped
 *   read    new and changed files → reports (or rejections); same text as another report
 *   index   new and changed reports → paragraphs and sentence documents (jieba)
 *   build   the kept reports' stored paragraphs and search postings, renumbered, with the new
 *           ones, in file order: the result equals a full build of the same corpus (the corpus
 *           dictionary of segment.ts is made again from all the stored text: it is the corpus')
 *   write   atomically (search-index.ts), only when something changed
 *
 * A full build (no previous index, another schema, other indexing code, or --full) is the same
 * with nothing kept.
 */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { listCorpusFiles } from "../../ingest/corpus.ts";
import { ingestBytes, isRejected, maxBytesFor, rejectByName, tooLarge, type IngestOptions } from "../../ingest/ingest.ts";
import type { IngestedReport, RejectedFile, RejectKind } from "../../ingest/types.ts";
import { builderFingerprint } from "./fingerprint.ts";
import { mergeIndex } from "./merge-index.ts";
import { describeReport, prepareReport, type IndexedReport, type PreparedReport } from "./report-paragraphs.ts";
import {
  dictionaryInputsKey,
  emptyIndexData,
  readIndexData,
  readIndexHeader,
  sha1,
  textSha1,
  writeIndexFile,
  type CachedRejection,
  type IndexData,
  type IndexHeader,
  type ManifestEntry,
} from "./search-index.ts";

export type ReportStatus = "new" | "changed" | "unchanged";

/** A line of the reindex table. */
export interface ReportRow extends Pick<IndexedReport, "file" | "title" | "date" | "paragraphs" | "figures"> {
  status: ReportStatus;
}

export type BuildPhase = "scan" | "read" | "index" | "build" | "write";

export interface ProgressEvent {
  phase: BuildPhase;
  /** Steps done in this phase, and of how many (build and write are one step). */
  done: number;
  total: number;
  file?: string;
}

export interface UpdateOptions extends IngestOptions {
  corpusDir: string;
  /** The previous index, reused for unchanged files (and, by updateIndexFile, the file written). */
  indexPath?: string;
  /** Read every file again, ignoring the previous index. */
  full?: boolean;
  /** Validate only: read new and changed files and report, but build nothing (no segmentation). */
  check?: boolean;
  /** Internal: why `full` was forced. */
  fullReasonOverride?: string;
  onProgress?: (event: ProgressEvent) => void;
}

export interface IndexUpdate {
  corpusDir: string;
  /** Every report of the new index, by file. */
  reports: ReportRow[];
  /** Every file that is not in it, by file, with the reason. */
  rejected: RejectedFile[];
  /** Files of the previous index that are not in the new one (deleted, or now rejected). */
  removed: string[];
  /** Why every file was read: null when the previous index was reused. */
  fullReason: string | null;
  /** Whether the new index differs from the previous one (false: up to date, nothing to write). */
  changed: boolean;
  /** The new index; null with `check`, or when nothing changed. */
  data: IndexData | null;
  totals: { paragraphs: number; figures: number };
  previousBuiltAt: string | null;
}

/** Rejections that depend on the bytes alone: remembered with the sha1, not read again while unchanged. */
const CACHEABLE: ReadonlySet<RejectKind> = new Set(["empty", "binary", "undecodable", "password", "damaged", "no-text"]);

interface ScannedFile {
  file: string;
  bytes: number;
  sha1: string;
}

interface ReadReport {
  scanned: ScannedFile;
  status: "new" | "changed";
  report: IngestedReport;
  textSha1: string;
}

export async function updateIndex(options: UpdateOptions): Promise<IndexUpdate> {
  const { corpusDir, indexPath, onProgress = () => {} } = options;
  const builder = await builderFingerprint();
  const found = await previousHeader(indexPath, builder, options.full === true);
  const previous = found.header;
  const fullReason = options.fullReasonOverride ?? found.reason;
  const manifest = new Map((previous?.manifest ?? []).map((m) => [m.file, m]));
  const cachedRejections = new Map((previous?.rejected ?? []).map((r) => [r.file, r]));

  // scan
  const files = await listCorpusFiles(corpusDir);
  const rejected: RejectedFile[] = [];
  const scanned: ScannedFile[] = [];
  for (const [i, file] of files.entries()) {
    onProgress({ phase: "scan", done: i + 1, total: files.length, file });
    const result = await scanFile(corpusDir, file, options);
    if ("reason" in result) rejected.push(result);
    else scanned.push(result);
  }

  // plan: byte-identical files are one report (the one already indexed, else the first by name).
  const unique: ScannedFile[] = [];
  const bySha1 = new Map<string, ScannedFile[]>();
  for (const s of scanned) bySha1.set(s.sha1, [...(bySha1.get(s.sha1) ?? []), s]);
  for (const group of bySha1.values()) {
    const keeper = group.find((s) => manifest.get(s.file)?.sha1 === s.sha1) ?? group[0]!;
    unique.push(keeper);
    for (const s of group) {
      if (s !== keeper) rejected.push({ file: s.file, kind: "duplicate", reason: `duplicate of ${keeper.file} (the same bytes)`, duplicateOf: keeper.file });
    }
  }
  unique.sort((a, b) => compareFiles(a.file, b.file));
  const kept: ScannedFile[] = [];
  const toRead: ScannedFile[] = [];
  const rejectionCache: CachedRejection[] = [];
  for (const s of unique) {
    const cachedRejection = cachedRejections.get(s.file);
    if (manifest.get(s.file)?.sha1 === s.sha1) kept.push(s);
    else if (cachedRejection?.sha1 === s.sha1) {
      rejected.push({ file: s.file, kind: cachedRejection.kind, reason: cachedRejection.reason });
      rejectionCache.push(cachedRejection);
    } else toRead.push(s);
  }

  // read
  const read: ReadReport[] = [];
  for (const [i, s] of toRead.entries()) {
    onProgress({ phase: "read", done: i + 1, total: toRead.length, file: s.file });
    const result = await readReport(corpusDir, s, options);
    if (isRejected(result)) {
      rejected.push(result);
      if (CACHEABLE.has(result.kind)) rejectionCache.push({ file: s.file, sha1: s.sha1, kind: result.kind, reason: result.reason });
    } else {
      read.push({ scanned: s, status: manifest.has(s.file) ? "changed" : "new", report: result, textSha1: textSha1(result) });
    }
  }
  // The same report in two files (a GBK copy, the Word version of a text): the indexed one, else the first.
  const texts = new Map(kept.map((s) => [manifest.get(s.file)!.textSha1, s.file]));
  const accepted = read.filter((r) => {
    const original = texts.get(r.textSha1);
    if (original === undefined) {
      texts.set(r.textSha1, r.scanned.file);
      return true;
    }
    rejected.push({ file: r.scanned.file, kind: "duplicate", reason: `duplicate of ${original} (the same text)`, duplicateOf: original });
    return false;
  });

  rejected.sort((a, b) => compareFiles(a.file, b.file));
  const inNewIndex = new Set([...kept.map((s) => s.file), ...accepted.map((r) => r.scanned.file)]);
  const removed = [...manifest.keys()].filter((file) => !inNewIndex.has(file)).sort(compareFiles);
  // New synonyms or asking words: the dictionary the index carries is made again (nothing is read again).
  const newDictionary = previous !== null && previous.dictionaryInputs !== dictionaryInputsKey();
  const changed = fullReason !== null || accepted.length > 0 || removed.length > 0 || newDictionary;

  // Rows of the table, in file order; kept rows come from the manifest.
  const newRows = new Map<string, ReportRow>();
  const prepared = new Map<string, PreparedReport>();
  for (const [i, r] of accepted.entries()) {
    if (options.check || !changed) {
      newRows.set(r.scanned.file, row(describeReport(r.report), r.status));
      continue;
    }
    onProgress({ phase: "index", done: i + 1, total: accepted.length, file: r.scanned.file });
    const p = prepareReport(r.report);
    prepared.set(r.scanned.file, p);
    newRows.set(r.scanned.file, row(p.report, r.status));
  }
  const rows: ReportRow[] = [...inNewIndex].sort(compareFiles).map((file) => newRows.get(file) ?? row(manifest.get(file)!, "unchanged"));
  const totals = { paragraphs: sum(rows.map((r) => r.paragraphs)), figures: sum(rows.map((r) => r.figures)) };
  const update: IndexUpdate = {
    corpusDir,
    reports: rows,
    rejected,
    removed,
    fullReason,
    changed,
    data: null,
    totals,
    previousBuiltAt: previous?.builtAt ?? null,
  };
  if (options.check || !changed || rows.length === 0) return update;

  // build
  onProgress({ phase: "build", done: 0, total: 1 });
  const entries: ManifestEntry[] = rows.map((line) => {
    const r = accepted.find((a) => a.scanned.file === line.file);
    return r ? manifestEntry(r.scanned, r.textSha1, line) : manifest.get(line.file)!;
  });
  if (kept.length > 0) {
    try {
      const previousData = await readIndexData(indexPath!);
      update.data = mergeIndex(rows.map((r) => r.file), prepared, previousData, entries, rejectionCache, builder);
    } catch (error) {
      // The header was fine but the body is not (cut short, or not the header's): read everything again.
      return updateIndex({ ...options, full: true, fullReasonOverride: `the previous index is damaged (${(error as Error).message.replace(/ \(.*$/s, "")})` });
    }
  } else {
    update.data = mergeIndex(rows.map((r) => r.file), prepared, null, entries, rejectionCache, builder);
  }
  onProgress({ phase: "build", done: 1, total: 1 });
  return update;
}

export interface FileUpdate extends IndexUpdate {
  indexPath: string;
  /** Whether a new index file was written (false: check, up to date, or nothing usable). */
  written: boolean;
  /** Size of the index file now at indexPath, when there is one. */
  bytes: number | null;
}

/** updateIndex, then write the new index atomically when there is one; a failed write throws, the old file stays. */
export async function updateIndexFile(options: UpdateOptions & { indexPath: string }): Promise<FileUpdate> {
  const update = await updateIndex(options);
  const onProgress = options.onProgress ?? (() => {});
  if (!update.data) {
    const bytes = await stat(options.indexPath).then((s) => s.size, () => null);
    return { ...update, indexPath: options.indexPath, written: false, bytes };
  }
  onProgress({ phase: "write", done: 0, total: 1 });
  const bytes = await writeIndexFile(update.data, options.indexPath);
  onProgress({ phase: "write", done: 1, total: 1 });
  return { ...update, indexPath: options.indexPath, written: true, bytes };
}

export interface BuildResult {
  /** The header of the index written (an empty one when nothing was usable). */
  header: IndexHeader;
  rejected: RejectedFile[];
}

/** Full build of a corpus into indexPath (written only when a report was usable). */
export async function rebuildIndexFile(corpusDir: string, indexPath: string): Promise<BuildResult> {
  const update = await updateIndexFile({ corpusDir, indexPath, full: true });
  return { header: (update.data ?? emptyIndexData()).header, rejected: update.rejected };
}

// ── steps ────────────────────────────────────────────────────────────────────

async function previousHeader(indexPath: string | undefined, builder: string, full: boolean): Promise<{ header: IndexHeader | null; reason: string | null }> {
  if (full) return { header: null, reason: "--full" };
  if (!indexPath) return { header: null, reason: "no previous index" };
  try {
    const header = await readIndexHeader(indexPath);
    if (header.builder !== builder) return { header: null, reason: "the indexing code changed since the last build" };
    return { header, reason: null };
  } catch (error) {
    const code = ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ENOENT") return { header: null, reason: `no index at ${indexPath} yet` };
    return { header: null, reason: `the previous index is not usable: ${(error as Error).message.replace(/ \(.*$/, "")}` };
  }
}

async function scanFile(corpusDir: string, file: string, options: IngestOptions): Promise<ScannedFile | RejectedFile> {
  const byName = rejectByName(file);
  if (byName) return byName;
  const path = join(corpusDir, file);
  try {
    const size = (await stat(path)).size;
    const limit = maxBytesFor(file, options);
    if (size > limit) return tooLarge(file, size, limit);
    const bytes = await readFile(path);
    return { file, bytes: bytes.length, sha1: sha1(bytes) };
  } catch (error) {
    return { file, kind: "unreadable", reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

async function readReport(corpusDir: string, s: ScannedFile, options: IngestOptions): Promise<IngestedReport | RejectedFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(corpusDir, s.file));
  } catch (error) {
    return { file: s.file, kind: "unreadable", reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  // Changed between scan and read: the sha1 in the manifest must be of the bytes indexed.
  s.sha1 = sha1(bytes);
  s.bytes = bytes.length;
  return ingestBytes(s.file, bytes, options);
}

function manifestEntry(s: ScannedFile, text: string, line: ReportRow): ManifestEntry {
  return { file: s.file, bytes: s.bytes, sha1: s.sha1, textSha1: text, title: line.title, date: line.date, paragraphs: line.paragraphs, figures: line.figures };
}

function row(report: Pick<IndexedReport, "file" | "title" | "date" | "paragraphs" | "figures">, status: ReportStatus): ReportRow {
  return { file: report.file, title: report.title, date: report.date, paragraphs: report.paragraphs, figures: report.figures, status };
}

function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
