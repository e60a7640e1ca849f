/**
 * `npm run reindex` as an admin runs it (a process), on a corpus with one bad file of each kind
 * beside good ones in every format and encoding: the table, the rejected list with reasons, the
 * exit codes, --check, --json, and the previous index untouched when nothing usable is found or
 * the write fails. The progress display is checked on a pretend terminal.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatReindexReply } from "../../src/bot/reindex-reply.ts";
import { createProgress } from "../../src/cli/progress.ts";
import type { ReindexOutcome } from "../../src/search/index/reindex-outcome.ts";
import { clip, displayWidth } from "../../src/cli/reindex-report.ts";
import { makeMixedCorpus } from "../support/mixed-corpus.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CORPUS = join(ROOT, "corpus");
const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const execFileAsync = promisify(execFile);
/**
 * A test that runs reindex several times (each a process loading tsx and jieba's dictionary): 25–36 s alone on two
 * cores, and it once took over 60 s beside the rest of the suite. A limit for a hung process, not a speed goal (npm run bench).
 */
const SEVERAL_REINDEX_RUNS_MS = 180_000;

let dir: string;
let corpus: string;

async function reindex(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ["--import", "tsx", "scripts/reindex.ts", ...args], { cwd: ROOT, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-reindex-cli-"));
  corpus = join(dir, "corpus");
  await makeMixedCorpus(corpus);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run reindex on a corpus with one bad file of each kind", () => {
  it(
    "indexes the good reports, lists each bad file with its reason, exits 0",
    async () => {
      const indexPath = join(dir, "index.json");
      const { code, stdout, stderr } = await reindex("--corpus", corpus, "--index", indexPath);
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(/^Reports: 5 \(5 new\)/);
      // Each report with its document model: genre, place, the years its figures describe, publication date.
      for (const [file, title, model] of [
        ["gwr/gwr-2019.txt", "2019年中华人民共和国国务院政府工作报告", "工作报告 全国 2018 -"],
        ["gwr/gwr-2018-gbk.txt", "2018年中华人民共和国国务院政府工作报告", "工作报告 全国 2017 -"],
        ["seed/haidong-2020-education-self-assessment.txt", "政府履行教育职责情况自查自评情况", "自评督导 海东市 2019 2020-11-26"],
        ["gwr-2019-excerpt.docx", "2019年中华人民共和国国务院政府工作报告", "工作报告 全国 2018 -"],
        ["haidong-excerpt.pdf", "政府履行教育职责情况自查自评情况", "自评督导 海东市 2019 2020-11-26"],
      ] as const) {
        expect(stdout).toMatch(new RegExp(`new  ${file.replace(/\./g, "\\.")}\\s+${title}\\s+${model.split(/ +/).join("\\s+")}\\s+\\d+\\s+\\d+\\n`));
      }
      expect(stdout).toMatch(/ {7}file\s+title\s+genre\s+place\s+period\s+published\s+paragraphs\s+figures\n/);
      expect(stdout).not.toContain("Warnings:");
      expect(stdout).toContain("Rejected: 10");
      const reasons: Record<string, [string, string]> = {
        "binary.txt": ["binary", "binary file"],
        "broken.docx": ["damaged", "damaged Word file"],
        "empty.txt": ["empty", "empty file"],
        "huge.txt": ["too-large", "too large (11 MB, the limit is 10 MB)"],
        "old-format.doc": ["unsupported", "Word 97-2003 .doc is not read: open it in Word and save it as .docx"],
        "password-protected.pdf": ["password", "password-protected PDF"],
        "scanned.pdf": ["no-text", "no text found in the PDF"],
        "undecodable.txt": ["undecodable", "undecodable (not UTF-8 or GBK)"],
        "uploads/gwr-2019.txt": ["duplicate", "duplicate of gwr/gwr-2019.txt (the same bytes)"],
        "uploads/haidong-gb18030.txt": ["duplicate", "duplicate of seed/haidong-2020-education-self-assessment.txt (the same text)"],
      };
      const escapeRegExp = (text: string) => text.replace(/[().]/g, "\\$&");
      for (const [file, [kind, reason]] of Object.entries(reasons)) {
        expect(stdout).toMatch(new RegExp(`\\n  ${escapeRegExp(file)}\\s+${kind}\\s+${escapeRegExp(reason)}`));
      }
      expect(stdout).toMatch(/Wrote .*index\.json: 5 reports, [\d,]+ paragraphs, [\d.]+ (?:kB|MB) \(full build: no index at .* yet, [\d.]+ s\)\./);
      // Not a terminal: plain progress lines, one per file read.
      expect(stderr).toMatch(/^scan  15 files$/m);
      expect(stderr).toMatch(/^read  1\/12 binary\.txt$/m); // 15 less the .doc (by name), huge.txt (by size), the byte copy

      // Again: nothing changed; the broken files that were read are remembered, not read again (a copy
      // in another encoding is read again: whether it duplicates a report depends on the other files).
      const again = await reindex("--corpus", corpus, "--index", indexPath);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("Reports: 5 (5 unchanged)");
      expect(again.stdout).toContain("Rejected: 10");
      expect(again.stdout).toMatch(/is up to date .* nothing changed, nothing written/);
      expect(again.stderr.split("\n").filter((l) => l.startsWith("read "))).toEqual(["read  1/1 uploads/haidong-gb18030.txt"]);
    },
    SEVERAL_REINDEX_RUNS_MS,
  );

  it(
    "--check prints the same report and writes nothing; --json is one object",
    async () => {
      const indexPath = join(dir, "check.json");
      const checked = await reindex("--corpus", corpus, "--index", indexPath, "--check");
      expect(checked.code).toBe(0);
      expect(checked.stdout).toContain("Rejected: 10");
      expect(checked.stdout).toMatch(/Check only .* 5 reports would be indexed, 10 rejected; nothing was written/);
      await expect(readFile(indexPath)).rejects.toThrow(/ENOENT/);

      const json = await reindex("--corpus", corpus, "--index", indexPath, "--check", "--json");
      expect(json.stderr).toBe("");
      const outcome = JSON.parse(json.stdout) as ReindexOutcome;
      expect(outcome).toMatchObject({ exitCode: 0, check: true, written: false, error: null });
      expect(outcome.reports.map((r) => r.file)).toEqual([
        "gwr-2019-excerpt.docx",
        "gwr/gwr-2018-gbk.txt",
        "gwr/gwr-2019.txt",
        "haidong-excerpt.pdf",
        "seed/haidong-2020-education-self-assessment.txt",
      ]);
      expect(new Set(outcome.rejected.map((r) => r.kind))).toEqual(
        new Set(["binary", "damaged", "empty", "duplicate", "too-large", "unsupported", "password", "no-text", "undecodable"]),
      );

      // The admin who sent a file to the bot reads the same rejections in Chinese, with what to do.
      const reply = formatReindexReply(outcome);
      for (const line of [
        "• uploads/gwr-2019.txt：重复文件，与已收录的 gwr/gwr-2019.txt 内容相同。",
        "• uploads/haidong-gb18030.txt：重复文件，与已收录的 seed/haidong-2020-education-self-assessment.txt 内容相同。",
        "• huge.txt：文件过大（11 MB，上限 10 MB），请确认它是一份报告。",
        "• old-format.doc：不支持的文件类型（.doc），请另存为 .docx 再发送。",
        "• password-protected.pdf：有密码保护，请另存一份不带密码的文件再发送。",
        "• undecodable.txt：无法识别的编码，请另存为 UTF-8 或 GBK 编码的文本。",
      ]) {
        expect(reply).toContain(line);
      }
      expect(reply).not.toMatch(/[a-z]{4,} [a-z]{4,}/); // no English sentence
    },
    SEVERAL_REINDEX_RUNS_MS,
  );
});

