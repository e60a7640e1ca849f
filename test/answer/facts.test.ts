import { describe, expect, it } from "vitest";
import { extractFacts, type SentenceContext } from "../../src/answer/facts.ts";

const gwr = (year: number, over: Partial<SentenceContext> = {}): SentenceContext => ({
  reportYear: year,
  headingYear: null,
  headingIsPlan: false,
  paragraphYear: null,
  plansFromYear: year,
  plansOnlyFromYear: year,
  leadIn: "",
  reportPlace: null,
  paragraphSpan: false,
  spanInherited: false,
  paragraphReviews: false,
  span: null,
  planDocument: false,
  contextBudgetLevel: null,
  ...over,
});

function facts(sentence: string, ctx: SentenceContext) {
  return extractFacts(sentence, ctx).map((f) => ({ text: f.figure.text, year: f.year, kind: f.kind, role: f.role }));
}

describe("extractFacts", () => {
  it("marks the old level of 由X增加到Y and gives each its own year (gwr-2008)", () => {
    const got = facts("今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元；地方财政也都要增加投入。", gwr(2008));
    expect(got).toEqual([
      { text: "1076亿元", year: 2007, kind: "actual", role: "before" },
      { text: "1562亿元", year: 2008, kind: "target", role: "level" },
    ]);
  });

  it("takes a change after 比上年 for a change, not a level (gwr-2000)", () => {
    const got = facts("国家财政收入比上年增加1501亿元，总额首次突破万亿元，达到11377亿元。", gwr(2000, { headingYear: 1999 }));
    expect(got.map((f) => f.role)).toEqual(["change", "level"]);
    expect(got.map((f) => f.year)).toEqual([1999, 1999]);
  });

  it("takes a multiple or points after a rise for a change, and what it reached for the level (gwr-1993, gwr-2015)", () => {
    expect(facts("城乡电话总容量增长1.1倍，达到2860万门。", gwr(1993)).map((f) => [f.text, f.role])).toEqual([
      ["1.1倍", "change"],
      ["2860万", "level"],
    ]);
    expect(facts("消费对经济增长的贡献率上升3个百分点，达到51.2%。", gwr(2015)).map((f) => [f.text, f.role])).toEqual([
      ["3个百分点", "change"],
      ["51.2%", "level"],
    ]);
  });

  it("dates the old level of a five-year review by its span, and takes the level reached as a point (gwr-2018)", () => {
    const got = extractFacts("国内生产总值从54万亿元增加到82.7万亿元，年均增长7.1%。", gwr(2018, { paragraphSpan: true, span: { from: 2012, to: 2017 } })).map(
      (f) => [f.figure.text, f.role, f.year, f.spanPoint],
    );
    // The level reached and the yearly average are dated by the span's last year (the first a year, the second over the span).
    expect(got).toEqual([
      ["54万亿元", "before", 2012, "start"],
      ["82.7万亿元", "level", 2017, "end"],
      ["7.1%", "level", 2017, null],
    ]);
    // Without a span, an old level has no year of its own.
    expect(extractFacts("国内生产总值从54万亿元增加到82.7万亿元。", gwr(2018))[0]).toMatchObject({ role: "before", year: null, spanPoint: null });
  });

  it("reads a change against a year before the one before as a change over several years (gwr-2006, gwr-2008)", () => {
    const spans = (sentence: string, year: number) => extractFacts(sentence, gwr(year)).map((f) => [f.figure.text, f.multiYear]);
    expect(spans("2005年与2000年相比，国内生产总值增长57.3%，年均增长9.5%。", 2006)).toEqual([
      ["57.3%", true],
      ["9.5%", true],
    ]);
    expect(spans("2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%。", 2008)).toEqual([
      ["24.66万亿元", false],
      ["65.5%", true],
    ]);
    // Against the year before, a change is the year's own.
    expect(spans("2007年，国内生产总值达到24.66万亿元，比2006年增长11.4%。", 2008)).toEqual([
      ["24.66万亿元", false],
      ["11.4%", false],
    ]);
  });

  it("dates a change after a base year's level by the year before 比, not by the base's (gwr-1960 as written today)", () => {
    const got = facts("2019年产量达到502万吨，比2017年的312万吨增加了190万吨。", gwr(2020));
    expect(got.map((f) => [f.text, f.year, f.role])).toEqual([
      ["502万吨", 2019, "level"],
      ["312万吨", 2017, "level"],
      ["190万吨", 2019, "change"],
    ]);
    // A multiple is dated by its own year, not by the year it is a multiple of (gwr-2001).
    const multiple = facts("2000年国有及国有控股工业企业实现利润2392亿元，为1997年的2.9倍。", gwr(2001));
    expect(multiple.map((f) => [f.text, f.year])).toEqual([
      ["2392亿元", 2000],
      ["2.9倍", 2000],
    ]);
  });

  it("takes a figure before 目标 for a target, unless its clause says the target was met (gwr-2021)", () => {
    expect(facts("实现高职院校扩招100万人目标。", gwr(2021))[0]).toMatchObject({ text: "100万人", kind: "actual" });
    expect(facts("低于13%左右的预期目标。", gwr(2021))[0]).toMatchObject({ kind: "target" });
  });

  it("gives a change with no year of its own the years its sentence runs between (gwr-2008)", () => {
    const got = facts("全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%。", gwr(2008));
    expect(got.map((f) => [f.text, f.year])).toEqual([
      ["1288亿元", 2002],
      ["3664亿元", 2007],
      ["1.07%", 2002],
      ["1.49%", 2007],
    ]);
  });

  it("lets a mark of several years govern from the sentence's lead or the figure's own clause only (gwr-2023)", () => {
    const got = extractFacts("货物进出口总额年均增长8.6%，突破40万亿元并连续多年居世界首位。", gwr(2023)).map((f) => [f.figure.text, f.multiYear]);
    expect(got).toEqual([
      ["8.6%", true],
      ["突破40万亿元", false],
    ]);
    expect(extractFacts("五年累计，城镇新增就业6400万人，货物进出口总额增长8%。", gwr(2023)).map((f) => f.multiYear)).toEqual([true, true]);
    // A plan's name is no span: "五年行动计划".
    expect(extractFacts("出台实施新型城镇化战略五年行动计划，常住人口城镇化率提高到67%。", gwr(2025))[0]?.multiYear).toBe(false);
    // A span in a clause of an earlier part of the sentence (before a semicolon) governs no figure of a later part; one
    // opening the sentence still governs every part.
    const later = "农村居民人均纯收入实际增速为1985年以来最高，连续两年快于城镇居民；连续第7年提高企业退休人员基本养老金，全年人均增加1680元。";
    expect(extractFacts(later, gwr(2012))[0]?.multiYear).toBe(false);
    expect(extractFacts("过去五年，城镇新增就业5000万人；农村贫困人口减少1000万人。", gwr(2012)).map((f) => f.multiYear)).toEqual([true, true]);
  });

  it("takes every old level of 分别从A、B提高到C for an old level (青海 2012)", () => {
    const got = facts("新农合和城镇居民基本医保人均筹资标准分别从154.3元、220元提高到300元。", gwr(2012));
    expect(got.map((f) => [f.text, f.role])).toEqual([
      ["154.3元", "before"],
      ["220元", "before"],
      ["300元", "level"],
    ]);
  });

  it("pairs 分别 with items whose names hold 和 when the list is cut by 、 (gwr-2025)", () => {
    const got = extractFacts("信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%。", gwr(2025));
    const item = (f: (typeof got)[number]) => "信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%。".slice(...f.listItem!.own);
    // Parallel items end alike (…服务业): the list's shared tail (增加值) is both's, not the last item's.
    expect(got.map(item)).toEqual(["信息传输软件和信息技术服务业", "租赁和商务服务业"]);
  });

  it("gives no place to a figure whose place heads a group: 上海等省市 (gwr-2018)", () => {
    expect(extractFacts("在上海等省市设立11个自贸试验区，一批改革试点成果向全国推广。", gwr(2018))[0]?.place).toBeNull();
    // A place that opens its clause alone is the subject.
    expect(extractFacts("上海设立11个自贸试验区。", gwr(2018))[0]?.place).toMatchObject({ name: "上海市" });
  });

  it("takes a percentage after 比重 for a share, whatever the verb between (gwr-2016, gwr-2018)", () => {
    expect(facts("服务业在国内生产总值中的比重上升到50.5%，首次占据“半壁江山”。", gwr(2016)).map((f) => f.role)).toEqual(["share"]);
    expect(facts("服务业比重从45.3%上升到51.6%，成为经济增长主动力。", gwr(2018)).map((f) => f.role)).toEqual(["before", "share"]);
  });

  it("takes 占…的X% for a share", () => {
    const got = facts("205款教育支出32.17亿元,占一般公共预算支出的18.06%。", gwr(2020, { plansFromYear: null }));
    expect(got.map((f) => f.role)).toEqual(["level", "share"]);
  });

  it("does not take a comparison base for the year of what follows (gwr-2008)", () => {
    const got = facts("2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%。", gwr(2008));
    expect(got.map((f) => f.year)).toEqual([2007, 2007, 2007]);
  });

  it("reads a span of years as its last year (gwr-1957)", () => {
    const got = facts("从1952年到1956年，我们派出留学生6,435人。", gwr(1957));
    expect(got[0]?.year).toBe(1956);
  });

  it("reads targets from a lead-in and actuals from a review", () => {
    const plan = facts("今年的预期目标是，新增城镇就业900万人，下岗失业人员再就业500万人。", gwr(2004));
    expect(plan.map((f) => f.kind)).toEqual(["target", "target"]);
    const review = facts("城镇新增就业1361万人、调查失业率稳定在5%左右的较低水平。", gwr(2019, { headingYear: 2018 }));
    expect(review.map((f) => [f.year, f.kind])).toEqual([
      [2018, "actual"],
      [2018, "actual"],
    ]);
    const afterColon = facts("国内生产总值增长8%左右；居民消费价格涨幅3%左右。", gwr(2010, { leadIn: "今年经济社会发展的主要预期目标是：" }));
    expect(afterColon.map((f) => f.kind)).toEqual(["target", "target"]);
  });

  it("pairs 分别 with items when each figure ends in its unit's per (corpus-heldout60 shenzhen-2026)", () => {
    const sentence = "全市最低工资标准、失业保险金发放标准、最低生活保障标准分别提升至2520元/月、2268元/月、1535元/月。";
    const got = extractFacts(sentence, gwr(2026));
    expect(got.map((f) => [f.figure.text, f.listItem ? sentence.slice(...f.listItem.own) : null])).toEqual([
      ["2520元", "全市最低工资标准"],
      ["2268元", "失业保险金发放标准"],
      ["1535元", "最低生活保障标准"],
    ]);
  });

  it("reads a paired compound's figures ending in a unit's per as its parts, in order (corpus-heldout43 qianxinan-2024)", () => {
    const got = extractFacts("城乡低保平均标准提高到725元/月、6084元/年，分别增长8%、15%。", gwr(2024));
    expect(got.slice(0, 2).map((f) => [f.figure.text, f.listItem?.pairPart])).toEqual([
      ["725元", { part: "城镇", others: ["农村"] }],
      ["6084元", { part: "农村", others: ["城镇"] }],
    ]);
  });

  it("pairs the figures of 分别 with the items of the list (gwr-2001)", () => {
    const [rural, urban] = extractFacts("农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。", gwr(2001));
    const s = "农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。";
    expect(s.slice(...rural!.listItem!.own)).toBe("农村居民人均纯收入");
    expect(s.slice(...urban!.listItem!.own)).toBe("城镇居民人均可支配收入");
  });

  it("gives a 其中-item the clause before 其中 as parent (seed)", () => {
    const s = "今年以来,全市共落实中央省级教育建设项目56项,其中普通高中4项、义务教育46项、学前教育5项。";
    const items = extractFacts(s, gwr(2020, { plansFromYear: null }));
    const compulsory = items.find((f) => f.figure.text === "46项")!;
    expect(s.slice(...compulsory.parentClause!)).toBe("全市共落实中央省级教育建设项目56项");
  });
});

