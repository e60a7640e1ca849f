/**
 * A table of figures as an .xlsx workbook: one sheet named after the table, a bold header row in
 * Chinese that stays in view (frozen), the value as a number cell (empty when the report gives no
 * figure), the rest as text. Written by write-excel-file (one dependency, fflate, for the zip).
 */
import type { Cell, Row } from "write-excel-file/node";

/** One figure of the table, with where it was read. */
export interface ExportRow {
  /** "2019年" */
  period: string;
  /** "全国", "海东市" */
  place: string;
  /** The figure as printed: "6.1%", "1.37万亿斤" */
  figure: string;
  /** Its value in `unit`; null when there is none (the cell stays empty). */
  value: number | null;
  unit: string;
  /** What kind of figure: "实际", "预期目标", … */
  kind: string;
  /** The report's title. */
  report: string;
  /** When the report was published: "2020-05-22". */
  published: string;
  section: string;
  /** The sentence the figure was read from. */
  sentence: string;
}

/** The columns in order: header, the row's field, width in Excel's character units (an ideograph is about 2). */
const COLUMNS: ReadonlyArray<{ header: string; field: keyof ExportRow; width: number }> = [
  { header: "时期", field: "period", width: 12 },
  { header: "地区", field: "place", width: 12 },
  { header: "数值(原文)", field: "figure", width: 16 },
  { header: "数值", field: "value", width: 12 },
  { header: "单位", field: "unit", width: 10 },
  { header: "类型", field: "kind", width: 12 },
  { header: "报告", field: "report", width: 36 },
  { header: "发布日期", field: "published", width: 12 },
  { header: "章节", field: "section", width: 24 },
  { header: "原句", field: "sentence", width: 80 },
];

export const XLSX_HEADERS: readonly string[] = COLUMNS.map((c) => c.header);

/** Excel's limit on a sheet name, in UTF-16 units. */
const SHEET_NAME_MAX = 31;

/**
 * A title as an Excel sheet name: none of []:*?/\ (each becomes "_"), no apostrophe at either
 * end, at most 31 characters (cut at a whole character), never empty nor the reserved "History".
 */
export function sheetName(title: string): string {
  let name = title
    .replace(/[[\]:*?/\\]/g, "_")
    .replace(/[\u0000-\u001f]/g, "")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (name.length > SHEET_NAME_MAX) {
    let cut = "";
    for (const ch of name) {
      if (cut.length + ch.length > SHEET_NAME_MAX) break;
      cut += ch;
    }
    name = cut.replace(/'+$/, "").trimEnd();
  }
  if (name === "" || name.toLowerCase() === "history") return name === "" ? "数据" : `${name}_`;
  return name;
}

function cellOf(row: ExportRow, field: keyof ExportRow): Cell {
  if (field === "value") return row.value === null || !Number.isFinite(row.value) ? null : { value: row.value, type: Number, alignVertical: "top" };
  const text = row[field] as string;
  return text === "" ? null : { value: text, type: String, alignVertical: "top", wrap: field === "sentence" };
}

/** The rows as an .xlsx file's bytes. */
export async function rowsToXlsx(title: string, rows: ExportRow[]): Promise<Buffer> {
  const header: Row = COLUMNS.map((c) => ({ value: c.header, type: String, fontWeight: "bold", backgroundColor: "#e8eaed" }));
  const data: Row[] = [header, ...rows.map((row) => COLUMNS.map((c) => cellOf(row, c.field)))];
  // Loaded when a workbook is asked for: the library takes 40 ms to load, a third of a one-question `npm run ask`.
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  const file = writeXlsxFile(data, {
    sheet: sheetName(title),
    columns: COLUMNS.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  });
  return file.toBuffer();
}
