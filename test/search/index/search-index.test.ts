import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestText } from "../../../src/ingest/ingest.ts";
import { buildIndex, INDEX_SCHEMA_VERSION, IndexLoadError, loadIndex, saveIndex } from "../../../src/search/index/search-index.ts";
import { realIndex } from "../../support/real-index.ts";

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
