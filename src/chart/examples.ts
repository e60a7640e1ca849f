import type { ChartPoint, ChartSpec } from "./types.ts";

/**
 * Two series as the government work reports of corpus/gwr print them (each year's figure from the
 * next year's report), for the tests, scripts/bench-chart.ts and the pictures in docs/charts/
 * (scripts/chart-examples.ts).
 */
const points = (rows: Array<[string, number | null, string]>): ChartPoint[] => rows.map(([label, value, text]) => ({ label, value, text }));

/** GDP growth 2014–2024. 2019 is a gap: the corpus has no 2020 report, the one that reviews 2019. 2020's ％ is full-width, as printed. */
export const GDP_GROWTH: ChartSpec = {
  title: "国内生产总值增长率（2014—2024年）",
  unit: "%",
  source: "来源：2015—2025年政府工作报告",
  points: points([
    ["2014年", 7.4, "7.4%"],
    ["2015年", 6.9, "6.9%"],
    ["2016年", 6.7, "6.7%"],
    ["2017年", 6.9, "6.9%"],
    ["2018年", 6.6, "6.6%"],
    ["2019年", null, ""],
    ["2020年", 2.3, "2.3％"],
    ["2021年", 8.1, "8.1%"],
    ["2022年", 3, "3%"],
    ["2023年", 5.2, "5.2%"],
    ["2024年", 5, "5%"],
  ]),
};

/** Grain output 2021–2024, in 万亿斤 as the 2022–2025 reports give it ("首次跃上1.4万亿斤新台阶"). */
export const GRAIN_OUTPUT: ChartSpec = {
  title: "全国粮食产量（2021—2024年）",
  unit: "万亿斤",
  source: "来源：2022—2025年政府工作报告",
  kind: "bar",
  points: points([
    ["2021年", 1.37, "1.37万亿斤"],
    ["2022年", 1.37, "1.37万亿斤"],
    ["2023年", 1.39, "1.39万亿斤"],
    ["2024年", 1.4, "1.4万亿斤"],
  ]),
};
