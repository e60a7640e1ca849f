/**
 * The paragraph index is made without MiniSearch's add (and merged for incremental reindexing):
 * held here to be exactly what MiniSearch itself makes, on paragraphs of real reports.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestFile } from "../../../src/ingest/ingest.ts";
import type { IngestedReport } from "../../../src/ingest/types.ts";
import { realIndex } from "../../support/real-index.ts";
import { prepareReport } from "../../../src/search/index/report-paragraphs.ts";
import {
  buildParagraphIndex,
  loadParagraphIndex,
  mergeParagraphIndexes,
  MINISEARCH_OPTIONS,
  rankParagraphs,
  type ParagraphDocument,
  type SerializedParagraphIndex,
} from "../../../src/search/index/paragraph-index.ts";

const corpusDir = fileURLToPath(new URL("../../../corpus/", import.meta.url));
const FILES = ["seed/haidong-2020-education-self-assessment.txt", "gwr/gwr-1954.txt", "gwr/gwr-2019.txt"];
const QUERIES = ["高中 毛入学率 入学 学率", "国内 生产 总值 国内生产总值 增长", "粮食 产量 粮食产量"];

let docs: ParagraphDocument[];
/** How many of `docs` are the first report's. */
let firstReportDocs: number;

/** The same index, whatever the order MiniSearch's radix tree lists its terms in. */
function canonical(index: SerializedParagraphIndex): unknown {
  return JSON.parse(JSON.stringify({ ...index, index: [...index.index].sort((a, b) => (a[0] < b[0] ? -1 : 1)) }));
}

beforeAll(async () => {
  const reports = await Promise.all(FILES.map((f) => ingestFile(corpusDir, f) as Promise<IngestedReport>));
  const prepared = reports.map((r) => prepareReport(r).docs);
  firstReportDocs = prepared[0]!.length;
  docs = prepared.flat().map((d, id) => ({ id, ...d }));
});

describe("buildParagraphIndex", () => {
  it("is MiniSearch's own addAll + toJSON, to the last bit of the average field lengths", () => {
    const reference = new MiniSearch(MINISEARCH_OPTIONS);
    reference.addAll(docs);
    const built = buildParagraphIndex(docs);
    expect(built.averageFieldLength).toEqual(reference.toJSON().averageFieldLength);
    expect(canonical(built)).toEqual(canonical(reference.toJSON()));
    for (const q of QUERIES) expect(loadParagraphIndex(built).search(q)).toEqual(reference.search(q));
  });
});

describe("mergeParagraphIndexes", () => {
  it("keeping some documents under new ids gives what a fresh build of them gives", () => {
    // Drop the first report's paragraphs, keep the rest, and put new documents (the first report again) after them.
    const cut = firstReportDocs;
    const kept = docs.slice(cut);
    const added = docs.slice(0, cut);
    const keep = new Map(kept.map((d, i) => [d.id, i]));
    const addedDocs = added.map((d, i) => ({ ...d, id: kept.length + i }));
    const merged = mergeParagraphIndexes([
      { index: buildParagraphIndex(docs), keep },
      { index: buildParagraphIndex(addedDocs), keep: new Map(addedDocs.map((d) => [d.id, d.id])) },
    ]);
    const fresh = buildParagraphIndex([...kept.map((d, i) => ({ ...d, id: i })), ...addedDocs]);
    expect(canonical(merged)).toEqual(canonical(fresh));
    for (const q of QUERIES) expect(loadParagraphIndex(merged).search(q)).toEqual(loadParagraphIndex(fresh).search(q));
  });

  it("refuses a serialization version it does not know", () => {
    const old = { ...buildParagraphIndex(docs.slice(0, 3)), serializationVersion: 1 };
    expect(() => mergeParagraphIndexes([{ index: old, keep: new Map([[0, 0]]) }])).toThrow(/version 1/);
  });
});

