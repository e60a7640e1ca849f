import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { extractTextTables, type Table } from "../../../src/ingest/tables/index.ts";
import { fixture, takenLines, takenOut } from "./outside.ts";

/** A column's header as a reader gets it: its header cells top to bottom, joined. */
function columnHeaders(table: Table): string[] {
  return table.rows[0]!.map((_, c) =>
    table.header
      .map((row) => row[c])
      .filter((h) => h !== "")
      .join("/"),
  );
}

describe("extractTextTables: pdftotext -layout, a district budget made with WPS (普陀区人民政府办公室 2025)", async () => {
  const input = await readFile(fixture("putuo-office-2025-budget-layout.txt"), "utf8");
  const { text, tables } = extractTextTables(input);

  it("takes the four tables of figures with their captions and unit lines", () => {
    expect(tables.map((t) => [t.title, t.unit, t.rows.length])).toEqual([
      ["2025年部门财务收支预算总表", "元", 8],
      ["2025年部门收入预算总表", "元", 21],
      ["2025年部门一般公共预算支出功能分类预算表", "元", 21],
      ["2025年部门“三公”经费和机关运行经费预算表", "万元", 1],
    ]);
  });

  it("reads two tables side by side (income | spending) with a group header over each half", () => {
    const [summary] = tables;
    expect(columnHeaders(summary!)).toEqual(["本年收入/项目", "本年收入/预算数", "本年支出/项目", "本年支出/预算数"]);
    expect(summary!.rows[0]).toEqual(["一、财政拨款收入", "91,016,775.35", "一、一般公共服务支出", "82,096,797.42"]);
    expect(summary!.rows[2]).toEqual(["2. 政府性基金", "", "三、卫生健康支出", "1,097,073.43"]);
    expect(summary!.rows[4]).toEqual(["二、事业收入", "", "", ""]);
    expect(summary!.rows[7]).toEqual(["收入总计", "91,016,775.35", "支出总计", "91,016,775.35"]);
  });

  it("gives columns that no row fills their own place, and continues over the page break", () => {
    const income = tables[1]!;
    expect(columnHeaders(income)).toEqual([
      "功能分类科目编码/类",
      "功能分类科目编码/款",
      "项",
      "项目/功能分类科目名称",
      "合计",
      "收入预算/财政拨款收入",
      "事业收入",
      "事业单位/经营收入",
      "其他收入",
    ]);
    expect(income.rows[2]).toEqual(["201", "03", "01", "行政运行", "12,029,501.84", "12,029,501.84", "", "", ""]);
    // The first row of the next page, and the last.
    expect(income.rows[12]).toEqual(["210", "", "", "卫生健康支出", "1,097,073.43", "1,097,073.43", "", "", ""]);
    expect(income.rows[20]).toEqual(["", "", "", "合计", "91,016,775.35", "91,016,775.35", "", "", ""]);
  });

  it("puts an empty cell where a row has no figure, and skips the header the next page repeats", () => {
    const functional = tables[2]!;
    expect(columnHeaders(functional).slice(4)).toEqual(["合计", "一般公共预算支出/基本支出", "项目支出"]);
    expect(functional.rows[2]).toEqual(["201", "03", "01", "行政运行", "12,029,501.84", "11,919,501.84", "110,000.00"]);
    expect(functional.rows[3]).toEqual(["201", "03", "02", "一般行政管理事务", "46,140,000.00", "", "46,140,000.00"]);
    expect(functional.rows[13]).toEqual(["210", "11", "", "行政事业单位医疗", "1,097,073.43", "1,097,073.43", ""]);
    expect(functional.rows[20]).toEqual(["", "", "", "合计", "91,016,775.35", "24,606,775.35", "66,410,000.00"]);
  });

  it("places a one-row table's figures under headers spread over six lines", () => {
    const threePublic = tables[3]!;
    expect(columnHeaders(threePublic)).toEqual([
      "合计",
      "因公出国(境)费",
      "“三公”经费预算数/公务接待费",
      "“三公”经费预算数/小计",
      "公务用车购置及运行费/购置费",
      "运行费",
      "机关运行经费预算/数",
    ]);
    expect(threePublic.rows).toEqual([["867.50", "839.00", "28.50", "", "", "", "213.28"]]);
  });

  it("leaves the prose, the empty tables and their notes as they were", () => {
    const taken = takenLines(input, text);
    expect(taken[0]).toBe(`\f${" ".repeat(25)}2025年部门财务收支预算总表`);
    expect(taken[1]).toMatch(/^编制部门：上海市普陀区人民政府办公室 +单位：元$/);
    expect(taken.at(-1)).toMatch(/^ {4}867\.50 +839\.00 +28\.50 +213\.28$/);
    expect(taken.filter((l) => /预算表$|总表$/.test(l.trim()))).toHaveLength(4);
    expect(taken.some((l) => /政府性基金预算支出功能分类预算表|注:/.test(l))).toBe(false);
    expect(text).toContain("  12. “住房保障支出-住房改革支出-购房补贴”科目186.77万元，主要用于按房改政策规定，行政事业单位向符合条件职工发放的用\n");
    expect(text).toContain("注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。\n");
    expect(text).toContain("    2025年“三公”经费预算数为867.50万元，与2024年预算持平。其中：\n");
  });
});

