/**
 * The index file on disk: a line of JSON, the header (version, build time, the fingerprint of the
 * code that built it, counts, the corpus manifest), then the body gzipped (reports, paragraphs,
 * bigram counts, the corpus dictionary, the serialized paragraph index). Written atomically; read
 * whole, or the header alone (reindexing decides from it whether there is anything to do). A file
 * this code cannot read is refused with a message that says what to do.
 *
 * The body is gzipped because most of it is the reports' own text (Chinese, three bytes a
 * character in UTF-8): gzip makes the file about a third of its size and costs about 20 ms to
 * undo at load. Inside the gzip, the body is JSON lines of [part, value], long arrays cut into
 * chunks: no single string grows with the corpus past what V8 allows (512 MB).
 *
 * Two ways to read it: whole (`readIndexData`: plain data, what a reindex merges), or for answering
 * (`readIndexForSearch`): the same, except that the search postings, a third of the body and most
 * of its parsing, are not parsed. Their lines are scanned for where each term's postings start and
 * end (one indexOf or two a term), and a term's postings are parsed when a search first asks for it
 * (paragraph-index.ts): a process that answers one question parses a dozen terms' postings, not
 * 20,000. The bigram counts are kept as their lines and looked up there (gram-counts.ts) until a
 * serving process has asked for enough of them to make them a Map. Either way the body is gunzipped as a stream, off the main thread,
 * while the main thread parses the lines already there.
 */
import { once } from "node:events";
import { createHash } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";
import { StringDecoder } from "node:string_decoder";
import { dictionaryKey } from "../../zh/segment.ts";
import { createGunzip, createGzip } from "node:zlib";
import type { SidecarField } from "../../ingest/sidecar.ts";
import type { RejectKind, Report } from "../../ingest/types.ts";
import { type GramCounts, StoredGramCounts } from "./gram-counts.ts";
import type { SerializedParagraphIndex } from "./paragraph-index.ts";
import type { IndexedReport, StoredParagraph } from "./report-paragraphs.ts";
import { GRAMS_LINE, isGramsLine, POSTINGS_LINE, scanPostings } from "./scanned-lines.ts";

/** 5: reports carry the document model (genre, issuer, place, period, published). */
export const INDEX_SCHEMA_VERSION = 5;

export interface ManifestEntry {
  /** Path relative to the corpus folder: the report's id. */
  file: string;
  bytes: number;
  /** Of the file's bytes: an unchanged file is not read again by the next reindex. */
  sha1: string;
  /**
   * The file's modification time when it was scanned: a file of the same size and time is taken for
   * the same bytes without reading it (build.ts sameAsIndexed). Absent in an index built before.
   */
  mtimeMs?: number;
  /** Of the report's paragraph text: the same report in another file (GBK copy, Word version) is a duplicate. */
  textSha1: string;
  /** Of its sidecar's bytes (X.txt.meta, ingest/sidecar.ts), when it has one: a changed sidecar makes the report read again. */
  sidecarSha1?: string;
  /** The report's row of the reindex table, so that an unchanged corpus is reported from the header alone. */
  title: string;
  date: string;
  year: Report["year"];
  genre: Report["genre"];
  issuer: string;
  place: Report["place"];
  period: Report["period"];
  published: string;
  /** The fields its sidecar set, when it set any. */
  corrected?: SidecarField[];
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
  /** segment.ts's dictionaryKey of the body's corpus dictionary (a reader may load jieba with it before the body is read). */
  dictionaryKey?: string;
  reports: number;
  paragraphs: number;
  sentences: number;
  manifest: ManifestEntry[];
  rejected: CachedRejection[];
}

export interface IndexBody {
  reports: IndexedReport[];
  paragraphs: StoredParagraph[];
  gramFrequency: Array<[string, number]>;
  /** The lines of jieba's dictionary this corpus uses (see segment.ts). */
  dictionary: string;
  /** One document per paragraph, the paragraph's index as its id. */
  miniSearch: SerializedParagraphIndex;
}

/** The index as stored: plain data, what an incremental reindex reads and merges. */
export interface IndexData {
  header: IndexHeader;
  body: IndexBody;
}

