/**
 * Corpus folder → index, incrementally.
 *
 *   scan    every file: its name (type), its size (limit), its bytes' sha1; byte-identical files
 *   plan    against the previous index's manifest: unchanged (same sha1) reports are reused as
 *           they are stored, neither read again nor segmented; new and changed files are read;
 *           files no longer there (or now rejected) are dropped
 *   read    new and changed files → reports (or rejections): admitReport, the one definition
 *           of a duplicate (the same bytes, or the same text, as a report already in the index)
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

  // plan: byte-identical files are one report (the one already indexed, else the first by name),
  // decided here from the scan so that the others are not read at all.
  const unique: ScannedFile[] = [];
  const bySha1 = new Map<string, ScannedFile[]>();
  for (const s of scanned) bySha1.set(s.sha1, [...(bySha1.get(s.sha1) ?? []), s]);
  for (const group of bySha1.values()) {
    const keeper = group.find((s) => manifest.get(s.file)?.sha1 === s.sha1) ?? group[0]!;
    unique.push(keeper);
    for (const s of group) {
      if (s !== keeper) rejected.push(duplicate(s.file, keeper.file, "bytes"));
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

  // read: each file is admitted against the reports of the new index so far, the kept ones and
  // those admitted before it (the same report in two files, a GBK copy or the Word version of a
  // text: the indexed one, else the first by name).
  const admitted: KnownReport[] = kept.map((s) => manifest.get(s.file)!);
  const accepted: ReadReport[] = [];
  for (const [i, s] of toRead.entries()) {
    onProgress({ phase: "read", done: i + 1, total: toRead.length, file: s.file });
    const result = await readReport(corpusDir, s, admitted, options);
    if (!result.ok) {
      rejected.push(result.rejection);
      const { kind, reason } = result.rejection;
      if (CACHEABLE.has(kind)) rejectionCache.push({ file: s.file, sha1: s.sha1, kind, reason });
      continue;
    }
    accepted.push({ scanned: s, status: manifest.has(s.file) ? "changed" : "new", report: result.report, textSha1: result.textSha1 });
    admitted.push({ file: s.file, sha1: result.sha1, textSha1: result.textSha1 });
  }

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

// ── one file ─────────────────────────────────────────────────────────────────

/** A report already in the index (or admitted before, in the same build), as a new file is checked against it. */
export type KnownReport = Pick<ManifestEntry, "file" | "sha1" | "textSha1">;

export type Admission =
  | { ok: true; report: IngestedReport; sha1: string; textSha1: string }
  /** `duplicate`: what the file repeats of a known report, when that is why it was refused. */
  | { ok: false; rejection: RejectedFile; duplicate?: "bytes" | "text" };

/**
 * One file's bytes → a report the index can take, or why not. The one definition of a duplicate,
 * used by the build (each new or changed file against the reports kept and admitted before it)
 * and by the bot's uploads (against the running index's manifest):
 *   1. the same bytes as a known report: refused before it is read (the same bytes as the known
 *      version of the same file is a duplicate of itself: nothing to update);
 *   2. ingest's own refusals (empty, binary, no text, damaged…);
 *   3. the same text as a known report under another name (a GBK copy, the Word version of a text).
 * Checks by name and size (rejectByName, maxBytesFor) come before the bytes are read and are the caller's.
 */
export async function admitReport(file: string, bytes: Uint8Array, known: readonly KnownReport[], options: IngestOptions = {}): Promise<Admission> {
  const digest = sha1(bytes);
  const sameBytes = known.find((k) => k.sha1 === digest);
  if (sameBytes) return { ok: false, rejection: duplicate(file, sameBytes.file, "bytes"), duplicate: "bytes" };
  const result = await ingestBytes(file, bytes, options);
  if (isRejected(result)) return { ok: false, rejection: result };
  const text = textSha1(result);
  const sameText = known.find((k) => k.textSha1 === text && k.file !== file);
  if (sameText) return { ok: false, rejection: duplicate(file, sameText.file, "text"), duplicate: "text" };
  return { ok: true, report: result, sha1: digest, textSha1: text };
}

function duplicate(file: string, original: string, same: "bytes" | "text"): RejectedFile {
  return { file, kind: "duplicate", reason: `duplicate of ${original} (the same ${same})`, duplicateOf: original };
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

async function readReport(corpusDir: string, s: ScannedFile, known: readonly KnownReport[], options: IngestOptions): Promise<Admission> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(corpusDir, s.file));
  } catch (error) {
    return { ok: false, rejection: { file: s.file, kind: "unreadable", reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` } };
  }
  const admission = await admitReport(s.file, bytes, known, options);
  // Changed between scan and read: the sha1 in the manifest must be of the bytes indexed.
  s.sha1 = admission.ok ? admission.sha1 : sha1(bytes);
  s.bytes = bytes.length;
  return admission;
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
