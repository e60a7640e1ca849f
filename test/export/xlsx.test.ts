import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { type ExportRow, rowsToXlsx, sheetName, XLSX_HEADERS } from "../../src/export/xlsx.ts";

/** A workbook read back from its zip: the sheet's name, its cells by address, which cells are bold, the frozen pane, column widths. */
interface Sheet {
  name: string;
  cells: Map<string, { type: "number" | "string"; value: string | number }>;
  bold: Set<string>;
  pane: string | undefined;
  widths: number[];
}

const xmlText = (xml: string): string =>
  xml.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[name]!);

function readXlsx(bytes: Buffer): Sheet {
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const files = unzipSync(new Uint8Array(bytes));
  const text = (path: string): string => {
    expect(files[path], path).toBeDefined();
    return strFromU8(files[path]!);
  };
  const sheets = [...text("xl/workbook.xml").matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => xmlText(m[1]!));
  expect(sheets).toHaveLength(1);
  const shared = files["xl/sharedStrings.xml"]
    ? [...text("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        xmlText([...m[1]!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join("")),
      )
    : [];
  // Bold: the cell's style (s) → cellXfs[s].fontId → fonts[fontId] has <b/>.
  const styles = text("xl/styles.xml");
  const fonts = [...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? "").matchAll(/<font\b[^>]*?(?:\/>|>([\s\S]*?)<\/font>)/g)].map((m) =>
    /<b\/>|<b val="(1|true)"\/>/.test(m[1] ?? ""),
  );
  const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b([^>]*)>/g)].map((m) =>
    Number(/fontId="(\d+)"/.exec(m[1]!)?.[1] ?? 0),
  );
  const sheet = text("xl/worksheets/sheet1.xml");
  const cells = new Map<string, { type: "number" | "string"; value: string | number }>();
  const bold = new Set<string>();
  for (const m of sheet.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1]!;
    const ref = /\br="([A-Z]+\d+)"/.exec(attrs)![1]!;
    const type = /\bt="(\w+)"/.exec(attrs)?.[1] ?? "n";
    const style = Number(/\bs="(\d+)"/.exec(attrs)?.[1] ?? 0);
    if (fonts[xfs[style] ?? 0]) bold.add(ref);
    const v = /<v>([^<]*)<\/v>/.exec(m[2] ?? "")?.[1];
    if (type === "n" && v !== undefined) cells.set(ref, { type: "number", value: Number(v) });
    else if (type === "s" && v !== undefined) cells.set(ref, { type: "string", value: shared[Number(v)]! });
    else if (type === "inlineStr") cells.set(ref, { type: "string", value: xmlText(/<t[^>]*>([^<]*)<\/t>/.exec(m[2] ?? "")?.[1] ?? "") });
    else if (type === "str") cells.set(ref, { type: "string", value: xmlText(v ?? "") });
  }
  const pane = /<pane\b[^>]*\/>/.exec(sheet)?.[0];
  const widths = [...sheet.matchAll(/<col\b[^>]*\bwidth="([\d.]+)"/g)].map((m) => Number(m[1]));
  return { name: sheets[0]!, cells, bold, pane, widths };
}

const ROWS: ExportRow[] = [
  {
    period: "2019年",
    place: "全国",
    figure: "6.1%",
    value: 6.1,
    unit: "%",
    kind: "实际",
    report: "2020年国务院政府工作报告",
    published: "2020-05-22",
    section: "一、2019年和今年以来工作回顾",
    sentence: "国内生产总值增长6.1%，城镇新增就业1352万人，调查失业率在5.3%以下。",
  },
  {
    period: "2020年",
    place: "全国",
    figure: "",
    value: null,
    unit: "%",
    kind: "预期目标",
    report: "2020年国务院政府工作报告",
    published: "2020-05-22",
    section: "二、今年发展主要目标和下一阶段工作安排",
    sentence: "我们没有提出全年经济增速具体目标，主要因为全球疫情和经贸形势不确定性很大。",
  },
  {
    period: "2024年",
    place: "海东市",
    figure: "1260582亿元",
    value: 1260582,
    unit: "亿元",
    kind: "实际",
    report: '海东市2025年政府工作报告 <草案> & "附表"',
    published: "2025-01-15",
    section: "附表",
    sentence: "地区生产总值1260582亿元。",
  },
];

