/**
 * The index file on disk: two lines of JSON, a small header (version, build time, the fingerprint
 * of the code that built it, counts, the corpus manifest) and the body (reports, paragraphs,
 * sentences, bigram counts, the corpus dictionary, the serialized sentence index). Written
 * atomically; read whole, or the header alone (reindexing decides from it whether there is
 * anything to do). A file this code cannot read is refused with a message that says what to do.
 */
import { createHash } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import type { RejectKind } from "../ingest/types.ts";
import type { IndexedReport, StoredParagraph } from "./report-sentences.ts";
import type { SerializedSentenceIndex } from "./sentence-index.ts";

export const INDEX_SCHEMA_VERSION = 3;

export interface ManifestEntry {
  /** Path relative to the corpus folder: the report's id. */
  file: string;
  bytes: number;
  /** Of the file's bytes: an unchanged file is not read again by the next reindex. */
  sha1: string;
  /** Of the report's paragraph text: the same report in another file (GBK copy, Word version) is a duplicate. */
  textSha1: string;
  /** The report's row of the reindex table, so that an unchanged corpus is reported from the header alone. */
  title: string;
  date: string;
  paragraphs: number;
  figures: number;
}

/** A file rejected for what it holds (not for its name, size or a duplicate): not read again while unchanged. */
export interface CachedRejection {
  file: string;
  sha1: string;
  kind: RejectKind;
  reason: string;
}

export interface IndexHeader {
  version: number;
  builtAt: string;
  /** Fingerprint of the code that built the index (see fingerprint.ts): another one means a full reindex. */
  builder: string;
  /** Of the words the dictionary carries beyond the corpus' (synonyms, asking words): another one means a new dictionary. */
  dictionaryInputs: string;
  reports: number;
  paragraphs: number;
  sentences: number;
  manifest: ManifestEntry[];
  rejected: CachedRejection[];
}

export interface IndexBody {
  reports: IndexedReport[];
  paragraphs: StoredParagraph[];
  /** Sentence id → [paragraph index, sentence index]. */
  sentences: Array<[number, number]>;
  gramFrequency: Array<[string, number]>;
  /** The lines of jieba's dictionary this corpus uses (see segment.ts). */
  dictionary: string;
  miniSearch: SerializedSentenceIndex;
}

/** The index as stored: plain data, what an incremental reindex reads and merges. */
export interface IndexData {
  header: IndexHeader;
  body: IndexBody;
}

export class IndexLoadError extends Error {
  readonly path: string;
  constructor(path: string, message: string, options?: { cause?: unknown }) {
    super(`${message} (${path}). Rebuild it with: npm run reindex`, options);
    this.name = "IndexLoadError";
    this.path = path;
  }
}

export function sha1(bytes: Uint8Array | string): string {
  return createHash("sha1").update(bytes).digest("hex");
}


/**
 * Writes atomically: a temp file beside the target, fsync, rename over it, fsync the folder. A
 * reader (the bot) sees the old file or the new one, never half of one; a failure leaves the old
 * one untouched. Returns the file's size in bytes.
 */
export async function writeIndexFile(data: IndexData, path: string): Promise<number> {
  const text = `${JSON.stringify(data.header)}\n${JSON.stringify(data.body)}\n`;
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await open(tmp, "w");
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
  return Buffer.byteLength(text);
}

/** So that the rename itself survives a power cut. Best effort: not every file system allows it. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // EISDIR/EINVAL/EPERM on some systems: the data itself was synced already.
  }
}

/** Bytes of the header line looked at before deciding it is not an index of this version. */
const MAX_HEADER_BYTES = 4 * 1024 * 1024;

/** The header alone, without reading the body: is there an index, which version, which files. */
export async function readIndexHeader(path: string): Promise<IndexHeader> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (cause) {
    throw new IndexLoadError(path, "The index file cannot be read", { cause });
  }
  try {
    const chunks: Buffer[] = [];
    let length = 0;
    const buffer = Buffer.alloc(64 * 1024);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, length);
      if (bytesRead === 0) break;
      const chunk = Buffer.from(buffer.subarray(0, bytesRead));
      const newline = chunk.indexOf(0x0a);
      chunks.push(newline >= 0 ? chunk.subarray(0, newline) : chunk);
      length += bytesRead;
      if (newline >= 0 || length >= MAX_HEADER_BYTES) break;
    }
    return parseHeader(Buffer.concat(chunks).toString("utf8"), path);
  } finally {
    await handle.close();
  }
}

function parseHeader(line: string, path: string): IndexHeader {
  let header: IndexHeader;
  try {
    header = JSON.parse(line) as IndexHeader;
  } catch (cause) {
    // A version-1 index is one long line of JSON: say which version it is rather than "corrupt".
    const version = /^\{"version":(\d+)/.exec(line)?.[1];
    if (version !== undefined && Number(version) !== INDEX_SCHEMA_VERSION) throw versionError(path, Number(version));
    throw new IndexLoadError(path, "The index file is not valid JSON (truncated or corrupt)", { cause });
  }
  if (!header || typeof header !== "object") throw new IndexLoadError(path, "The index file does not start with an index header");
  if (header.version !== INDEX_SCHEMA_VERSION) throw versionError(path, header.version);
  const countsAreNumbers = [header.reports, header.paragraphs, header.sentences].every((n) => Number.isInteger(n));
  if (!Array.isArray(header.manifest) || typeof header.builtAt !== "string" || !countsAreNumbers) {
    throw new IndexLoadError(path, "The index file's header lacks its manifest or build time");
  }
  header.rejected ??= [];
  return header;
}

function versionError(path: string, version: unknown): IndexLoadError {
  return new IndexLoadError(path, `The index file has schema version ${String(version)}, this program reads version ${INDEX_SCHEMA_VERSION}`);
}

/** The stored data, checked for consistency (an incremental reindex merges it). */
export async function readIndexData(path: string): Promise<IndexData> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (cause) {
    throw new IndexLoadError(path, "The index file cannot be read", { cause });
  }
  return parseIndexData(raw, path);
}

export function parseIndexData(raw: string, path: string): IndexData {
  const newline = raw.indexOf("\n");
  const header = parseHeader(newline < 0 ? raw : raw.slice(0, newline), path);
  let body: IndexBody;
  try {
    body = JSON.parse(raw.slice(newline + 1)) as IndexBody;
  } catch (cause) {
    throw new IndexLoadError(path, "The index file is not valid JSON (truncated or corrupt)", { cause });
  }
  if (!body || !Array.isArray(body.reports) || !Array.isArray(body.paragraphs) || !Array.isArray(body.sentences) || !Array.isArray(body.gramFrequency)) {
    throw new IndexLoadError(path, "The index file lacks reports, paragraphs or sentences");
  }
  const counts = [body.reports.length, body.paragraphs.length, body.sentences.length, body.miniSearch?.documentCount];
  if (counts.join() !== [header.reports, header.paragraphs, header.sentences, header.sentences].join()) {
    throw new IndexLoadError(path, `The index file's parts do not match its header (${counts.join("/")} against ${header.reports}/${header.paragraphs}/${header.sentences})`);
  }
  return { header, body };
}
