import { describe, expect, it } from "vitest";
import { parseChineseNumeral } from "../../src/zh/numerals.ts";
import { extractFigures } from "../../src/zh/figures.ts";

/** Figure text, value, unit and qualifier of each figure in a sentence, in order. */
function figures(sentence: string): string[] {
  return extractFigures(sentence).map((f) => `${f.text}=${f.value}${f.unit}${f.qualifier ? "/" + f.qualifier : ""}`);
}

describe("extractFigures on report excerpts", () => {
  it("reads an ordinal as a figure only when one is asked, with the measure words asked (gwr-2025, gwr-2005, 榆林 2020)", () => {
    const ordinals = (s: string, measures: string | null) => extractFigures(s, measures).map((f) => [f.text, f.value, f.unit, f.unitClass]);
    expect(ordinals("办好第十五届全国运动会和第十二届世界运动会", null)).toEqual([]);
    expect(ordinals("办好第十五届全国运动会和第十二届世界运动会", "届")).toEqual([
      ["第十五届", 15, "届", "ordinal"],
      ["第十二届", 12, "届", "ordinal"],
    ]);
    expect(ordinals("我国运动员在第28届奥运会上取得优异成绩", "届")).toEqual([["第28届", 28, "届", "ordinal"]]);
    // Another measure word than the one asked is none: 第四次 for 第几届.
    expect(ordinals("开展第四次全国文物普查", "届")).toEqual([]);
    expect(ordinals("城市综合信用指数全国排名第33位，居全省第一", "位|名")).toEqual([["第33位", 33, "位", "ordinal"]]);
  });

  it("reads how many years something lasted between its marks, and no calendar year or span as one (gwr-2018, gwr-2006, gwr-1992)", () => {
    const lasted = (s: string) => extractFigures(s).map((f) => [f.text, f.value, f.unitClass]);
    expect(lasted("分步骤全面推开营改增，结束了66年的营业税征收历史")).toEqual([["66年", 66, "duration"]]);
    expect(lasted("标志着在我国实行了长达2600年的这个古老税种从此退出历史舞台")).toEqual([["2600年", 2600, "duration"]]);
    expect(lasted("在我国延续两千多年的农业税")).toEqual([["两千多年", 2000, "duration"]]);
    expect(lasted("调整了25年没有动过的城镇居民定量平价粮油销售价格")).toEqual([["25年", 25, "duration"]]);
    expect(lasted("到了一九五七年的水平")).toEqual([]);
    expect(lasted("到了五八年的时候")).toEqual([]);
    expect(lasted("五年来，经济实力跃上新台阶")).toEqual([]);
  });

  it("reads years counted with a decimal point, and the whole number a change reaches in such a sentence (gwr-2016, gwr-2023)", () => {
    const lasted = (s: string) => extractFigures(s).map((f) => [f.text, f.value, f.unitClass]);
    expect(lasted("劳动年龄人口平均受教育年限从10.23年提高到10.8年")).toEqual([
      ["10.23年", 10.23, "duration"],
      ["10.8年", 10.8, "duration"],
    ]);
    expect(lasted("新增劳动力平均受教育年限从13.5年提高到14年")).toEqual([
      ["13.5年", 13.5, "duration"],
      ["14年", 14, "duration"],
    ]);
    // PM2.5 names a particle, not two and a half years; a calendar year stays one.
    expect(lasted("PM2.5年平均浓度13.9微克/立方米")).toEqual([["13.9微克/立方米", 13.9, "concentration"]]);
    // …printed in symbols too (阳泉 2021).
    expect(lasted("PM2.5平均浓度降到46μg/m3")).toEqual([["46μg/m3", 46, "concentration"]]);
    expect(lasted("从2025年到2030年，受教育年限达到10.8年")).toEqual([["10.8年", 10.8, "duration"]]);
  });

  it("reads a season's or a school year's two years as no figure and no fraction (laibin-2024-work)", () => {
    expect(figures("2024／2025年榨季进厂糖料蔗900万吨以上")).toEqual(["900万吨以上=900万吨/以上"]);
    expect(figures("2023/2024学年在校生1万人")).toEqual(["1万人=1万人"]);
    expect(figures("完成任务的2/3以上")).toEqual(["2/3以上=66.67%/以上"]);
  });

  it('reads 几十万 and 数百 as "some", no figure (gwr-1982)', () => {
    expect(figures("现在已经有了几十万个工业交通企业，今后扩大再生产必须主要靠技术改造")).toEqual([]);
    expect(figures("新建数百家工厂，其中大型企业一百二十个")).toEqual(["一百二十个=120个"]);
  });

  it("gives back the 千 of 千瓦 (千克, 千米) that a Chinese numeral took (gwr-1986)", () => {
    expect(figures("五年内新增发电装机容量一千九百五十万千瓦，采煤能力八千万砘")).toEqual(["一千九百五十万千瓦=1950万千瓦"]);
    // A numeral's own 千 stays: "三千吨" is 3000 tons.
    expect(figures("年产三千吨")).toEqual(["三千吨=3000吨"]);
  });

  it("reads a middle dot between digits as a decimal point, as the 1990s reports print it (gwr-1999)", () => {
    expect(figures("下半年国有单位固定资产投资增长显著加快，全年增长19·5%，全社会固定资产投资增长14·1%。")).toEqual(["19·5%=19.5%", "14·1%=14.1%"]);
    // A date is no figure: "5·12汶川特大地震".
    expect(figures("5·12汶川特大地震")).toEqual([]);
  });

  it("reads percentages, money and the items of one sentence separately (seed report)", () => {
    expect(
      figures(
        "截止2020年9月底,海东市全市地区生产总值336.6亿元,一般公共预算支出178.10亿元,205款教育支出32.17亿元,占一般公共预算支出的18.06%,占地区生产总值的9.56%。",
      ),
    ).toEqual(["336.6亿元=336.6亿元", "178.10亿元=178.1亿元", "32.17亿元=32.17亿元", "18.06%=18.06%", "9.56%=9.56%"]);
  });

  it("keeps qualifiers before and after the figure", () => {
    expect(figures("累计减税超过2万亿元")).toEqual(["超过2万亿元=2万亿元/超过"]);
    expect(figures("居民消费价格总水平涨幅控制在4.8%左右")).toEqual(["4.8%左右=4.8%/左右"]);
    expect(figures("全社会研发经费投入强度从2.1%提高到2.5%以上")).toEqual(["2.1%=2.1%", "2.5%以上=2.5%/以上"]);
    expect(figures("全年共有600多万下岗职工实现了再就业")).toEqual(["600多万=600万/多"]);
    expect(figures("日均新设企业超过1.8万户")).toEqual(["超过1.8万户=1.8万户/超过"]);
  });

  it("reads a range as one figure", () => {
    expect(figures("国内生产总值增长6%-6.5%")).toEqual(["6%-6.5%=6%"]);
    // 到 joins a range too (gwr-2011), but not after 从/由, where it ends a change.
    expect(figures("小麦、稻谷最低收购价提高了25%到40%。")).toEqual(["25%到40%=25%"]);
    expect(figures("比重从25%到40%")).toEqual(["25%=25%", "40%=40%"]);
    expect(figures("由3.5%提高到4%")).toEqual(["3.5%=3.5%", "4%=4%"]);
    // Both ends may print the magnitude, the same one (gwr-1980): one figure, its value the low end.
    expect(figures("争取明年节约标准煤700万到800万吨。")).toEqual(["700万到800万吨=700万吨"]);
    expect(figures("从500万增加到800万吨")).toEqual(["500万=500万", "800万吨=800万吨"]);
    // A minus sign after a space is a table's next column (迪庆's budget PDF), not the range's other end.
    expect(figures("个人所得税3,506 3,395 -3.2%")).toEqual(["3,506=3506", "3,395=3395", "3.2%=3.2%"]);
    // …nor is a list's number, where such a table leaves it ("…80 80 00.00%2.公务接待费").
    expect(figures("923 895 -28 -3.03%2.公务接待费")).toEqual(["923=923", "895=895", "28=28", "3.03%=3.03%"]);
  });

  it("reads cases, medals and train runs as counts (上饶 2022, 七台河 2021), and no year something starts from", () => {
    expect(extractFigures("严厉打击各类违法犯罪活动，破获电信网络诈骗案件3352起。").map((f) => [f.text, f.unitClass])).toEqual([["3352起", "count"]]);
    expect(extractFigures("冰雪体育事业延续辉煌，短道速滑世界级金牌增至173枚").map((f) => [f.text, f.unitClass])).toEqual([["173枚", "count"]]);
    expect(extractFigures("“海铁联运天天班”开行393趟，发运集装箱2.5万标箱。").map((f) => f.text)).toEqual(["393趟", "2.5万标箱"]);
    expect(extractFigures("从2010年起，自2019年1月1日起实行")).toEqual([]);
  });

  it("reads the times a measure was taken, its verb right after, as a count (gwr-2009), but not 三次产业", () => {
    expect(extractFigures("五次下调金融机构存贷款基准利率，四次下调存款准备金率").map((f) => f.text)).toEqual(["五次", "四次"]);
    expect(extractFigures("三次产业结构调整为6.6:46.8:46.6").map((f) => f.text)).toEqual(["6.6:46.8:46.6"]);
  });

  it("reads an amount before 级 as a class by size, no figure (钦州 2018)", () => {
    expect(extractFigures("10万吨级集装箱双向航道一期开工建设，建成30万吨级支航道")).toEqual([]);
    expect(extractFigures("打造千亿级产业集群，港口吞吐量达到8000万吨").map((f) => f.text)).toEqual(["8000万吨"]);
  });

  it("reads a bare value a run goes on after as a figure, and a list's number as none (内江 2022)", () => {
    expect(extractFigures("高新技术产业化水平指数达82.37、居全省第二位").map((f) => [f.text, f.unitClass])).toEqual([["82.37", "none"]]);
    expect(extractFigures("3、公务接待费")).toEqual([]);
  });

  it("reads working days as a time and 平米 as an area (通辽 2023, 台州 2015)", () => {
    expect(extractFigures("企业开办时间压缩至0.5个工作日").map((f) => [f.text, f.unitClass])).toEqual([["0.5个工作日", "duration"]]);
    expect(extractFigures("“三改一拆”深入推进，拆违3514万平米").map((f) => [f.text, f.unitClass])).toEqual([["3514万平米", "area"]]);
  });

  it("reads thousands commas, 2万5千 and points", () => {
    expect(figures("我们派出留学生6,435人")).toEqual(["6,435人=6435人"]);
    expect(figures("高速铁路运营里程从9000多公里增加到2万5千公里")).toEqual(["9000多公里=9000公里/多", "2万5千公里=2.5万公里"]);
    // gwr-2018: "出境旅游人次由8300万增加到1亿3千多万" — the thousands of ten thousands belong to the 亿 figure.
    expect(figures("出境旅游人次由8300万增加到1亿3千多万。")).toEqual(["8300万=8300万", "1亿3千多万=1.3亿/多"]);
    expect(figures("煤炭消费比重下降2个百分点")).toEqual(["2个百分点=2个百分点"]);
  });

  it("reads Chinese numerals, traditional characters included (gwr-1954, 1955, 1992)", () => {
    expect(figures("鋼二百十七萬噸，等於一九四九年的十三點七倍")).toEqual(["二百十七萬噸=217万噸", "十三點七倍=13.7倍"]);
    expect(figures("支出总数为七百六十六亿四千万元")).toEqual(["七百六十六亿四千万元=766.4亿元"]);
    expect(figures("全年零售物价上涨百分之二点九")).toEqual(["百分之二点九=2.9%"]);
    // Per thousand, as the older reports print a population's growth (gwr-1979).
    expect(figures("四川省由千分之二十九降到千分之六点一")).toEqual(["千分之二十九=29‰", "千分之六点一=6.1‰"]);
    // A range is printed whole, its value its low end, as for "6.5%至7%" (gwr-1993); 至…年 is no range.
    expect(figures("国民经济增长速度由原定平均每年百分之六调高到百分之八至九。")).toEqual(["百分之六=6%", "百分之八至九=8%"]);
    expect(figures("年均增长百分之七至百分之八")).toEqual(["百分之七至百分之八=7%"]);
    expect(figures("每年增长百分之五至二〇〇〇年")).toEqual(["百分之五=5%"]);
    // Fractions are shares (1/3 is 33.33%), printed whole; a rate per 10,000 is no fraction.
    expect(figures("专项转移支付项目比上年减少1/3以上")).toEqual(["1/3以上=33.33%/以上"]);
    expect(figures("将达到三分之一左右，占职工总数的四分之一")).toEqual(["三分之一左右=33.33%/左右", "四分之一=25%"]);
    expect(figures("孕产妇死亡率14.3/10万")).toEqual(["14.3/10万=14.3/10万"]);
    expect(parseChineseNumeral("三亿零四百七十五万")).toBe(304_750_000);
    // 度 (kilowatt-hours) after 亿 or 万 only: 一度 is "once" (gwr-1982, gwr-2012).
    expect(figures("发电量三千六百二十亿度，增长百分之二十点四")).toEqual(["三千六百二十亿度=3620亿度", "百分之二十点四=20.4%"]);
    expect(figures("物价一度上涨")).toEqual([]);
    // 担, the old unit of weight (gwr-1958).
    expect(figures("棉花的指标为三千五百万担")).toEqual(["三千五百万担=3500万担"]);
    // The magnitude after 多 (gwr-1957).
    expect(figures("从1949年的二千四百多万人增加到1956年的六千三百多万人")).toEqual(["二千四百多万人=2400万人/多", "六千三百多万人=6300万人/多"]);
  });

  it("does not take years, dates, codes, ordinals or words for figures", () => {
    expect(figures("(青教督委办〔2020〕45号)文件精神")).toEqual([]);
    expect(figures("2019年,全市")).toEqual([]);
    expect(figures("205款教育支出")).toEqual([]);
    expect(figures("细颗粒物（PM2.5）浓度继续下降")).toEqual([]);
    expect(figures("一是高度重视教育工作，第一个五年计划，两个基本点")).toEqual([]);
  });

  it("reads a page's layout: a thousands comma with a space, a caption's number, an acronym's figure (kinds66, kinds64)", () => {
    // 三明's budget of 2019: "全市一般公共预算支出完成3, 156,077万元".
    expect(figures("全市一般公共预算支出完成3, 156,077万元")).toEqual(["3, 156,077万元=3156077万元"]);
    // …but no number whose thousands ran into the next one (新疆's budget PDF: "4,235" then the code 10106).
    expect(figures("2010101行政运行4,23510106个人所得税310,000")).toEqual(["4,235=4235", "310,000=310000"]);
    // 周口's bulletin: a chart's caption.
    expect(figures("图1 2021-2025年周口市粮食总产量")).toEqual([]);
    // 福田 2023: a measure's acronym before its figure; a name's digits (PM2.5) stay the name's.
    expect(figures("地均GDP70.75亿元/平方公里")).toEqual(["70.75亿元=70.75亿元"]);
    expect(figures("PM2.5平均浓度")).toEqual([]);
    // 迪庆's budget PDF: an empty cell printed with a leading zero.
    expect(figures("80 80 00.00%")).toEqual(["80=80", "80=80"]);
  });

  it("gives a bare number of a run the unit its last number prints ('分别高4.2和0.7个百分点')", () => {
    expect(figures("贷款增速比各项贷款平均增速分别高4.2和0.7个百分点。")).toEqual(["4.2=4.2个百分点", "0.7个百分点=0.7个百分点"]);
    expect(figures("分别增长4.2、0.7和1.5亿元。")).toEqual(["4.2=4.2亿元", "0.7=0.7亿元", "1.5亿元=1.5亿元"]);
    // Years joined by 和 are no run of figures.
    expect(figures("2019和2020年分别增长6%")).toEqual(["6%=6%"]);
  });

  it("reads a numeral spelled with 多万 before a noun as a figure", () => {
    expect(figures("从1979年到1984年安排了四千二百多万城镇劳动力就业，")).toEqual(["四千二百多万=4200万/多"]);
  });

  it("reads the shares of a whole printed with ratio signs as one figure, and a ratio to one as before", () => {
    // 新余 2022, 襄阳's 2025 bulletin: three parts adding up to a hundred are one composition.
    expect(figures("三次产业结构调整为6.6:46.8:46.6。")).toEqual(["6.6:46.8:46.6=6.6"]);
    expect(figures("三次产业结构由2024年的9.9∶40.6∶49.5调整为8.8∶38.8∶52.4。")).toEqual(["9.9∶40.6∶49.5=9.9", "8.8∶38.8∶52.4=8.8"]);
    // 西双版纳 2025: a ratio to one is read as its unit says.
    expect(figures("城乡居民收入比1.95:1、全省最小")).toEqual(["1.95:1=1.95:1"]);
    // Parts that add up to no hundred are no composition (a clock time, a score).
    expect(figures("上午9:30:45开始")).not.toContain("9:30:45=9");
  });

  it("reads a round power of ten and its unit before a noun as the unit a rate is per, not a figure", () => {
    // 山西 2012: the rate per million tonnes of coal is the figure; 百万吨 is part of its name.
    expect(figures("煤矿百万吨死亡率下降到0.086，居于国内领先水平")).toEqual(["0.086=0.086"]);
    expect(figures("每十万人口拥有执业医师")).toEqual([]);
    // …but a round figure it is after 上 (gwr-2023: "惠及上千万家庭"), as a step reached and before 以上.
    expect(figures("惠及上千万家庭")).toEqual(["千万家=1000万家"]);
    expect(figures("迈上百万吨台阶")).toEqual(["百万吨=100万吨"]);
    expect(figures("达到百万人次以上")).toEqual(["百万人次以上=100万人次/以上"]);
  });

  it("reads a round power of ten and its unit before 的 and a noun as a class by size, not a figure", () => {
    // 浙江 1988: "产值上千万元的项目" are projects of that size; nothing was worth 千万元.
    expect(figures("产值上千万元的项目、出口创汇的项目和技术装备的项目要重点开发。")).toEqual([]);
    expect(figures("培育销售收入超百亿元的工业产业")).toEqual([]);
    // A figure with its digits is one, whatever follows: "达到一千万元的水平".
    expect(figures("达到一千万元的水平")).toEqual(["一千万元=1000万元"]);
  });

  it("takes a counted bare number ('全市有181学校')", () => {
    expect(figures("2020年,全市有181学校被评为市级平安示范校园。")).toEqual(["181=181"]);
  });
});

describe("figures as printed, through ingest's normalisation", async () => {
  const { normaliseText } = await import("../../src/ingest/clean.ts");
  const read = (printed: string) => figures(normaliseText(printed));

  it("reads full-width, spaced and comma-grouped digits", () => {
    expect(read("人均３０９．８元，增长１２％")).toEqual(["309.8元=309.8元", "12%=12%"]);
    expect(read("全年粮食产量4 9 2 5 0 万吨")).toEqual(["49250万吨=49250万吨"]);
    expect(read("粮食产量33，212万吨")).toEqual(["33,212万吨=33212万吨"]);
    expect(read("２００１年国内生产总值达到９５９３３亿元")).toEqual(["95933亿元=95933亿元"]);
  });

  it("reads per-mille, points, ages and times", () => {
    expect(read("人口自然增长率控制在7‰以内")).toEqual(["7‰以内=7‰/以内"]);
    expect(read("城镇化率提高1.3个百分点，人均预期寿命达到78.2岁，增长二点一倍")).toEqual(["1.3个百分点=1.3个百分点", "78.2岁=78.2岁", "二点一倍=2.1倍"]);
  });
});
