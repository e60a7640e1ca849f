import { describe, expect, it } from "vitest";
import { executionAndDraftYears } from "../../src/zh/budget-titles.ts";

describe("executionAndDraftYears on budget reports' titles (corpus-heldout9/)", () => {
  it("reads the year executed and the year drafted of a report that reviews one and plans the next", () => {
    expect(executionAndDraftYears("关于上海市2025年预算执行情况和2026年预算草案的报告")).toEqual({ executed: 2025, drafted: 2026 });
    expect(executionAndDraftYears("关于驻马店市2018年预算执行情况和2019年预算草案的报告-驻马店人大")).toEqual({ executed: 2018, drafted: 2019 });
    expect(executionAndDraftYears("关于三门峡市2018年财政预算执行情况和2019年财政预算（草案）的报告")).toEqual({ executed: 2018, drafted: 2019 });
    expect(executionAndDraftYears("全市和市级2019年预算执行情况及2020年预算编制说明_周口市人民政府")).toEqual({ executed: 2019, drafted: 2020 });
  });

  it("reads nothing of a final account, a budget alone, or two years that do not follow each other", () => {
    expect(executionAndDraftYears("关于抚顺市2025年财政决算的报告_抚顺市人民政府")).toBeNull();
    expect(executionAndDraftYears("2026年市级部门预算")).toBeNull();
    expect(executionAndDraftYears("关于2019年预算执行情况和2021年预算草案的报告")).toBeNull();
  });
});
