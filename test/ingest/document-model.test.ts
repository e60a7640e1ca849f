import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ingestBytes } from "../../src/ingest/ingest.ts";
import type { IngestedReport, Report } from "../../src/ingest/types.ts";

/**
 * The document model of real reports of each genre, as received (corpus-extra/, sources in its
 * SOURCES.md): inferred from title, top and bottom lines and body, never from the file name —
 * each is read here under a name that says nothing.
 */
async function modelOf(file: string, folder = "corpus-extra"): Promise<Report> {
  const bytes = await readFile(new URL(`../../${folder}/${file}`, import.meta.url));
  const ext = file.slice(file.lastIndexOf("."));
  const result = await ingestBytes(`report${ext}`, bytes);
  if (!("paragraphs" in result)) throw new Error(result.reason);
  return (result as IngestedReport).report;
}

describe("the document model", () => {
  it("takes no heading after 各位代表 for a work report's title, and dates the report by its delivery (河北 2003)", async () => {
    // corpus-heldout121/hebei-2003-work.md: front matter titled only "政府工作报告", delivered "（二〇〇三年一月十日）"; its
    // first section is "过去五年回顾和2002年工作情况", whose year is the one the report reviews.
    const report = await modelOf("hebei-2003-work.md", "corpus-heldout121");
    expect([report.title, report.year, report.date]).toEqual(["河北省2003年政府工作报告", 2003, "2003-01-10"]);
  });

  it("dates a work report by its delivery when its title names the year it reviews (四川 2008)", async () => {
    // corpus-heldout123/sichuan-2008-work.md: front matter titled "2007年四川省人民政府工作报告", delivered
    // "（2008年1月22日在四川省第十一届人民代表大会第一次会议上）", its plans headed "2008年政府工作建议".
    const report = await modelOf("sichuan-2008-work.md", "corpus-heldout123");
    expect([report.year, report.date, report.period]).toEqual([2008, "2008-01-22", { from: 2007, to: 2007 }]);
  });

  it("dates an undated work report titled by the year it reviews by its plans for the next (四川 2014)", async () => {
    // corpus-heldout131/sichuan-2014-work.md: front matter titled "2013年四川省人民政府工作报告", no date printed; its review
    // headed "2013年工作回顾", its plans "2014年主要目标任务".
    const report = await modelOf("sichuan-2014-work.md", "corpus-heldout131");
    expect([report.year, report.period]).toEqual([2014, { from: 2013, to: 2013 }]);
  });

  it("dates a work report titled by the year it reviews by its delivery after the meeting, and its numbered plans (四川 2019)", async () => {
    // corpus-heldout158/sichuan-2019-work.md: front matter titled "2018年四川省人民政府工作报告", delivered "在四川省第十三届
    // 人民代表大会第二次会议上（2019年1月14日）"; its review headed "一、2018年工作回顾", its plans "二、2019年总体要求和目标任务".
    const report = await modelOf("sichuan-2019-work.md", "corpus-heldout158");
    expect([report.year, report.date, report.period]).toEqual([2019, "2019-01-14", { from: 2018, to: 2018 }]);
    // The same report passed on without its delivery line: its numbered plans heading still makes it 2019's.
    const bytes = await readFile(new URL("../../corpus-heldout158/sichuan-2019-work.md", import.meta.url));
    const undated = Buffer.from(bytes.toString("utf8").replace(/^在四川省第十三届人民代表大会第二次会议上.*$/m, ""));
    const result = (await ingestBytes("report.md", undated)) as IngestedReport;
    expect([result.report.year, result.report.period]).toEqual([2019, { from: 2018, to: 2018 }]);
  });

  it("starts a top-level part at a work report's unnumbered part heading, after the review's numbered sections", async () => {
    // corpus-heldout37/deyang-2024-work.txt: "2023年工作回顾", "一、…" to "八、主题教育促实干，政府质效不断提升", then
    // "2024年主要工作": the year's plans, no part of the review's eighth section.
    const bytes = await readFile(new URL("../../corpus-heldout37/deyang-2024-work.txt", import.meta.url));
    const result = (await ingestBytes("report.txt", bytes)) as IngestedReport;
    const digital = result.paragraphs.find((p) => p.text.includes("数字经济核心产业营收达500亿元"))!;
    expect(digital.headings).toEqual(["2024年主要工作"]);
    const reviewed = result.paragraphs.find((p) => p.text.includes("核心产业营收达425亿元"))!;
    expect(reviewed.headings[0]).toBe("2023年工作回顾");
  });

  it("names a work report's city from the body that names it far most, where no title or date is printed (docx)", async () => {
    // corpus-heldout32, 33: city work reports of 2024 kept without their title and dateline. 武汉's body
    // names 武汉 73 times and 湖北 9; its scope words rank it in the country ("全国…" ×24 against 全市 ×7).
    for (const [file, folder, place] of [
      ["wuhan-2024-work.docx", "corpus-heldout32", "武汉市"],
      ["neijiang-2024-work.docx", "corpus-heldout32", "内江市"],
      ["lishui-2024-work.docx", "corpus-heldout32", "丽水市"],
      ["tongren-2024-work.docx", "corpus-heldout33", "铜仁市"],
      // 十堰 ×31 and its counties (竹山县, 房县…) against 湖北 ×11: a province is no rival of its city.
      ["shiyan-2024-work.docx", "corpus-heldout35", "十堰市"],
      // 绵阳's has no heading at all: its year is the one its opening reviews ("…。2023年是…开局之年").
      ["mianyang-2024-work.txt", "corpus-heldout34", "绵阳市"],
      // 德阳's review is headed "2023年工作回顾", unnumbered, and opens "刚刚过去的2023年，是…".
      ["deyang-2024-work.txt", "corpus-heldout37", "德阳市"],
    ] as const) {
      expect(await modelOf(file, folder)).toMatchObject({ genre: "工作报告", year: 2024, place: { name: place, level: "city" } });
    }
  });

  it("takes a Markdown report's title from its front matter, without the key", async () => {
    // corpus-heldout89/anshan-2025-work.md opens "---\ntitle: 鞍山市政府工作报告（2025年1月6日 吴开华）\n---".
    const anshan = await modelOf("anshan-2025-work.md", "corpus-heldout89");
    expect(anshan).toMatchObject({ title: "鞍山市政府工作报告（2025年1月6日 吴开华）", genre: "工作报告", year: 2025, period: { from: 2024, to: 2024 } });
  });

  it("reads the day a report was delivered from a line without 上, and a report given in December as the next year's", async () => {
    // corpus-heldout92/zhangjiajie-2025-work.md: "2024年12月25日在张家界市第八届人民代表大会第四次会议" (no 上), its review
    // "一、2024年工作回顾": given at the end of the year it reviews, for 2025.
    expect(await modelOf("zhangjiajie-2025-work.md", "corpus-heldout92")).toMatchObject({ date: "2024-12-25", year: 2025, period: { from: 2024, to: 2024 } });
  });

  it("reads a work report given in December as the next year's when its review of the year follows the term's (益阳 2022)", async () => {
    // corpus-heldout165/yiyang-2022-work.md: titled "益阳市政府工作报告（2021年12月29日 陈竞）", its review headed
    // "过去五年主要成就和2021年工作回顾", its plans "2022年工作安排".
    expect(await modelOf("yiyang-2022-work.md", "corpus-heldout165")).toMatchObject({ date: "2021-12-29", year: 2022, period: { from: 2021, to: 2021 } });
  });

  it("reads a news page passing on a statistics bureau's figures by its headline, its dashed date and its source", async () => {
    // corpus-heldout89/taiyuan-2025-bulletin.html: the headline twice (<title>, <h1>), commas and all; "2026-02-04 07:19:08"
    // under it; "2月3日从市统计局获悉，2025年，我市…": 2025's figures, as a bulletin of 2025 states them.
    expect(await modelOf("taiyuan-2025-bulletin.html", "corpus-heldout89")).toMatchObject({
      title: "统筹推进稳增长、扩内需、惠民生、防风险、保稳定各项工作，2025年太原市经济运行总体平稳",
      genre: "统计公报",
      published: "2026-02-04",
      year: 2025,
      period: { from: 2025, to: 2025 },
      place: { name: "太原市" },
    });
  });

  it("names a district's report without a title by the district its body names most, not its city's short name", async () => {
    // corpus-heldout82/huangshanqu-2024-work.txt: "我代表区人民政府…"; 黄山区 ×8 and no other district more than once, while
    // 黄山 (the city's short name, and the mountain's) stands 38 times and 城区 (several counties' name, "the urban area") 9.
    expect(await modelOf("huangshanqu-2024-work.txt", "corpus-heldout82")).toMatchObject({ place: { name: "黄山市黄山区", level: "county" } });
    // A 市 speaker may be a county-level city's, naming 武汉 more than any other city: 潜江 is read as before.
    expect(await modelOf("qianjiang-2024-work.txt", "corpus-heldout41")).toMatchObject({ place: { name: "湖北省潜江市" } });
  });

  it("names a province's report without a title by its body, not by 全国 in an office named in its first lines", async () => {
    // corpus-heldout171/zhejiang-1988-work.md: title "1988年政府工作报告", "我代表省人民政府", no cover; its first lines run on
    // to "国务院在年初召开的全国市长…": no office of a place (省长, 市长 of a name ending 省 or 市), so the body decides.
    expect(await modelOf("zhejiang-1988-work.md", "corpus-heldout171")).toMatchObject({
      place: { name: "浙江省", level: "province" },
      period: { from: 1987, to: 1987 },
    });
  });

  it("reads a government site's page by its site after the title and its meta tags (ArticleTitle, SiteName, PubDate)", async () => {
    // "<title>【预算执行情况】2025年全市预算执行情况分析_六安市财政局</title>": the body says only 全市; the site names the city.
    expect(await modelOf("luan-2025-budget.html", "corpus-heldout74")).toMatchObject({
      title: "【预算执行情况】2025年全市预算执行情况分析",
      source: "六安市财政局",
      place: { name: "六安市" },
      period: { from: 2025, to: 2025 },
    });
    // "<title>中山市财政局政务网站 - 中山市财政局政务网站</title>" names only the site; its meta tags name the article.
    expect(await modelOf("zhongshan-2025-budget.html", "corpus-heldout74")).toMatchObject({
      title: "中山市财政局2025年工作总结与2026年工作安排",
      published: "2026-02-27",
      place: { name: "中山市" },
    });
  });

  it("reads a budget report published on a page under its own title, past the page's label and menus", async () => {
    // 无锡's page is titled "大会报告" (a congress site's menu), 红河's "红河州2026年度政府预算公开": the
    // report's own title names the year executed and the year drafted (corpus-heldout18, 19, 20).
    expect(await modelOf("wuxi-2025-budget.txt", "corpus-heldout19")).toMatchObject({
      title: "关于无锡市2025年预算执行情况与2026年预算草案的报告（摘要）",
      genre: "预算决算",
      year: 2026,
      period: { from: 2025, to: 2025 },
    });
    expect(await modelOf("honghe-2025-budget.txt", "corpus-heldout18")).toMatchObject({
      title: "关于红河哈尼族彝族自治州2025年地方财政预算执行情况和2026年地方财政预算草案的报告（书面）",
      period: { from: 2025, to: 2025 },
    });
    expect(await modelOf("yuxi-2025-budget.txt", "corpus-heldout20")).toMatchObject({ genre: "预算决算", year: 2026, period: { from: 2025, to: 2025 } });
  });

  it("reads a budget disclosure's own title where its cover breaks it over two lines (PDF)", async () => {
    // Covers "2026年云浮市本级政府预算公开" / "2026年东莞市本级政府预算公开", then "云浮市 2025 年预算执行情况和" /
    // "2026 年预算草案的报告" further down: what was done in 2025 and the plan for 2026, not a plan throughout.
    for (const [file, folder, place] of [
      ["yunfu-2025-budget.pdf", "corpus-heldout22", "云浮市"],
      ["dongguan-2025-budget.pdf", "corpus-heldout18", "东莞市"],
    ] as const) {
      const title = `${place}2025年预算执行情况和2026年预算草案的报告`;
      expect(await modelOf(file, folder)).toMatchObject({ title, year: 2026, period: { from: 2025, to: 2025 } });
    }
  });

  it("reads a provincial work report from its scraped page: place from the title, the year it reviews, its delivery date", async () => {
    expect(await modelOf("sichuan-2026-gwr-scraped.txt")).toMatchObject({
      title: "2026年四川省人民政府工作报告",
      genre: "工作报告",
      place: { name: "四川省", level: "province" },
      year: 2026,
      period: { from: 2025, to: 2025 },
      published: "2026-02-03",
    });
  });

  it("reads a work report whose title names nothing but the genre from its cover (在广东省…人民代表大会, 广东省省长)", async () => {
    expect(await modelOf("guangdong-2026-gwr.txt")).toMatchObject({
      title: "广东省2026年政府工作报告",
      genre: "工作报告",
      place: { name: "广东省" },
      year: 2026,
      published: "2026-01-26",
    });
  });

  it("reads a work report in PDF text without a title from its speech (我代表北京市人民政府) and the year it reviews", async () => {
    expect(await modelOf("beijing-2024-gwr-pdftotext.txt")).toMatchObject({
      title: "北京市2024年政府工作报告",
      genre: "工作报告",
      place: { name: "北京市" },
      year: 2024,
      period: { from: 2023, to: 2023 },
    });
  });

  it("reads a bulletin whose title was reduced to '2024 [1]' from its issuer line and date: data year 2024, published 2025", async () => {
    expect(await modelOf("hefei-2024-tjgb.txt")).toMatchObject({
      title: "合肥市2024年国民经济和社会发展统计公报",
      genre: "统计公报",
      issuer: "合肥市统计局 国家统计局合肥调查队",
      place: { name: "合肥市", level: "city" },
      year: 2024,
      period: { from: 2024, to: 2024 },
      published: "2025-03-28",
    });
  });

  it("reads a bulletin without a title (南京市统计局 … 2023年3月; 2022年是…) as 2022's, published in a month", async () => {
    expect(await modelOf("nanjing-2022-tjgb.md")).toMatchObject({ genre: "统计公报", place: { name: "南京市" }, year: 2022, published: "2023-03" });
  });

  it("reads a GB18030 bulletin with its 发布日期 line", async () => {
    expect(await modelOf("dongguan-2023-tjgb-gbk.txt")).toMatchObject({ genre: "统计公报", place: { name: "东莞市" }, year: 2023, published: "2024-04-12" });
  });

  it("reads a national sector bulletin as the country's", async () => {
    expect(await modelOf("national-2024-health-bulletin.md")).toMatchObject({ genre: "统计公报", place: { name: "全国", level: "country" }, year: 2024 });
  });

  it("reads a district department's budget: the district as place, the department as issuer, the budget year", async () => {
    expect(await modelOf("putuo-wanli-2024-budget.txt")).toMatchObject({
      title: "上海市普陀区2024年区级部门预算",
      genre: "预算决算",
      issuer: "上海市普陀区人民政府万里街道办事处",
      place: { name: "上海市普陀区", level: "county" },
      year: 2024,
      period: { from: 2024, to: 2024 },
    });
  });

  it("reads a report of no known genre whose tables state a year's final accounts (决算) as written after that year, about it", async () => {
    // 拉萨's "2025年政府债券调整使用情况" with "2025年…决算情况表": 去年 asked of it is 2025, not 2024.
    expect(await modelOf("lhasa-2025-debt.txt", "corpus-heldout70")).toMatchObject({ genre: "其他", year: 2026, period: { from: 2025, to: 2025 } });
    // 克拉玛依's bulletin page without its title, its notes naming "2025年一般公共预算收入决算".
    expect(await modelOf("karamay-2025-bulletin-a07.html", "corpus-heldout72")).toMatchObject({ year: 2026, period: { from: 2025, to: 2025 } });
  });

  it("reads a work report passed on without title or opening, from its review to '二、2024年工作安排', as the year of those plans", async () => {
    expect(await modelOf("liuzhou-2024-work.txt", "corpus-heldout77")).toMatchObject({ genre: "工作报告", year: 2024, period: { from: 2023, to: 2023 } });
  });

  it("reads a newspaper's article on a budget report by the report's title its headline quotes (《…的报告》出炉)", async () => {
    expect(await modelOf("yangjiang-2025-budget.html", "corpus-heldout77")).toMatchObject({
      title: "阳江市2025年预算执行情况和2026年预算草案的报告",
      genre: "预算决算",
      year: 2026,
      period: { from: 2025, to: 2025 },
    });
  });

  it("reads a county's report of the years before it became a district (徐水县, now 保定市徐水区)", async () => {
    // corpus-heldout53/xushui-2012-work.txt: "2012年2月16日在徐水县第十五届人民代表大会…"; 徐水县 is 徐水区 since
    // 2015. It had been read as 阳泉市城区's (its "县城区" ×9).
    expect(await modelOf("xushui-2012-work.txt", "corpus-heldout53")).toMatchObject({ genre: "工作报告", year: 2012, place: { name: "保定市徐水区" } });
  });

  it("reads a work report passed on from its review of the term (一、过去五年工作回顾) as the year its plans are for", async () => {
    // corpus-heldout53/rongcheng-2017-work.txt starts at "一、过去五年工作回顾" (no title, date or 各位代表); its
    // plans are "三、 2017年工作任务". It had been read as a report of no genre and no year.
    expect(await modelOf("rongcheng-2017-work.txt", "corpus-heldout53")).toMatchObject({ genre: "工作报告", year: 2017, place: { name: "保定市容城县" } });
  });

  it("reads a work report whose plans heading follows its plan period's as the year of those plans", async () => {
    // corpus-heldout60/shenzhen-2026-work.txt, cleaned of its title and date: "一、“十四五”时期发展成就和2025年主要
    // 工作", "二、“十五五”时期主要目标任务和2026年工作安排". It had been read as a report of no year, so 去年 and
    // 前年 were answered from the report a year older.
    expect(await modelOf("shenzhen-2026-work.txt", "corpus-heldout60")).toMatchObject({ genre: "工作报告", year: 2026, place: { name: "深圳市" } });
  });
});
