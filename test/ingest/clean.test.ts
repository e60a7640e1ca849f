import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { cleanText, joinBrokenLines, normaliseText, removeChrome } from "../../src/ingest/clean.ts";

const corpus = (path: string) => readFile(new URL(`../../corpus/${path}`, import.meta.url), "utf8");

describe("normaliseText", () => {
  it("turns full-width digits and signs into ASCII (gwr-2002)", async () => {
    const text = normaliseText(await corpus("gwr/gwr-2002.txt"));
    expect(text).toContain("2001年国内生产总值达到95933亿元，比上年增长7.3%");
    expect(text).not.toMatch(/[０-９％．]/);
  });

  it("keeps Chinese punctuation", () => {
    expect(normaliseText("（一）增长７．３％，达到３３，２１２万吨；")).toBe("（一）增长7.3%，达到33,212万吨；");
  });

  it("removes spaces inside numbers (gwr-1998, seed)", async () => {
    const text = normaliseText(await corpus("gwr/gwr-1998.txt"));
    expect(text).toContain("本届政府从1993年3月就职");
    expect(text).toContain("1997年国内生产总值达到74772亿元，");
    expect(text).not.toMatch(/\d [\d%年]/);
    expect(normaliseText("普惠性幼儿园覆盖率达到99.8 %。3 5 5 5 万人，6 ％")).toBe("普惠性幼儿园覆盖率达到99.8%。3555万人，6%");
  });

  it("makes a Chinese comma between digits a thousands separator only before exactly 3 digits", () => {
    expect(normaliseText("33，212万吨")).toBe("33,212万吨");
    expect(normaliseText("１，０１１，７４２人")).toBe("1,011,742人");
    expect(normaliseText("增长8，2019年")).toBe("增长8，2019年");
    expect(normaliseText("第1，23项")).toBe("第1，23项");
  });

  it("does not convert traditional characters or Chinese numerals", async () => {
    const text = normaliseText(await corpus("gwr/gwr-1954.txt"));
    expect(text).toContain("我們第一届全國人民代表大會第一次會議");
  });
});

describe("removeChrome", () => {
  it("removes the scraped page chrome of the seed but keeps the report", async () => {
    const text = removeChrome(await corpus("seed/haidong-2020-education-self-assessment.txt"));
    for (const chrome of ["<%", "您当前位置", "点击浏览下一页", "【字体", "点击次数", "点击查看更多内容", "ICP", "举报", "网警110", "主管单位"]) {
      expect(text).not.toContain(chrome);
    }
    // The pager phrase was at the start of a paragraph: the paragraph stays.
    expect(text).toMatch(/^\s*我市高度重视履行教育职责及评价各项工作/m);
    expect(text).toContain("发布日期:2020/11/27 10:04:24 | 来源:本站原创");
    expect(text).toContain("2020年11月26日");
  });

  it("drops the Wikisource licence box at the end of a gwr report", async () => {
    const text = removeChrome(await corpus("gwr/gwr-2019.txt"));
    expect(text).not.toContain("本作品是中华人民共和国的");
    expect(text).not.toContain("Public domain");
    expect(text.trimEnd()).toMatch(/实现中华民族伟大复兴的中国梦不懈奋斗！$/);
  });
});

describe("joinBrokenLines", () => {
  it('joins "（PM\\n2.5\\n）" (gwr-2019)', async () => {
    const text = cleanText(await corpus("gwr/gwr-2019.txt"));
    expect(text).toContain("细颗粒物（PM2.5）浓度继续下降，生态文明建设成效显著。");
    expect(text).not.toMatch(/^2\.5$/m);
  });

  it("joins law names split off by Wikisource links and a bold lead sentence (gwr-1998)", async () => {
    const text = cleanText(await corpus("gwr/gwr-1998.txt"));
    expect(text).toMatch(/^国防和军队现代化建设迈出新的步伐。我国第一部《国防法》开始实施。/m);
  });

  it("keeps headings, salutations and indented paragraphs on their own lines", () => {
    const text = ["各位代表：", "现在，我代表国务院", "向大会报告。", "一、2018年工作回顾", "过去一年", "　　是开局之年。", "　　新的段落。"].join("\n");
    expect(joinBrokenLines(text).split("\n")).toEqual([
      "各位代表：",
      "现在，我代表国务院向大会报告。",
      "一、2018年工作回顾",
      "过去一年是开局之年。",
      "新的段落。",
    ]);
  });
});