describe("a budget report written the year after its own", () => {
  it("reads a figure of the year it was written in as a plan, whatever its clause says", async () => {
    const { yearRules } = await import("../../src/answer/year-rules.ts");
    // corpus-heldout30: 新乡's report on 2025's budget, its title cut by the page, published 2026-02-09.
    const xinxiang = { genre: "预算决算" as const, year: 2025, title: "新乡日报--《关于新乡市2025年预算执行情况", published: "2026-02-09" };
    expect(yearRules(xinxiang)).toMatchObject({ plansFrom: null, plansOnlyFrom: 2026, isPlan: false });
    // A final account of 2025, written in 2026 too, may report 2026's first months done: no such rule.
    expect(yearRules({ ...xinxiang, title: "关于新乡市2025年财政决算的报告" }).plansOnlyFrom).toBeNull();
    const s = "2026年市级国有资本经营预算收入安排6115万元，国有资本经营预算支出安排6115万元，其中5000万元调入一般公共预算使用。";
    const ctx = gwr(2025, { plansFromYear: null, plansOnlyFromYear: 2026 });
    expect(facts(s, ctx).find((f) => f.text === "5000万元")).toMatchObject({ year: 2026, kind: "target" });
    // Without the rule the transfer read as done, and answered "新乡一般公共预算收入实际完成多少".
    expect(facts(s, { ...ctx, plansOnlyFromYear: null }).find((f) => f.text === "5000万元")).toMatchObject({ kind: "actual" });
  });
});

