import { describe, expect, it } from "vitest";
import { placeMentions, placesNamed } from "../../src/zh/places.ts";

describe("places", () => {
  it("know a county made a district or a city by the county's name its older reports print", () => {
    // 撤县设区: 徐水县 became 保定市徐水区 in 2015; 安国县 became 安国市 in 1991.
    expect(placesNamed("徐水县").map((p) => p.name)).toEqual(["徐水区"]);
    expect(placesNamed("安国县").map((p) => p.name)).toEqual(["安国市"]);
    // A county of that name that exists is that county only (辽宁's 朝阳县, not 北京's 朝阳区).
    expect(placesNamed("朝阳县").map((p) => p.code)).toEqual(["211321"]);
  });

  it("find no name whose first character ends 其中", () => {
    // "其中国有土地使用权出让收入45.29亿元" (湛江's budget) names no 中国; "其中山东…" names 山东, not 中山.
    expect(placeMentions("其中国有土地使用权出让收入45.29亿元")).toEqual([]);
    expect(placeMentions("其中山东省增长5%").map((m) => m.places[0]!.name)).toEqual(["山东省"]);
    expect(placeMentions("中国的国内生产总值").map((m) => m.places[0]!.code)).toEqual(["0"]);
  });

  it("name an autonomous area without its peoples, taken from the end of its name", () => {
    // 怒 is a people (怒族) as well as the first character of 怒江: 怒江傈僳族自治州 is 怒江, not 江.
    expect(placesNamed("怒江").map((p) => p.name)).toEqual(["怒江傈僳族自治州"]);
    expect(placesNamed("黔东南").map((p) => p.name)).toEqual(["黔东南苗族侗族自治州"]);
    expect(placesNamed("伊犁").map((p) => p.name)).toEqual(["伊犁哈萨克自治州"]);
  });

  it("leave 市 of 市场 after a place's name to the market", () => {
    expect(placeMentions("鞍山市场经营主体总量").map((m) => m.places[0]!.name)).toEqual(["鞍山市"]);
    expect(placeMentions("鞍山市场经营主体总量")[0]!.end).toBe(2);
  });
});
