/**
 * Corpus folder → index, incrementally.
 *
 *   scan    every file: its name (type), its size (limit), its bytes' sha1; byte-identical files;
 *           sidecars (X.txt.meta: corrections of a report's metadata, ingest/sidecar.ts) are read
 *           and parsed every time (a few lines), never listed as reports
 *   plan    against the previous index's manifest: unchanged (same sha1, same sidecar sha1) reports
 *           are reused as they are stored, neither read again nor segmented; new and changed files
 *           (or files whose sidecar changed) are read; files no longer there (or now rejected) are
 *           dropped
 *   read    new and changed files → reports (or rejections): admitReport, the one definition
 *           of a duplicate (the same bytes, or the same text, as a report already in the index);
 *           then the sidecar's corrections, field by field
 *   index   new and changed reports → paragraphs and sentence documents (jieba)
 *   build   the kept reports' stored paragraphs and search postings, renumbered, with the new
 *           ones, in file order: the result equals a full build of the same corpus (the corpus
 *           dictionary of segment.ts is made again from all the stored text: it is the corpus')
 *   write   atomically (search-index.ts), only when something changed
 *
 * A full build (no previous index, another schema, other indexing code, or --full) is the same
 * with nothing kept.
 */
import { readFileSync, statSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { listCorpus } from "../../ingest/corpus.ts";
import { ingestBytes, isRejected, maxBytesFor, rejectByName, tooLarge, type IngestOptions } from "../../ingest/ingest.ts";
import {
  applySidecar,
  MAX_SIDECAR_BYTES,
  parseSidecar,
  reportOfSidecar,
  sidecarOf,
  tooLargeSidecar,
  type ParsedSidecar,
  type SidecarField,
} from "../../ingest/sidecar.ts";
import type { IngestedReport, RejectedFile, RejectKind } from "../../ingest/types.ts";
import { builderFingerprint } from "./fingerprint.ts";
import { settledBefore } from "./file-times.ts";
import { mergeIndex } from "./merge-index.ts";
import { useFullDictionary } from "../../zh/segment.ts";
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

/** What a line of the reindex table shows of a report (the manifest keeps it for unchanged ones). */
type RowFields = "file" | "title" | "date" | "year" | "genre" | "issuer" | "place" | "period" | "published" | "paragraphs" | "figures";

/** A line of the reindex table. */
export interface ReportRow extends Pick<IndexedReport, RowFields> {
  status: ReportStatus;
  /** The fields its sidecar (X.txt.meta) set, when it set any. */
  corrected?: SidecarField[];
}

/**
 * Something an admin may want to fix that does not stop a report from being indexed: a report
 * whose place or period could not be inferred (fixed with a sidecar), a sidecar's problem, a
 * sidecar without its report.
 */
export interface ReindexWarning {
  /** The report, or the sidecar (X.txt.meta) the warning is about. */
  file: string;
  kind: "no-place" | "no-period" | "sidecar" | "sidecar-orphan" | "sidecar-unused";
  /** The sidecar's line, for a problem on one. */
  line?: number;
  /** What is wrong and what to do, in one sentence. */
  message: string;
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
  /**
   * The previous state when it is not an index file (the PostgreSQL store's), with the reason
   * every file must be read again (null: reuse it). Without it, the header at indexPath.
   */
  previous?: { header: IndexHeader | null; reason: string | null };
  /**
   * Leave the new index unassembled (default false): `prepared` holds the new and changed
   * reports, for a store that writes reports one by one instead of one index.
   */
  unassembled?: boolean;
  /**
   * With `unassembled`: each new or changed report as soon as it is prepared, with its manifest
   * entry, instead of in `prepared` (a store writes it, and the process does not hold them all).
   */
  onPrepared?: (file: string, prepared: PreparedReport, entry: ManifestEntry) => Promise<void>;
  onProgress?: (event: ProgressEvent) => void;
}

export interface IndexUpdate {
  corpusDir: string;
  /** Every report of the new index, by file. */
  reports: ReportRow[];
  /** Every file that is not in it, by file, with the reason. */
  rejected: RejectedFile[];
  /** Reports indexed with a field unknown, and sidecar problems, by file. */
  warnings: ReindexWarning[];
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
  /** With `unassembled`: the new and changed reports, by file, prepared for storing. */
  prepared: ReadonlyMap<string, PreparedReport>;
  /** The manifest of the new state, in file order (empty with `check` or nothing changed). */
  entries: ManifestEntry[];
  /** Rejections remembered with the new state (not read again while unchanged). */
  rejectionCache: CachedRejection[];
}

/** Rejections that depend on the bytes alone: remembered with the sha1, not read again while unchanged. */
const CACHEABLE: ReadonlySet<RejectKind> = new Set(["empty", "binary", "undecodable", "password", "damaged", "no-text"]);

interface ScannedFile {
  file: string;
  bytes: number;
  sha1: string;
  mtimeMs: number;
  sidecar?: ScannedSidecar;
}

interface ScannedSidecar {
  file: string;
  sha1: string;
  parsed: ParsedSidecar;
}

interface ReadReport {
  scanned: ScannedFile;
  status: "new" | "changed";
  /** Null once handed to a store that takes reports one by one (UpdateOptions.onPrepared). */
  report: IngestedReport | null;
  textSha1: string;
  corrected: SidecarField[];
}

export async function updateIndex(options: UpdateOptions): Promise<IndexUpdate> {
  const { corpusDir, indexPath, onProgress = () => {} } = options;
  const builder = await builderFingerprint();
  const found = options.previous ?? (await previousHeader(indexPath, builder, options.full === true));
  const previous = found.header;
  const fullReason = options.fullReasonOverride ?? found.reason;
  const manifest = new Map((previous?.manifest ?? []).map((m) => [m.file, m]));
  const cachedRejections = new Map((previous?.rejected ?? []).map((r) => [r.file, r]));

  // scan
  const { files, sidecars: sidecarFiles } = await listCorpus(corpusDir);
  const sidecars = new Map<string, ScannedSidecar>();
  for (const file of sidecarFiles) sidecars.set(reportOfSidecar(file), await scanSidecar(corpusDir, file));
  const rejected: RejectedFile[] = [];
  const scanned: ScannedFile[] = [];
  for (const [i, file] of files.entries()) {
    onProgress({ phase: "scan", done: i + 1, total: files.length, file });
    const result = scanFile(corpusDir, file, options, manifest.get(file), previous?.builtAt);
    if ("reason" in result) rejected.push(result);
    else {
      const sidecar = sidecars.get(file);
      scanned.push(sidecar ? { ...result, sidecar } : result);
    }
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
    if (unchanged(manifest.get(s.file), s)) kept.push(s);
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
  // A store that takes reports one by one (onPrepared) gets each as soon as it is read, and the
  // process keeps only its row: a reindex of 50,000 reports does not hold them all in memory.
  // (A report accepted means the new state differs: nothing is written for an unchanged corpus.)
  const streaming = options.unassembled === true && options.onPrepared !== undefined && !options.check;
  const streamed = new Map<string, ReportRow>();
  // Reports are segmented with jieba's full dictionary, whatever this process answered with.
  if (toRead.length > 0) useFullDictionary();
  for (const [i, s] of toRead.entries()) {
    onProgress({ phase: "read", done: i + 1, total: toRead.length, file: s.file });
    const result = await readReport(corpusDir, s, admitted, options);
    if (!result.ok) {
      rejected.push(result.rejection);
      const { kind, reason } = result.rejection;
      if (CACHEABLE.has(kind)) rejectionCache.push({ file: s.file, sha1: s.sha1, kind, reason });
      continue;
    }
    const { report, corrected } = applySidecar(result.report.report, s.sidecar?.parsed.corrections ?? {});
    const ingested: IngestedReport = { ...result.report, report };
    const read: ReadReport = { scanned: s, status: manifest.has(s.file) ? "changed" : "new", report: ingested, textSha1: result.textSha1, corrected };
    admitted.push({ file: s.file, sha1: result.sha1, textSha1: result.textSha1 });
    if (streaming) {
      const p = prepareReport(ingested);
      const line = row(p.report, read.status, read.corrected);
      streamed.set(s.file, line);
      await options.onPrepared!(s.file, p, manifestEntry(s, read.textSha1, line));
      // Only what the rows and the manifest need is kept.
      accepted.push({ ...read, report: null });
    } else accepted.push(read);
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
    const done = streamed.get(r.scanned.file);
    if (done) {
      newRows.set(r.scanned.file, done);
      continue;
    }
    // Not streamed: the report is still here.
    const ingested = r.report!;
    if (options.check || !changed) {
      newRows.set(r.scanned.file, row(describeReport(ingested), r.status, r.corrected));
      continue;
    }
    onProgress({ phase: "index", done: i + 1, total: accepted.length, file: r.scanned.file });
    const p = prepareReport(ingested);
    const line = row(p.report, r.status, r.corrected);
    newRows.set(r.scanned.file, line);
    if (options.unassembled && options.onPrepared) await options.onPrepared(r.scanned.file, p, manifestEntry(r.scanned, r.textSha1, line));
    else prepared.set(r.scanned.file, p);
  }
  const rows: ReportRow[] = [...inNewIndex].sort(compareFiles).map((file) => {
    const entry = manifest.get(file)!;
    return newRows.get(file) ?? row(entry, "unchanged", entry.corrected ?? []);
  });
  const totals = { paragraphs: sum(rows.map((r) => r.paragraphs)), figures: sum(rows.map((r) => r.figures)) };
  const update: IndexUpdate = {
    corpusDir,
    reports: rows,
    rejected,
    warnings: reindexWarnings(rows, files, sidecars, rejected),
    removed,
    fullReason,
    changed,
    data: null,
    totals,
    previousBuiltAt: previous?.builtAt ?? null,
    prepared,
    entries: [],
    rejectionCache,
  };
  if (options.check || !changed) return update;
  const acceptedByFile = new Map(accepted.map((a) => [a.scanned.file, a]));
  const keptByFile = new Map(kept.map((k) => [k.file, k]));
  update.entries = rows.map((line) => {
    const r = acceptedByFile.get(line.file);
    if (r) return manifestEntry(r.scanned, r.textSha1, line);
    // A kept file touched since (same bytes, a new time): its time as scanned now.
    const entry = manifest.get(line.file)!;
    const scanned = keptByFile.get(line.file);
    return scanned ? { ...entry, mtimeMs: scanned.mtimeMs } : entry;
  });
  if (rows.length === 0 || options.unassembled) return update;

  // build
  onProgress({ phase: "build", done: 0, total: 1 });
  const entries = update.entries;
  try {
    // The kept reports' paragraphs and postings come from the previous index.
    const previousData = kept.length > 0 ? await readIndexData(indexPath!) : null;
    update.data = mergeIndex(
      rows.map((r) => r.file),
      prepared,
      previousData,
      entries,
      rejectionCache,
      builder,
    );
  } catch (error) {
    if (kept.length === 0) throw error;
    // The header was fine but the body is not (cut short, or not the header's): read everything again.
    return updateIndex({ ...options, full: true, fullReasonOverride: `the previous index is damaged (${(error as Error).message.replace(/ \(.*$/s, "")})` });
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
    const bytes = await stat(options.indexPath).then(
      (s) => s.size,
      () => null,
    );
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

/** Whether a file's size and modification time are those the index recorded, well before it was built (file-times.ts). */
function sameAsIndexed(entry: ManifestEntry | undefined, size: number, mtimeMs: number, builtAt: string | undefined): entry is ManifestEntry {
  return entry?.mtimeMs === mtimeMs && entry.bytes === size && builtAt !== undefined && settledBefore(mtimeMs, Date.parse(builtAt));
}

function scanFile(corpusDir: string, file: string, options: IngestOptions, indexed?: ManifestEntry, builtAt?: string): ScannedFile | RejectedFile {
  const byName = rejectByName(file);
  if (byName) return byName;
  const path = join(corpusDir, file);
  try {
    // Read synchronously: a corpus is many small files, and an asynchronous read costs the main
    // thread more bookkeeping (open, stat, read, close) than the read itself (53 reports: 25 ms).
    const { size, mtimeMs } = statSync(path);
    const limit = maxBytesFor(file, options);
    if (size > limit) return tooLarge(file, size, limit);
    // The file as the index recorded it (git's rule for an unchanged work tree): not read again.
    if (sameAsIndexed(indexed, size, mtimeMs, builtAt)) return { file, bytes: size, sha1: indexed.sha1, mtimeMs };
    const bytes = readFileSync(path);
    return { file, bytes: bytes.length, sha1: sha1(bytes), mtimeMs };
  } catch (error) {
    return { file, kind: "unreadable", reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
}

async function readReport(corpusDir: string, s: ScannedFile, known: readonly KnownReport[], options: IngestOptions): Promise<Admission> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(corpusDir, s.file));
  } catch (error) {
    return {
      ok: false,
      rejection: { file: s.file, kind: "unreadable", reason: `cannot read file: ${(error as NodeJS.ErrnoException).code ?? String(error)}` },
    };
  }
  const admission = await admitReport(s.file, bytes, known, options);
  // Changed between scan and read: the sha1 in the manifest must be of the bytes indexed.
  s.sha1 = admission.ok ? admission.sha1 : sha1(bytes);
  s.bytes = bytes.length;
  return admission;
}

/** Whether a file is the one the previous index holds: the same bytes, and the same sidecar (or none, as then). */
function unchanged(entry: ManifestEntry | undefined, s: ScannedFile): boolean {
  return entry !== undefined && entry.sha1 === s.sha1 && (entry.sidecarSha1 ?? null) === (s.sidecar?.sha1 ?? null);
}

function manifestEntry(s: ScannedFile, text: string, line: ReportRow): ManifestEntry {
  const { status: _, ...fields } = line;
  return { ...fields, bytes: s.bytes, sha1: s.sha1, mtimeMs: s.mtimeMs, textSha1: text, ...(s.sidecar ? { sidecarSha1: s.sidecar.sha1 } : {}) };
}

function row(report: Pick<IndexedReport, RowFields>, status: ReportStatus, corrected: readonly SidecarField[]): ReportRow {
  const { file, title, date, year, genre, issuer, place, period, published, paragraphs, figures } = report;
  // A manifest written before a field existed has none (a full build follows, as the code changed).
  return {
    file,
    title,
    date,
    year: year ?? null,
    genre: genre ?? "其他",
    issuer: issuer ?? "",
    place: place ?? null,
    period: period ?? null,
    published: published ?? "",
    paragraphs,
    figures,
    status,
    ...(corrected.length > 0 ? { corrected: [...corrected] } : {}),
  };
}

// ── sidecars and warnings ───────────────────────────────────────────────────

async function scanSidecar(corpusDir: string, file: string): Promise<ScannedSidecar> {
  const path = join(corpusDir, file);
  try {
    const size = (await stat(path)).size;
    // Not read past the limit: a report saved under a sidecar's name.
    if (size > MAX_SIDECAR_BYTES) return { file, sha1: `size:${size}`, parsed: tooLargeSidecar(size) };
    const bytes = await readFile(path);
    return { file, sha1: sha1(bytes), parsed: parseSidecar(bytes) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file, sha1: `unreadable:${code}`, parsed: { corrections: {}, problems: [{ line: null, message: `cannot read the sidecar: ${code}` }] } };
  }
}

/**
 * What an admin may want to fix: sidecar problems (with their line), sidecars without their report
 * or whose report is not indexed, and reports indexed without a place or a period.
 */
function reindexWarnings(
  rows: readonly ReportRow[],
  files: readonly string[],
  sidecars: ReadonlyMap<string, ScannedSidecar>,
  rejected: readonly RejectedFile[],
): ReindexWarning[] {
  const warnings: ReindexWarning[] = [];
  const listed = new Set(files);
  const rejectedKind = new Map(rejected.map((r) => [r.file, r.kind]));
  for (const [report, sidecar] of sidecars) {
    for (const problem of sidecar.parsed.problems) {
      warnings.push({ file: sidecar.file, kind: "sidecar", ...(problem.line !== null ? { line: problem.line } : {}), message: problem.message });
    }
    if (!listed.has(report)) {
      warnings.push({ file: sidecar.file, kind: "sidecar-orphan", message: orphanMessage(sidecar.file, files) });
    } else if (rejectedKind.has(report)) {
      warnings.push({ file: sidecar.file, kind: "sidecar-unused", message: `not used: its report ${report} is not indexed (${rejectedKind.get(report)})` });
    }
  }
  for (const r of rows) {
    const sidecar = sidecarOf(r.file);
    if (!r.place) {
      warnings.push({
        file: r.file,
        kind: "no-place",
        message: `no place could be inferred: write the line "place: …" (a province, city or county: 合肥市, 上海市普陀区; or 全国) in ${sidecar}`,
      });
    }
    if (!r.period) {
      warnings.push({
        file: r.file,
        kind: "no-period",
        message: `no period could be inferred: write the line "period: …" (the years its figures describe: 2024, or 2021-2025) in ${sidecar}`,
      });
    }
  }
  // By file; a file's own in the order found (a sidecar's by line, its closing count last).
  return warnings.sort((a, b) => compareFiles(a.file, b.file));
}

/** A sidecar whose report is not there: the report it may have meant (its name without .meta's extension, or in other case). */
function orphanMessage(sidecar: string, files: readonly string[]): string {
  const report = reportOfSidecar(sidecar);
  const stem = (f: string) => f.replace(/\.[^./]*$/, "").toLowerCase();
  const meant = files.filter((f) => f.toLowerCase() === report.toLowerCase() || stem(f) === report.toLowerCase());
  const rename = meant.length === 1 ? `: rename it ${sidecarOf(meant[0]!)}` : `: a sidecar is named after its report plus .meta (X.txt → X.txt.meta)`;
  return `no report ${report} beside it${rename}`;
}

export function compareFiles(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