describe("a list of items sharing a head", () => {
  it("labels each item's figure with the shared part once (lijiang-2025-budget, corpus-heldout18)", () => {
    const s = "全市普通教育、职业教育、特殊教育支出分别较上年增长4.5%、39.8%、66.2%。";
    const labels = extractFacts(s, gwr(2025, { plansFromYear: null, plansOnlyFromYear: null })).map((f) => [f.figure.text, f.listItem?.label]);
    expect(labels).toEqual([
      ["4.5%", "全市普通教育支出较上年增长"],
      ["39.8%", "全市职业教育支出较上年增长"],
      ["66.2%", "全市特殊教育支出较上年增长"],
    ]);
  });
});

describe("two items of a pair", () => {
  it("completes the first with what the second names after its own part (liupanshui-2024-work, corpus-heldout36)", () => {
    // 城镇 and 农村 are 城乡's parts, though jieba cuts 农村居民 as one word.
    const s = "城镇新增就业6.2万人；城镇、农村居民人均可支配收入分别增长4.3%、8.1%，均高于经济增速；";
    const urban = extractFacts(s, gwr(2024)).find((f) => f.figure.text === "4.3%")!;
    expect(urban.listItem).toMatchObject({ part: "城镇居民人均可支配收入", label: "城镇居民人均可支配收入增长" });
  });
});

