import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractTableFacts } from "../../src/answer/table-facts.ts";
import { ingestText } from "../../src/ingest/ingest.ts";
import { extractHtmlTables } from "../../src/ingest/tables/index.ts";

/** 南京 2022 bulletin, Word → Markdown with HTML tables (test/fixtures/tables/, source in its header). */
const NANJING = readFileSync(new URL("../fixtures/tables/nanjing-2022-tjgb-excerpt.md", import.meta.url), "utf8");

function nanjingRows() {
  const { html, tables } = extractHtmlTables(NANJING);
  return ingestText("nanjing.md", html, undefined, tables).paragraphs.filter((p) => p.table);
}

describe("table rows as paragraphs", () => {
  it("makes each body row a paragraph of its cells under the section path and the caption", () => {
    const cpi = nanjingRows().find((p) => p.text.startsWith("居民消费价格"))!;
    expect(cpi.text).toBe("居民消费价格 | 1.5 | 2.2");
    expect(cpi.sentences).toEqual([cpi.text]);
    expect(cpi.headings.at(-1)).toBe("表1 2022年居民消费和商品零售价格涨跌幅度");
    expect(cpi.table).toEqual({ title: "表1 2022年居民消费和商品零售价格涨跌幅度", unit: "%", columns: ["指标名称", "2021年", "2022年"] });
  });
});

describe("extractTableFacts", () => {
  it("reads a column headed with a bare % as a percent, whatever the table's unit (防城港's budget, a PDF's table)", () => {
    // As ingest reads the table from the PDF's positions (corpus-heldout24/fangchenggang-2025-budget.pdf).
    const table = {
      title: "全市一般公共预算支出2025年预算执行情况和2026年预算（草案）",
      unit: "万元",
      columns: ["项目", "年初预算数", "2025年预算 调整预算数", "执行数", "完成调整预算%", "建议数", "2026年预算 比2025年年初预算增减 金额", "%"],
    };
    const facts = extractTableFacts("三、国防支出 | 3,862 | 6,884 | 5,675 | 82.4 | 3,946 | 84 | 2.2", table);
    expect(facts.find((f) => f.figure.text === "5,675")).toMatchObject({ figure: { unit: "万元", unitClass: "money" }, kind: "actual" });
    expect(facts.find((f) => f.figure.text === "82.4")).toMatchObject({ figure: { unit: "%", unitClass: "percent" } });
    expect(facts.find((f) => f.figure.text === "84")).toMatchObject({ figure: { unit: "万元" }, role: "change" });
    // A bracket that names no unit ("2025年预算(调整)") leaves the table's.
    const odd = { title: "广州市2025年一般公共预算收入执行情况表", unit: "万元", columns: ["地区", "2025年预算(调整)", "执行数"] };
    expect(extractTableFacts("南沙区 | 1,473,500 | 1,493,500", odd)[0]).toMatchObject({ figure: { unit: "万元" } });
  });

  it("takes every figure of a plan's table (its caption a budget, no column an outturn) for a target", () => {
    // 青岛's "2026年青岛市社会保险基金预算收入草案表" (corpus-heldout28/qingdao-2025-budget.pdf).
    const table = { title: "2026年青岛市社会保险基金预算收入草案表", unit: "万元", columns: ["项", "目", "收入合计", "其 当年预算", "中 上年结转"] };
    const [total] = extractTableFacts("社会保险基金预算收入合计 |  | 13883692 | 5822508 | 8061184", table);
    expect(total).toMatchObject({ figure: { text: "13883692" }, kind: "target", year: 2026 });
    // The outturn's table of the same report: its 执行数 column is what was done.
    const done = { title: "2025年市级一般公共预算收入执行情况表", unit: "万元", columns: ["项", "目", "预算数", "调整预算数", "执行数"] };
    const facts = extractTableFacts("一般公共预算收入合计 |  | 1389890 | 1389890 | 1213642", done);
    expect(facts.at(-1)).toMatchObject({ figure: { text: "1213642" }, kind: "actual", year: 2025 });
  });

  it("reads a cell with its row's label, its column's year and the table's unit", () => {
    const cpi = nanjingRows().find((p) => p.text.startsWith("居民消费价格"))!;
    const [y2021, y2022] = extractTableFacts(cpi.text, cpi.table!);
    expect(y2021).toMatchObject({ figure: { text: "1.5", value: 1.5, unit: "%", unitClass: "percent" }, year: 2021, role: "level", kind: "actual" });
    expect(y2022).toMatchObject({ figure: { text: "2.2" }, year: 2022 });
    expect(y2021!.listItem!.part).toContain("居民消费价格");
  });

  it("takes the unit from a column's header and marks a 比上年增长 column a change", () => {
    const exports = nanjingRows().find((p) => p.text.startsWith("出口额"))!;
    const [amount, growth] = extractTableFacts(exports.text, exports.table!);
    expect(amount).toMatchObject({ figure: { text: "3827.9", unit: "亿元", unitClass: "money" }, role: "level" });
    expect(growth).toMatchObject({ figure: { text: "-1.8", value: -1.8, unit: "%" }, role: "change" });
  });

  it("takes a row's unit from a 计量单位 column, and a 其中 row is an item", () => {
    const row = { title: "表6  2022年各种运输方式完成货物运输量情况", unit: "", columns: ["指标", "计量单位", "绝对量", "比上年增长（%）"] };
    const [total] = extractTableFacts("货物运输总量 | 万吨 | 45758.32 | -7.3", row);
    expect(total).toMatchObject({ figure: { unit: "万吨", unitClass: "mass", value: 45758.32 }, isItem: false });
    const [part] = extractTableFacts("其中：一般贸易 | 3018 | -2.5", { title: "", unit: "", columns: ["指标", "金额（亿元）", "比上年增长（%）"] });
    expect(part).toMatchObject({ isItem: true, figure: { unit: "亿元" } });
  });

  it("reads a budget column as a plan and an execution column as done", () => {
    const row = { title: "", unit: "万元", columns: ["项目", "2024年预算数", "2023年执行数"] };
    const [budget, spent] = extractTableFacts("公务用车购置费 | 25.00 | 0", row);
    expect(budget).toMatchObject({ kind: "target", year: 2024, figure: { unit: "万元" } });
    expect(spent).toMatchObject({ kind: "actual", year: 2023 });
  });

  it("gives no figure to a row without one (a header or a note)", () => {
    expect(extractTableFacts("指标 | 金额", { title: "", unit: "", columns: ["a", "b"] })).toEqual([]);
  });
});
