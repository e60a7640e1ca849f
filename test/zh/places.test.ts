import { describe, expect, it } from "vitest";
import { placesNamed } from "../../src/zh/places.ts";

describe("places", () => {
  it("know a county made a district or a city by the county's name its older reports print", () => {
    // 撤县设区: 徐水县 became 保定市徐水区 in 2015; 安国县 became 安国市 in 1991.
    expect(placesNamed("徐水县").map((p) => p.name)).toEqual(["徐水区"]);
    expect(placesNamed("安国县").map((p) => p.name)).toEqual(["安国市"]);
    // A county of that name that exists is that county only (辽宁's 朝阳县, not 北京's 朝阳区).
    expect(placesNamed("朝阳县").map((p) => p.code)).toEqual(["211321"]);
  });
});