describe("a qualifier the first item of a list opens with", () => {
  it("is every item's where the first item ends in a word like the next one's first (zibo-2024-work, corpus-heldout40)", () => {
    const s = "社会消费品零售总额同比增长9.6%，其中限上住宿业、餐饮业营业额同比分别增长28.1%、25.8%。";
    const [lodging, catering] = ["28.1%", "25.8%"].map((t) => extractFacts(s, gwr(2024)).find((f) => f.figure.text === t)!);
    expect(lodging!.listItem?.part).toMatch(/^限上住宿业/);
    expect(catering!.listItem?.part).toMatch(/^限上餐饮业/);
  });

  it("is not cut from inside a word (规模以上工业、建筑业: 上工业 opens no word)", () => {
    const s = "规模以上工业、建筑业增加值分别增长5.1%、3.2%。";
    const building = extractFacts(s, gwr(2024)).find((f) => f.figure.text === "3.2%")!;
    expect(building.listItem?.part ?? "").not.toMatch(/^规模以/);
  });
});

describe("the parts of a year before the whole", () => {
  it("gives the year's cumulative growth the subject the quarters' first clause names (jingmen-2024-work, corpus-heldout39)", () => {
    const s = "经济承压开局、逐月回升，GDP一季度累计增长4.7%、二季度累计增长6.3%、三季度累计增长6.6%，全年累计增长6.7%，增幅居全省第4位；";
    const year = extractFacts(s, gwr(2024)).find((f) => f.figure.text === "6.7%")!;
    expect(s.slice(...year.parentClause!)).toBe("GDP一季度累计增长4.7%");
    // 累计增长 since the year began is no span of years.
    expect(year.multiYear).toBe(false);
  });
});

