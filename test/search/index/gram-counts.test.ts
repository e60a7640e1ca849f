import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { StoredGramCounts } from "../../../src/search/index/gram-counts.ts";
import { hanBigrams } from "../../../src/zh/text.ts";

/** Sentence counts of the bigrams and characters of a real report (gwr-2025), as a reindex makes them. */
function realCounts(): Map<string, number> {
  const text = readFileSync(new URL("../../../corpus/gwr/gwr-2025.txt", import.meta.url), "utf8");
  const counts = new Map<string, number>();
  for (const sentence of text.split(/[。！？\n]/)) {
    const grams = new Set([...hanBigrams(sentence), ...(sentence.match(/\p{Script=Han}/gu) ?? [])]);
    for (const g of grams) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  return counts;
}

/** The body's lines of bigram counts, as index-file.ts writes them (in chunks of `size`). */
function storedLines(counts: Map<string, number>, size: number): string[] {
  const entries = [...counts];
  const lines: string[] = [];
  for (let i = 0; i < entries.length; i += size) lines.push(JSON.stringify(["gramFrequency", entries.slice(i, i + size)]));
  return lines;
}

describe("StoredGramCounts", () => {
  const counts = realCounts();

  it("gives every count as the Map does, from the lines and after making them a Map, and none for an unknown gram", () => {
    const stored = new StoredGramCounts(storedLines(counts, 500));
    const grams = [...counts.keys()];
    expect(grams.length).toBeGreaterThan(1000);
    // The first lookups are read from the lines, the rest from the Map they become.
    for (const gram of grams) expect(stored.get(gram), gram).toBe(counts.get(gram));
    expect(stored.get("犇羴")).toBeUndefined();
    expect(new Map(stored)).toEqual(counts);
  });

  it("tells a gram from a longer one that starts with it, and a count from the next entry", () => {
    const stored = new StoredGramCounts(
      storedLines(
        new Map([
          ["国内生产", 3],
          ["国内", 12],
          ["内", 40],
        ]),
        2,
      ),
    );
    expect([stored.get("国内"), stored.get("内"), stored.get("国内生产"), stored.get("生产")]).toEqual([12, 40, 3, undefined]);
  });
});
