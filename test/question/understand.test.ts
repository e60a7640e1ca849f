import { describe, expect, it } from "vitest";
import { parseQuestion } from "../../src/question/understand.ts";
import { placesNamed } from "../../src/zh/places.ts";
import { FUNDS_OBTAINED } from "../../src/zh/text.ts";

const words = (q: string) => parseQuestion(q).terms.map((t) => t.word);

describe("parseQuestion", () => {
  it("takes a YYYY年 as the data year and YYYY年报告 as the report", () => {
    expect(parseQuestion("2018年国内生产总值增长多少").dataYear).toBe(2018);
    expect(parseQuestion("2018 城镇新增就业").dataYear).toBe(2018);
    // A two-digit year after a noun, when what follows dates it (kinds13's first contact).
    expect(parseQuestion("广东省本级公共预算支出24年决算多少").dataYear).toBe(2024);
    expect(parseQuestion("广东省本级国资经营预算收入24年降了多少").dataYear).toBe(2024);
    // …or an asking word (kinds22's first contact); a count of years is still none.
    expect(parseQuestion("云浮一般公共预算支出25年多少").dataYear).toBe(2025);
    expect(parseQuestion("连续25年多少").dataYear).toBeNull();
    // 年来 before 华, 京 or 访 is "came", not "in the years since" (heldout144's even half): "82年来华旅游入境人数".
    expect(parseQuestion("82年来华旅游入境人数多少").dataYear).toBe(1982);
    expect(parseQuestion("30年来国内生产总值增长多少").dataYear).toBeNull();
    // …or a comparison's base after 比 (heldout61's first contact): "比57年" is 比1957年, and 比 no word to find.
    expect(parseQuestion("59年水产品比57年多了多少")).toMatchObject({ dataYear: 1959, text: "1959年水产品比1957年增加了多少" });
    // 49年 is 1949, the base the 1950s' reports compare with; 35年 is 2035.
    expect(parseQuestion("54年钢产量是49年的几倍").text).toBe("1954年钢产量是1949年的几倍");
    expect(parseQuestion("35年远景目标人均GDP").dataYear).toBe(2035);
    // 非 cut off from the word it negates is that word's: 非煤, never 煤.
    expect(parseQuestion("非首都功能疏解多少").terms.map((t) => t.word)).toContain("非首都");
    // …or between a name and its metric when it is of this century (kinds16's first contact).
    expect(parseQuestion("黄石24年公共预算收入是多少").dataYear).toBe(2024);
    expect(parseQuestion("海口25年GDP").dataYear).toBe(2025);
    // …or before 比 and the year compared with (heldout160's first contact: "農民人均純收入82年比78年增加多少").
    expect(parseQuestion("农民人均纯收入82年比78年增加多少").dataYear).toBe(1982);
    expect(parseQuestion("工作15年以上的教师").dataYear).toBeNull();
    expect(parseQuestion("改革开放40年城镇化率").dataYear).toBeNull();
    // Not a count of years: "连续24年", "实行了26年".
    expect(parseQuestion("粮食产量连续24年增长").dataYear).toBeNull();
    expect(parseQuestion("农业税实行了26年").dataYear).toBeNull();
    const named = parseQuestion("1987年政府工作报告 钢产量");
    expect(named.reportYear).toBe(1987);
    expect(named.dataYear).toBeNull();
    expect(named.terms.map((t) => t.word)).not.toContain("1987");
    expect(parseQuestion("2019年報告 城镇居民人均可支配收入").reportYear).toBe(2019);
    // 到 or 截至 before a year goes with it: left behind, jieba joins it to the word before (heldout159: 攻坚县到06年底 → 县到).
    expect(parseQuestion("两基攻坚县到06年底达标几个")).toMatchObject({ dataYear: 2006 });
    expect(words("两基攻坚县到06年底达标几个")).toEqual(["两基", "攻坚", "县", "达标"]);
    expect(words("高速公路截至2020年底通车里程")).toEqual(["高速公路", "通车", "里程"]);
    // A comparison base is neither the year asked about nor part of a word.
    const compared = parseQuestion("1975年报告 石油产量比1964年增长几倍");
    expect(compared).toMatchObject({ reportYear: 1975, dataYear: null });
    expect(compared.terms.map((t) => t.word)).toContain("石油产量");
    expect(parseQuestion("1964年农村用电量比1957年增长多少").dataYear).toBe(1964);
  });

  it("reads a span of years as its end year, asked over several years", () => {
    const q = parseQuestion("1998到2002年中央对地方转移支付五年共计多少");
    expect(q.dataYear).toBe(2002);
    expect(q.multiYear).toBe(true);
  });

  it("maps five-year plans to their years", () => {
    expect(parseQuestion("十二五期间城镇新增就业多少").period).toEqual([2011, 2015]);
    expect(parseQuestion("十五期间年均经济增长预期目标").period).toEqual([2001, 2005]);
    expect(parseQuestion("六五计划固定资产投资总额计划多少").period).toEqual([1981, 1985]);
    // A plan's first years ("“十一五”前四年累计…", gwr-2010): those years, and 前四年 no words to find.
    const firstYears = parseQuestion("十一五前四年二氧化硫排放下降多少");
    expect([firstYears.period, firstYears.terms.map((t) => t.word)]).toEqual([
      [2006, 2009],
      ["十一五", "二氧化硫", "排放", "下降"],
    ]);
    expect(parseQuestion("一五计划经济建设支出").period).toEqual([1953, 1957]);
    // A two-digit year right after the plan named is a year (its last): "一五计划57年烤烟产量要达到多少".
    expect(parseQuestion("一五计划57年烤烟产量要达到多少").dataYear).toBe(1957);
    expect(parseQuestion("六五计划85年出口总额要达到多少").dataYear).toBe(1985);
  });

  it("reads 少了/多了 as spoken only where they are no end of a word", () => {
    // "少了多少" is 减少了多少; "减少了多少" says so already, and stays one word (not 减减少了: 减 and 减少).
    expect(words("2014年农村贫困人口减少了多少")).not.toContain("减");
    expect(parseQuestion("2014年农村贫困人口减少了多少").asksChange).toBe(true);
    expect(parseQuestion("今年比去年少了多少人").asksChange).toBe(true);
  });

  it("reads traditional characters as simplified", () => {
    expect(words("國內生產總值")).toEqual(["国内生产总值"]);
    expect(words("新農合參合農民多少")).toContain("新农合");
  });

  it("expands abbreviations through the synonym data", () => {
    const gdp = parseQuestion("1993年GDP涨了多少").terms.find((t) => t.word === "gdp")!;
    expect(gdp.alternatives).toContain("国内生产总值");
    expect(gdp.alternatives).not.toContain("国民生产总值");
    expect(parseQuestion("2009年M2增长目标").terms[0]!.alternatives).toContain("广义货币");
    // An acronym run into a word makes a name the data knows: R&D投入强度 is 研发投入强度, printed in full too.
    const intensity = parseQuestion("2023年报告 R&D投入强度").terms[0]!;
    expect([intensity.word, intensity.alternatives.includes("研究与试验发展经费投入强度")]).toEqual(["研发投入强度", true]);
    expect(parseQuestion("江苏R&D经费总量").terms.map((t) => t.word)).toEqual(["研发经费", "总量"]);
    // 一个月 says what a standard is counted per: no months asked, the standard's money.
    expect(parseQuestion("农村低保标准一个月多少").wantedClasses).toEqual(["money"]);
  });

  it("reads a word made of an abbreviation and the last character of what it stands for as that (社零额)", () => {
    // 漯河's bulletin: "全年全市社会消费品零售总额899.2亿元" for "漯河社零额" (kinds29 ki043).
    const retail = parseQuestion("漯河社零额").terms.find((t) => t.alternatives.includes("社零"))!;
    expect(retail.alternatives).toContain("社会消费品零售总额");
    expect(retail.alternatives).not.toContain("社会消费品零售总额额");
  });

  it("reads 比 of 占比 as no comparison: 占比去年 asks last year's share", () => {
    // 深圳's budget: "九大类民生支出占比超67%" (2025), not a change against 2025 (kinds27 kg012).
    const q = parseQuestion("深圳九大类民生支出占比去年实际多少", { places: [], present: 2026 });
    expect(q.dataYear).toBe(2025);
    expect(q.changeAgainstBase).toBe(false);
  });

  it("drops asking words and keeps the metric", () => {
    expect(words("全市义务教育巩固率是多少？")).toEqual(["义务教育", "巩固率"]);
    expect(words("国家级培训项目有几项")).not.toContain("几项");
    // The measure word goes with 多少: 多少头猪 counts 猪.
    expect(words("1959年养了多少头猪")).toEqual(["养", "猪"]);
  });

  it("knows what unit and kind the asker wants", () => {
    expect(parseQuestion("校长培训了多少人次").wantedClasses).toEqual(["person-times"]);
    expect(parseQuestion("高中毛入学率").wantedClasses).toContain("percent");
    expect(parseQuestion("去凉山帮扶的老师有几个").wantedClasses).toEqual(["count", "people"]);
    expect(parseQuestion("海东市一般公共预算支出是多少？").wantedClasses).toEqual(["money"]);
    expect(parseQuestion("2009年M2增长目标").wantedKind).toBe("target");
    expect(parseQuestion("2008年三农投入实际多少").wantedKind).toBe("actual");
    expect(parseQuestion("教育支出占一般公共预算支出的比例").asksShare).toBe(true);
    // 金额 asks money (kinds57 lk037: not the "32家企业" of the sentence).
    expect(parseQuestion("顺平研发费用加计扣除地金额多少").wantedClasses).toEqual(["money"]);
    // A pollutant's level is a concentration (kinds44 kx045: not the "优良天数达到80%" beside it).
    expect(parseQuestion("长治24年PM2.5目标降到多少").wantedClasses).toContain("concentration");
    expect(parseQuestion("长治PM2.5浓度多少").wantedClasses).toEqual(["concentration"]);
    // 争取 of funds won from above is done, and names the metric; 争取 of a figure is an aim (kinds18 h040, kinds20 l015).
    expect(parseQuestion("盘锦全年对上争取资金多少")).toMatchObject({ wantedKind: null });
    expect(words("张掖争取上级转移支付多少钱")).toContain("争取");
    expect(parseQuestion("今年GDP争取增长多少").wantedKind).toBe("target");
    // …and so is what 争取了 or 争取到 won, asked after the funds (kinds79 mh041): "争取到一般公共预算上级转移支付资金172.97亿元".
    expect(parseQuestion("梧州上级转移支付去年争取了多少").wantedKind).not.toBe("target");
    expect(FUNDS_OBTAINED.test("争取到一般公共预算上级转移支付资金172.97亿元")).toBe(true);
    expect(FUNDS_OBTAINED.test("争取到2025年基本实现项目全覆盖")).toBe(false);
    // A magnitude asked alone is how large a sum is, no word to find, never a rate (kinds80 mi055).
    const profit = parseQuestion("岳阳25年规上工业企业利润总额多少亿");
    expect(profit.terms.map((t) => t.word)).not.toContain("亿");
    expect(profit.wantedClasses).toContain("money");
    expect(profit.wantedClasses).not.toContain("percent");
    // A change of an amount is an amount or a growth rate, never percentage points (a rate's change).
    expect(parseQuestion("今年赤字比去年多安排多少").wantedClasses).toEqual(["money", "percent"]);
  });

  it("asks a change when a change word is asked about, not when it is part of the metric's name", () => {
    expect(parseQuestion("2020年GDP增长多少").asksChange).toBe(true);
    expect(parseQuestion("置换隐性债务增加多少专项债务限额").asksChange).toBe(true);
    // 增加的 then the thing added: its amount (gwr-2025: "一次性增加6万亿元地方专项债务限额置换存量隐性债务").
    expect(parseQuestion("置换隐性债务增加的专项债务限额多少").asksChange).toBe(true);
    expect(parseQuestion("2019年GDP增长率").asksChange).toBe(true);
    expect(parseQuestion("2014年消费对经济增长贡献率").asksChange).toBe(false);
  });

  it("reads how much of a plan was done as a share of it, what was done (kinds16, kinds17)", () => {
    // "市本级地方一般公共预算支出199.6亿元，为预算的84.4%" (haikou-2025-budget).
    expect(parseQuestion("海口市本级一般公共预算支出完成预算多少")).toMatchObject({
      asksShare: true,
      asksShareOfPlan: true,
      wantedKind: "actual",
      wantedClasses: ["percent", "points"],
    });
    expect(parseQuestion("三亚一般预算支出完成预算的多少").asksShare).toBe(true);
    // …whatever the plan is called (汕头: "完成预算调整的104.3%"); a share of another base is no plan's.
    expect(parseQuestion("汕头全市一般公共预算支出完成预算调整的比例").asksShareOfPlan).toBe(true);
    expect(parseQuestion("民生支出占一般公共预算支出比重").asksShareOfPlan).toBe(false);
    // A metric typed short asks what its full name measures (社零: 社会消费品零售总额, money), when an
    // amount is asked; 咋样 and a change keep every class open.
    expect(parseQuestion("克州社零25年多少").wantedClasses).toEqual(["money"]);
    expect(parseQuestion("营口固投咋样").wantedClasses).toEqual([]);
    // 完成 alone asks what was done, an amount; a target word still wins (计划完成).
    expect(parseQuestion("洛阳全市公共预算支出完成多少")).toMatchObject({ asksShare: false, wantedKind: "actual", wantedClasses: ["money"] });
    expect(parseQuestion("2007年计划完成多少造林面积").wantedKind).toBe("target");
    // 一般预算 is 一般公共预算 (not a target word of its own).
    expect(parseQuestion("洛阳去年一般预算收入完成多少").terms[0]!.alternatives).toContain("一般公共预算");
  });

  it("allows a rate for a target of an amount only as the lesser reading", () => {
    expect(parseQuestion("洛阳今年全市一般预算收入预期多少")).toMatchObject({ rateImplied: true, wantedKind: "target" });
    expect(parseQuestion("今年GDP增长目标").rateImplied).toBe(false);
    expect(parseQuestion("城镇调查失业率目标").rateImplied).toBe(false);
  });

  it("knows when the total is asked for", () => {
    expect(parseQuestion("培训项目一共多少项").asksTotal).toBe(true);
    expect(parseQuestion("参与交流轮岗的校长教师共多少名").asksTotal).toBe(true);
    expect(parseQuestion("培训项目多少项").asksTotal).toBe(false);
  });

  it("reads the place asked about, at any level and however it is named", () => {
    const haidong = parseQuestion("海东市小学净入学率是多少");
    expect(haidong.place?.name).toBe("海东市");
    expect(haidong.terms.map((t) => t.word)).not.toContain("海东市");
    expect(parseQuestion("合肥常住人口").place?.name).toBe("合肥市");
    expect(parseQuestion("安徽合肥高中毛入学率").place?.name).toBe("合肥市");
    expect(parseQuestion("全国孕产妇死亡率").place?.code).toBe("0");
    expect(parseQuestion("我国粮食产量").place?.code).toBe("0");
    // 全市 names no city, only the level of the asker's own place.
    const scoped = parseQuestion("全市义务教育巩固率是多少？");
    expect([scoped.place, scoped.scope]).toEqual([null, "city"]);
    // A county's short name counts only for a county some report is about (朝阳 is also a word).
    const putuo = placesNamed("普陀区")[0]!;
    expect(parseQuestion("普陀商务委三公经费预算", { places: [putuo], present: null }).place?.code).toBe(putuo.code);
    expect(parseQuestion("普陀商务委三公经费预算").place).toBeNull();
    // 占全国比重: the country there is what the share is of, not the place asked about.
    expect(parseQuestion("合肥GDP占全国比重").place?.name).toBe("合肥市");
    // 城区, the name of three districts (阳泉's, 晋城's, 长治's) and "the urban area": beside another place
    // and in none of it, it is the common word (kinds30 kj021).
    const wuhai = parseQuestion("乌海中心城区空气优良天数比率");
    expect(wuhai.place?.name).toBe("乌海市");
    expect(wuhai.terms.map((t) => t.word).join("")).toContain("城区");
    expect(parseQuestion("阳泉城区GDP").place?.name).toBe("城区");
  });

  it("keeps place words that are no division (青南地区) as words a report may match as a whole", () => {
    const q = parseQuestion("2020年对口支援青南地区的教师有多少人");
    expect(q.terms.some((t) => t.isPlace)).toBe(true);
  });

  it("reads no common word jieba tags as a place as one (城镇, 惠及, 新建, 湖)", () => {
    for (const question of ["城镇新增就业多少", "教师绩效工资惠及多少中小学教师", "改造和新建地乡镇卫生院一共有多少所", "退田还湖一共恢复了多少水面"]) {
      expect(
        parseQuestion(question)
          .terms.filter((t) => t.isPlace)
          .map((t) => t.word),
        question,
      ).toEqual([]);
    }
  });

  it("reads a plan named as a plan as asking what it set, and 从多少 as asking where a change started", () => {
    expect(parseQuestion("六五计划规定1985年工农业总产值达到多少").wantedKind).toBe("target");
    expect(parseQuestion("十四五规划森林覆盖率").wantedKind).toBe("target");
    // A period named as a span of years asks nothing of its kind; nor does a plan asked as done.
    expect(parseQuestion("十三五期间城镇新增就业多少").wantedKind).toBeNull();
    expect(parseQuestion("一五计划实际完成基建投资多少").wantedKind).toBe("actual");
    // 安排就业 places people in jobs: no budget's 安排.
    expect(parseQuestion("六五期间城镇安排就业多少人").wantedKind).toBeNull();
    // 几个百分点 asks points, though 个 counts.
    expect(parseQuestion("赤字率比上年高几个百分点").wantedClasses).toEqual(["points", "percent"]);
    // An autonomous prefecture typed short with its 州: the place, and no word 州 to find.
    const ganzi = parseQuestion("甘孜州2023年地区生产总值是多少");
    expect([ganzi.place?.name, ganzi.terms.map((t) => t.word)]).toEqual(["甘孜藏族自治州", ["地区生产总值"]]);
    const from = parseQuestion("18年关税总水平从多少降的");
    expect([from.asksOldLevel, from.asksChange, from.terms.map((t) => t.word)]).toEqual([true, false, ["关税", "总"]]);
  });

  it("reads an amount's shape as asking the amount, a rate named as a noun as asking the rate, and a size class as a word", () => {
    // 总量 and 规模 ask an amount: no rate of growth, though 经济增速 is another name of GDP.
    expect(parseQuestion("嘉峪关今年GDP总量目标").wantedClasses).toEqual(["money"]);
    expect(parseQuestion("规模以上工业增加值增速").wantedClasses).toContain("percent");
    // 增速 asks the rate (增长7.5%以上), not how far it moved (提高1个百分点), unless the question asks that.
    expect(parseQuestion("延安今年GDP预期增速").wantedClasses).not.toContain("points");
    expect(parseQuestion("GDP增速比上年提高几个百分点").wantedClasses).toContain("points");
    // 总 cut off before a shape word is the shape's; 亿元以上 is a class of projects, 10亿元以上 a figure.
    expect(parseQuestion("可再生能源装机总规模多少").terms.map((t) => t.word)).not.toContain("总");
    expect(parseQuestion("亿元以上项目实施了几个").terms.map((t) => t.word)).toContain("亿元以上");
    // 市 of 市场 after a place's name is the market's.
    const anshan = parseQuestion("鞍山市场经营主体总量");
    expect([anshan.place?.name, anshan.terms.map((t) => t.word)]).toEqual(["鞍山市", ["市场", "经营", "主体", "总量"]]);
  });

  it("reads a level's name as asking its unit, a count's measure as the unit asked, and the verbs of money as typed", () => {
    // 生产总值 is money: one of its other names (经济增速) being a rate asks no rate ("生产总值增长14.3%", 贵阳 2011).
    expect(parseQuestion("贵阳市2010年生产总值是多少").wantedClasses).toEqual(["money"]);
    // …while a head typed short that implies nothing takes its full name's (社零: 社会消费品零售总额).
    expect(parseQuestion("社零多少").wantedClasses).toEqual(["money"]);
    // 就业人数, 开工套数: the measure counted is the unit asked, printed after the figure ("安置了903万人就业", "开工601万套").
    const jobs = parseQuestion("79年城镇安置地就业人数有多少");
    expect([jobs.terms.map((t) => t.word), jobs.wantedClasses]).toEqual([
      ["城镇", "安置", "就业"],
      ["people", "count", "person-times"],
    ]);
    const homes = parseQuestion("15年棚改开工得套数是多少");
    expect([homes.terms.map((t) => t.word), homes.wantedClasses]).toEqual([["棚改", "开工"], ["count"]]);
    // 收了 of a tax, 实际到位 of money, 到底 of insisting: verbs and adverbs as typed, no word to find.
    expect(parseQuestion("扬州增值税收了多少").terms.map((t) => t.word)).toEqual(["增值税"]);
    expect(parseQuestion("今年税收多少").terms.map((t) => t.word)).toEqual(["税收"]);
    const fdi = parseQuestion("1991年外商直接投资实际到位多少");
    expect([fdi.terms.map((t) => t.word), fdi.wantedKind]).toEqual([["外商", "直接", "投资"], "actual"]);
    expect(parseQuestion("1959年全国粮食总产量到底是多少").terms.map((t) => t.word)).toEqual(["粮食", "总产量"]);
    // 产的 (的 typed for 了) of what was made is its output (新能源汽车年产量); not 减产, a change.
    expect(parseQuestion("24年新能源车产的多少辆").terms.map((t) => t.word)).toEqual(["新能源", "车产量"]);
    expect(parseQuestion("94年粮食减产的多少公斤").terms.map((t) => t.word)).toContain("减产");
    // 研发强度 is one word, printed 研发投入占GDP比重 (鹰潭 2018) or …占地区生产总值比重 (梅州 2020).
    const intensity = parseQuestion("鹰潭研发强度多少").terms[0]!;
    expect([intensity.word, intensity.alternatives]).toEqual(["研发强度", expect.arrayContaining(["研发投入占gdp比重", "研发投入占地区生产总值比重"])]);
  });

  it("reads as-of years, the thing counted before its asking word, the year before a base, and what takes time", () => {
    // 到97年, 截至19年: a year as of which; 截至 names nothing.
    expect(parseQuestion("到97年有几个城市建了低保").dataYear).toBe(1997);
    const asOf = parseQuestion("截至19年 低保人数");
    expect([asOf.dataYear, asOf.terms.map((t) => t.word)]).toEqual([2019, ["低保"]]);
    // "县有多少个基本解决温饱": 县 is counted, not the adverb 基本 after the asking word.
    expect(parseQuestion("原来低产贫困的县有多少个基本解决温饱").counted).toBe("县");
    // 比上年 asked of 1990 is against 1989.
    expect(parseQuestion("1990年国民生产总值比上年增长多少").baseYear).toBe(1989);
    // 是1950年的几倍: the year a multiple is of is its base, no year asked.
    const multiple = parseQuestion("1954年报告 对外贸易是1950年的几倍");
    expect([multiple.reportYear, multiple.dataYear, multiple.baseYear]).toEqual([1954, null, 1950]);
    // 要几个工作日 asks a time it takes, not a plan.
    const days = parseQuestion("企业开办要几个工作日");
    expect([days.wantedKind, days.wantedClasses]).toEqual([null, ["duration"]]);
    // jieba runs 要 onto a noun it does not know (钢要): a noun and the verb the question goes on with.
    expect(parseQuestion("1985年钢要到多少").terms.map((t) => t.word)).toEqual(["钢"]);
    // …and the unit asked onto the verb after it (多少钱建): 钱 and 建.
    expect(parseQuestion("五年中国家投了多少钱建城市职工住宅").terms.map((t) => t.word)).not.toContain("钱建");
    // 工业产值 is printed 工业总产值; a share of GDP is printed as an intensity (研发经费投入强度).
    expect(parseQuestion("58年工业产值计划增长多少").terms[0]!.alternatives).toContain("工业总产值");
    expect(parseQuestion("研发经费占GDP比重到多少了").terms.find((t) => t.isShareBase)?.namedAlsoBy).toContain("投入强度");
  });

  it("survives empty, punctuation-only and very long questions", () => {
    expect(parseQuestion("").terms).toEqual([]);
    expect(parseQuestion("？？！").terms).toEqual([]);
    expect(parseQuestion("城镇新增就业".repeat(1000)).terms.length).toBeLessThan(50);
  });
});

