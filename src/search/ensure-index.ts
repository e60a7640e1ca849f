import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { rebuildIndexFile } from "./build.ts";
import { loadIndex, type SearchIndex } from "./search-index.ts";

/**
 * The index the bot and the terminal chat start on: the file at indexPath, rebuilt first from the
 * corpus when it is missing, unreadable, or older than a file in the corpus.
 */
export async function ensureIndex(options: {
  corpusDir: string;
  indexPath: string;
  log?: (line: string) => void;
}): Promise<SearchIndex> {
  const { corpusDir, indexPath, log = () => {} } = options;
  const indexTime = await stat(indexPath).then((s) => s.mtimeMs, () => null);
  const corpusTime = await newestFileTime(corpusDir);
  if (indexTime !== null && (corpusTime === null || indexTime >= corpusTime)) {
    try {
      return await loadIndex(indexPath);
    } catch (error) {
      log(`${(error as Error).message}; rebuilding it from ${corpusDir}.`);
    }
  } else {
    log(indexTime === null ? `No index at ${indexPath}: building it from ${corpusDir}…` : `The corpus changed since the index was built: rebuilding…`);
  }
  const started = Date.now();
  const { index, rejected } = await rebuildIndexFile(corpusDir, indexPath);
  for (const r of rejected) log(`  skipped ${r.file}: ${r.reason}`);
  if (index.reports.length === 0) throw new Error(`No usable report in ${corpusDir}: nothing to answer from.`);
  log(`Indexed ${index.reports.length} reports, ${index.paragraphs.length} paragraphs in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return index;
}

async function newestFileTime(dir: string): Promise<number | null> {
  let newest: number | null = null;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return null;
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    const t = (await stat(join(e.parentPath ?? dir, e.name))).mtimeMs;
    if (newest === null || t > newest) newest = t;
  }
  return newest;
}