describe("sidecars and warnings", () => {
  it(
    "a sidecar's correction is marked in the table; --check lists the warnings; exit codes unchanged",
    async () => {
      const small = join(dir, "with-sidecars");
      await mkdir(small);
      await copyFile(join(FIXTURES, "pdf-text/beijing-2024-gwr-pdftotext.txt"), join(small, "beijing-2024-gwr.txt"));
      await writeFile(join(small, "beijing-2024-gwr.txt.meta"), "# the PDF text prints no date\npublished: 2024-01\nplace: 普陀区\n");
      await writeFile(join(small, "notes.txt"), "工作情况报告\n\n一、主要工作\n完成业务培训120人次，发放补贴35万元，新建服务站点8个。\n");
      await writeFile(join(small, "old.txt.meta"), "year: 2020\n");
      const indexPath = join(dir, "with-sidecars.json");

      const checked = await reindex("--corpus", small, "--index", indexPath, "--check");
      expect(checked.code, checked.stderr).toBe(0);
      expect(checked.stdout).toMatch(/new {2}beijing-2024-gwr\.txt\s+北京市2024年政府工作报告\s+工作报告\s+北京市\s+2023\s+2024-01\*\s+\d+\s+\d+\n/);
      expect(checked.stdout).toMatch(/new {2}notes\.txt\s+工作情况报告\s+其他\s+\?\s+\?\s+-\s+1\s+3\n/);
      expect(checked.stdout).toContain("  * set by the report's sidecar (its file name + .meta)\n");
      expect(checked.stdout).not.toMatch(/Rejected|unsupported/);
      expect(checked.stdout).toContain('Warnings: 4 (indexed all the same; "?" in the table is unknown)\n');
      for (const line of [
        /beijing-2024-gwr\.txt\.meta:3 +sidecar +place "普陀区" is more than one place \(上海市普陀区, 浙江省舟山市普陀区\): write the one you mean in full \("place: 上海市普陀区"\)\n/,
        /notes\.txt +no-place +no place could be inferred: write the line "place: …" .* in notes\.txt\.meta\n/,
        /notes\.txt +no-period +no period could be inferred: write the line "period: …" .* in notes\.txt\.meta\n/,
        /old\.txt\.meta +sidecar-orphan +no report old\.txt beside it/,
      ]) {
        expect(checked.stdout).toMatch(line);
      }

      const json = JSON.parse((await reindex("--corpus", small, "--index", indexPath, "--json")).stdout) as ReindexOutcome;
      expect(json.exitCode).toBe(0);
      expect(json.written).toBe(true);
      expect(json.reports[0]).toMatchObject({
        file: "beijing-2024-gwr.txt",
        genre: "工作报告",
        place: { name: "北京市", code: "11", level: "province" },
        period: { from: 2023, to: 2023 },
        published: "2024-01",
        corrected: ["published"],
      });
      expect(json.warnings.map((w) => [w.file, w.kind, w.line])).toEqual([
        ["beijing-2024-gwr.txt.meta", "sidecar", 3],
        ["notes.txt", "no-place", undefined],
        ["notes.txt", "no-period", undefined],
        ["old.txt.meta", "sidecar-orphan", undefined],
      ]);

      // The admin who sent notes.txt reads what could not be inferred and how to correct it.
      const reply = formatReindexReply(json, "notes.txt");
      expect(reply).toContain("• notes.txt：工作情况报告 · 其他 · 地区不详 · 数据年份不详 · 发布日期不详 · 1 段 · 3 个数字（新增）");
      expect(reply).toContain("⚠️ 未能识别报告所属地区：可在语料目录中放一个 notes.txt.meta 文件，写一行 place: 地名（如 合肥市、上海市普陀区、全国）。");
      expect(reply).toContain("⚠️ 未能识别数据所属年份：可在 notes.txt.meta 文件中写一行 period: 2024（跨年份写 2021-2025）。");
      expect(reply).toContain("• beijing-2024-gwr.txt：北京市2024年政府工作报告 · 工作报告 · 北京市 · 2023年数据 · 2024-01发布 · ");
      expect(reply).toContain("个数字（新增；按 .meta 更正发布日期）");
      expect(reply).toContain("另有 2 条提示（地区或年份未识别、.meta 文件有误等），详见服务器上的 npm run reindex -- --check。");

      // Fixed by a sidecar: notes.txt is read again (only it), its warnings are gone.
      await writeFile(join(small, "notes.txt.meta"), "place: 全国\nperiod: 2024\n");
      const fixed = await reindex("--corpus", small, "--index", indexPath);
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toMatch(/changed {2}notes\.txt\s+工作情况报告\s+其他\s+全国\*\s+2024\*\s+-/);
      expect(fixed.stderr.split("\n").filter((l) => l.startsWith("read "))).toEqual(["read  1/1 notes.txt"]);
      expect(fixed.stdout).toContain("Warnings: 2");
    },
    SEVERAL_REINDEX_RUNS_MS,
  );
});

