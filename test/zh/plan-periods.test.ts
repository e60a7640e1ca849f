import { describe, expect, it } from "vitest";
import { planNamed, planYears } from "../../src/zh/plan-periods.ts";

describe("five-year plans", () => {
  it("gives a plan's years by its name, and its name by its years", () => {
    expect(planYears("一五")).toEqual([1953, 1957]);
    expect(planYears("八五")).toEqual([1991, 1995]);
    expect(planYears("十四五")).toEqual([2021, 2025]);
    // As the 1950s reports print it: "第一个五年计划期间，…投资总额共为四百九十三亿元" (gwr-1959).
    expect(planYears("第一个五年")).toEqual([1953, 1957]);
    expect(planYears("第二个五年")).toEqual([1958, 1962]);
    for (const name of ["一五", "二五", "六五", "九五", "十五", "十一五", "十三五", "十四五", "十五五"]) {
      const [from, to] = planYears(name)!;
      expect(planNamed(from, to)).toBe(name);
    }
  });

  it("names no plan for years that are none's", () => {
    expect(planNamed(2022, 2026)).toBeNull();
    expect(planNamed(2021, 2024)).toBeNull();
    expect(planNamed(1960, 1964)).toBeNull();
  });
});
