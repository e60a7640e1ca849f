import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { extractHtmlTables } from "../../../src/ingest/tables/index.ts";
import { fixture, takenOut } from "./outside.ts";

describe("extractHtmlTables: HTML tables in a Markdown file (南京 2022 bulletin)", async () => {
  const input = await readFile(fixture("nanjing-2022-tjgb-excerpt.md"), "utf8");
  const { html, tables } = extractHtmlTables(input);

  it("takes the three tables with their captions, units and headers", () => {
    expect(tables.map((t) => [t.title, t.unit, t.rows.length])).toEqual([
      ["表1\u2002 2022年居民消费和商品零售价格涨跌幅度", "%", 10],
      ["表4\u2002 2022年南京进出口情况", "", 17],
      ["表5\u2002 2022年南京对主要国家、地区贸易情况", "", 12],
    ]);
    expect(tables[0]!.header).toEqual([["指标名称", "2021年", "2022年"]]);
    expect(tables[1]!.header).toEqual([["指标", "金额（亿元）", "比上年增长（%）"]]);
    expect(tables[2]!.header).toEqual([["国别和地区", "出口额（亿元）", "比上年增长（%）", "进口额（亿元）", "比上年增长（%）"]]);
  });

  it("keeps each row's cells as printed", () => {
    const [prices, trade, partners] = tables;
    expect(prices!.rows[0]).toEqual(["居民消费价格", "1.5", "2.2"]);
    expect(prices!.rows[3]).toEqual(["三、居住[3]", "1.0", "0.8"]);
    expect(prices!.rows[9]).toEqual(["商品零售价格", "2.1", "2.6"]);
    expect(trade!.rows[2]).toEqual(["其中：一般贸易", "3018", "-2.5"]);
    expect(trade!.rows[16]).toEqual(["民营企业", "500.9", "19.8"]);
    expect(partners!.rows[2]).toEqual(["#\u00a0日本", "146.1", "-19.1", "307.9", "6.5"]);
    expect(partners!.rows[10]).toEqual(["#\u00a0美国", "633.0", "-8.5", "123.9", "16.4"]);
  });

  it("leaves the text around the tables as it was, taking only each caption and the table", () => {
    const taken = takenOut(input, html);
    expect(taken).toHaveLength(3);
    expect(taken[0]).toMatch(/^表1\u2002 2022年居民消费和商品零售价格涨跌幅度（单位：%）\n\n<table>[\s\S]*<\/table>$/);
    expect(taken[1]).toMatch(/^表4\u2002 2022年南京进出口情况\n\n<table>[\s\S]*<\/table>$/);
    expect(html).toContain("外贸市场基本平稳。据海关统计，全年进出口总额6292.13亿元，比上年增长0.3%。");
    expect(html).toContain("\n\n\uE000table 2\uE000\n\n");
  });
});

describe("extractHtmlTables: mammoth's HTML of a Word file (南京 2021 bulletin)", async () => {
  const input = await readFile(fixture("nanjing-2021-tjgb-mammoth.html"), "utf8");
  const { html, tables } = extractHtmlTables(input);

  it("takes the caption from the table's first, spanning row, and from the paragraph before", () => {
    expect(tables.map((t) => [t.title, t.unit])).toEqual([
      ["表1 2021年居民消费和商品零售价格涨跌幅度", "%"],
      ["表3按商品分类限额以上批发零售企业消费品零售情况", ""],
    ]);
    expect(takenOut(input, html)[1]).toMatch(/^<p>表3按商品分类限额以上批发零售企业消费品零售情况<\/p><table>/);
  });

  it("joins a header cell's paragraphs and trims the cells", () => {
    expect(tables[1]!.header).toEqual([["指标", "绝对值（亿元）", "比上年增长（%）"]]);
    expect(tables[1]!.rows[0]).toEqual(["粮油、食品类", "607.53", "12.2"]);
    expect(tables[1]!.rows.at(-1)).toEqual(["汽车类", "802.36", "11.0"]);
    expect(tables[0]!.rows[1]).toEqual(["一、食品烟酒", "9.4", "1.4"]);
  });

  it("keeps the paragraphs around them", () => {
    expect(html).toMatch(/^<!--[^\n]*-->\n<p>居民消费价格温和上涨。/);
    expect(html).toContain("<p>网络消费占比提升。");
  });
});