const COLUMNS = "ABCDEFGHIJ";

describe("rowsToXlsx", () => {
  it("writes one sheet named after the title, a bold Chinese header row, frozen, and every cell of every row", async () => {
    const sheet = readXlsx(await rowsToXlsx("国内生产总值增长率", ROWS));
    expect(sheet.name).toBe("国内生产总值增长率");
    expect([...COLUMNS].map((c) => sheet.cells.get(`${c}1`)?.value)).toEqual([
      "时期",
      "地区",
      "数值(原文)",
      "数值",
      "单位",
      "类型",
      "报告",
      "发布日期",
      "章节",
      "原句",
    ]);
    expect(XLSX_HEADERS).toHaveLength(10);
    for (const c of COLUMNS) {
      expect(sheet.bold.has(`${c}1`), `${c}1 bold`).toBe(true);
      expect(sheet.bold.has(`${c}2`), `${c}2 not bold`).toBe(false);
    }
    expect(sheet.pane).toMatch(/ySplit="1"/);
    expect(sheet.pane).toMatch(/state="frozen"/);
    ROWS.forEach((row, i) => {
      const r = i + 2;
      const fields = [row.period, row.place, row.figure, null, row.unit, row.kind, row.report, row.published, row.section, row.sentence];
      fields.forEach((expected, j) => {
        if (j === 3 || expected === "") return;
        expect(sheet.cells.get(`${COLUMNS[j]}${r}`), `${COLUMNS[j]}${r}`).toEqual({ type: "string", value: expected });
      });
    });
    // An empty figure is an empty cell, not "".
    expect(sheet.cells.has("C3")).toBe(false);
  });

  it("writes the value as a number cell, and no cell at all where it is null", async () => {
    const sheet = readXlsx(await rowsToXlsx("数值", ROWS));
    expect(sheet.cells.get("D2")).toEqual({ type: "number", value: 6.1 });
    expect(sheet.cells.has("D3")).toBe(false);
    expect(sheet.cells.get("D4")).toEqual({ type: "number", value: 1260582 });
  });

  it("gives every column a width, the source sentence the widest", async () => {
    const sheet = readXlsx(await rowsToXlsx("宽度", ROWS));
    expect(sheet.widths).toHaveLength(10);
    expect(Math.max(...sheet.widths)).toBe(sheet.widths[9]);
    expect(Math.min(...sheet.widths)).toBeGreaterThanOrEqual(8);
  });

  it("writes a table with no rows: the header alone", async () => {
    const sheet = readXlsx(await rowsToXlsx("空表", []));
    expect(sheet.cells.size).toBe(10);
    expect(sheet.cells.get("J1")?.value).toBe("原句");
  });

  it("names the sheet within Excel's rules, whatever the title", async () => {
    const long = "2015—2024年全国及各省区市国内生产总值增长率与居民人均可支配收入增长率对照表";
    const sheet = readXlsx(await rowsToXlsx(`${long}：[历年]/*?\\`, ROWS.slice(0, 1)));
    expect(sheet.name.length).toBeLessThanOrEqual(31);
    expect(sheet.name).toBe(long.slice(0, 31));
  });
});

describe("sheetName", () => {
  it("replaces []:*?/\\, trims apostrophes at the ends, cuts at 31 characters without splitting one", () => {
    expect(sheetName("GDP增速[2019/2020]: 全国*?\\")).toBe("GDP增速_2019_2020__ 全国___");
    expect(sheetName("'引号'")).toBe("引号");
    expect(sheetName("一".repeat(40))).toBe("一".repeat(31));
    // An astral character (two UTF-16 units) at the cut is dropped whole, not halved.
    const name = sheetName(`${"一".repeat(30)}𠀀尾`);
    expect(name).toBe("一".repeat(30));
    expect(name.length).toBeLessThanOrEqual(31);
  });

  it("never gives an empty or reserved name", () => {
    expect(sheetName("")).toBe("数据");
    expect(sheetName("  ''  ")).toBe("数据");
    expect(sheetName("History")).toBe("History_");
  });
});
