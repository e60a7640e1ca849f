import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { extractHtmlTables, extractMarkdownTables } from "../../../src/ingest/tables/index.ts";
import { fixture, takenOut } from "./outside.ts";

describe("extractMarkdownTables: pipe tables (第三次全国工业普查主要数据公报, CRLF)", async () => {
  const input = await readFile(fixture("industry-census-1995-excerpt.md"), "utf8");
  const { text, tables } = extractMarkdownTables(input);

  it("takes both tables with their bold captions", () => {
    expect(tables.map((t) => [t.title, t.unit, t.rows.length])).toEqual([
      ["表1：主要产品产量及增长情况", "", 21],
      ["表2：工业经济类型结构变化情况", "", 9],
    ]);
  });

  it("reads cells with a unit after the figure and 倍 as figures", () => {
    const [products] = tables;
    expect(products!.header).toEqual([["产品名称", "1995年产量", "比1985年增长"]]);
    expect(products!.rows[0]).toEqual(["原煤", "13.61 亿吨", "56.1%"]);
    expect(products!.rows[3]).toEqual(["发电量", "10070.30 亿千瓦小时", "1.5倍"]);
    expect(products!.rows[20]).toEqual(["电视机", "3496.23 万台", "1.1倍"]);
  });

  it("spreads a narrower header row over the columns and takes a row of years as header", () => {
    const [, structure] = tables;
    expect(structure!.header).toEqual([
      ["", "按资产总额计算(%)", "按资产总额计算(%)", "按从业人员计算(%)", "按从业人员计算(%)", "按工业总产值计算(%)", "按工业总产值计算(%)"],
      ["", "1985", "1995", "1985", "1995", "1985", "1995"],
    ]);
    expect(structure!.rows[0]).toEqual(["国有工业", "74.6", "53.7", "41.1", "31.6", "64.9", "34.0"]);
    expect(structure!.rows[2]).toEqual(["私营工业", "", "1.0", "", "3.3", "", "2.6"]);
    expect(structure!.rows[6]).toEqual(["全部工业中：", "", "", "", "", "", ""]);
    expect(structure!.rows[8]).toEqual(["三资工业", "0.2", "16.2", "…", "6.1", "0.3", "13.1"]);
  });

  it("leaves every other byte as it was, CRLF line ends included", () => {
    const taken = takenOut(input, text);
    expect(taken).toHaveLength(2);
    expect(taken[0]).toMatch(/^\*\*表1：主要产品产量及增长情况\*\*\r\n\r\n\| 产品名称 \|[\s\S]*\| 电视机 \| 3496\.23 万台 \| 1\.1倍 \|$/);
    expect(text).toContain("工业产品产量大幅度增长，一些重要工业产品产量居世界前列（见表1）。\r\n\r\n\n\n\uE000table 0\uE000\n\n\r\n\r\n");
    expect(taken[1]).toMatch(/^\*\*表2：工业经济类型结构变化情况\*\*\r\n\r\n\|  \|[\s\S]*\| 三资工业 \| 0\.2 \| 16\.2 \| … \| 6\.1 \| 0\.3 \| 13\.1 \|$/);
  });
});

describe("extractMarkdownTables: what it leaves", () => {
  it("leaves pipe tables in fenced code, and lines with pipes but no delimiter row", () => {
    const text = "```\n| a | b |\n| --- | --- |\n| 1 | 2 |\n```\n\n收入 | 支出\n100 | 200\n";
    expect(extractMarkdownTables(text)).toEqual({ text, tables: [] });
  });

  it("leaves a table without a figure", () => {
    const text = "| 单位 | 地址 |\n| --- | --- |\n| 统计局 | 北京东路 |\n";
    expect(extractMarkdownTables(text).tables).toEqual([]);
  });

  it("runs before extractHtmlTables on a file with both, placeholders numbered on", () => {
    const text =
      "表1 收入\n\n| 项目 | 金额 |\n|---|---|\n| 税收 | 12.5 |\n\n<table><tr><td>项目</td><td>金额</td></tr><tr><td>非税</td><td>3.1</td></tr></table>\n";
    const md = extractMarkdownTables(text);
    const html = extractHtmlTables(md.text, md.tables.length);
    expect([...md.tables, ...html.tables].map((t) => t.rows)).toEqual([[["税收", "12.5"]], [["非税", "3.1"]]]);
    expect(html.html).toBe("\n\n\uE000table 0\uE000\n\n\n\n\n\n\uE000table 1\uE000\n\n\n");
  });
});