describe("loadParagraphIndex (lazy)", () => {
  it("searches exactly as MiniSearch.loadJS, terms one at a time or all at once, with filters and boosts", () => {
    const built = buildParagraphIndex(docs);
    const lazy = loadParagraphIndex(built);
    const eager = MiniSearch.loadJS(built, MINISEARCH_OPTIONS);
    // Lazy indeed: MiniSearch's term map is replaced (were it not, this test would compare loadJS with itself).
    expect((lazy as unknown as { _index: object })._index.constructor.name).toBe("LazyPostings");
    const terms = built.index.map(([term]) => term);
    // Every 7th term alone, then runs of 12 terms (a question's most), some asked twice (cached postings).
    const queries = [...QUERIES, ...terms.filter((_, i) => i % 7 === 0)];
    for (let i = 0; i < terms.length; i += 97) queries.push(terms.slice(i, i + 12).join(" "), terms.slice(i, i + 12).join(" "));
    queries.push("没有这个词 也没有", "");
    const filter = (result: { id: unknown }) => (result.id as number) % 3 !== 0;
    const boostTerm = (term: string) => (term.length > 2 ? 1 : 0.5);
    for (const q of queries) {
      expect(lazy.search(q)).toEqual(eager.search(q));
      expect(lazy.search(q, { filter, boostTerm })).toEqual(eager.search(q, { filter, boostTerm }));
    }
    expect(lazy.documentCount).toBe(eager.documentCount);
  });

  it("gives MiniSearch's own tree for anything beyond exact terms: prefix and fuzzy search, toJSON, adding a document", () => {
    const built = buildParagraphIndex(docs);
    const lazy = loadParagraphIndex(built);
    const eager = MiniSearch.loadJS(built, MINISEARCH_OPTIONS);
    lazy.search("毛入学率 教育");
    eager.search("毛入学率 教育");
    expect(lazy.termCount).toBe(eager.termCount);
    expect(lazy.search("毛入", { prefix: true })).toEqual(eager.search("毛入", { prefix: true }));
    expect(lazy.search("毛入学", { fuzzy: 1 })).toEqual(eager.search("毛入学", { fuzzy: 1 }));
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(eager));
    const extra = { id: docs.length, words: "毛入学率 新词" };
    lazy.add(extra);
    eager.add(extra);
    expect(lazy.search("新词 毛入学率")).toEqual(eager.search("新词 毛入学率"));
  });

  it("relies on the MiniSearch it was written for: the exact version pinned in package.json", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync(new URL("../../../node_modules/minisearch/package.json", import.meta.url), "utf8")) as { version: string };
    // An exact version, not a range: the index file holds MiniSearch's serialized form, and the lazy load its internals.
    expect(pkg.dependencies.minisearch).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed.version).toBe(pkg.dependencies.minisearch);
  });
});

describe("rankParagraphs", () => {
  it("ranks as MiniSearch's search does, ids and scores, on the real index (queries of its own words, boosts and filters as retrieval uses them)", async () => {
    const index = await realIndex();
    const vocabulary = index.vocabulary;
    // A fixed pseudo-random sequence (a linear congruential generator): the same queries every run.
    let seed = 20261202;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let q = 0; q < 300; q++) {
      const query = Array.from({ length: 1 + next(12) }, () => vocabulary[next(vocabulary.length)]!);
      // Retrieval weighs a word 1 and a part of one 0.5 (retrieve.ts); some queries repeat a word.
      const boosts = new Map(query.map((t) => [t, next(2) === 0 ? 1 : 0.5]));
      if (q % 10 === 0) query.push(query[0]!);
      const boostTerm = (term: string) => boosts.get(term) ?? 1;
      const filter = q % 3 === 0 ? (id: number) => id % 4 !== 0 : undefined;
      const expected = index.miniSearch.search(query.join(" "), filter ? { boostTerm, filter: (r) => filter(r.id as number) } : { boostTerm });
      const ranked = rankParagraphs(index.miniSearch, query, boostTerm, filter);
      expect(ranked.map((r) => [r.id, r.score])).toEqual(expected.map((r) => [r.id, r.score]));
    }
  });
});
