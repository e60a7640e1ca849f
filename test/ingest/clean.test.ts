import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { cleanText, detectLayout, joinBrokenLines, normaliseText, removeChrome } from "../../src/ingest/clean.ts";
import { ingestText } from "../../src/ingest/ingest.ts";

const corpus = (path: string) => readFile(new URL(`../../corpus/${path}`, import.meta.url), "utf8");

/** A fixture under test/fixtures/scraped/, without its "## " header (where the page comes from). */
async function scraped(name: string): Promise<string> {
  const text = await readFile(new URL(`../fixtures/scraped/${name}`, import.meta.url), "utf8");
  return text.replace(/^(?:## [^\n]*\n)+\n/, "");
}

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

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

describe("removeChrome on scraped government pages", () => {
  it("drops the trail, the font switcher and a share bar of a provincial site (云南)", async () => {
    const kept = lines(removeChrome(await scraped("yunnan-2026-gwr.txt")));
    expect(kept.slice(0, 6)).toEqual([
      "2026年政府工作报告",
      "来源：云南日报",
      "2026-02-03 09:02:33",
      "——2026年1月28日在云南省第十四届人民代表大会第四次会议上",
      "省长　王予波",
      "各位代表：",
    ]);
    expect(kept.at(-1)).toMatch(/^各位代表！实干兴滇，笃行致远。.*幸福实景！$/);
    for (const chrome of [
      "您的位置",
      "首页",
      "云南要闻",
      "大",
      "中",
      "小",
      "】",
      "》》点击图片进入专题《《",
      "收藏",
      "分享到:",
      "分享到微信",
      "×",
      "相关文档：",
    ]) {
      expect(kept).not.toContain(chrome);
    }
  });

  it("drops a trail split over lines, a reading counter and the print/close block (宁夏)", async () => {
    const kept = lines(removeChrome(await scraped("ningxia-2026-gwr.txt")));
    expect(kept.slice(0, 4)).toEqual(["2026年宁夏回族自治区政府工作报告", "发表时间：2026-02-09 09:45:30", "来源：宁夏日报客户端", "政府工作报告"]);
    expect(kept.at(-1)).toMatch(/^各位代表！“十五五”蓝图引领未来/);
    expect(kept.join("\n")).not.toMatch(/当前位置|政务信息|宁夏要闻$|阅读量|扫一扫|打印本页|关闭窗口|^[【】小中大]$/m);
    // The photo's caption and credit: the photo is not in the text.
    expect(kept.join("\n")).not.toContain("宁夏日报记者 王鼎 摄");
  });

  it("drops a trail without a location word and a share label, keeping the subtitle after it (陕西)", async () => {
    const kept = lines(removeChrome(await scraped("shaanxi-2026-gwr.txt")));
    expect(kept).not.toContain("首页");
    expect(kept).not.toContain("政府信息公开");
    expect(kept).not.toContain("省政府工作报告");
    expect(kept).not.toContain("分享:");
    expect(kept).toContain("2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚");
    expect(kept).toContain("时间：2026-02-02 09:20");
    expect(kept.at(-1)).toMatch(/^各位代表！蓝图鼓舞人心，实干谱写华章。/);
  });

  it("drops a library copy's toolbar and its related-reports footer (上海)", async () => {
    const kept = lines(removeChrome(await scraped("shanghai-2026-gwr-library.txt")));
    expect(kept[0]).toBe("2026年上海市政府工作报告");
    expect(kept).not.toContain("相关报道：");
    expect(kept.join("\n")).not.toMatch(/^(?:下载|打印|全屏|收藏|【字号：|加大|还原|减小|】)$/m);
  });

  it("cuts the page's tail after the report's last note: editor, QR code, related links and a teaser (四川)", async () => {
    const text = removeChrome(await scraped("sichuan-2026-gwr.txt"));
    const kept = lines(text);
    expect(kept.at(-1)).toMatch(/^20\.“一件事”全链条专项整治：/);
    for (const chrome of ["责任编辑", "李莎莎", "扫一扫", "相关附件", "相关链接", "abcd39f1", "热议", "打印本页", "关闭窗口", "分享："]) {
      expect(text).not.toContain(chrome);
    }
    expect(kept).toContain("来源:四川日报");
    expect(kept).toContain("2026年2月3日在四川省第十四届人民代表大会第五次会议上");
  });
});

describe("joinBrokenLines on a page with one paragraph a line", () => {
  it("ends a paragraph at each sentence end and joins the pieces a link left on lines of their own (四川 名词解释)", async () => {
    const report = ingestText("sichuan.txt", await scraped("sichuan-2026-gwr.txt"));
    const paragraphs = report.paragraphs.map((p) => p.text);
    // "名词解释" stands alone: a heading, not the start of note 1.
    expect(report.paragraphs.find((p) => p.text.startsWith("6.六大科技专项"))?.headings).toContain("名词解释");
    expect(paragraphs).toContain("1.“两重”：是指国家重大战略实施和重点领域安全能力建设。");
    expect(paragraphs).toContain("2.“两新”：是指大规模设备更新和消费品以旧换新。");
    expect(paragraphs.find((p) => p.startsWith("7.“双向揭榜挂帅”"))).toMatch(
      /^7\.“双向揭榜挂帅”：企业找技术、成果找市场“双向揭榜挂帅”的简称，.*带技术揭榜；“成果找市场”.*带场景揭榜。$/,
    );
  });

  it("tells the layouts apart", async () => {
    expect(detectLayout((await corpus("gwr/gwr-1998.txt")).split("\n")).kind).toBe("blocks");
    expect(detectLayout((await scraped("sichuan-2026-gwr.txt")).split("\n")).kind).toBe("lines");
  });
});

describe("run-on lines", () => {
  it("cuts a report pasted as one line at its section markers (药品流通 2024)", async () => {
    const paragraphs = ingestText("drug.txt", await scraped("drug-distribution-2024-one-line.txt")).paragraphs;
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(paragraphs.some((p) => p.text.startsWith("（二）行业效益2024年，全国药品流通直报企业主营业务收入22431亿元"))).toBe(true);
    expect(paragraphs.every((p) => p.text.length < 1500)).toBe(true);
  });

  it("sets a part's title run in between two sentences apart, so that what follows is read as its part (泸州 2024)", async () => {
    const text = await readFile(new URL("../../corpus-heldout85/luzhou-2024-work.txt", import.meta.url), "utf8");
    const { paragraphs } = ingestText("luzhou-2024-work.txt", text);
    // "…努力加以解决。2024年工作安排建议2024年是实施“十四五”规划的关键一年。": the plan begins under its own title.
    const plan = paragraphs.find((p) => p.text.includes("实现技术合同交易额35亿元以上"));
    expect(plan?.headings.join(" ")).toContain("2024年工作安排建议");
    expect(paragraphs.find((p) => p.text.includes("努力加以解决"))?.headings.join(" ") ?? "").not.toContain("2024年工作安排建议");
  });

  it("cuts a run-on piece without markers at sentence ends", () => {
    const sentence = "全年粮食总产量302.32万吨，比上年增长1.2%，其中夏粮62.12万吨，增长1.5%，早稻21.09万吨，下降1.5%，秋粮219.11万吨。";
    const text = removeChrome(sentence.repeat(60));
    const pieces = lines(text);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((p) => p.endsWith("。") && p.length <= 900)).toBe(true);
    expect(pieces.join("")).toBe(sentence.repeat(60));
  });
});
