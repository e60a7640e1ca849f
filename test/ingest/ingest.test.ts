import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestCorpus, ingestFile, ingestText } from "../../src/ingest/ingest.ts";
import type { IngestedReport, RejectedFile } from "../../src/ingest/types.ts";

const corpusDir = fileURLToPath(new URL("../../corpus/", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const SEED = "seed/haidong-2020-education-self-assessment.txt";

function asReport(result: IngestedReport | RejectedFile): IngestedReport {
  if ("reason" in result) throw new Error(`rejected: ${result.reason}`);
  return result;
}

describe("ingest the seed page", () => {
  let seed: IngestedReport;
  beforeAll(async () => {
    seed = ingestText(SEED, await readFile(new URL(`../../corpus/${SEED}`, import.meta.url), "utf8"));
  });

  it("leaves no page chrome in any paragraph", () => {
    for (const chrome of ["<%", "您当前位置", "点击浏览下一页", "【字体", "ICP", "举报", "发布日期", "点击查看更多内容"]) {
      expect(seed.paragraphs.filter((p) => p.text.includes(chrome))).toEqual([]);
    }
    expect(seed.paragraphs.some((p) => p.text.startsWith("我市高度重视履行教育职责"))).toBe(true);
  });

  it("reads title, signature date, year, source and the document model", () => {
    expect(seed.report).toEqual({
      file: SEED,
      title: "政府履行教育职责情况自查自评情况",
      date: "2020-11-26",
      year: 2020,
      source: "中国中小企业海东网",
      genre: "自评督导",
      issuer: "",
      // The title names no place: the body's 全市 says a city, and 海东市 is the city it names most.
      place: { name: "海东市", code: "6302", level: "city" },
      period: { from: 2019, to: 2019 },
      published: "2020-11-26",
    });
    expect(seed.paragraphs.some((p) => p.text.includes("2020年11月26日") || p.text === seed.report.title)).toBe(false);
  });

  it("gives the 95.62% paragraph the path 二、主要成效 › (六)…", () => {
    const paragraph = seed.paragraphs.find((p) => p.text.includes("全市高中阶段毛入学率达到95.62%"));
    expect(paragraph?.headings).toEqual(["二、主要成效", "(六)统筹各级各类教育健康发展"]);
    expect(paragraph?.sentences).toContain("2019年,全市高中阶段毛入学率达到95.62%。");
    expect(paragraph?.text).toContain("普惠性幼儿园覆盖率达到99.8%。");
  });

  it("uses a short first sentence after a marker as the paragraph's heading", () => {
    const paragraph = seed.paragraphs.find((p) => p.text.startsWith("(一)切实履行政府责任。"));
    expect(paragraph?.headings).toEqual(["五、存在问题及下步工作打算", "(一)切实履行政府责任"]);
  });
});

describe("ingest government work reports", () => {
  it("keeps a traditional-character report as printed, with its title and year (gwr-1954)", async () => {
    const report = asReport(await ingestFile(corpusDir, "gwr/gwr-1954.txt"));
    expect(report.report).toMatchObject({ title: "1954年中华人民共和国国务院政府工作报告", date: "1954", year: 1954 });
    expect(report.paragraphs.some((p) => p.text.startsWith("我們第一届全國人民代表大會第一次會議"))).toBe(true);
  });

  it("normalises full-width digits (gwr-2002) and joins PM2.5 (gwr-2019)", async () => {
    const r2002 = asReport(await ingestFile(corpusDir, "gwr/gwr-2002.txt"));
    expect(r2002.paragraphs.some((p) => p.sentences.some((s) => s.includes("国内生产总值达到95933亿元")))).toBe(true);
    const r2019 = asReport(await ingestFile(corpusDir, "gwr/gwr-2019.txt"));
    const pm = r2019.paragraphs.find((p) => p.text.includes("细颗粒物（PM2.5）浓度继续下降，生态文明建设成效显著。"));
    expect(pm?.headings).toEqual(["一、2018年工作回顾"]);
  });

  it("builds section paths for an old report (gwr-1998)", async () => {
    const report = asReport(await ingestFile(corpusDir, "gwr/gwr-1998.txt"));
    const paragraph = report.paragraphs.find((p) => p.text.includes("1997年国内生产总值达到74772亿元"));
    expect(paragraph?.headings).toEqual(["一、关于过去五年的政府工作"]);
    const agriculture = report.paragraphs.find((p) => p.text.startsWith("农业事关全局"));
    expect(agriculture?.headings).toEqual(["二、关于1998年政府工作的建议", "第一，进一步稳定和加强农业"]);
  });

  it("takes a numbered heading in bold that opens a line of text for a heading (长春 2012, Markdown)", async () => {
    // "**一、2011年工作回顾** 2011年是实施“十二五”规划的第一年。…": the review's heading, then its first paragraph.
    const report = asReport(await ingestFile(join(repoRoot, "corpus-heldout127"), "changchun-2012-work.md"));
    const estimate = report.paragraphs.find((p) => p.text.startsWith("预计全市地区生产总值完成4040亿元"));
    expect(estimate?.headings).toEqual(["一、2011年工作回顾"]);
    expect(report.paragraphs.some((p) => p.text.startsWith("2011年是实施“十二五”规划的第一年"))).toBe(true);
  });
});

describe("ingestFile and ingestCorpus", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "zhaoshu-ingest-"));
    await mkdir(join(dir, "sub"));
    await writeFile(join(dir, "README.md"), "# not a report\n");
    // A folder's provenance notes, as the held-out folders keep them: sizes and dates, never a report's figures.
    await writeFile(join(dir, "sub", "SOURCES.md"), "| `page.html` | 海东市 | 2021-05-08 | 29311 字节 |\n");
    await writeFile(join(dir, ".hidden.txt"), "一、隐藏\n不应读取。\n");
    await writeFile(join(dir, "empty.txt"), "  \n\n");
    await writeFile(join(dir, "image.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    await writeFile(join(dir, "report.pdf"), "%PDF-1.4");
    await writeFile(join(dir, "sheet.xlsx"), "PK");
    await writeFile(join(dir, "only-chrome.txt"), "点击查看更多内容\n青ICP备05000331号\n");
    await writeFile(join(dir, "sub", "page.html"), "<html><body><h1>海东市教育报告</h1><p>全市毛入学率达到95.62%。</p></body></html>");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("rejects bad files with a reason and never throws", async () => {
    const { reports, rejected } = await ingestCorpus(dir);
    expect(rejected).toEqual([
      { file: "empty.txt", kind: "empty", reason: "empty file" },
      { file: "image.txt", kind: "binary", reason: "binary file" },
      { file: "only-chrome.txt", kind: "no-text", reason: "no text found" },
      { file: "report.pdf", kind: "damaged", reason: expect.stringMatching(/^damaged PDF/) },
      { file: "sheet.xlsx", kind: "unsupported", reason: "unsupported file type .xlsx: use .txt .md .html .htm .docx .pdf" },
    ]);
    expect(reports.map((r) => [r.report.file, r.report.title, r.paragraphs.map((p) => p.text)])).toEqual([
      ["sub/page.html", "海东市教育报告", ["全市毛入学率达到95.62%。"]],
    ]);
  });

  it("ingests the whole real corpus: 53 reports, none rejected, README skipped", async () => {
    const { reports, rejected } = await ingestCorpus(corpusDir);
    expect(rejected).toEqual([]);
    expect(reports).toHaveLength(53);
    expect(reports.map((r) => r.report.file)).not.toContain("README.md");
    expect(reports[0]?.report.file).toBe("gwr/gwr-1954.txt");
    expect(reports.at(-1)?.report.file).toBe(SEED);
    for (const { report, paragraphs } of reports) {
      expect(report.year, report.file).not.toBeNull();
      expect(paragraphs.length, report.file).toBeGreaterThan(10);
      for (const p of paragraphs) expect(p.sentences.join(""), report.file).toBe(p.text);
      expect(
        paragraphs.some((p) => /本作品|Public domain/.test(p.text)),
        report.file,
      ).toBe(false);
    }
  });
});