describe("two measures of one thing", () => {
  it("gives the second 投资 the subject the first's clause goes on about (shunping-2022-work, corpus-heldout48)", () => {
    const s = "实施省市重点项目25个，计划总投资111.8亿元，当年完成投资26.9亿元。";
    const done = extractFacts(s, gwr(2022)).find((f) => f.figure.text === "26.9亿元")!;
    expect(s.slice(...done.parentClause!)).toBe("实施省市重点项目25个");
  });

  it("keeps a clause ending in a verb as the parent: 增长 is no metric head (turpan-2025-bulletin, corpus-heldout15)", () => {
    const s = "全年规模以上工业十个主要行业中，纺织业增加值比上年增长40.7%，非金属矿物制品业增长8.3%，煤炭开采和洗选业下降0.2%。";
    const building = extractFacts(s, gwr(2026)).find((f) => f.figure.text === "8.3%")!;
    expect(s.slice(...building.parentClause!)).toBe("纺织业增加值比上年增长40.7%");
  });
});

describe("a sentence opening with its years", () => {
  it("speaks of all of them, but for the levels a change runs between (gwr-1978, gwr-1983)", () => {
    const lost = "从一九七四年到一九七六年，由于“四人帮”的干扰破坏，全国大约损失工业总产值一千亿元，钢产量二千八百万吨，财政收入四百亿元。";
    expect(extractFacts(lost, gwr(1978)).every((f) => f.multiYear)).toBe(true);
    const grown = "从一九七八年到一九八二年，我国普通高等学校已由五百九十八所增加到七百一十五所。";
    const [from, to] = extractFacts(grown, gwr(1983));
    expect([from!.multiYear, to!.multiYear]).toEqual([false, false]);
    expect(to!.year).toBe(1982);
  });
});

describe("a figure restated after 即", () => {
  it("says what the figure before says, of the same subject (gwr-1979, gwr-1959)", () => {
    const grain = "粮食按人口平均占有量超过了建国以来的最高水平，总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，即百分之七点八。";
    const [amount, rate] = extractFacts(grain, gwr(1979)).slice(-2);
    expect(rate).toMatchObject({ role: "change", year: amount!.year, kind: amount!.kind });
    expect(grain.slice(...rate!.clause)).toMatch(/^比上一年增产二千二百万吨，即百分之七点八/);
    // 以来 of a record measures against the years, not over them.
    expect([amount!.multiYear, rate!.multiYear]).toEqual([false, false]);
    // A change after a level says what the level came to: no restatement.
    const students = "我国的高等学校的学生，一九五二年有十九万人，到了一九五七年已经有四十四万人，即增加一倍多；";
    expect(extractFacts(students, gwr(1959)).find((f) => f.figure.text === "四十四万人")?.role).toBe("level");
  });
});

