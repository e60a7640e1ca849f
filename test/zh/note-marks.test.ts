import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/zh/figures.ts";
import { blankNoteMarks } from "../../src/zh/note-marks.ts";
import { toSearchForm } from "../../src/zh/normalize.ts";

describe("footnote marks", () => {
  it("are blanked to spaces of their length, so offsets stay those of the printed text", () => {
    const printed = "全年生产总值（GDP）[2]13507.69亿元，按不变价格计算，比上年增长6.1%。";
    const blank = blankNoteMarks(printed);
    expect(blank).toHaveLength(printed.length);
    expect(blank).toContain("（GDP）   13507.69亿元");
    expect(blankNoteMarks("全市地区生产总值②达到13507.69亿元")).toBe("全市地区生产总值 达到13507.69亿元");
    expect(blankNoteMarks("年末常住人口¹1000.2万人")).toBe("年末常住人口 1000.2万人");
  });

  it("leave list numbers after punctuation and units' superscripts alone", () => {
    expect(blankNoteMarks("主要措施：①加强基础设施；②推进改革。")).toBe("主要措施：①加强基础设施；②推进改革。");
    expect(blankNoteMarks("建成区面积12.5km²")).toBe("建成区面积12.5km²");
  });

  it("are no figures, and do not hide the figure they are glued to (合肥 2024 公报)", () => {
    const figures = extractFigures("全年生产总值（GDP）[2]13507.69亿元，比上年增长6.1%。").map((f) => f.text);
    expect(figures).toEqual(["13507.69亿元", "6.1%"]);
  });

  it("are not searched: the search form reads them as spaces", () => {
    expect(toSearchForm("规模以上工业[5]中")).toBe("规模以上工业   中");
  });

  it("take a list item's bracketed number opening its sentence for no figure (黑龙江 2011)", () => {
    const printed = "六是解决好住房难问题。（28）继续大力推进棚户区改造，投资507亿元，改造各类棚户区43.93万户。";
    expect(extractFigures(printed).map((f) => f.text)).toEqual(["507亿元", "43.93万户"]);
    // A bracketed year closing a title, and a number inside a sentence, stay.
    expect(extractFigures("兰州市人民政府工作报告（2012）").map((f) => f.text)).toEqual(["2012"]);
    expect(blankNoteMarks("增长（2）12%")).toBe("增长（2）12%");
  });
});
