import { describe, expect, it } from "vitest";
import { CAPTION_RULES, captionLine, findUnit, unitLine } from "../../../src/ingest/tables/caption.ts";
import { cellKind } from "../../../src/ingest/tables/cells.ts";

/** Each caption rule with lines it must take (title, unit), as printed in the reports used here. */
const CAPTIONS: Record<string, [string, { title: string; unit: string }][]> = {
  numbered: [
    ["表1\u2002 2022年居民消费和商品零售价格涨跌幅度（单位：%）", { title: "表1\u2002 2022年居民消费和商品零售价格涨跌幅度", unit: "%" }],
    ["表3按商品分类限额以上批发零售企业消费品零售情况", { title: "表3按商品分类限额以上批发零售企业消费品零售情况", unit: "" }],
    ["**表1：主要产品产量及增长情况**", { title: "表1：主要产品产量及增长情况", unit: "" }],
    ["表 1\t2021 年行政区划情况", { title: "表 1\t2021 年行政区划情况", unit: "" }],
    ["**表5：东、中、西部地区工业总产值经济类型结构对比（％）**", { title: "表5：东、中、西部地区工业总产值经济类型结构对比", unit: "％" }],
  ],
  "names a table": [
    ["2025年部门收入预算总表", { title: "2025年部门收入预算总表", unit: "" }],
    ["金融机构本外币存贷款情况", { title: "金融机构本外币存贷款情况", unit: "" }],
    ["财政拨款“三公”经费支出决算表", { title: "财政拨款“三公”经费支出决算表", unit: "" }],
  ],
};

describe("captionLine", () => {
  it("has examples for every rule", () => {
    expect(Object.keys(CAPTIONS).sort()).toEqual(CAPTION_RULES.map((r) => r.name).sort());
  });

  for (const [rule, examples] of Object.entries(CAPTIONS)) {
    it(`takes captions by rule "${rule}"`, () => {
      for (const [line, caption] of examples) expect(captionLine(line), line).toEqual(caption);
    });
  }

  it("refuses sentences, lead-ins and headings", () => {
    for (const line of [
      "工业产品产量大幅度增长，一些重要工业产品产量居世界前列（见表1）。",
      "纳入上海市普陀区财政局 2024 年度部门决算编制范围的单位包括：",
      "二、部门机构设置",
      "表明全年经济运行总体平稳",
      "一、2025年“三公”经费预算情况说明",
    ]) {
      expect(captionLine(line), line).toBeNull();
    }
  });
});

describe("unit lines", () => {
  it("reads the unit of a unit line, alone or beside the compiler's name", () => {
    expect(unitLine("单位：万元")).toBe("万元");
    expect(unitLine("（单位：万元）")).toBe("万元");
    expect(unitLine("单位:亿元")).toBe("亿元");
    expect(unitLine("编制部门：上海市普陀区人民政府办公室                          单位：元")).toBe("元");
    expect(unitLine("编制单位：上海市普陀区人民政府办公室          单位：元")).toBe("元");
    expect(unitLine("金额单位：万元")).toBe("万元");
  });

  it("is not fooled by 编制单位 or by a sentence that names a unit", () => {
    expect(unitLine("编制单位：上海市普陀区人民政府办公室")).toBeNull();
    expect(unitLine("本表单位：万元，下同。")).toBeNull();
    expect(findUnit("项目（单位：亿元）")).toEqual({ unit: "亿元", rest: "项目" });
  });
});

describe("cellKind", () => {
  it("tells figures, years, no-data marks and words apart", () => {
    const kinds = (cells: string[]) => cells.map(cellKind);
    expect(kinds(["6292.1", "-12.5", "2,932,700", "56.1%", "13.61 亿吨", "1.5倍", "4.1 %", "−3.2"])).toEqual(Array(8).fill("figure"));
    expect(kinds(["2022年", "1995", "2021 年", "2024年度"])).toEqual(Array(4).fill("year"));
    expect(kinds(["-", "—", "…", "无"])).toEqual(Array(4).fill("none"));
    expect(kinds(["1995年产量", "比上年增长（%）", "万只（片、套）", "#新能源汽车", "……………………"])).toEqual(Array(5).fill("text"));
    expect(cellKind("  ")).toBe("empty");
  });
});