describe("a run of labelled figures", () => {
  it("gives every item what 的 names after the last, and no item the first one's label (gwr-1959)", () => {
    const s =
      "在一九五八年十一月召开的中国共产党第八届中央委员会第六次全体会议上，曾经讨论了一九五九年发展国民经济的主要任务和方针，提出了钢产量一千八百万吨、煤产量三亿八千万吨、粮食产量一万零五百亿斤、棉花产量一亿担的四项指标。";
    const [steel, , , cotton] = extractFacts(s, gwr(1959));
    expect(steel!.listItem?.part).toContain("指标");
    expect(cotton!.listItem?.part).toBe("棉花产量 指标");
    // 钢产量 is the first item's, never the cotton's context.
    expect(cotton!.listItem?.siblings.map((span) => s.slice(...span))).toContain("钢产量");
  });
});

describe("a list paired with two runs of figures (珠海 2012)", () => {
  it("pairs the next run with the list past the word closing the first run and a year, each item ending as the others do", () => {
    const s =
      "全市地区生产总值、工业总产值、财税总收入、地方财政一般预算收入相继跨过1000亿元、3000亿元、400亿元和100亿元大关，预计2011年分别达到1410亿元、3580亿元、459亿元和143.3亿元。";
    const facts = extractFacts(s, gwr(2012));
    const own = (text: string) => {
      const f = facts.find((g) => g.figure.text === text)!;
      return f.listItem ? s.slice(...f.listItem.own) : null;
    };
    expect([own("1410亿元"), own("3580亿元"), own("143.3亿元")]).toEqual(["地区生产总值", "工业总产值", "地方财政一般预算收入"]);
    // 收入 ends 财税总收入 as it ends the last item: no part of the list every item shares.
    expect(own("100亿元")).toBe("地方财政一般预算收入");
  });
});

describe("a run of figures of two kinds of quantity (辽源 2016)", () => {
  it("pairs no list with a run whose figures measure one thing two ways", () => {
    const s = "新建和回购保障房9128套、64.1万平方米，回迁安置居民1万户。";
    const homes = extractFacts(s, gwr(2016)).find((f) => f.figure.text === "9128套")!;
    // The homes counted and their floor area, of both ways of obtaining them: 新建 is no item of the 9128套 alone.
    expect(homes.listItem).toBeNull();
  });
});

describe("lists and plans of heldout104 and heldout105", () => {
  it("gives the second run of a list the items and the verb of the first (台州 2015)", () => {
    const s = "城镇、农村常住居民人均可支配收入分别为39763元、19362元，增长9%、10.5%。";
    const rural = extractFacts(s, gwr(2015)).find((f) => f.figure.text === "10.5%")!;
    expect(rural.listItem?.part).toBe("农村常住居民人均可支配收入");
    expect(s.slice(...rural.clause)).toMatch(/^增长9%、10.5%/);
  });

  it("completes no last item whose first items are unlike it (gwr-2023)", () => {
    const s = "持续放宽外资市场准入，全国和自由贸易试验区负面清单条数分别压减51%、72%，制造业领域基本全面放开。";
    expect(extractFacts(s, gwr(2023)).find((f) => f.figure.text === "72%")!.listItem?.part).toBeUndefined();
  });

  it("dates the list after a lead-in naming a plan period by its last year, a target (酒泉, December 2015)", () => {
    const s = "《纲要（草案）》…确定了“十三五”经济社会发展的主要预期目标:地区生产总值年均增长7.5%，固定资产投资年均增长12%。";
    const ctx = gwr(2015, { headingYear: 2015, headingIsPlan: true, plansFromYear: 2016, plansOnlyFromYear: 2016 });
    expect(facts(s, ctx)[0]).toEqual({ text: "7.5%", year: 2020, kind: "target", role: "level" });
    // A year the lead-in names is the list's: "结合“十三五”规划目标，提出2019年…主要预期目标是：" (金昌 2019).
    const named = "结合“十三五”规划目标，提出2019年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。";
    const ofYear = facts(named, gwr(2019, { headingYear: 2019, headingIsPlan: true }))[0]!;
    expect([ofYear.text, ofYear.kind, ofYear.year]).toEqual(["6%左右", "target", 2019]);
  });
});