describe("extractTextTables: pdftotext -layout, final accounts made with Word (普陀区规划和自然资源局 2024)", async () => {
  const input = await readFile(fixture("putuo-planning-2024-final-accounts-layout.txt"), "utf8");
  const { text, tables } = extractTextTables(input);

  it("takes the three tables", () => {
    expect(tables.map((t) => [t.title, t.unit, t.rows.length])).toEqual([
      ["", "", 5],
      ["收入支出决算总表", "万元", 28],
      ["一般公共预算财政拨款支出决算表", "万元", 25],
    ]);
  });

  it("joins a label printed half above and half below its row's figures", () => {
    const spending = tables[2]!;
    expect(columnHeaders(spending)).toEqual(["功能分类/科目编码", "项目/科目名称", "合计", "基本支出", "项目支出"]);
    expect(spending.rows[0]).toEqual(["208", "社会保障和就业支出", "754.75", "754.75", "0.00"]);
    expect(spending.rows[13]).toEqual(["2120101", "行政运行", "1092.80", "1084.02", "8.77"]);
    expect(spending.rows[14]).toEqual(["21202", "城乡社区规划与管理", "2739.56", "488.68", "2250.88"]);
    expect(spending.rows[24]).toEqual(["", "合计", "9746.50", "5364.75", "4381.74"]);
    expect(tables[0]!.rows[4]).toEqual(["5", "上海市普陀区规划和自然资源管理事务中心（下属事业单位）", ""]);
  });

  it("keeps a row of labels only as a row, and the notes under the tables as text", () => {
    const summary = tables[1]!;
    expect(summary.rows[25]).toEqual(["使用非财政拨款结余", "", "结余分配", ""]);
    expect(summary.rows[26]).toEqual(["年初结转和结余", "112.88", "年末结转和结余", "100.00"]);
    const taken = takenLines(input, text);
    expect(taken.map((l) => l.replace(/^\f/, "").trim()).filter((l) => /决算总?表$/.test(l))).toEqual(["收入支出决算总表", "一般公共预算财政拨款支出决算表"]);
    // The second table goes on over a page break (its rows there one column further right).
    expect(taken).toContain("\f 22102      住房改革支出   461.08    461.08      0.00");
    expect(text).toContain("\n  注：本表反映部门本年度的总收支和年末结转结余情况。\n");
    expect(text).toContain("\f          上海市规划和自然资源局 2024 年度部门决算表\n");
  });
});

