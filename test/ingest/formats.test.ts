/**
 * Word and PDF reports, on files LibreOffice made from real report text
 * (scripts/make-format-fixtures.ts): the same paragraphs, section paths, title and date come out
 * as from the corpus text file they were made from; a PDF in a standard Chinese font (ReportLab) too.
 * And the files an admin really gets wrong: a password, a scan, a Word 97 file, a truncated download.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestBytes, ingestFile, ingestText } from "../../src/ingest/ingest.ts";
import { layoutPdf, type PdfRun } from "../../src/ingest/pdf.ts";
import { buildParagraphs } from "../../src/ingest/structure.ts";
import type { IngestedReport, RejectedFile } from "../../src/ingest/types.ts";

const corpusDir = fileURLToPath(new URL("../../corpus/", import.meta.url));
const formatsDir = fileURLToPath(new URL("../fixtures/formats/", import.meta.url));
const fixture = (name: string) => readFile(new URL(`../fixtures/formats/${name}`, import.meta.url));

function asReport(result: IngestedReport | RejectedFile): IngestedReport {
  if ("reason" in result) throw new Error(`rejected: ${result.reason}`);
  return result;
}

const EXCERPTS = [
  { name: "gwr-2019-excerpt", source: "gwr/gwr-2019.txt", paragraphs: 11 },
  { name: "haidong-excerpt", source: "seed/haidong-2020-education-self-assessment.txt", paragraphs: 2 },
] as const;

describe.each(EXCERPTS)("$name as Word and PDF", ({ name, source, paragraphs: count }) => {
  let original: IngestedReport;
  beforeAll(async () => {
    original = asReport(await ingestFile(corpusDir, source));
  });

  it.each(["docx", "pdf", "html"])("%s: the title, date and paragraphs of the text file, with their section paths", async (ext) => {
    const report = asReport(await ingestFile(formatsDir, `${name}.${ext}`));
    expect(report.report).toMatchObject({ file: `${name}.${ext}`, title: original.report.title, date: original.report.date, year: original.report.year });
    expect(report.paragraphs).toHaveLength(count);
    for (const p of report.paragraphs) {
      const same = original.paragraphs.find((o) => o.text === p.text);
      expect(same, `${ext}: ${p.text.slice(0, 40)}`).toBeDefined();
      expect(p.headings).toEqual(same!.headings);
      expect(p.sentences).toEqual(same!.sentences);
    }
  });
});

describe("what the PDF and Word readers keep", () => {
  it("joins a paragraph's lines across a page break, without the spaces PDF puts around digits", async () => {
    const report = asReport(await ingestFile(formatsDir, "haidong-excerpt.pdf"));
    const paragraph = report.paragraphs.find((p) => p.text.includes("95.62%"))!;
    expect(paragraph.sentences).toContain("2019年,全市高中阶段毛入学率达到95.62%。");
    expect(paragraph.headings).toEqual(["二、主要成效", "(六)统筹各级各类教育健康发展"]);
    // The signature date, set right, is the report's date and not a paragraph.
    expect(report.report.date).toBe("2020-11-26");
    expect(report.paragraphs.some((p) => p.text.includes("2020年11月26日"))).toBe(false);
  });

  it("reads a PDF set in a standard Chinese font that is not embedded (STSong-Light: its text needs Adobe's CMaps)", async () => {
    const original = asReport(await ingestFile(corpusDir, "seed/haidong-2020-education-self-assessment.txt"));
    const report = asReport(await ingestFile(formatsDir, "standard-cjk-font.pdf"));
    expect(report.report.title).toBe(original.report.title);
    expect(report.paragraphs.map((p) => p.text)).toEqual([7, 8].map((i) => original.paragraphs[i]!.text));
    expect(report.paragraphs.flatMap((p) => p.sentences)).toContain("2019年,全市高中阶段毛入学率达到95.62%。");
  });

  it("takes Word heading styles as headings (gwr-2019: 一、2018年工作回顾)", async () => {
    const report = asReport(await ingestFile(formatsDir, "gwr-2019-excerpt.docx"));
    const gdp = report.paragraphs.find((p) => p.text.includes("国内生产总值增长6.6%"))!;
    expect(gdp.headings).toEqual(["一、2018年工作回顾"]);
  });
});

describe("files an admin gets wrong", () => {
  it("refuses a password-protected PDF", async () => {
    expect(await ingestFile(formatsDir, "password-protected.pdf")).toMatchObject({
      kind: "password",
      reason: expect.stringContaining("password-protected PDF"),
    });
  });

  it("refuses a scanned PDF (no text layer), saying to OCR it", async () => {
    expect(await ingestFile(formatsDir, "scanned.pdf")).toMatchObject({ kind: "no-text", reason: expect.stringMatching(/no text found in the PDF.*OCR/) });
  });

  it("refuses a Word 97-2003 .doc with the way out, and the same file renamed .docx", async () => {
    expect(await ingestFile(formatsDir, "word-97.doc")).toEqual({
      file: "word-97.doc",
      kind: "unsupported",
      reason: "Word 97-2003 .doc is not read: open it in Word and save it as .docx",
    });
    expect(await ingestBytes("renamed.docx", await fixture("word-97.doc"))).toMatchObject({ kind: "damaged", reason: expect.stringContaining("Word 97-2003") });
  });

  it("refuses a truncated PDF and a truncated Word file as damaged, without throwing", async () => {
    const pdf = await fixture("haidong-excerpt.pdf");
    expect(await ingestBytes("cut.pdf", pdf.subarray(0, pdf.length / 3))).toMatchObject({ kind: "damaged", reason: expect.stringMatching(/^damaged PDF/) });
    const docx = await fixture("haidong-excerpt.docx");
    expect(await ingestBytes("cut.docx", docx.subarray(0, docx.length / 2))).toMatchObject({
      kind: "damaged",
      reason: expect.stringMatching(/^damaged Word file/),
    });
    expect(await ingestBytes("text.docx", Buffer.from("一、这不是Word文件"))).toMatchObject({ kind: "damaged" });
  });

  it("recognises an encrypted Word package by its EncryptedPackage stream", async () => {
    // LibreOffice here cannot write an encrypted .docx; the container's first bytes and stream name are what is looked at.
    const cfb = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le")]);
    expect(await ingestBytes("secret.docx", cfb)).toMatchObject({ kind: "password" });
  });

  it("refuses a file over the size limit without reading it", async () => {
    expect(await ingestFile(formatsDir, "gwr-2019-excerpt.pdf", { maxBytes: 1000 })).toMatchObject({
      kind: "too-large",
      reason: expect.stringMatching(/too large \(0\.\d MB, the limit is 0\.0 MB\)/),
    });
  });
});

describe("layoutPdf", () => {
  const run = (text: string, x: number, y: number, size = 12): PdfRun => ({ text, x, y, size, width: [...text].length * size });
  const page = (runs: PdfRun[]) => ({ runs });

  it("cuts paragraphs at an indent and at a short last line; drops page numbers; headings by size", () => {
    const pages = [1, 2, 3].map((n) =>
      page([
        run("国务院公报", 57, 800, 9),
        ...(n === 1 ? [run("一、2018年工作回顾", 57, 760, 16)] : []),
        run("过去一年是全面贯彻党的十九大精神开局之年，是本届政府依法履", 81, 700),
        run("职第一年。", 57, 680),
        run("国内生产总值增长6.6%，总量突破90万亿元。经济增速与用电、货运", 81, 660),
        run("等实物量指标相匹配。", 57, 640),
        run(`- ${n} -`, 280, 40, 9),
      ]),
    );
    const { text, headings } = layoutPdf(pages);
    const blocks = text.split("\n\n");
    expect(blocks[0]).toBe("一、2018年工作回顾");
    expect(blocks[1]).toBe("过去一年是全面贯彻党的十九大精神开局之年，是本届政府依法履职第一年。");
    expect(blocks[2]).toBe("国内生产总值增长6.6%，总量突破90万亿元。经济增速与用电、货运等实物量指标相匹配。");
    expect(text).not.toMatch(/国务院公报|- \d -/);
    expect(headings).toEqual(new Map([["一、2018年工作回顾", 1]]));
  });
});

describe("format headings in the section structure", () => {
  it("nests unmarked headings by level under the marked ones, and takes a long marked one as a heading", () => {
    const long = "二、坚持稳中求进工作总基调，统筹推进稳增长促改革调结构惠民生防风险保稳定各项工作取得新成效";
    const body = [
      "一、主要成效",
      "学前教育",
      "普惠幼儿园",
      "全市学前教育三年毛入园率达到87.01%。",
      "义务教育",
      "2019年全市义务教育巩固率达到97.54%。",
      long,
      "城镇新增就业1361万人。",
    ].join("\n");
    const paragraphs = buildParagraphs(
      body,
      new Map([
        ["学前教育", 3],
        ["普惠幼儿园", 4],
        ["义务教育", 3],
        [long, 2],
      ]),
    );
    expect(paragraphs.map((p) => [p.headings.join(" › "), p.text])).toEqual([
      ["一、主要成效 › 学前教育 › 普惠幼儿园", "全市学前教育三年毛入园率达到87.01%。"],
      ["一、主要成效 › 义务教育", "2019年全市义务教育巩固率达到97.54%。"],
      [long, "城镇新增就业1361万人。"],
    ]);
  });

  it("reads Markdown # headings as headings", async () => {
    const md = "# 2019年政府工作报告\n\n## 一、2018年工作回顾\n\n### 经济运行保持在合理区间的主要表现和原因分析\n\n国内生产总值增长6.6%。\n";
    const report = asReport(await ingestBytes("report.md", Buffer.from(md)));
    expect(report.report.title).toBe("2019年政府工作报告");
    expect(report.paragraphs).toEqual([
      { headings: ["一、2018年工作回顾", "经济运行保持在合理区间的主要表现和原因分析"], text: "国内生产总值增长6.6%。", sentences: ["国内生产总值增长6.6%。"] },
    ]);
  });

  it("keeps a text file's structure as before (no format headings)", () => {
    const report = ingestText("a.txt", "海东市教育工作情况\n\n一、总体要求\n\n全市毛入学率达到95.62%。\n");
    expect(report.paragraphs[0]!.headings).toEqual(["一、总体要求"]);
  });
});
