import { describe, expect, it } from "vitest";
import { extractMetadata } from "../../src/ingest/metadata.ts";
import { isHeadingLine } from "../../src/ingest/heading.ts";
import { buildParagraphs, splitSentences } from "../../src/ingest/structure.ts";

describe("extractMetadata", () => {
  it("reads title, year and source from a gwr title line and drops it from the body", () => {
    const { metadata, body } = extractMetadata("2019年中华人民共和国国务院政府工作报告\n\n各位代表：\n\n现在，我代表国务院");
    expect(metadata).toEqual({
      title: "2019年中华人民共和国国务院政府工作报告",
      date: "2019",
      year: 2019,
      source: "国务院",
      genre: "工作报告",
      issuer: "国务院",
      place: { name: "全国", code: "0", level: "country" },
      // A work report of 2019 reviews 2018 (and plans 2019).
      period: { from: 2018, to: 2018 },
      published: "",
    });
    expect(body.trim().split("\n")[0]).toBe("各位代表：");
  });

  it("drops the cover page between the title and the salutation (gwr-2017)", () => {
    const text =
      "2017年中华人民共和国国务院政府工作报告\n\n政府工作报\n告\n国务院总理\n李克强\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n各位代表：";
    expect(extractMetadata(text).body.trim()).toBe("各位代表：");
  });

  it("prefers the signature date, then the 发布日期 date, and drops what follows the signature", () => {
    const page = "站名—海东市教育工作情况\n海东市教育工作情况\n发布日期:2020/11/27 10:04:24 | 来源:新华社 |\n正文。\n\n2020年11月26日\n\n页脚";
    const { metadata, body } = extractMetadata(page);
    expect(metadata).toMatchObject({ title: "海东市教育工作情况", date: "2020-11-26", year: 2020, source: "新华社" });
    expect(body.trim()).toBe("正文。");
    expect(extractMetadata(page.replace("2020年11月26日", "")).metadata.date).toBe("2020-11-27");
  });

  it("drops a site's name after a page's title (zhoukou-2019-budget)", () => {
    const page = "全市和市级2019年预算执行情况及2020年预算编制说明_周口市人民政府\n\n一、编报说明\n正文。";
    expect(extractMetadata(page).metadata.title).toBe("全市和市级2019年预算执行情况及2020年预算编制说明");
  });
});

describe("splitSentences", () => {
  it("keeps closing punctuation and quotes with the sentence and loses nothing", () => {
    const text = "全力遏制学前教育“小学化”倾向。他说：“好！”然后呢？普惠性幼儿园覆盖率达到99.8%";
    const sentences = splitSentences(text);
    expect(sentences).toEqual(["全力遏制学前教育“小学化”倾向。", "他说：“好！”", "然后呢？", "普惠性幼儿园覆盖率达到99.8%"]);
    expect(sentences.join("")).toBe(text);
  });
});