describe("extractTextTables: what it refuses", () => {
  it("leaves a table whose figures are printed above its labels (ONLYOFFICE, 普陀区财政局 2024 收入决算表)", async () => {
    const input = await readFile(fixture("putuo-finance-2024-final-accounts-layout.txt"), "utf8");
    expect(extractTextTables(input)).toEqual({ text: input, tables: [] });
  });

  it("leaves a budget whose PDF gives its cells out of order, one a line (万里街道 2024, the dev copy)", async () => {
    const input = await readFile(fixture("putuo-wanli-2024-budget-excerpt.txt"), "utf8");
    expect(extractTextTables(input)).toEqual({ text: input, tables: [] });
  });

  it("never takes prose, a table of contents or a lone figure line", () => {
    const prose = [
      "——经济运行保持在合理区间。国内生产总值增长 6.6%，总量突破 90 万亿元。经济增速与用电、",
      "货运等实物量指标相匹配。居民消费价格上涨 2.1%。国际收支基本平衡。城镇新增就业 1361",
      "万人、调查失业率稳定在 5%左右的较低水平。",
      "",
      "  1. 2025年部门财务收支预算总表   ……………………………………………………   12",
      "  2. 2025年部门收入预算总表   …………………………………………………………   13",
      "",
      "2024年",
      "8.5",
      "12.3",
    ].join("\n");
    expect(extractTextTables(prose)).toEqual({ text: prose, tables: [] });
  });
});

describe("extractTextTables: pdftotext without -layout, one cell a line", async () => {
  const input = await readFile(fixture("nanjing-tjgb-writer-pdftotext.txt"), "utf8");
  const { text, tables } = extractTextTables(input);

  it("rebuilds the rows of a table printed row by row under its caption", () => {
    expect(tables).toHaveLength(1);
    const [prices] = tables;
    expect(prices!.title).toBe("表 1 2022 年居民消费和商品零售价格涨跌幅度");
    expect(prices!.unit).toBe("%");
    expect(prices!.header).toEqual([["指标名称", "2021 年", "2022 年"]]);
    expect(prices!.rows[0]).toEqual(["居民消费价格", "1.5", "2.2"]);
    expect(prices!.rows[3]).toEqual(["三、居住[3]", "1.0", "0.8"]);
    expect(prices!.rows[9]).toEqual(["商品零售价格", "2.1", "2.6"]);
  });

  it("takes the caption printed twice, and leaves the table whose header comes out of order", () => {
    const taken = takenOut(input, text);
    expect(taken[0]).toMatch(/^\f表 1 2022 年居民消费和商品零售价格涨跌幅度（单位：%）\n表 1 2022 年居民消费和商品零售价格涨跌幅度（单位：%）\n指标名称\n/);
    expect(text).toContain("表 3 按商品分类限额以上批发零售企业消费品零售情况\n比上年增长\n\n指标\n\n绝对值（亿元）\n\n粮油、食品类\n\n607.53\n");
  });

  it("where -layout output of the same page has the columns, reads that table too", async () => {
    const layout = await readFile(fixture("nanjing-tjgb-writer-pdftotext-layout.txt"), "utf8");
    const [retail] = extractTextTables(layout).tables;
    expect(retail!.title).toBe("表 3 按商品分类限额以上批发零售企业消费品零售情况");
    expect(columnHeaders(retail!)).toEqual(["指标", "绝对值（亿元）", "比上年增长/（%）"]);
    expect(retail!.rows[0]).toEqual(["粮油、食品类", "607.53", "12.2"]);
    expect(retail!.rows).toHaveLength(20);
  });
});

describe("extractTextTables: pdftotext -layout, a city's debt tables (拉萨 2025, corpus-heldout70)", async () => {
  const input = await readFile(new URL("../../../corpus-heldout70/lhasa-2025-debt.txt", import.meta.url), "utf8");
  const { tables } = extractTextTables(input);

  it("heads the figures with a header pdftotext set between the labels and them (表7: 本地区 left of 137.56)", () => {
    const table7 = tables.find((t) => t.title === "拉萨市2025年地方政府债务余额及限额情况表");
    expect(table7).toBeDefined();
    expect(table7!.header).toEqual([["项目", "本地区", "本级（含园区）"]]);
    expect(table7!.rows[0]).toEqual(["一、2024年末地方政府债务余额", "137.56", "98.56"]);
    expect(table7!.rows.find((r) => r[0] === "六、2025年末地方政府债务限额")).toEqual(["六、2025年末地方政府债务限额", "186.45", "138.73"]);
  });
});
