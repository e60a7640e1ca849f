import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestText } from "../../../src/ingest/ingest.ts";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  buildIndex,
  INDEX_SCHEMA_VERSION,
  IndexLoadError,
  loadIndex,
  readIndexData,
  readIndexForSearch,
  saveIndex,
  toIndexData,
  writeIndexFile,
  type IndexData,
} from "../../../src/search/index/search-index.ts";
import { realIndex, realIndexPath } from "../../support/real-index.ts";

const run = promisify(execFile);
const ROOT = new URL("../../../", import.meta.url).pathname;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-index-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seedExcerpt = "政府履行教育职责情况自查自评情况\n\n二、主要成效\n\n2019年,全市高中阶段毛入学率达到95.62%。\n";

describe("search index file", () => {
  it("round-trips through disk and answers the same", async () => {
    const index = buildIndex([ingestText("seed.txt", seedExcerpt)], []);
    const path = join(dir, "small.json");
    await saveIndex(index, path);
    const loaded = await loadIndex(path);
    expect(loaded.reports.map((r) => r.title)).toEqual(["政府履行教育职责情况自查自评情况"]);
    expect(loaded.miniSearch.search("毛入学率").length).toBeGreaterThan(0);
    // Atomic write: no temp file is left beside the index.
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses a truncated file and a file of another schema version, saying how to fix it", async () => {
    const index = buildIndex([ingestText("seed.txt", seedExcerpt)], []);
    const path = join(dir, "bad.json");
    await saveIndex(index, path);
    const text = await readFile(path, "utf8");
    await writeFile(path, text.slice(0, text.length / 2));
    await expect(loadIndex(path)).rejects.toThrow(IndexLoadError);
    await expect(loadIndex(path)).rejects.toThrow(/npm run reindex/);
    await writeFile(path, text.replace(`"version":${INDEX_SCHEMA_VERSION}`, `"version":999`));
    await expect(loadIndex(path)).rejects.toThrow(/schema version 999/);
  });

  it("holds every report of the real corpus with its figures counted", async () => {
    const index = await realIndex();
    expect(index.reports).toHaveLength(53);
    const seed = index.reports.find((r) => r.file === "seed/haidong-2020-education-self-assessment.txt")!;
    expect(seed.date).toBe("2020-11-26");
    expect(seed.figures).toBeGreaterThan(50);
  });
});

describe("reading an index for answering (the postings and bigram counts scanned, not parsed)", () => {
  /** What readIndexForSearch gives, in readIndexData's terms. */
  async function bothWays(path: string): Promise<[IndexData, IndexData]> {
    const whole = await readIndexData(path);
    const { header, body } = await readIndexForSearch(path);
    const { postings, gramFrequency, miniSearch, ...rest } = body;
    const index = [...postings].map(([term, json]) => [term, JSON.parse(json)] as (typeof whole.body.miniSearch.index)[number]);
    const asData: IndexData = { header, body: { ...rest, gramFrequency: [...gramFrequency], miniSearch: { ...miniSearch, index } } };
    return [whole, asData];
  }

  it("gives what reading it whole gives, on the real index", async () => {
    const [whole, scanned] = await bothWays(realIndexPath());
    expect(scanned.body.miniSearch.index.length).toBeGreaterThan(10_000);
    expect(scanned).toEqual(whole);
  });

  it("reads terms and bigrams with quotes and backslashes, and postings that are empty", async () => {
    const data = toIndexData(buildIndex([ingestText("seed.txt", seedExcerpt)], []));
    data.body.gramFrequency.push(['"a', 7], ["b\\", 12], ['\\"', 3]);
    data.body.miniSearch.index.push(['q"u\\o\\"te', { 0: { 0: 2 } }], ["empty", {}], ["}}]", { 0: { 0: 1 } }]);
    const path = join(dir, "escapes.json");
    await writeIndexFile(data, path);
    const [whole, scanned] = await bothWays(path);
    expect(scanned).toEqual(whole);
    const { body } = await readIndexForSearch(path);
    expect(body.gramFrequency.get('"a')).toBe(7);
    expect(body.postings.get('q"u\\o\\"te')).toBe('{"0":{"0":2}}');
    expect(body.postings.get("empty")).toBe("{}");
    expect((await loadIndex(path)).miniSearch.search('q"u\\o\\"te')).toEqual([expect.objectContaining({ id: 0 })]);
  });

  it("refuses lines of postings or bigram counts of another shape", async () => {
    const data = toIndexData(buildIndex([ingestText("seed.txt", seedExcerpt)], []));
    const path = join(dir, "good.json");
    await writeIndexFile(data, path);
    const raw = await readFile(path);
    const header = raw.subarray(0, raw.indexOf(0x0a) + 1);
    const lines = gunzipSync(raw.subarray(header.length)).toString("utf8").split("\n");
    for (const [part, bad] of [
      ["miniSearch.index", '["miniSearch.index",[["term",{"0":{"0":1}}]x]'],
      ["miniSearch.index", '["miniSearch.index",[["term" ,{"0":{"0":1}}]]]'],
      ["gramFrequency", '["gramFrequency",[["ab",1.5]]]'],
      ["gramFrequency", '["gramFrequency",[["ab",-1]]]'],
    ]) {
      const edited = lines.map((l) => (l.startsWith(`["${part}"`) ? bad : l)).join("\n");
      const badPath = join(dir, "bad-shape.json");
      await writeFile(badPath, Buffer.concat([header, gzipSync(edited)]));
      await expect(loadIndex(badPath)).rejects.toThrow(/body cannot be read/);
    }
  });
});

describe("npm run reindex", () => {
  it("exits 1 and leaves the previous index untouched when nothing is usable", async () => {
    const empty = join(dir, "empty-corpus");
    await run("mkdir", ["-p", empty]);
    await writeFile(join(empty, "broken.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
    const indexPath = join(dir, "kept.json");
    await writeFile(indexPath, "previous index");
    const result = await run("npx", ["tsx", "scripts/reindex.ts", "--corpus", empty, "--index", indexPath], { cwd: ROOT }).catch((e) => e);
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/broken\.txt.*binary/);
    expect(await readFile(indexPath, "utf8")).toBe("previous index");
  });
});