describe("failures leave the previous index untouched", () => {
  it("exits 1 when no file is usable", async () => {
    const bad = join(dir, "only-bad");
    await mkdir(bad);
    await copyFile(join(FIXTURES, "formats/scanned.pdf"), join(bad, "scanned.pdf"));
    await writeFile(join(bad, "empty.txt"), "");
    const indexPath = join(dir, "kept.json");
    await writeFile(indexPath, "previous index");
    const { code, stdout, stderr } = await reindex("--corpus", bad, "--index", indexPath);
    expect(code).toBe(1);
    expect(stdout).toMatch(/scanned\.pdf\s+no-text/);
    expect(stderr).toMatch(/No usable report in .*only-bad: nothing was written; the index at .*kept\.json is untouched\./);
    expect(await readFile(indexPath, "utf8")).toBe("previous index");
  }, 30_000);

  it("exits 1 when the write fails, leaving no temp file", async () => {
    const small = join(dir, "small");
    await mkdir(small);
    await copyFile(join(CORPUS, "gwr/gwr-2019.txt"), join(small, "gwr-2019.txt"));
    // The index path is a folder with something in it: the final rename fails.
    const indexPath = join(dir, "occupied");
    await mkdir(indexPath);
    await writeFile(join(indexPath, "keep.txt"), "previous");
    const { code, stderr } = await reindex("--corpus", small, "--index", indexPath);
    expect(code).toBe(1);
    expect(stderr).toMatch(/reindex failed: .*The previous index \(if any\) is untouched\./);
    expect(await readFile(join(indexPath, "keep.txt"), "utf8")).toBe("previous");
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 30_000);

  it("exits 2 on a bad command line, with the usage", async () => {
    const { code, stderr } = await reindex("--corpse", "x");
    expect(code).toBe(2);
    expect(stderr).toContain("Usage: npm run reindex");
  });
});

describe("progress and table helpers", () => {
  it("draws a bar in place on a terminal, plain lines elsewhere", () => {
    let tty = "";
    const bar = createProgress({ isTTY: true, columns: 80, write: (s: string) => (tty += s) });
    bar.update({ phase: "read", done: 1, total: 2, file: "gwr/gwr-2019.txt" });
    bar.update({ phase: "read", done: 2, total: 2, file: "seed/x.txt" });
    bar.update({ phase: "write", done: 1, total: 1 });
    bar.done();
    expect(tty).toContain("\r\x1b[2Kread  ████████████░░░░░░░░░░░░ 1/2 gwr/gwr-2019.txt");
    expect(tty).toContain("\r\x1b[2Kread  ████████████████████████ 2/2 \n");
    expect(tty.endsWith("write ████████████████████████ 1/1 \n")).toBe(true);

    let plain = "";
    const lines = createProgress({ write: (s: string) => (plain += s) });
    lines.update({ phase: "scan", done: 1, total: 2, file: "a" });
    lines.update({ phase: "scan", done: 2, total: 2, file: "b" });
    lines.update({ phase: "read", done: 1, total: 1, file: "b" });
    lines.update({ phase: "write", done: 0, total: 1 });
    lines.update({ phase: "write", done: 1, total: 1 });
    expect(plain).toBe("scan  2 files\nread  1/1 b\nwrite\n");
  });

  it("measures Chinese text in terminal columns", () => {
    expect(displayWidth("2019年政府工作报告")).toBe(4 + 7 * 2);
    expect(clip("2019年中华人民共和国国务院政府工作报告", 20)).toBe("2019年中华人民共和…");
    expect(displayWidth(clip("2019年中华人民共和国国务院政府工作报告", 20))).toBeLessThanOrEqual(20);
  });
});
