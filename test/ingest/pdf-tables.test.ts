import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { readPdf } from "../../src/ingest/pdf.ts";
import type { Table } from "../../src/ingest/tables/table.ts";
import type { ReportSource } from "../../src/ingest/types.ts";

/**
 * 防城港's budget (corpus-heldout24/, 75 pages, most of them tables): PDF.js gives each cell as a run
 * at its position, and pdf-tables.ts sets the rows out in columns for the table reader.
 */
let source: ReportSource;
const tableTitled = (title: string): Table[] => (source.tables ?? []).filter((t) => t.title === title);

beforeAll(async () => {
  const read = await readPdf(readFileSync(new URL("../../corpus-heldout24/fangchenggang-2025-budget.pdf", import.meta.url)));
  if ("kind" in read) throw new Error(read.reason);
  source = read;
}, 60_000);

describe("tables of a PDF read from the positions of their cells", () => {
  it("takes a table's rows with their cells in the columns the header names, its title and its unit", () => {
    const [spending] = tableTitled("全市一般公共预算支出2025年预算执行情况和2026年预算（草案）");
    expect(spending).toBeDefined();
    expect(spending!.unit).toBe("万元");
    // The header's columns: 年初预算数, 调整预算数, 执行数, 完成调整预算%, 建议数, then the change's 金额 and %.
    expect(spending!.header.map((row) => row.join("|")).join("\n")).toContain("项目|年初预算数|调整预算数|执行数|完成调整预算%|建议数");
    // "2025年预算" is set centred over the first four, "2026年预算" over 建议数 and the change: each of
    // its columns has it (not only the column it happens to overlap).
    const over = (column: number) => spending!.header.map((row) => row[column]).filter(Boolean);
    expect(over(1)).toContain("2025年预算");
    expect(over(3)).toContain("2025年预算");
    expect(over(5)).toContain("2026年预算");
    expect(over(5)).not.toContain("2025年预算");
    expect(spending!.rows).toContainEqual(["三、国防支出", "3,862", "6,884", "5,675", "82.4", "3,946", "84", "2.2"]);
    // A row without figures stays a row of its own.
    expect(spending!.rows).toContainEqual(["二、外交支出", "", "", "", "", "", "", ""]);
  });

  it("keeps a row with no figures, a full row's height from its neighbours, apart from the labels around it", () => {
    const [revenue] = tableTitled("全市一般公共预算收入2025年预算执行情况和2026年预算（草案）");
    const labels = revenue!.rows.map((row) => row[0]);
    // 烟叶税 (no figures) between 契税 and 环境保护税 is neither's wrapped label.
    expect(labels).toEqual(expect.arrayContaining(["契税", "烟叶税", "环境保护税"]));
    expect(revenue!.rows).toContainEqual(["契税", "19,000", "33,190", "174.7", "27,000", "-6,190", "-18.7"]);
  });

  it("leaves no row of a table run together in the text", () => {
    expect(source.text).not.toContain("一、一般公共服务支出112,100");
    expect(source.text).not.toMatch(/三、国防支出\s*3,862/);
  });
});