/** The body as read for answering: the search postings as the JSON text of each term's, unparsed. */
export interface SearchBody extends Omit<IndexBody, "miniSearch" | "gramFrequency"> {
  /** MiniSearch's serialized form without its postings. */
  miniSearch: Omit<SerializedParagraphIndex, "index">;
  /** Every term, in the stored order → its postings (a value of MiniSearch's serialized `index`) as JSON text. */
  postings: Map<string, string>;
  /** IndexBody.gramFrequency, looked up in its lines until it is worth a Map. */
  gramFrequency: GramCounts;
}

/** The index as read for answering (see readIndexForSearch). */
export interface SearchData {
  header: IndexHeader;
  body: SearchBody;
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
  const header = Buffer.from(`${JSON.stringify({ ...data.header, dictionaryKey: dictionaryKey(data.body.dictionary) })}\n`);
  const body = await gzipLines(bodyLines(data.body));
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    const handle = await open(tmp, "w");
    try {
      await handle.writeFile(header);
      await handle.writeFile(body);
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
  return header.length + body.length;
}

/** Items per line for the long arrays of the body. */
const CHUNK = 5000;

/** The body as JSON lines of [part, value]; a long array is several lines of the same part. */
function* bodyLines(body: IndexBody): Generator<string> {
  const { index, ...miniSearch } = body.miniSearch;
  yield* chunkLines("reports", body.reports);
  yield* chunkLines("paragraphs", body.paragraphs);
  yield* chunkLines("gramFrequency", body.gramFrequency);
  yield JSON.stringify(["dictionary", body.dictionary]);
  yield JSON.stringify(["miniSearch", miniSearch]);
  yield* chunkLines("miniSearch.index", index);
}

function* chunkLines(part: string, items: readonly unknown[]): Generator<string> {
  for (let i = 0; i < items.length; i += CHUNK) yield JSON.stringify([part, items.slice(i, i + CHUNK)]);
}

async function gzipLines(lines: Iterable<string>): Promise<Buffer> {
  // Level 1: 11% larger than level 4 (3.4 MB for the default corpus, 1.04× the reports) in about
  // half its time (90 ms less of a 1.7 s reindex), and read as fast.
  const gzip = createGzip({ level: 1 });
  const chunks: Buffer[] = [];
  gzip.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = once(gzip, "end");
  for (const line of lines) {
    if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
  }
  gzip.end();
  await ended;
  return Buffer.concat(chunks);
}

/** What readIndexForSearch scans instead of parsing (see the top of this file). */
interface Scanned {
  postings: Map<string, string>;
  /** The lines of bigram counts as they are (gram-counts.ts looks them up). */
  grams: string[];
}

/**
 * The body from its gzipped lines; throws on anything that is not such a body. With `yielding`,
 * the event loop runs between the lines (the bot keeps answering while it loads a new index).
 * With `scanned`, the lines of the search postings and of the bigram counts go into it instead of
 * being parsed into `miniSearch.index` and `gramFrequency`.
 */
async function parseBody(gzipped: Buffer, yielding: boolean, scanned?: Scanned, whileInflating?: () => void): Promise<IndexBody> {
  const body = { reports: [], paragraphs: [], gramFrequency: [], dictionary: "", miniSearch: { index: [] } } as unknown as IndexBody;
  const arrays: Record<string, unknown[]> = {
    reports: body.reports,
    paragraphs: body.paragraphs,
    gramFrequency: body.gramFrequency,
    "miniSearch.index": body.miniSearch.index,
  };
  let miniSearch: Omit<SerializedParagraphIndex, "index"> | null = null;
  for await (const line of gunzippedLines(gzipped, yielding, whileInflating)) {
    if (yielding) await new Promise((resolve) => setImmediate(resolve));
    if (scanned && line.startsWith(POSTINGS_LINE)) {
      scanPostings(line, scanned.postings);
      continue;
    }
    if (scanned && line.startsWith(GRAMS_LINE)) {
      if (!isGramsLine(line)) throw new Error("a line of bigram counts is not [[gram, count], …]");
      scanned.grams.push(line);
      continue;
    }
    const [part, value] = JSON.parse(line) as [string, unknown];
    const into = arrays[part];
    if (into && Array.isArray(value)) for (const item of value) into.push(item);
    else if (part === "dictionary" && typeof value === "string") body.dictionary = value;
    else if (part === "miniSearch" && value && typeof value === "object") miniSearch = value as Omit<SerializedParagraphIndex, "index">;
    else throw new Error(`unknown part ${JSON.stringify(part)}`);
  }
  const meta: Omit<SerializedParagraphIndex, "index"> | null = miniSearch;
  if (!meta) throw new Error("no search index");
  body.miniSearch = { ...meta, index: body.miniSearch.index };
  return body;
}

/** Largest piece zlib inflates at once for a reader that does not yield (the whole body up to this). */
const WHOLE_BODY_CHUNK = 64 << 20;

/**
 * The lines of a gzipped body, gunzipped as a stream on a thread of libuv's pool. `whileInflating`
 * runs on this thread meanwhile (loading jieba): then zlib inflates the whole body as one piece
 * (its size is the gzip trailer's last 4 bytes), which needs no turn of this thread between
 * pieces. A yielding reader (the bot, answering while it loads) takes a megabyte at a time and
 * parses the lines of one while zlib inflates the next.
 */
async function* gunzippedLines(gzipped: Buffer, yielding: boolean, whileInflating?: () => void): AsyncGenerator<string> {
  const size = gzipped.length >= 4 ? gzipped.readUInt32LE(gzipped.length - 4) : 0;
  const gunzipper = createGunzip({ chunkSize: yielding ? 1 << 20 : Math.min(Math.max(size + 1, 1 << 16), WHOLE_BODY_CHUNK) });
  gunzipper.end(gzipped);
  whileInflating?.();
  // Decoded chunk by chunk (a character cut between two chunks is held back by the decoder), and
  // cut into lines as text: a line's start left over from the last chunk is joined as a string,
  // not copied with the whole next chunk into a new Buffer.
  const decoder = new StringDecoder("utf8");
  let rest = "";
  for await (const chunk of gunzipper as AsyncIterable<Buffer>) {
    const text = rest + decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      yield text.slice(start, end);
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest) yield rest;
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
export async function readIndexData(path: string, options: { yielding?: boolean } = {}): Promise<IndexData> {
  return parseIndexData(await readWhole(path), path, options.yielding === true);
}

/**
 * The stored data as a process that answers needs it, checked as readIndexData checks it: the
 * search postings are left as each term's JSON text (SearchBody.postings), parsed when asked for.
 */
export async function readIndexForSearch(
  path: string,
  options: { yielding?: boolean; whileInflating?: (header: IndexHeader) => void } = {},
): Promise<SearchData> {
  const scanned: Scanned = { postings: new Map(), grams: [] };
  const { header, body } = await parseIndexData(await readWhole(path), path, options.yielding === true, scanned, options.whileInflating);
  const { index: _unparsed, ...miniSearch } = body.miniSearch;
  return { header, body: { ...body, miniSearch, postings: scanned.postings, gramFrequency: new StoredGramCounts(scanned.grams) } };
}

async function readWhole(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (cause) {
    throw new IndexLoadError(path, "The index file cannot be read", { cause });
  }
}

async function parseIndexData(
  raw: Buffer,
  path: string,
  yielding: boolean,
  scanned?: Scanned,
  whileInflating?: (header: IndexHeader) => void,
): Promise<IndexData> {
  const newline = raw.indexOf(0x0a);
  const header = parseHeader(raw.toString("utf8", 0, newline < 0 ? raw.length : newline), path);
  let body: IndexBody;
  try {
    body = await parseBody(raw.subarray(newline + 1), yielding, scanned, whileInflating && (() => whileInflating(header)));
  } catch (cause) {
    throw new IndexLoadError(path, "The index file's body cannot be read (truncated or corrupt)", { cause });
  }
  const sentences = body.paragraphs.reduce((n, p) => n + (Array.isArray(p?.sentenceEnds) ? p.sentenceEnds.length : 0), 0);
  const counts = [body.reports.length, body.paragraphs.length, sentences, body.miniSearch.documentCount];
  if (counts.join() !== [header.reports, header.paragraphs, header.sentences, header.paragraphs].join()) {
    throw new IndexLoadError(
      path,
      `The index file's parts do not match its header (${counts.join("/")} against ${header.reports}/${header.paragraphs}/${header.sentences})`,
    );
  }
  return { header, body };
}
