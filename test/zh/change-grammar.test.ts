import { describe, expect, it } from "vitest";
import { directionAsked, directionBefore } from "../../src/zh/change-grammar.ts";

describe("which way a change went", () => {
  it("reads the change word right before a figure, a negative figure turning it", () => {
    // guangdong-2024-final: "省本级国有资本经营预算收入28.51亿元，下降42.4%，…同口径增长4.6%".
    expect(directionBefore("省本级国有资本经营预算收入同口径增长")).toBe("rise");
    expect(directionBefore("下降")).toBe("fall");
    expect(directionBefore("比上年增长", true)).toBe("fall");
    // A level reached is no change: "涨幅回落到6.1%"; nor is a figure no change word governs.
    expect(directionBefore("涨幅回落到")).toBeNull();
    expect(directionBefore("增值税完成")).toBeNull();
  });

  it("reads the way a question asks, and none from a rate of change or from both ways", () => {
    expect(directionAsked("广东省本级国资经营预算收入24年降了多少")).toBe("fall");
    expect(directionAsked("1996年物价实际涨了多少")).toBe("rise");
    expect(directionAsked("乌鲁木齐固投增速")).toBeNull();
    expect(directionAsked("人口自然增涨率现在多少")).toBeNull();
    expect(directionAsked("增值税降了多少")).toBeNull();
  });
});