describe("a plan's end and the words of money and choice (heldout-kinds148, heldout133)", () => {
  it("reads 十一五末 as the plan's last year, as 十一五期末 is", () => {
    expect(parseQuestion("宁夏十一五末农民人均纯收入要达到多少")).toMatchObject({ dataYear: 2010, period: null });
    expect(parseQuestion("长沙十一五期末GDP目标").dataYear).toBe(2010);
  });

  it("names nothing by 拨 (of money), 领到 (of what those counted got) or 或", () => {
    expect(words("汶川地震中央财政拨了多少救灾款")).not.toContain("拨");
    expect(words("2016年多少困难和重度残疾人领到生活或护理补贴")).toEqual(expect.not.arrayContaining(["领到", "或"]));
  });
});

describe("an ordinal asked (heldout25, heldout35, heldout144, heldout-kinds101)", () => {
  it("reads 第几 and its measure word as an ordinal asked, naming nothing to find, and the scope of a ranking as no place", () => {
    const games = parseQuestion("今年办第几届全运会");
    expect(games).toMatchObject({ ordinal: "届", wantedClasses: ["ordinal"] });
    expect(games.terms.map((t) => t.word)).toEqual(["办", "全运会"]);
    // The measure word last in the question is no homophone typed for another ("第几届" stays 届).
    expect(parseQuestion("93年办的全运会是第几届").ordinal).toBe("届");
    expect(parseQuestion("全国文物普查开展到第几次了").ordinal).toBe("次");
    const rank = parseQuestion("榆林市城市综合信用指数全国排第几");
    expect(rank.ordinal).toBe("位|名");
    expect(rank.place?.name).toBe("榆林市");
    expect(parseQuestion("2024年开展了几次全国文物普查").ordinal).toBeNull();
  });
});

