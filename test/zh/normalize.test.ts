import { readdirSync, readFileSync } from "node:fs";
import * as OpenCC from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { toSearchForm } from "../../src/zh/normalize.ts";

describe("toSearchForm", () => {
  it("makes traditional characters simplified as opencc's converter does, building it only when a text needs it", () => {
    const full = OpenCC.Converter({ from: "t", to: "cn" });
    // Every line of the national reports (simplified, with a few traditional words), and questions in traditional characters.
    const folder = new URL("../../corpus/gwr/", import.meta.url);
    const texts = readdirSync(folder).flatMap((file) => readFileSync(new URL(file, folder), "utf8").split("\n"));
    texts.push("國內生產總值", "養老保險單位繳費比例現在降到多少了", "一目瞭然", "十一五期間中央財政科技投入累計多少", "乾隆年間");
    expect(texts.length).toBeGreaterThan(10_000);
    const differing = texts.filter((text) => toSearchForm(text) !== full(toSearchForm(text)));
    expect(differing).toEqual([]);
    expect(toSearchForm("國內生產總值ＧＤＰ")).toBe("国内生产总值gdp");
  });
});
