import { describe, expect, it } from "vitest";
import { coversEnough } from "../../src/answer/coverage.ts";

describe("coversEnough", () => {
  it("takes a word found at weight 0.8 as enough, though floating point makes its share 0.7999…", () => {
    const weight = 5.68;
    expect((weight * 0.8) / weight).toBeLessThan(0.8);
    expect(coversEnough((weight * 0.8) / weight)).toBe(true);
    expect(coversEnough(0.79)).toBe(false);
  });
});