describe("buildParagraphs", () => {
  it("builds heading paths from 一、 / （一） / inline markers, and pops deeper levels", () => {
    const body = [
      "各位代表：",
      "一、2018年工作回顾",
      "过去一年是开局之年。",
      "（一）创新和完善宏观调控",
      "经济保持平稳运行。",
      "二、主要成效",
      "(一)切实履行政府责任。把教育服务地方经济社会发展摆到更加重要位置。",
      "(二)《青海省关于印发实施方案的通知》(青教督委办〔2020〕19号)要求的六个方面16个问题全部整改落实。",
    ].join("\n");
    const paragraphs = buildParagraphs(body);
    expect(paragraphs.map((p) => [p.headings.join(" › "), p.text.slice(0, 8)])).toEqual([
      ["", "各位代表："],
      ["一、2018年工作回顾", "过去一年是开局之"],
      ["一、2018年工作回顾 › （一）创新和完善宏观调控", "经济保持平稳运行"],
      ["二、主要成效 › (一)切实履行政府责任", "(一)切实履行政"],
      ["二、主要成效", "(二)《青海省关"],
    ]);
  });

  it("nests a list that restarts at 一 inside a deeper section (gwr-1955)", () => {
    const body = [
      "三、若干问题",
      "（一）关于基本建设问题",
      "第一，基本建设的规模问题。",
      "一、提高设计工作。设计是基础。",
      "二、加强施工管理。管理要严。",
      "第二，轻重工业的比重问题。",
      "比重要合适。",
    ].join("\n");
    const paths = buildParagraphs(body).map((p) => p.headings.join(" › "));
    expect(paths).toEqual([
      "三、若干问题 › （一）关于基本建设问题 › 第一，基本建设的规模问题 › 一、提高设计工作",
      "三、若干问题 › （一）关于基本建设问题 › 第一，基本建设的规模问题 › 二、加强施工管理",
      "三、若干问题 › （一）关于基本建设问题 › 第二，轻重工业的比重问题",
    ]);
  });

  it("keeps a heading line with nothing under it as a paragraph, so its words stay searchable", () => {
    const body = ["（一）要使粮食生产同人口的增长比较适应。", "（二）要使农业生产的发展同工业比较适应。"].join("\n");
    expect(buildParagraphs(body).map((p) => p.text)).toEqual(body.split("\n"));
  });

  it("recognises unmarked headings such as 结束语", () => {
    const body = ["六、国际形势", "国际形势继续向好。", "结束语", "各位代表！"].join("\n");
    expect(buildParagraphs(body).at(-1)?.headings).toEqual(["结束语"]);
  });

  it("nests a lead-in set as a heading under the heading open, and opens a year's tasks at the top (中卫 2016, 白银 2014)", () => {
    // Both bold in the Markdown: format headings of one level.
    const formatted = new Map([
      ["2015年及“十二五”工作回顾", 1],
      ["一年来，我们重点抓了六方面工作：", 1],
      ["2014年目标任务和重点工作", 1],
    ]);
    const body = [
      "2015年及“十二五”工作回顾",
      "2015年是中卫设市以来面临困难最多的一年。",
      "一年来，我们重点抓了六方面工作：",
      "二、主动调整结构，产业转型加快推进",
      "全年接待游客430万人次，旅游总收入33亿元。",
      "2014年目标任务和重点工作",
      "今年经济社会发展的主要预期目标是：地区生产总值增长10%。",
    ].join("\n");
    expect(buildParagraphs(body, formatted).map((p) => p.headings)).toEqual([
      ["2015年及“十二五”工作回顾"],
      ["2015年及“十二五”工作回顾", "一年来，我们重点抓了六方面工作：", "二、主动调整结构，产业转型加快推进"],
      ["2014年目标任务和重点工作"],
    ]);
    // A plan period's and a year's heading, longer than other unmarked ones (克拉玛依 2021).
    const plans = [
      "“十三五”时期及2020年工作回顾",
      "（五）坚定不移深化改革开放",
      "全市高新技术企业数量达71家。",
      "“十四五”时期重大举措及2021年工作部署",
      "（五）坚持以改革创新为动力",
      "高新技术企业达到80家。",
    ];
    expect(buildParagraphs(plans.join("\n")).map((p) => p.headings)).toEqual([
      ["“十三五”时期及2020年工作回顾", "（五）坚定不移深化改革开放"],
      ["“十四五”时期重大举措及2021年工作部署", "（五）坚持以改革创新为动力"],
    ]);
  });

  it("reads a sub-report's title as a heading, and a numbered line stating figures over clauses as a list item (zhoukou-2019-budget)", () => {
    const body = [
      "15、债务付息支出完成9224万元，为预算的100%，与上年持平",
      "关于2019年市级政府性基金预算收入执行情况的说明",
      "1、国有土地使用权出让收入完成54亿元，为预算的110.9%，增加15.5亿元，增长40.4%。",
    ].join("\n");
    expect(buildParagraphs(body).map((p) => [p.headings, p.text.slice(0, 6)])).toEqual([
      [[], "15、债务付"],
      [["关于2019年市级政府性基金预算收入执行情况的说明"], "1、国有土地"],
    ]);
  });
});

describe("isHeadingLine", () => {
  it("takes a numbered title as a heading, but not a layout table's row that begins like one (拉萨 2025, 表7)", () => {
    expect(isHeadingLine("三、2026年重点工作")).toBe(true);
    expect(isHeadingLine("三、2025年地方政府债务发行决算数           47.21          38.19")).toBe(false);
    expect(isHeadingLine("六、2025年末地方政府债务限额            186.45         138.73")).toBe(false);
  });
});
