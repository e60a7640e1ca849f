/**
 * Sidecars in a reindex (build.ts): a report's `X.txt.meta` corrects its metadata in the index and
 * the table, is never listed or rejected as a report, makes its report read again when it changes
 * (and only its report), and its problems, a sidecar without its report, and reports without a
 * place or period come back as warnings while everything usable is still indexed.
 */
import { chmod, copyFile, mkdir, mkdtemp, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { updateIndexFile, type ProgressEvent, type UpdateOptions } from "../../../src/search/index/build.ts";
import { readIndexData, readIndexHeader, type IndexData } from "../../../src/search/index/search-index.ts";

const CORPUS = fileURLToPath(new URL("../../../corpus/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const BEIJING = "beijing-2024-gwr-pdftotext.txt";
/** A report that names no place and no year: nothing to infer them from. */
const NOTES = "工作总结\n\n一、主要工作\n完成业务培训120人次，发放补贴35万元，新建服务站点8个。\n";

let dir: string;
let corpus: string;
let indexPath: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-sidecar-"));
  corpus = join(dir, "corpus");
  indexPath = join(dir, "index.json");
  await mkdir(join(corpus, "gwr"), { recursive: true });
  await copyFile(join(CORPUS, "gwr/gwr-2019.txt"), join(corpus, "gwr/gwr-2019.txt"));
  await chmod(join(corpus, "gwr/gwr-2019.txt"), 0o644);
  await copyFile(join(FIXTURES, "pdf-text", BEIJING), join(corpus, BEIJING));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function update(options: Partial<UpdateOptions> = {}, path = indexPath) {
  const events: ProgressEvent[] = [];
  const result = await updateIndexFile({ corpusDir: corpus, indexPath: path, onProgress: (e) => events.push(e), ...options });
  return { ...result, read: events.filter((e) => e.phase === "read").map((e) => e.file) };
}

function canonical(data: IndexData): unknown {
  const m = data.body.miniSearch;
  return { ...data.body, miniSearch: { ...m, index: [...m.index].sort((a, b) => (a[0] < b[0] ? -1 : 1)) }, manifest: data.header.manifest };
}

describe("a sidecar next to a report", () => {
  it("corrects the report in the index and the table, and is itself neither a report nor a rejected file", async () => {
    await writeFile(join(corpus, `${BEIJING}.meta`), "# no date in the PDF text\npublished: 2024-01\n");
    const first = await update();
    expect(first.rejected).toEqual([]);
    expect(first.warnings).toEqual([]);
    expect(first.reports.map((r) => r.file)).toEqual([BEIJING, "gwr/gwr-2019.txt"]);
    const beijing = first.reports[0]!;
    expect(beijing).toMatchObject({
      genre: "工作报告",
      place: { name: "北京市", level: "province" },
      period: { from: 2023, to: 2023 },
      published: "2024-01",
      date: "2024-01",
      corrected: ["published"],
    });
    expect(first.reports[1]!.corrected).toBeUndefined();
    // What answers read: the report as stored in the index.
    const stored = (await readIndexData(indexPath)).body.reports.find((r) => r.file === BEIJING)!;
    expect(stored).toMatchObject({ published: "2024-01", date: "2024-01", year: 2024 });
    const entry = (await readIndexHeader(indexPath)).manifest.find((m) => m.file === BEIJING)!;
    expect(entry.sidecarSha1).toMatch(/^[0-9a-f]{40}$/);
    expect(entry).toMatchObject({ published: "2024-01", corrected: ["published"] });

    // Unchanged: nothing read; the table still shows the correction (from the manifest).
    const again = await update();
    expect(again.read).toEqual([]);
    expect(again.written).toBe(false);
    expect(again.reports[0]).toEqual({ ...beijing, status: "unchanged" });
  });

  it("a changed, added or removed sidecar reads its report again, and only its report: the same index as a full build", async () => {
    await update();
    await writeFile(join(corpus, `${BEIJING}.meta`), "published: 2024-01\n");
    const added = await update();
    expect(added.fullReason).toBeNull();
    expect(added.read).toEqual([BEIJING]);
    expect(added.reports.map((r) => [r.file, r.status, r.published])).toEqual([
      [BEIJING, "changed", "2024-01"],
      ["gwr/gwr-2019.txt", "unchanged", ""],
    ]);

    await writeFile(join(corpus, `${BEIJING}.meta`), "published: 2024-01-21\ntitle: 2024年北京市政府工作报告\n");
    const changed = await update();
    expect(changed.read).toEqual([BEIJING]);
    expect(changed.reports[0]).toMatchObject({
      status: "changed",
      title: "2024年北京市政府工作报告",
      published: "2024-01-21",
      corrected: ["title", "published"],
    });
    const fullPath = join(dir, "full.json");
    await update({ full: true }, fullPath);
    expect(canonical(await readIndexData(indexPath))).toEqual(canonical(await readIndexData(fullPath)));

    await unlink(join(corpus, `${BEIJING}.meta`));
    const removed = await update();
    expect(removed.read).toEqual([BEIJING]);
    expect(removed.reports[0]).toMatchObject({ status: "changed", title: "北京市2024年政府工作报告", published: "" });
    expect(removed.reports[0]!.corrected).toBeUndefined();
    expect((await readIndexHeader(indexPath)).manifest.find((m) => m.file === BEIJING)!.sidecarSha1).toBeUndefined();
  });

  it("a bad line is a warning with its line and what to write; the valid lines still apply", async () => {
    await writeFile(join(corpus, `${BEIJING}.meta`), "published: 2024-01\nplace: 普陀区\ngenre: 年报\n");
    const result = await update();
    expect(result.reports[0]).toMatchObject({ file: BEIJING, published: "2024-01", place: { name: "北京市" }, genre: "工作报告", corrected: ["published"] });
    expect(result.warnings).toEqual([
      { file: `${BEIJING}.meta`, kind: "sidecar", line: 2, message: expect.stringContaining("is more than one place (上海市普陀区, 浙江省舟山市普陀区)") },
      { file: `${BEIJING}.meta`, kind: "sidecar", line: 3, message: expect.stringContaining('genre "年报" is not one of') },
    ]);
    expect(result.written).toBe(true);
  });
});

describe("warnings", () => {
  it("name a report without a place or period and the sidecar that fixes it; fixed, they are gone", async () => {
    await writeFile(join(corpus, "notes.txt"), NOTES);
    const checked = await update({ check: true });
    expect(checked.reports.find((r) => r.file === "notes.txt")).toMatchObject({ place: null, period: null });
    expect(checked.warnings).toEqual([
      {
        file: "notes.txt",
        kind: "no-place",
        message: 'no place could be inferred: write the line "place: …" (a province, city or county: 合肥市, 上海市普陀区; or 全国) in notes.txt.meta',
      },
      {
        file: "notes.txt",
        kind: "no-period",
        message: 'no period could be inferred: write the line "period: …" (the years its figures describe: 2024, or 2021-2025) in notes.txt.meta',
      },
    ]);
    await update();
    await writeFile(join(corpus, "notes.txt.meta"), "place: 合肥\nperiod: 2024\n");
    const fixed = await update();
    expect(fixed.read).toEqual(["notes.txt"]);
    expect(fixed.warnings).toEqual([]);
    expect(fixed.reports.find((r) => r.file === "notes.txt")).toMatchObject({
      place: { name: "合肥市", code: "3401", level: "city" },
      period: { from: 2024, to: 2024 },
      corrected: ["place", "period"],
    });
  });

  it("name a sidecar without its report (and the report it may have meant), and one whose report is not indexed", async () => {
    await writeFile(join(corpus, "gone.txt.meta"), "published: 2024\n");
    await writeFile(join(corpus, "gwr/gwr-2019.meta"), "published: 2019-03-05\n");
    await writeFile(join(corpus, "empty.txt"), "");
    await writeFile(join(corpus, "empty.txt.meta"), "place: 全国\n");
    const result = await update();
    expect(result.rejected.map((r) => r.file)).toEqual(["empty.txt"]);
    expect(result.warnings).toEqual([
      { file: "empty.txt.meta", kind: "sidecar-unused", message: "not used: its report empty.txt is not indexed (empty)" },
      {
        file: "gone.txt.meta",
        kind: "sidecar-orphan",
        message: "no report gone.txt beside it: a sidecar is named after its report plus .meta (X.txt → X.txt.meta)",
      },
      { file: "gwr/gwr-2019.meta", kind: "sidecar-orphan", message: "no report gwr/gwr-2019 beside it: rename it gwr/gwr-2019.txt.meta" },
    ]);
    expect(result.reports.every((r) => !r.corrected)).toBe(true);
    expect(result.written).toBe(true);
  });
});

describe("the sidecar's own file", () => {
  it("a report saved under a sidecar's name: ten problems and a count, or too large to be read; the report indexed as inferred", async () => {
    const report = await readFile(join(corpus, BEIJING));
    await writeFile(join(corpus, `${BEIJING}.meta`), report);
    const small = await update();
    expect(small.reports[0]).toMatchObject({ file: BEIJING, published: "" });
    expect(small.warnings).toHaveLength(11);
    expect(small.warnings[0]).toEqual({ file: `${BEIJING}.meta`, kind: "sidecar", line: 5, message: expect.stringMatching(/^unknown key "各位代表"/) }); // lines 1-3 are "## …" comments
    expect(small.warnings.at(-1)).toEqual({
      file: `${BEIJING}.meta`,
      kind: "sidecar",
      message: expect.stringMatching(/^\d+ more lines like these: a sidecar holds a few "key: value" lines/),
    });

    await writeFile(join(corpus, `${BEIJING}.meta`), Buffer.concat(Array.from({ length: 13 }, () => report)));
    const large = await update();
    expect(large.read).toEqual([BEIJING]);
    expect(large.warnings).toEqual([{ file: `${BEIJING}.meta`, kind: "sidecar", message: expect.stringMatching(/^too large for a sidecar \(\d+ bytes/) }]);
  });
});
