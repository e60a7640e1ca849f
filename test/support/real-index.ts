import { inject } from "vitest";
import { loadIndex, type SearchIndex } from "../../src/search/index/search-index.ts";

let cached: Promise<SearchIndex> | null = null;

/** The index of the real corpus built by the global setup (loaded once per test file). */
export function realIndex(): Promise<SearchIndex> {
  cached ??= loadIndex(inject("indexPath"));
  return cached;
}

/** Where that index lives on disk, for tests that start processes. */
export function realIndexPath(): string {
  return inject("indexPath");
}
