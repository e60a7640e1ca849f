/**
 * Sidecar corrections (src/ingest/sidecar.ts): "key: value" lines in UTF-8 or GBK → corrections of
 * the document model, and problems with their line and what to write instead; applied field by
 * field to a report ingested from real text.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ingestText } from "../../src/ingest/ingest.ts";
import {
  applySidecar,
  isSidecar,
  MAX_SIDECAR_BYTES,
  parseSidecar,
  parseSidecarText,
  reportOfSidecar,
  resolvePlace,
  sidecarOf,
} from "../../src/ingest/sidecar.ts";
import { qualifiedName } from "../../src/zh/places.ts";

const BEIJING = new URL("../fixtures/pdf-text/beijing-2024-gwr-pdftotext.txt", import.meta.url);

describe("sidecar names", () => {
  it("is the report's name plus .meta, in any folder and any case", () => {
    expect(sidecarOf("uploads/合肥-2024.pdf")).toBe("uploads/合肥-2024.pdf.meta");
    expect(reportOfSidecar("uploads/合肥-2024.pdf.meta")).toBe("uploads/合肥-2024.pdf");
    expect(isSidecar("uploads/合肥-2024.pdf.meta")).toBe(true);
    expect(isSidecar("x.TXT.META")).toBe(true);
    expect(isSidecar("metadata.txt")).toBe(false);
    expect(isSidecar(".meta")).toBe(false);
  });
});

describe("parseSidecarText", () => {
  it("reads every field, with comments, full-width colons, quotes and Chinese keys", () => {
    const { corrections, problems } = parseSidecarText(
      [
        "# 北京 2024 政府工作报告: the PDF text prints no date",
        "title: “2024年北京市政府工作报告”",
        "genre：工作报告",
        "place: 北京  # the city, a province-level one",
        "issuer: 北京市人民政府",
        "period: 2023",
        "year: 2024",
        "发布日期: 2024年1月",
        "",
      ].join("\n"),
    );
    expect(problems).toEqual([]);
    expect(corrections).toEqual({
      title: "2024年北京市政府工作报告",
      genre: "工作报告",
      place: { name: "北京市", code: "11", level: "province" },
      issuer: "北京市人民政府",
      period: { from: 2023, to: 2023 },
      year: 2024,
      published: "2024-01",
    });
  });

  it("reads periods as a year, a span (any dash) or a five-year plan", () => {
    const period = (v: string) => parseSidecarText(`period: ${v}`);
    expect(period("2024").corrections.period).toEqual({ from: 2024, to: 2024 });
    expect(period("2024年度").corrections.period).toEqual({ from: 2024, to: 2024 });
    expect(period("2021-2025").corrections.period).toEqual({ from: 2021, to: 2025 });
    expect(period("2021—2025").corrections.period).toEqual({ from: 2021, to: 2025 });
    expect(period("2021年—2025年").corrections.period).toEqual({ from: 2021, to: 2025 });
    expect(period("２０２１～２０２５").corrections.period).toEqual({ from: 2021, to: 2025 });
    expect(period("“十四五”").corrections.period).toEqual({ from: 2021, to: 2025 });
    expect(period("2025-2021").problems).toEqual([{ line: 1, message: 'period "2025-2021" ends before it starts: write "period: 2021-2025"' }]);
    expect(period("去年").problems[0]!.message).toBe('period "去年" is not a year or a span of years: write "period: 2024" or "period: 2021-2025"');
  });

  it("reads publication dates as printed, as precise as given, and refuses days that do not exist", () => {
    const published = (v: string) => parseSidecarText(`published: ${v}`);
    expect(published("2025-03-28").corrections.published).toBe("2025-03-28");
    expect(published("2025-3-8").corrections.published).toBe("2025-03-08");
    expect(published("2025/03/28").corrections.published).toBe("2025-03-28");
    expect(published("2025年3月28日").corrections.published).toBe("2025-03-28");
    expect(published("2025-03").corrections.published).toBe("2025-03");
    expect(published("2025").corrections.published).toBe("2025");
    expect(published("2024-02-29").corrections.published).toBe("2024-02-29");
    for (const bad of ["2025-02-29", "2025-13", "28.03.2025", "三月"]) {
      expect(published(bad).problems).toEqual([{ line: 1, message: `published "${bad}" is not a date: write it as 2025-03-28, 2025-03 or 2025` }]);
    }
  });

  it("accepts the genres by name, with a slash, or as the reports call themselves; refuses others naming the six", () => {
    const genre = (v: string) => parseSidecarText(`genre: ${v}`);
    expect(genre("统计公报").corrections.genre).toBe("统计公报");
    expect(genre("预算/决算").corrections.genre).toBe("预算决算");
    expect(genre("部门决算").corrections.genre).toBe("预算决算");
    expect(genre("自评/督导").corrections.genre).toBe("自评督导");
    expect(genre("政府工作报告").corrections.genre).toBe("工作报告");
    expect(genre("年鉴").problems).toEqual([
      { line: 1, message: 'genre "年鉴" is not one of 工作报告 统计公报 预算决算 自评督导 规划 其他: write one of them ("genre: 统计公报")' },
    ]);
  });

  it("reports each bad line with its number and what to write, and keeps the good ones", () => {
    const { corrections, problems } = parseSidecarText(
      ["published: 2024-01", "date: 2024-01-15", "place 合肥市", "year: 24", "region: 合肥", "genre:", "published: 2024-02", "just a note"].join("\r\n"),
    );
    expect(corrections).toEqual({ published: "2024-01" });
    expect(problems).toEqual([
      { line: 2, message: 'unknown key "date": write "published: 2024-01-15"' },
      { line: 3, message: 'no colon after the key: write "place: 合肥市"' },
      { line: 4, message: 'year "24" is not a year: write it with four digits ("year: 2025")' },
      { line: 5, message: 'unknown key "region": write "place: 合肥"' },
      { line: 6, message: 'genre has no value: write one of 工作报告 统计公报 预算决算 自评督导 规划 其他 ("genre: 统计公报"), or delete the line' },
      { line: 7, message: "published is given again (first on line 1): this line is ignored; keep one of them" },
      {
        line: 8,
        message: expect.stringMatching(
          /^"just a note" is not a "key: value" line: write e.g. "published: 2025-03-28" \(keys: title, genre, place, issuer, period, year, published \(or 标题 类型 地区 发布单位 时期 年份 发布日期\)\)$/,
        ),
      },
    ]);
  });

  it("an empty sidecar, or one of comments only, corrects nothing and is no mistake", () => {
    expect(parseSidecarText("")).toEqual({ corrections: {}, problems: [] });
    expect(parseSidecarText("# nothing yet\n\n")).toEqual({ corrections: {}, problems: [] });
    expect(parseSidecar(new Uint8Array())).toEqual({ corrections: {}, problems: [] });
  });
});

describe("place", () => {
  const placeOf = (name: string) => {
    const found = resolvePlace(name);
    return "place" in found ? qualifiedName(found.place) : found.error;
  };

  it("is a name the gazetteer knows, short or full, with or without the places it lies in; 全国 is the country", () => {
    expect(placeOf("合肥")).toBe("安徽省合肥市");
    expect(placeOf("合肥市")).toBe("安徽省合肥市");
    expect(placeOf("安徽合肥")).toBe("安徽省合肥市");
    expect(placeOf("上海市普陀区")).toBe("上海市普陀区");
    expect(placeOf("上海普陀")).toBe("上海市普陀区");
    expect(placeOf("浙江舟山普陀")).toBe("浙江省舟山市普陀区");
    expect(placeOf("吉林省吉林市")).toBe("吉林省吉林市");
    expect(placeOf("黔东南")).toBe("贵州省黔东南苗族侗族自治州");
    expect(placeOf("全国")).toBe("全国");
    expect(parseSidecarText("place: 全国").corrections.place).toEqual({ name: "全国", code: "0", level: "country" });
    expect(parseSidecarText("place: 上海市普陀区").corrections.place).toEqual({ name: "上海市普陀区", code: "310107", level: "county" });
  });

  it("refuses a name several places bear, naming them, and a name it does not know", () => {
    expect(parseSidecarText("\nplace: 普陀区").problems).toEqual([
      { line: 2, message: 'place "普陀区" is more than one place (上海市普陀区, 浙江省舟山市普陀区): write the one you mean in full ("place: 上海市普陀区")' },
    ]);
    expect(placeOf("吉林")).toBe('place "吉林" is more than one place (吉林省, 吉林省吉林市): write the one you mean in full ("place: 吉林省")');
    expect(placeOf("朝阳区")).toMatch(/^place "朝阳区" is more than one place \(北京市朝阳区, 吉林省长春市朝阳区\)/);
    const unknown =
      'is not a place the gazetteer knows: write a province, city or county ("place: 合肥市", "place: 上海市普陀区"), or "place: 全国" for the country';
    expect(placeOf("合肥市人民政府")).toBe(`place "合肥市人民政府" ${unknown}`);
    expect(placeOf("万里街道")).toBe(`place "万里街道" ${unknown}`);
  });
});

describe("parseSidecar (bytes)", () => {
  it("reads UTF-8 with a BOM and GBK alike", () => {
    const text = "# 合肥统计公报\nplace: 合肥市\n发布日期: 2025年3月28日\n";
    const expected = { corrections: { place: { name: "合肥市", code: "3401", level: "city" }, published: "2025-03-28" }, problems: [] };
    expect(parseSidecar(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual(expected);
    const gbk = Buffer.from(
      // "place: 合肥市\n" in GBK
      [0x70, 0x6c, 0x61, 0x63, 0x65, 0x3a, 0x20, 0xba, 0xcf, 0xb7, 0xca, 0xca, 0xd0, 0x0a],
    );
    expect(parseSidecar(gbk)).toEqual({ corrections: { place: expected.corrections.place }, problems: [] });
  });

  it("refuses what is no sidecar as a whole (no line)", () => {
    expect(parseSidecar(new Uint8Array([0xff, 0xfe, 0x70, 0x00])).problems).toEqual([
      { line: null, message: "UTF-16 text is not supported: save the file as UTF-8" },
    ]);
    expect(parseSidecar(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])).problems).toEqual([
      { line: null, message: 'binary file: a sidecar is UTF-8 (or GBK) text of "key: value" lines' },
    ]);
    expect(parseSidecar(new Uint8Array(MAX_SIDECAR_BYTES + 1)).problems[0]!.message).toMatch(/^too large for a sidecar/);
  });
});

describe("applySidecar on a real report", () => {
  it("overrides what ingest inferred, field by field; a publication date becomes the report's date", async () => {
    // Beijing's 2024 work report as pdftotext gives it: no date printed anywhere.
    const { report } = ingestText("beijing-2024-gwr-pdftotext.txt", await readFile(BEIJING, "utf8"));
    expect(report).toMatchObject({ genre: "工作报告", published: "", place: { name: "北京市" }, year: 2024, period: { from: 2023, to: 2023 } });
    const { corrections } = parseSidecarText("published: 2024-01\nissuer: 北京市人民政府\n");
    const corrected = applySidecar(report, corrections);
    expect(corrected.corrected).toEqual(["issuer", "published"]);
    expect(corrected.report).toEqual({ ...report, published: "2024-01", date: "2024-01", issuer: "北京市人民政府" });
    // Nothing to correct: the report itself.
    expect(applySidecar(report, {})).toEqual({ report, corrected: [] });
  });
});
