/**
 * The index a running bot answers from, swapped for a new one while it runs.
 *
 * - `current` is read once per question: a question in flight keeps the index it started with
 *   (answering is synchronous), the next one gets the new index. The swap is one assignment.
 * - `reload` loads the file at `path` (yielding to the event loop while it builds the search
 *   part), checks it, and only then swaps it in. A file that cannot be read, has another schema
 *   version, is truncated, or fails the check is refused: the old index stays in service.
 * - `watch` notices a new file: fs.watch on the folder (the file is replaced by a rename, so the
 *   folder is what changes) plus a slow stat poll for file systems where fs.watch says nothing;
 *   events are debounced, and a file already loaded or already refused is not loaded again.
 * - `reloadAfter` runs something that writes the file (the reindex after an admin's upload) and
 *   loads what it wrote, as one step: the watcher's events for that write find the version
 *   loaded already and do nothing, so the new index is loaded, and announced, once.
 * Reloads run one at a time, and the watcher decides "already loaded" in its turn, after the
 * reloads queued before it. Listeners hear every reload's outcome (the bot tells the admins).
 */
import { watch as watchFolder, type FSWatcher } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import type { Logger } from "../logger.ts";
import { corpusOf, type Corpus } from "./corpus.ts";
import { loadIndex, type ManifestEntry, type SearchIndex } from "./index/search-index.ts";
import { ReloadQueue } from "./reload-queue.ts";

/** What started a reload: the file watcher, an admin's /reload, an admin's upload, or the program. */
export type ReloadTrigger = "watch" | "command" | "upload" | "program";

export type ReloadOutcome =
  | { ok: true; trigger: ReloadTrigger; corpus: Corpus; previous: Corpus; ms: number }
  | { ok: false; trigger: ReloadTrigger; error: Error; ms: number };

/**
 * The corpus a running bot answers from, swapped for a new state while it runs: the embedded
 * index file (LiveIndex, here) or the PostgreSQL store (search/pg/live-store.ts).
 */
export interface LiveCorpus {
  /** The corpus now in service (read once per question). */
  readonly get: () => Corpus;
  readonly info: LiveIndexInfo;
  /** What the corpus holds, file by file (an upload's duplicate check). */
  manifest(): Promise<ManifestEntry[]>;
  onReload(listener: (outcome: ReloadOutcome) => void): () => void;
  /** Loads the stored state and swaps it in when usable; never throws (a refusal is an outcome). */
  reload(trigger: ReloadTrigger): Promise<ReloadOutcome>;
  /** Runs `write` and loads what it wrote, as one step (null when it wrote nothing). */
  reloadAfter(trigger: ReloadTrigger, write: () => Promise<boolean>): Promise<ReloadOutcome | null>;
  /** Starts noticing new states written by others; returns the function that stops it. */
  watch(): () => void;
}

/** Enough of a stat to tell one version of the file from the next. */
interface FileVersion {
  mtimeMs: number;
  size: number;
  ino: number;
}

export interface LiveIndexOptions {
  logger: Logger;
  /** Loads a file (default: loadIndex, yielding). */
  load?: (path: string) => Promise<SearchIndex>;
  /** Throws (or rejects) when a loaded index must not be served (default: checkIndex). Runs before the swap. */
  check?: (index: SearchIndex) => void | Promise<void>;
  /** Wait this long after the last change before loading (default 500 ms). */
  debounceMs?: number;
  /** Stat the file this often, for file systems without change events (default 5 s). */
  pollMs?: number;
}

export interface LiveIndexInfo {
  /** Where the corpus is stored: the index file, or the database (without its password). */
  path: string;
  /** Size of the file the current index came from, or null when it was built in memory (or is in a database). */
  bytes: number | null;
  /** The corpus version, when the corpus is in PostgreSQL. */
  version?: number;
  /** When the current index was swapped in (ms since epoch). */
  loadedAt: number;
}

/** The default check: an index with no report, or whose parts disagree, is not served. */
export function checkIndex(index: SearchIndex): void {
  if (index.reports.length === 0) throw new Error("the new index holds no report");
  if (index.miniSearch.documentCount !== index.paragraphs.length) {
    throw new Error(`the new index is inconsistent (${index.miniSearch.documentCount} search documents for ${index.paragraphs.length} paragraphs)`);
  }
}

