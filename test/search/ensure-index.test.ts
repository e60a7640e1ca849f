/**
 * ensureIndex, what `npm start` loads: it reads the index file while it checks the corpus, and
 * uses that read only when the check wrote nothing. The read loads jieba with the index's
 * (partial) dictionary meanwhile; a reindex must go back to the full one for the new reports: the
 * index written has to be the one a full build makes.
 */
import { corpusOf } from "../../src/search/corpus.ts";
import { execFile } from "node:child_process";
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.ts";
import { ensureIndex } from "../../src/search/ensure-index.ts";
import { loadIndex, readIndexData, type IndexData } from "../../src/search/index/search-index.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
const FIRST = ["seed/haidong-2020-education-self-assessment.txt", "gwr/gwr-1954.txt"];
const ADDED = "gwr/gwr-2019.txt";

let dir: string;

/** `npm run reindex` in its own process (its jieba is not this one's). */
async function reindex(corpus: string, index: string, ...args: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/reindex.ts", "--corpus", corpus, "--index", index, ...args], { cwd: ROOT });
}

async function copyReports(corpus: string, files: readonly string[]): Promise<void> {
  for (const f of files) {
    await mkdir(join(corpus, f, ".."), { recursive: true });
    await copyFile(join(CORPUS, f), join(corpus, f));
    await chmod(join(corpus, f), 0o644);
  }
}

/** The index's content without its build time, terms in a fixed order. */
function canonical(data: IndexData): unknown {
  const m = data.body.miniSearch;
  return { ...data.body, miniSearch: { ...m, index: [...m.index].sort((a, b) => (a[0] < b[0] ? -1 : 1)) }, manifest: data.header.manifest };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-ensure-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ensureIndex", () => {
  it("with a new report, writes what a full build writes (jieba, loaded with the old index's dictionary by the early read, goes back to the full one)", async () => {
    const corpus = join(dir, "grown");
    const indexPath = join(dir, "grown.json");
    await copyReports(corpus, FIRST);
    await reindex(corpus, indexPath);
    // Loaded once, the old index leaves its dictionary's file for the next start: ensureIndex's
    // early read loads jieba with it. Were the reindex to keep it, the new report would be
    // segmented with that partial dictionary, not jieba's full one.
    await loadIndex(indexPath);
    await copyReports(corpus, [ADDED]);

    const lines: string[] = [];
    const index = await ensureIndex({ corpusDir: corpus, indexPath, log: (line) => lines.push(line) });
    expect(lines.join("\n")).toMatch(/1 new or changed/);
    expect(index.reports.map((r) => r.file).sort()).toEqual([...FIRST, ADDED].sort());

    const fullPath = join(dir, "grown-full.json");
    await reindex(corpus, fullPath, "--full");
    expect(canonical(await readIndexData(indexPath))).toEqual(canonical(await readIndexData(fullPath)));
  });

  it("with an unchanged corpus, gives the file's index: the same answers as loadIndex", async () => {
    const corpus = join(dir, "same");
    const indexPath = join(dir, "same.json");
    await copyReports(corpus, [...FIRST, ADDED]);
    await reindex(corpus, indexPath);
    const lines: string[] = [];
    const index = await ensureIndex({ corpusDir: corpus, indexPath, log: (line) => lines.push(line) });
    expect(lines.filter((l) => l.startsWith("Index"))).toEqual([]);
    const loaded = await loadIndex(indexPath);
    expect(index.builtAt).toBe(loaded.builtAt);
    for (const q of ["高中毛入学率", "2018年城镇新增就业", "1953年工业总产值"])
      expect(await answerQuestion(corpusOf(index), q)).toEqual(await answerQuestion(corpusOf(loaded), q));
  });

  it("with an unchanged corpus and a damaged body, rebuilds it", async () => {
    const corpus = join(dir, "damaged");
    const indexPath = join(dir, "damaged.json");
    await copyReports(corpus, FIRST);
    await reindex(corpus, indexPath);
    // The header (what the corpus check reads) intact, the gzipped body cut short.
    const bytes = await readFile(indexPath);
    await writeFile(indexPath, bytes.subarray(0, bytes.indexOf(0x0a) + 1 + 1000));
    const lines: string[] = [];
    const index = await ensureIndex({ corpusDir: corpus, indexPath, log: (line) => lines.push(line) });
    expect(lines.join("\n")).toMatch(/cannot be read.*rebuilding it/);
    expect(index.reports.map((r) => r.file).sort()).toEqual([...FIRST].sort());
    expect((await loadIndex(indexPath)).paragraphs.length).toBe(index.paragraphs.length);
  });
});
