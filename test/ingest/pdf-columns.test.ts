import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../src/ingest/pdf.ts";
import type { ReportSource } from "../../src/ingest/types.ts";

/**
 * 呼和浩特's budget report as 呼和浩特日报 printed it (corpus-heldout72/, page 5 of 2026-03-04): one
 * newspaper page in six columns under a title across them. Read by position line after line, each
 * line held a piece of every column.
 */
let source: ReportSource;
const paragraphs = () => source.text.split("\n\n");

beforeAll(async () => {
  const read = await readPdf(readFileSync(new URL("../../corpus-heldout72/hohhot-2025-budget.pdf", import.meta.url)));
  if ("kind" in read) throw new Error(read.reason);
  source = read;
}, 60_000);

describe("a PDF page set in columns", () => {
  it("is read column by column, so that a sentence stays whole", () => {
    expect(paragraphs()).toContainEqual(expect.stringContaining("全市一般公共预算收入268.61亿元，为预算的100.28%，同比增长5.29%。"));
    expect(paragraphs()).toContainEqual(expect.stringContaining("全市政府性基金预算收入75.78亿元，为调整预算的83.34%，同比下降32.65%。"));
  });

  it("runs a paragraph on from the foot of one column to the head of the next", () => {
    // "…全市一般公共预算收入达到1221.59亿元，比“十三" ends the first column; "五”时期增长11.45%…" heads the second.
    expect(paragraphs()).toContainEqual(
      expect.stringContaining("全市一般公共预算收入达到1221.59亿元，比“十三五”时期增长11.45%；全市一般公共预算支出2598.91亿元"),
    );
  });

  it("reads the title over the columns before them, and the columns' text after it", () => {
    const text = source.text;
    expect(text.indexOf("呼和浩特市财政局")).toBeLessThan(text.indexOf("各位代表："));
    expect(text.indexOf("各位代表：")).toBeLessThan(text.indexOf("一、2025年预算执行情况"));
  });
});

describe("a PDF heading printed twice over itself (fake bold)", () => {
  it("is read once (晋城's budget report, corpus-heldout18)", async () => {
    const read = await readPdf(readFileSync(new URL("../../corpus-heldout18/jincheng-2025-budget.pdf", import.meta.url)));
    if ("kind" in read) throw new Error(read.reason);
    // Both prints were read before: "…晋城经济技术开发区预算执行情况晋城经济技术开发区预算执行情况".
    expect(read.text).toContain("晋城经济技术开发区预算执行情况");
    expect(read.text).not.toContain("晋城经济技术开发区预算执行情况晋城经济技术开发区预算执行情况");
    // Its number printed a character to the right over itself ("（六" then "六）"): "（六）", not "（（六六））".
    expect(read.text).toContain("（六）晋城经济技术开发区预算执行情况");
  }, 60_000);
});
