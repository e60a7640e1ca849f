import { describe, expect, it } from "vitest";
import { sameQuantity, statedFigure, unitClassOf } from "../../src/zh/units.ts";

describe("a figure as its report states it", () => {
  it("gives a table's bare cell the unit its table states, and leaves a printed unit alone", () => {
    // 防城港's table "单位：万元": the cell "1,631,971" is 1,631,971万元.
    expect(statedFigure("1,631,971", "万元")).toBe("1,631,971万元");
    expect(statedFigure("82.4", "%")).toBe("82.4%");
    expect(statedFigure("95.62%", "%")).toBe("95.62%");
    expect(statedFigure("近20亿元", "亿元")).toBe("近20亿元");
    expect(statedFigure("百分之二点九", "%")).toBe("百分之二点九");
    expect(statedFigure("千分之六点一", "‰")).toBe("千分之六点一");
    expect(statedFigure("181", "")).toBe("181");
  });
});

describe("the same quantity printed in two units", () => {
  it("compares values in base units, the finer one rounded as the coarser is printed", () => {
    // 广东's 2024 final accounts: "全省一般公共预算收入13533.98亿元" and its table's 135,339,828 (万元).
    expect(sameQuantity({ text: "13533.98亿元", value: 13533.98, unit: "亿元" }, { text: "135,339,828", value: 135339828, unit: "万元" })).toBe(true);
    expect(sameQuantity({ text: "2698.5亿元", value: 2698.5, unit: "亿元" }, { text: "26,985,025", value: 26985025, unit: "万元" })).toBe(true);
    // Another figure, or another kind of unit, is not.
    expect(sameQuantity({ text: "13533.98亿元", value: 13533.98, unit: "亿元" }, { text: "140,342,747", value: 140342747, unit: "万元" })).toBe(false);
    expect(sameQuantity({ text: "5.2%", value: 5.2, unit: "%" }, { text: "5.2万人", value: 5.2, unit: "万人" })).toBe(false);
  });
});

describe("the class of quantity a unit measures", () => {
  it("reads 千 as a magnitude only where what follows it is a unit (千瓦时, not 瓦时)", () => {
    // 开封's bulletin of 2025: "全社会用电量150.94亿千瓦时", asked "多少亿千瓦时" or "多少千瓦时".
    expect(unitClassOf("千瓦时")).toBe("energy");
    expect(unitClassOf("亿千瓦时")).toBe("energy");
    expect(unitClassOf("万千瓦")).toBe("none");
    expect(unitClassOf("千米")).toBe("length");
    expect(unitClassOf("千吨")).toBe("mass");
    // 张家界 2025: "全年举办赛事活动128场", asked "多少场".
    expect(unitClassOf("场")).toBe("count");
  });
});
