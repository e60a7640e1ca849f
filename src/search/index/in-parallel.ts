/**
 * `fn` over the items, at most `limit` at a time, the results in the items' order. For the reads
 * of many small files (the corpus scan, the code fingerprint): one after another, each waits on
 * its own round trip to libuv's threads (about 1 ms), and a start spent 0.1 s waiting; all at once,
 * a large corpus would hold every file's bytes together.
 */
export async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Reads in flight at once: libuv's pool has four threads; a few more keep them busy. */
export const PARALLEL_READS = 8;
