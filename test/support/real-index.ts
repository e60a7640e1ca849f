import { inject } from "vitest";
import { loadIndex, type SearchIndex } from "../../src/search/index/search-index.ts";

let cached: Promise<SearchIndex> | null = null;

/** Where the index of the real corpus built by the global setup lives (for tests that start processes). */
export function realIndexPath(): string {
  const path = inject("indexPath");
  if (!path) {
    throw new Error(
      "this test file reads the real index, which only the corpus and process projects build: list it in CORPUS_TESTS or PROCESS_TESTS in vitest.config.ts",
    );
  }
  return path;
}

/** The index of the real corpus built by the global setup (loaded once per test file). */
export function realIndex(): Promise<SearchIndex> {
  cached ??= loadIndex(realIndexPath());
  return cached;
}
