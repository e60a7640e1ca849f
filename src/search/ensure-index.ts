import { access } from "node:fs/promises";
import { updateIndexFile } from "./index/build.ts";
import { IndexLoadError, loadIndex, openIndex, preloadSegmenter, toSearchIndex, type SearchIndex } from "./index/search-index.ts";
import { useDictionary } from "../zh/segment.ts";

/**
 * The index the bot and the terminal chat start on: the file at indexPath, brought up to date
 * with the corpus first (incrementally: an unchanged corpus costs one hash per file, a changed
 * file is read again, a missing, outdated or unreadable index is rebuilt in full).
 *
 * The file is read while the corpus is checked, which mostly waits on the file system (the
 * fingerprint of the indexing code, a hash of every corpus file): an unchanged corpus, the usual
 * start, costs the longer of the two rather than both. That early read is used only when the
 * check wrote nothing; it loads jieba with the index's dictionary meanwhile (a reindex goes back
 * to jieba's full one for the reports it segments).
 */
export async function ensureIndex(options: { corpusDir: string; indexPath: string; log?: (line: string) => void }): Promise<SearchIndex> {
  const { corpusDir, indexPath, log = () => {} } = options;
  const hasCorpus = await access(corpusDir).then(
    () => true,
    () => false,
  );
  if (!hasCorpus) {
    log(`No corpus folder at ${corpusDir}: using the index at ${indexPath} as it is.`);
    return loadIndex(indexPath);
  }
  const started = Date.now();
  let lastPhase = "";
  // jieba is loaded with the index's dictionary while zlib inflates it and the corpus is checked
  // (a reindex goes back to the full dictionary for the reports it reads: build.ts).
  const early: Promise<SearchIndex | { error: unknown }> = openIndex(indexPath, { whileInflating: preloadSegmenter }).catch((error: unknown) => ({ error }));
  const run = (full: boolean) =>
    updateIndexFile({
      corpusDir,
      indexPath,
      full,
      onProgress: (event) => {
        if (event.phase === lastPhase || event.phase === "scan") return;
        lastPhase = event.phase;
        log(`Index: ${event.phase}…`);
      },
    });
  let update = await run(false);
  for (const r of update.rejected) log(`  skipped ${r.file}: ${r.reason}`);
  if (update.reports.length === 0) throw new Error(`No usable report in ${corpusDir}: nothing to answer from.`);
  if (!update.written) {
    let read = await early;
    // Replaced between the early read and the check (another reindex): the file as it is now.
    if (!("error" in read) && read.builtAt !== update.previousBuiltAt) read = await openIndex(indexPath).catch((error: unknown) => ({ error }));
    if (!("error" in read)) {
      useDictionary(read.dictionary);
      return read;
    }
    const error = read.error;
    if (!(error instanceof IndexLoadError)) throw error;
    log(`${error.message}; rebuilding it from ${corpusDir}.`);
    update = await run(true);
    if (!update.data) throw error;
  }
  const how = update.fullReason
    ? `full build (${update.fullReason})`
    : `${update.reports.filter((r) => r.status !== "unchanged").length} new or changed, ${update.removed.length} dropped`;
  log(`Indexed ${update.reports.length} reports, ${update.totals.paragraphs} paragraphs in ${((Date.now() - started) / 1000).toFixed(1)} s: ${how}.`);
  return toSearchIndex(update.data!);
}