describe("lists, multiples and spans of kinds120 and kinds121", () => {
  it("gives every item of a list the per-unit phrase the first one opens with (深圳 2006)", () => {
    const s = "本市生产总值增长15%，每平方公里土地生产总值和财政收入分别达到2.5亿元和7000万元，万元GDP建设用地、能耗和水耗继续下降。";
    const got = extractFacts(s, gwr(2006));
    expect(got.find((f) => f.figure.text === "2.5亿元")!.listItem?.part).toBe("每平方公里土地生产总值");
    expect(got.find((f) => f.figure.text === "7000万元")!.listItem?.part).toBe("每平方公里土地财政收入");
  });

  it("reads the shares of a composition as shares, not an amount (苏州 2012)", () => {
    const s = "产业结构得到优化，第一、第二、第三产业增加值比例由2∶62.1∶35.9调整为1.7∶55.6∶42.7。";
    expect(facts(s, gwr(2012)).map((f) => [f.text, f.role])).toEqual([
      ["2∶62.1∶35.9", "before"],
      ["1.7∶55.6∶42.7", "share"],
    ]);
  });

  it("reads a multiple of an earlier year's level as a comparison, not a level (苏州 2012)", () => {
    const s = "全市人才总量超过160万人，高层次人才数量达到9.7万人，分别是2007年的1.7倍和1.9倍。";
    expect(facts(s, gwr(2012)).map((f) => [f.text, f.role])).toEqual([
      ["超过160万人", "level"],
      ["9.7万人", "level"],
      ["1.7倍", "change"],
      ["1.9倍", "change"],
    ]);
  });

  it("dates a figure whose own clause opens with a plan period by the period (甘肃 2013)", () => {
    const s = "按2009年1196元的扶贫标准，“十一五”期间减少贫困人口280万人。";
    const poor = extractFacts(s, gwr(2013)).find((f) => f.figure.text === "280万人")!;
    expect([poor.year, poor.multiYear]).toEqual([2010, true]);
  });

  it("pairs 分别 after clauses each with its subject and figure with those subjects (苏州 2012)", () => {
    const s = "全社会固定资产投资年均增长17.4%，社会消费品零售总额年均增长19.9%，2011年分别达到4502亿元和2830亿元，位居全国前列。";
    const got = extractFacts(s, gwr(2012));
    const own = (text: string) => s.slice(...got.find((f) => f.figure.text === text)!.listItem!.own);
    expect([own("4502亿元"), own("2830亿元")]).toEqual(["全社会固定资产投资", "社会消费品零售总额"]);
  });
});

describe("marks of a plan that are not (kinds145, kinds146) and marks passed over years (kinds142)", () => {
  it("reads 要 inside 主要 as no mark of a plan (江西 2010)", () => {
    expect(facts("全省主要河流监测断面水质达标率80.2%，11个设区市城市环境空气质量全部达到国家二级标准。", gwr(2010))[0]).toMatchObject({
      text: "80.2%",
      kind: "actual",
    });
    expect(facts("今年主要预期目标是：地区生产总值增长9%。", gwr(2010))[0]).toMatchObject({ text: "9%", kind: "target" });
  });

  it("reads a programme launched as its name, no plan of the figures after it (江苏 2013)", () => {
    const got = facts("启动现代服务业“十百千”行动计划，2012年服务业增加值达2.4万亿元，占地区生产总值的43.8%。", gwr(2013));
    expect(got.map((f) => [f.text, f.kind])).toEqual([
      ["2.4万亿元", "actual"],
      ["43.8%", "actual"],
    ]);
  });

  it("reads marks passed one after another (接连, 相继) as several years' (山东 2011)", () => {
    const got = extractFacts("全省生产总值接连突破2万亿和3万亿，去年达到39416.2亿元，年均增长13.1%。", gwr(2011)).map((f) => [f.figure.text, f.multiYear]);
    expect(got[0]).toEqual(["突破2万亿", true]);
    expect(got[2]).toEqual(["39416.2亿元", false]);
  });
});