describe("extractHtmlTables: refusals", () => {
  it("leaves a converted PDF's table whose cells each hold a column that does not line up (民政 2021)", async () => {
    const input = await readFile(fixture("minzheng-2021-mammoth.html"), "utf8");
    expect(extractHtmlTables(input)).toEqual({ html: input, tables: [] });
  });

  it("leaves layout tables: one column, or no figure", () => {
    const page =
      "<table><tr><td>首页</td></tr><tr><td>新闻</td></tr></table><table><tr><td>主办单位</td><td>南京市统计局</td></tr><tr><td>地址</td><td>北京东路</td></tr></table>";
    expect(extractHtmlTables(page)).toEqual({ html: page, tables: [] });
  });
});

describe("extractHtmlTables: spans, entities, header rows", () => {
  // The header of 民政 2021 表 3 (rowspan 指标/单位/合计 beside a colspan over 城市 and 农村) with
  // its first row's figures, written cell by cell.
  const html = [
    "<p>表 3\t2021 年社区服务机构和设施情况</p>",
    '<table><tr><td rowspan="2">指标</td><td rowspan="2">单位</td><td rowspan="2">合计</td><td colspan="2">其中</td></tr>',
    "<tr><td>城市</td><td>农村</td></tr>",
    "<tr><td>社区综合服务机构和设施</td><td>万个</td><td>56.7</td><td>16.3</td><td>40.4</td></tr>",
    "<tr><td>社区服务中心&nbsp;</td><td>万个</td><td>2.9</td><td>1.6</td><td>1.3</td></tr></table>",
    "<p>（二）社区服务。</p>",
  ].join("");

  it("repeats a spanning cell in every slot it covers and decodes entities", () => {
    const { tables } = extractHtmlTables(html);
    expect(tables).toEqual([
      {
        title: "表 3 2021 年社区服务机构和设施情况",
        unit: "",
        header: [
          ["指标", "单位", "合计", "其中", "其中"],
          ["指标", "单位", "合计", "城市", "农村"],
        ],
        rows: [
          ["社区综合服务机构和设施", "万个", "56.7", "16.3", "40.4"],
          ["社区服务中心", "万个", "2.9", "1.6", "1.3"],
        ],
      },
    ]);
  });

  it("reads <th> and <thead> rows as header, a unit line after the table, and a note row as text after it", () => {
    const page = [
      "<table><thead><tr><th>项目</th><th>2023</th><th>2024</th></tr></thead>",
      "<tbody><tr><td>一般公共预算收入</td><td>1,558.2</td><td>1,602.5</td></tr>",
      "<tr><td>税收收入</td><td>1,208.9</td><td>1,250.0</td></tr>",
      '<tr><td colspan="3">注：2024年为预算数。</td></tr></tbody></table>',
      "<p>（单位：亿元）</p><p>下一段。</p>",
    ].join("");
    const { html: out, tables } = extractHtmlTables(page);
    expect(tables[0]!.header).toEqual([["项目", "2023", "2024"]]);
    expect(tables[0]!.unit).toBe("亿元");
    expect(tables[0]!.rows).toEqual([
      ["一般公共预算收入", "1,558.2", "1,602.5"],
      ["税收收入", "1,208.9", "1,250.0"],
    ]);
    expect(out).toBe("\n\n\uE000table 0\uE000\n\n注：2024年为预算数。\n\n<p>下一段。</p>");
  });

  it("numbers placeholders from `first`", () => {
    expect(extractHtmlTables(html, 4).html).toContain("\uE000table 4\uE000");
  });
});