describe("names typed apart or with a list's size (heldout164, heldout-kinds173)", () => {
  it("reads the name of a change whole when an adverb stands inside it, and no other name", () => {
    expect(words("1993年经济实际增长多少")).toContain("经济增长");
    expect(parseQuestion("1993年经济实际增长多少").wantedKind).toBe("actual");
    // 实际投资 is the investment used, not 外商投资.
    expect(words("1991年外商实际投资多少")).not.toContain("外商投资");
  });

  it("reads a change's extent with 得 typed for 的 as the change", () => {
    expect(words("2005年CPI涨得幅度多少")).toEqual(words("2005年CPI涨的幅度多少"));
    expect(words("2005年CPI涨的幅度多少")).not.toContain("幅度");
  });

  it("reads a noun with 得 (typed for 的) run onto it as the noun, and leaves 所得 whole", () => {
    expect(words("去年底外储得规模多大")).toContain("外储");
    expect(words("个人所得税起征点是多少").join(" ")).toMatch(/所得税/);
  });

  it("keeps a list of the top so many whole, a figure typed, never the head", () => {
    const terms = parseQuestion("东营民企500强有几家").terms;
    expect(terms.find((t) => t.word === "500强")?.isFigure).toBe(true);
    expect(terms.map((t) => t.word)).not.toContain("强");
  });
});