describe("differences from a plan, old levels of a base year, and items counted per month and per year (heldout140 … kinds153)", () => {
  it("reads by how much a plan was passed as a change of what was done (gwr-1957, gwr-1958)", () => {
    const got = facts(
      "基本建设投资缩减为一百一十一亿元，它虽然比1956年减少百分之二十；但是比五年计划原定的1957年投资还多十四亿元，五年合计，仍然超过五年计划原定数约五十亿元。",
      gwr(1957),
    );
    expect(got.slice(2).map((f) => [f.text, f.kind, f.role])).toEqual([
      ["十四亿元", "actual", "change"],
      ["约五十亿元", "actual", "change"],
    ]);
    expect(facts("一九五七年工业总产值预计达到六百二十八亿一千万元，超过年度计划百分之四点一，比上一年增长百分之六点九。", gwr(1958))[1]).toMatchObject({
      text: "百分之四点一",
      kind: "actual",
      role: "change",
    });
  });

  it("dates an old level by the base year its sentence compares with (gwr-2003)", () => {
    const got = facts("2002年，全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%。", gwr(2003));
    expect(got.slice(2).map((f) => [f.text, f.year, f.role])).toEqual([
      ["2.5%", 1997, "before"],
      ["3.3%", 2002, "share"],
    ]);
  });

  it("reads the later amounts of a run after a change verb as changes too, not an item with a verb of its own (鄂尔多斯 2018, 四川)", () => {
    const got = facts("城乡低保分别提标6%，农村特困人员集中和分散供养标准每人每年提高2000元和1884元。", gwr(2018));
    expect(got.slice(1).map((f) => [f.text, f.role])).toEqual([
      ["2000元", "change"],
      ["1884元", "change"],
    ]);
    const roads = facts("铁路运营里程新增1700公里、突破7000公里，高速公路通车里程新增3000公里、突破1.1万公里。", gwr(2023));
    expect(roads.map((f) => [f.text, f.role])).toEqual([
      ["1700公里", "change"],
      ["突破7000公里", "level"],
      ["3000公里", "change"],
      ["突破1.1万公里", "level"],
    ]);
  });

  it("dates the old levels of a sentence opening with its comparison by the base year, in every part (gwr-1987)", () => {
    const s = "1986年同1978年相比，国民生产总值由3480亿元增加到9380亿元，按可比价格计算增长102%；国家财政收入由1121亿元增加到2220亿元，增长98%。";
    expect(facts(s, gwr(1987)).map((f) => [f.text, f.role, f.year])).toEqual([
      ["3480亿元", "before", 1978],
      ["9380亿元", "level", 1986],
      ["102%", "level", 1986],
      ["1121亿元", "before", 1978],
      ["2220亿元", "level", 1986],
      ["98%", "change", 1986],
    ]);
  });

  it("dates a multiple 达到 a base year's by the sentence's year, not the base's (gwr-1954)", () => {
    const s = "在一九五三年，社會商品零售總額已經增加到三百二十五萬億元，等於一九五〇年的一點八倍，對外貿易也達到一九五〇年的一點八倍。";
    expect(facts(s, gwr(1954)).map((f) => [f.text, f.year])).toEqual([
      ["三百二十五萬億元", 1953],
      ["一點八倍", 1953],
      ["一點八倍", 1953],
    ]);
  });

  it("pairs a compound's parts with figures counted per month and per year (哈尔滨 2013)", () => {
    const s = "城乡最低生活保障标准提高到每月410元和每年1718元；为35万户困难群众发放社会救助金11亿元。";
    const got = extractFacts(s, gwr(2013));
    expect(got.slice(0, 2).map((f) => f.listItem?.pairPart?.part)).toEqual(["城镇", "农村"]);
  });
});