export class LiveIndex extends ReloadQueue implements LiveCorpus {
  readonly path: string;
  private index: SearchIndex;
  private version: FileVersion | null = null;
  private refusedVersion: FileVersion | null = null;
  private loadedAt = Date.now();
  /** A watcher check is queued and has not started: another event needs no second one. */
  private checkQueued = false;
  private readonly load: (path: string) => Promise<SearchIndex>;
  private readonly check: (index: SearchIndex) => void | Promise<void>;
  private readonly debounceMs: number;
  private readonly pollMs: number;

  constructor(path: string, initial: SearchIndex, options: LiveIndexOptions) {
    super(options.logger);
    this.path = path;
    this.index = initial;
    this.load = options.load ?? ((p) => loadIndex(p, { yielding: true }));
    this.check = options.check ?? checkIndex;
    this.debounceMs = options.debounceMs ?? 500;
    this.pollMs = options.pollMs ?? 5_000;
  }

  /** Remembers which version of the file the initial index came from (so the watcher does not reload it). */
  async adoptFile(): Promise<this> {
    this.version = await versionOf(this.path);
    return this;
  }

  get current(): SearchIndex {
    return this.index;
  }

  /** The corpus view of the current index (BotDeps.getCorpus). */
  readonly get = (): Corpus => corpusOf(this.index);

  async manifest(): Promise<ManifestEntry[]> {
    return this.index.manifest;
  }

  get info(): LiveIndexInfo {
    return { path: this.path, bytes: this.version?.size ?? null, loadedAt: this.loadedAt };
  }

  protected async loadAndSwap(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    const started = performance.now();
    let outcome: ReloadOutcome;
    // The version is taken before reading: if the file changes during the read, the next check sees a newer one.
    const version = await versionOf(this.path);
    try {
      const next = await this.load(this.path);
      await this.check(next);
      const previous = corpusOf(this.index);
      this.index = next;
      this.version = version;
      this.refusedVersion = null;
      this.loadedAt = Date.now();
      outcome = { ok: true, trigger, corpus: corpusOf(next), previous, ms: performance.now() - started };
      this.logger.info("index swapped in", { trigger, reports: next.reports.length, builtAt: next.builtAt, ms: Math.round(outcome.ms) });
    } catch (error) {
      this.refusedVersion = version;
      outcome = { ok: false, trigger, error: error instanceof Error ? error : new Error(String(error)), ms: performance.now() - started };
      this.logger.error("new index refused; the old one stays in service", { trigger, path: this.path, error: outcome.error });
    }
    return outcome;
  }

  /**
   * Reloads when the file is a version neither loaded nor refused already, decided in its turn:
   * a reload queued before it (an upload's) may be loading this very version.
   */
  private reloadIfNew(): Promise<void> {
    if (this.checkQueued) return Promise.resolve();
    this.checkQueued = true;
    return this.enqueueWatch(async () => {
      this.checkQueued = false;
      const version = await versionOf(this.path);
      if (version === null || sameVersion(version, this.version) || sameVersion(version, this.refusedVersion)) return null;
      return this.loadAndSwap("watch");
    });
  }

  /** Starts watching `path`; returns the function that stops it. */
  watch(): () => void {
    let timer: NodeJS.Timeout | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.reloadIfNew(), this.debounceMs);
      timer.unref();
    };
    let watcher: FSWatcher | null = null;
    try {
      const name = basename(this.path);
      watcher = watchFolder(dirname(this.path), { persistent: false }, (_event, filename) => {
        if (filename === null || filename === name) schedule();
      });
      watcher.on("error", (error) => {
        this.logger.warn("index folder watch failed; polling only", { error });
        watcher?.close();
        watcher = null;
      });
    } catch (error) {
      this.logger.warn("cannot watch the index folder; polling only", { path: dirname(this.path), error: error as Error });
    }
    const poll = setInterval(schedule, this.pollMs);
    poll.unref();
    return () => {
      clearTimeout(timer);
      clearInterval(poll);
      watcher?.close();
    };
  }
}

async function versionOf(path: string): Promise<FileVersion | null> {
  try {
    const s = await stat(path);
    return { mtimeMs: s.mtimeMs, size: s.size, ino: s.ino };
  } catch {
    return null;
  }
}

function sameVersion(a: FileVersion, b: FileVersion | null): boolean {
  return b !== null && a.mtimeMs === b.mtimeMs && a.size === b.size && a.ino === b.ino;
}
