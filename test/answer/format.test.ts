/**
 * Answer → styled pieces and plain text (the terminal's reply). The Telegram HTML made from the
 * same pieces is pinned in test/bot/telegram-html.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  answerPieces,
  clip,
  formatAlternativeText,
  formatAnswerText,
  formatParagraphText,
  metricLabel,
  paragraphPieces,
  renderText,
} from "../../src/answer/format.ts";
import type { Answer } from "../../src/answer/types.ts";
import { gdpAnswer, notFoundAnswer, seedAnswer, targetAnswer } from "../fixtures/answers.ts";

describe("answerPieces", () => {
  it("is the figure in bold, its metric and year, the sentence with the matched words in bold, the source in italics", () => {
    expect(answerPieces(seedAnswer)).toEqual([
      { text: "95.62%", bold: true },
      { text: "  高中阶段毛入学率 · 海东市 · 2019年" },
      { text: "\n" },
      { text: "“" },
      { text: "2019年,全市" },
      { text: "高中", bold: true },
      { text: "阶段" },
      { text: "毛入学率", bold: true },
      { text: "达到" },
      { text: "95.62%", bold: true },
      { text: "。" },
      { text: "”" },
      { text: "\n" },
      { text: "📄 政府履行教育职责情况自查自评情况 · 2020-11-26 · 二、主要成效 › (六)统筹各级各类教育健康发展", italic: true },
    ]);
  });

  it("keeps report and user text as it is: escaping is the renderer's", () => {
    const nasty: Answer = { ...seedAnswer, report: { ...seedAnswer.report, title: "<b>报告</b> & 附件" } };
    expect(renderText(answerPieces(nasty))).toContain("📄 <b>报告</b> & 附件 · 2020-11-26");
  });
});

describe("formatAnswerText", () => {
  it("is the reply a phone shows, without markup", () => {
    expect(formatAnswerText(seedAnswer)).toMatchInlineSnapshot(`
      "95.62%  高中阶段毛入学率 · 海东市 · 2019年
      “2019年,全市高中阶段毛入学率达到95.62%。”
      📄 政府履行教育职责情况自查自评情况 · 2020-11-26 · 二、主要成效 › (六)统筹各级各类教育健康发展"
    `);
    expect(formatAnswerText(targetAnswer).split("\n")[0]).toBe("1100万人以上  城镇新增就业 · 全国 · 2019年（目标值）");
    const notFound = formatAnswerText(notFoundAnswer);
    expect(notFound).toContain("已收录的报告中没有写明“2019年全市小学生近视率是多少？”的数字。");
    expect(notFound).toContain("1. “2019年全市义务教育巩固率达到97.54%。”");
    expect(notFound).toContain("换个说法试试");
  });

  it("shows alternative i of n, and the whole paragraph under its source", () => {
    expect(formatAlternativeText(seedAnswer, 1)!.split("\n").slice(0, 2)).toEqual(["其他结果 2/2", "97.54%  义务教育巩固率 · 海东市 · 2019年"]);
    expect(formatAlternativeText(seedAnswer, 2)).toBeNull();
    const paragraph = formatParagraphText(seedAnswer);
    expect(paragraph.startsWith("📄 政府履行教育职责情况自查自评情况 · 2020-11-26")).toBe(true);
    expect(paragraph).toContain("2019年,全市高中阶段毛入学率达到95.62%。");
    expect(
      paragraphPieces(seedAnswer)
        .filter((p) => p.bold)
        .map((p) => p.text),
    ).toEqual(["2019年,全市高中阶段毛入学率达到95.62%。"]);
  });
});

describe("metricLabel", () => {
  it("reads the metric from the clause before the figure, or the one before a bare verb", () => {
    expect(metricLabel(seedAnswer)).toBe("高中阶段毛入学率");
    expect(metricLabel(gdpAnswer)).toBe("国内生产总值增长");
    expect(metricLabel(seedAnswer.alternatives[1]!)).toBe("义务教育巩固率");
    expect(metricLabel({ ...seedAnswer, figure: null })).toBe("");
  });

  it("prefers the metric the engine states for the figure", () => {
    const stated: Answer = { ...gdpAnswer, figure: { ...gdpAnswer.figure!, metric: "国内生产总值比上年增长" } };
    expect(metricLabel(stated)).toBe("国内生产总值比上年增长");
    expect(formatAnswerText(stated).split("\n")[0]).toBe("6.6%  国内生产总值比上年增长 · 全国 · 2018年");
    // A blank one is no statement: the sentence is read instead.
    expect(metricLabel({ ...gdpAnswer, figure: { ...gdpAnswer.figure!, metric: " " } })).toBe("国内生产总值增长");
  });

  it("puts a per-unit phrase after the metric, and drops the verbs around it (city work reports, corpus-heldout33, 35)", () => {
    const said = (sentence: string, text: string): Answer => ({
      ...gdpAnswer,
      sentence,
      figure: { ...gdpAnswer.figure!, text, metric: undefined },
    });
    expect(metricLabel(said("聚焦惠民强保障，全市居民低保标准提升至每人每月1020元，“低保扩围”在全省率先实现正增长。", "1020元"))).toBe(
      "居民低保标准（每人每月）",
    );
    expect(metricLabel(said("最低生活保障标准年人均提高到13320元。", "13320元"))).toBe("最低生活保障标准（年人均）");
    expect(metricLabel(said("有进出口实绩企业新增210家，全市实现外贸进出口2494亿元。", "2494亿元"))).toBe("外贸进出口");
    // The subject past the quarters' clauses, without the quarter it opens with (荆门, corpus-heldout39).
    const quarters = "经济承压开局、逐月回升，GDP一季度累计增长4.7%、二季度累计增长6.3%、三季度累计增长6.6%，全年累计增长6.7%，增幅居全省第4位；";
    expect(metricLabel(said(quarters, "6.7%"))).toBe("GDP累计增长");
    // An old level in words (gwr-2023) and a plan's year before the level (潮州 2016) are no part of the metric.
    expect(metricLabel(said("企业开办时间从一个月以上压缩到目前的平均4个工作日以内，实行中小微企业简易注销制度。", "4个工作日以内"))).toBe("企业开办时间");
    expect(metricLabel(said("国内生产总值从不到70万亿元增加到超过100万亿元。", "超过100万亿元"))).toBe("国内生产总值");
    expect(metricLabel(said("预期发展目标为：生产总值年均增长11%以上，到2020年达到1700亿元以上；人均生产总值年均增长10.5%以上。", "1700亿元以上"))).toBe(
      "生产总值",
    );
  });

  it("keeps a quoted part of a metric, names a total by its subject, and drops a bulletin's run-in heading", () => {
    const said = (sentence: string, text: string): Answer => ({
      ...gdpAnswer,
      sentence,
      figure: { ...gdpAnswer.figure!, text, metric: undefined },
    });
    expect(metricLabel(said("全年中央财政用于“三农”的投入5955亿元，比上年增加1637亿元。", "5955亿元"))).toBe("中央财政用于“三农”的投入");
    // 鞍山 2025: the total reached, not what was added.
    expect(metricLabel(said("新设市场经营主体5.2万户、总量达到35.8万户。", "35.8万户"))).toBe("市场经营主体总量");
    // 海口's bulletin of 2025: "旅游" heads its paragraph.
    expect(metricLabel(said(" 旅游 全年全市接待游客总数2853.51万人次，比上年增长9.3%。", "2853.51万人次"))).toBe("接待游客总数");
    // 珠海 2012: the verbs of a threshold passed name nothing.
    expect(metricLabel(said("全市地区生产总值相继跨过1000亿元大关。", "1000亿元"))).toBe("地区生产总值");
    // 汉中 2023: nor does the adverb of the verb ("历史性突破").
    expect(metricLabel(said("全市生产总值历史性突破1900亿元、达到1905.45亿元，增长4.3%。", "1905.45亿元"))).toBe("生产总值");
  });
});

describe("clip", () => {
  it("keeps the focus and marks the cut sides", () => {
    expect(clip("短句", 10)).toBe("短句");
    const text = "甲".repeat(50) + "95.62%" + "乙".repeat(50);
    const cut = clip(text, 20, 50, 56);
    expect(cut).toContain("95.62%");
    expect(Array.from(cut).length).toBeLessThanOrEqual(20);
    expect(cut.startsWith("…") && cut.endsWith("…")).toBe(true);
    expect(clip("😀".repeat(30), 10)).toBe("😀".repeat(9) + "…");
  });
});
