/**
 * Incremental reindexing on a small corpus of real reports: unchanged files are neither read
 * again nor segmented, a changed file is replaced, a removed one dropped, and the result is the
 * index a full build of the same corpus makes (same answers). Duplicates by bytes and by text,
 * remembered rejections, a changed indexing code and a damaged previous index.
 */
import { corpusOf } from "../../../src/search/corpus.ts";
import { chmod, copyFile, cp, mkdir, mkdtemp, readFile, rm, unlink, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.ts";
import { updateIndexFile, type ProgressEvent, type UpdateOptions } from "../../../src/search/index/build.ts";
import { loadIndex, readIndexData, readIndexHeader, type IndexData } from "../../../src/search/index/search-index.ts";

const CORPUS = fileURLToPath(new URL("../../../corpus/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const FILES = ["seed/haidong-2020-education-self-assessment.txt", "gwr/gwr-1954.txt", "gwr/gwr-2018.txt", "gwr/gwr-2019.txt"];

let dir: string;
let corpus: string;
let indexPath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-build-"));
  corpus = join(dir, "corpus");
  indexPath = join(dir, "index.json");
  for (const f of FILES) {
    await mkdir(join(corpus, f, ".."), { recursive: true });
    await copyFile(join(CORPUS, f), join(corpus, f));
    await chmod(join(corpus, f), 0o644); // the reference corpus is read-only; these copies are edited
  }
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs an update, recording which files each phase touched. */
async function update(options: Partial<UpdateOptions> = {}, path = indexPath) {
  const events: ProgressEvent[] = [];
  const result = await updateIndexFile({ corpusDir: corpus, indexPath: path, onProgress: (e) => events.push(e), ...options });
  const touched = (phase: string) => events.filter((e) => e.phase === phase).map((e) => e.file);
  return { ...result, read: touched("read"), indexed: touched("index"), events };
}

/** The index's content without its build time, terms in a fixed order. */
function canonical(data: IndexData): unknown {
  const m = data.body.miniSearch;
  return { ...data.body, miniSearch: { ...m, index: [...m.index].sort((a, b) => (a[0] < b[0] ? -1 : 1)) }, manifest: data.header.manifest };
}

describe("a first build", () => {
  it("reads every file, writes the index with a manifest, and reports each report", async () => {
    const first = await update();
    expect(first.fullReason).toMatch(/no index at .* yet/);
    expect(first.written).toBe(true);
    expect(first.read).toEqual([...FILES].sort());
    expect(first.reports.map((r) => [r.file, r.status])).toEqual([...FILES].sort().map((f) => [f, "new"]));
    const seed = first.reports.find((r) => r.file.startsWith("seed/"))!;
    expect(seed).toMatchObject({ title: "政府履行教育职责情况自查自评情况", date: "2020-11-26" });
    expect(seed.paragraphs).toBeGreaterThan(10);
    expect(seed.figures).toBeGreaterThan(50);
    const header = await readIndexHeader(indexPath);
    expect(header.manifest.map((m) => m.file)).toEqual([...FILES].sort());
    expect(header.manifest.every((m) => /^[0-9a-f]{40}$/.test(m.sha1) && /^[0-9a-f]{40}$/.test(m.textSha1))).toBe(true);
  });
});

describe("an incremental update", () => {
  it("on an unchanged corpus reads and segments nothing and writes nothing", async () => {
    await update();
    const before = await readFile(indexPath);
    const again = await update();
    expect(again.fullReason).toBeNull();
    expect(again.changed).toBe(false);
    expect(again.written).toBe(false);
    expect(again.read).toEqual([]);
    expect(again.indexed).toEqual([]);
    expect(again.reports.every((r) => r.status === "unchanged")).toBe(true);
    expect(again.reports.find((r) => r.file === "gwr/gwr-2019.txt")!.title).toBe("2019年中华人民共和国国务院政府工作报告");
    expect(await readFile(indexPath)).toEqual(before);
  });

  it("takes a file of the size and time it had when indexed, well before the build, for the same bytes without reading it (git's rule)", async () => {
    // Files last written an hour before the build: their size and time are trusted at the next start.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const f of FILES) await utimes(join(corpus, f), hourAgo, hourAgo);
    await update();
    const header = await readIndexHeader(indexPath);
    // (The file system keeps the time to the microsecond or finer, as a float: to the millisecond here.)
    expect(Math.round(header.manifest.find((m) => m.file === "gwr/gwr-1954.txt")!.mtimeMs!)).toBe(hourAgo.getTime());
    // The same number of bytes written over it and its time put back: not read, so not seen.
    const path = join(corpus, "gwr/gwr-1954.txt");
    const text = await readFile(path);
    await writeFile(path, Buffer.concat([Buffer.from("XX"), text.subarray(2)]));
    await utimes(path, hourAgo, hourAgo);
    expect((await update()).reports.find((r) => r.file === "gwr/gwr-1954.txt")!.status).toBe("unchanged");
    // Its time moved on: read, and the change is seen.
    await utimes(path, new Date(), new Date());
    expect((await update()).reports.find((r) => r.file === "gwr/gwr-1954.txt")!.status).toBe("changed");
  });

  it("reads a file again whose recorded time is within two seconds of the build: a coarse clock may hide a later write", async () => {
    // A time no earlier than the build's (a clock ahead, or a write in the same tick as the build).
    const path = join(corpus, "gwr/gwr-1954.txt");
    const soon = new Date(Date.now() + 60_000);
    await utimes(path, soon, soon);
    await update();
    const entry = (await readIndexHeader(indexPath)).manifest.find((m) => m.file === "gwr/gwr-1954.txt")!;
    const text = await readFile(path);
    await writeFile(path, Buffer.concat([Buffer.from("XX"), text.subarray(2)]));
    const recorded = new Date(entry.mtimeMs!);
    await utimes(path, recorded, recorded);
    expect((await update()).reports.find((r) => r.file === "gwr/gwr-1954.txt")!.status).toBe("changed");
  });

  it("replaces a changed file, drops a removed one, adds a new one: the same index as a full build", async () => {
    await update();
    const gwr2019 = join(corpus, "gwr/gwr-2019.txt");
    await writeFile(gwr2019, (await readFile(gwr2019, "utf8")).replace("国内生产总值增长6.6%", "国内生产总值增长6.7%"));
    await unlink(join(corpus, "gwr/gwr-1954.txt"));
    await copyFile(join(FIXTURES, "formats/gwr-2019-excerpt.docx"), join(corpus, "gwr-2019-excerpt.docx"));

    const next = await update();
    expect(next.fullReason).toBeNull();
    expect(next.read).toEqual(["gwr-2019-excerpt.docx", "gwr/gwr-2019.txt"]);
    expect(next.indexed).toEqual(["gwr-2019-excerpt.docx", "gwr/gwr-2019.txt"]);
    expect(next.removed).toEqual(["gwr/gwr-1954.txt"]);
    expect(Object.fromEntries(next.reports.map((r) => [r.file, r.status]))).toEqual({
      "gwr-2019-excerpt.docx": "new",
      "gwr/gwr-2018.txt": "unchanged",
      "gwr/gwr-2019.txt": "changed",
      "seed/haidong-2020-education-self-assessment.txt": "unchanged",
    });

    const fullPath = join(dir, "full.json");
    await update({ full: true }, fullPath);
    expect(canonical(await readIndexData(indexPath))).toEqual(canonical(await readIndexData(fullPath)));

    const incremental = await loadIndex(indexPath);
    const full = await loadIndex(fullPath);
    for (const q of ["高中毛入学率", "2018年国内生产总值增长", "2018年城镇新增就业"]) {
      expect(await answerQuestion(corpusOf(incremental), q)).toEqual(await answerQuestion(corpusOf(full), q));
    }
    const holding = (text: string) => incremental.paragraphs.filter((p) => p.text.includes(text)).map((p) => incremental.reports[p.report]!.file);
    expect(holding("国内生产总值增长6.7%")).toEqual(["gwr/gwr-2019.txt"]);
    expect(holding("国内生产总值增长6.6%")).toEqual(["gwr-2019-excerpt.docx"]);
    expect(incremental.reports.map((r) => r.file)).not.toContain("gwr/gwr-1954.txt");
  });

  it("rebuilds in full when the indexing code changed, or when the previous index is damaged", async () => {
    await update();
    const text = await readFile(indexPath, "utf8");
    await writeFile(indexPath, text.replace(/"builder":"[0-9a-f]+"/, '"builder":"older-code"'));
    const afterCodeChange = await update();
    expect(afterCodeChange.fullReason).toBe("the indexing code changed since the last build");
    expect(afterCodeChange.read).toHaveLength(FILES.length);

    // Header fine, body cut short: detected when the body is needed, then everything is read again.
    await writeFile(join(corpus, "gwr/gwr-2018.txt"), (await readFile(join(corpus, "gwr/gwr-2018.txt"), "utf8")) + "\n新增一段。\n");
    const good = await readFile(indexPath, "utf8");
    await writeFile(indexPath, good.slice(0, good.length - 1000));
    const afterDamage = await update();
    expect(afterDamage.fullReason).toMatch(/^the previous index is damaged/);
    expect(afterDamage.written).toBe(true);
    expect((await loadIndex(indexPath)).reports).toHaveLength(FILES.length);
  });
});

describe("duplicates and rejections", () => {
  it("rejects a byte copy and a GB18030 copy of an indexed report as duplicates of it, whatever their names", async () => {
    await update();
    await copyFile(join(corpus, "gwr/gwr-2018.txt"), join(corpus, "a-copy.txt"));
    await copyFile(join(FIXTURES, "haidong-gb18030.txt"), join(corpus, "haidong-gb18030.txt"));
    const next = await update();
    expect(next.rejected).toEqual([
      { file: "a-copy.txt", kind: "duplicate", reason: "duplicate of gwr/gwr-2018.txt (the same bytes)", duplicateOf: "gwr/gwr-2018.txt" },
      {
        file: "haidong-gb18030.txt",
        kind: "duplicate",
        reason: "duplicate of seed/haidong-2020-education-self-assessment.txt (the same text)",
        duplicateOf: "seed/haidong-2020-education-self-assessment.txt",
      },
    ]);
    expect(next.changed).toBe(false);
  });

  it("indexes a GB18030 report on its own, and answers from it", async () => {
    await rm(join(corpus, "seed"), { recursive: true });
    await copyFile(join(FIXTURES, "haidong-gb18030.txt"), join(corpus, "haidong-gb18030.txt"));
    const built = await update();
    expect(built.reports.find((r) => r.file === "haidong-gb18030.txt")).toMatchObject({ title: "政府履行教育职责情况自查自评情况", date: "2020-11-26" });
    const answer = await answerQuestion(corpusOf(await loadIndex(indexPath)), "高中毛入学率");
    expect(answer.figure?.text).toBe("95.62%");
    expect(answer.report.file).toBe("haidong-gb18030.txt");
  });

  it("remembers a rejection by content: an unchanged broken file is not read again, still reported", async () => {
    await cp(join(FIXTURES, "formats/scanned.pdf"), join(corpus, "scanned.pdf"));
    const first = await update();
    expect(first.read).toContain("scanned.pdf");
    expect(first.rejected).toEqual([expect.objectContaining({ file: "scanned.pdf", kind: "no-text" })]);
    await copyFile(join(corpus, "gwr/gwr-2018.txt"), join(corpus, "gwr/gwr-2018-copy.txt"));
    await unlink(join(corpus, "gwr/gwr-2018.txt"));
    const second = await update();
    expect(second.read).toEqual(["gwr/gwr-2018-copy.txt"]);
    expect(second.rejected).toEqual([expect.objectContaining({ file: "scanned.pdf", kind: "no-text" })]);
  });

  it("--check reads and reports but writes nothing", async () => {
    const checked = await update({ check: true });
    expect(checked.reports).toHaveLength(FILES.length);
    expect(checked.written).toBe(false);
    expect(checked.indexed).toEqual([]);
    await expect(readFile(indexPath)).rejects.toThrow(/ENOENT/);
  });
});
