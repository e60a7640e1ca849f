import { describe, expect, it } from "vitest";
import { continuedReviewLeads } from "../../../src/search/index/review-leads.ts";

const paragraph = (text: string, top = "一、过去一年和五年工作回顾") => ({ text, headings: [top], sentences: text.split(/(?<=。)/).filter(Boolean) });

describe("continuedReviewLeads", () => {
  it("carries a five years' review to the dash-led items after it, and no further (gwr-2023)", () => {
    const leads = continuedReviewLeads(
      [
        paragraph("过去一年，我国经济发展遇到疫情等国内外多重超预期因素冲击。"),
        paragraph("过去五年极不寻常、极不平凡。"),
        paragraph("——经济发展再上新台阶。国内生产总值增加到121万亿元，五年年均增长5.2%。"),
        paragraph("——生态环境明显改善。单位国内生产总值能耗下降8.1%、二氧化碳排放下降14.1%。"),
        paragraph("各位代表！"),
      ],
      2023,
    );
    expect(leads).toEqual([undefined, undefined, "过去五年", "过去五年", undefined]);
  });

  it("carries a five years' review to the items counted in words after it (湖北 2018)", () => {
    const top = "一、过去五年工作回顾";
    const leads = continuedReviewLeads(
      [
        paragraph("五年来，我们着力打基础、管长远，促成了一系列转折性变化。", top),
        paragraph("一是坚定不移贯彻新发展理念，推动经济平稳健康发展。完成固定资产投资13.6万亿元，是上个五年的2.5倍。", top),
        paragraph("二是坚定不移推进供给侧结构性改革。", top),
        paragraph("今年发展的主要预期目标是：地区生产总值增长7.5%左右。", "二、2018年工作安排"),
      ],
      2018,
    );
    expect(leads).toEqual([undefined, "五年来", "五年来", undefined]);
  });

  it("carries the review to the paragraphs it announces, within its section, but not a year's (gwr-2018, gwr-2019)", () => {
    const five = continuedReviewLeads(
      [
        paragraph("五年来，我们认真贯彻党中央决策部署，主要做了以下工作。", "一、过去五年工作回顾"),
        paragraph("（三）坚持创新引领发展。新设14个国家自主创新示范区。", "一、过去五年工作回顾"),
        paragraph("今年发展的主要预期目标是：国内生产总值增长6.5%左右。", "二、2018年经济社会发展总体要求和政策取向"),
      ],
      2018,
    );
    expect(five).toEqual([undefined, "五年来", undefined]);
    const one = continuedReviewLeads([paragraph("一年来，我们主要做了以下工作。"), paragraph("城镇新增就业1361万人。")], 2019);
    expect(one).toEqual([undefined, undefined]);
  });

  it("carries a plan period looked back on to the run-in paragraphs after it, within its section (沈阳 2011)", () => {
    const top = "一、2010年及“十一五”时期主要工作回顾";
    const leads = continuedReviewLeads(
      [
        paragraph("国防动员教育、人防和民兵预备役工作进一步加强。", top),
        paragraph(
          "各位代表，2010年全市工作取得的成绩，标志着我们圆满完成了“十一五”规划确定的各项目标任务。回首“十一五”，沈阳老工业基地向全面振兴迈出了坚实步伐。",
          top,
        ),
        paragraph("改革开放迈出新步伐。新增世界500强投资企业30家，实际利用外商直接投资245.5亿美元。", top),
        paragraph("“十二五”时期经济社会发展的主要目标是：地区生产总值年均增长12%以上。", "二、“十二五”时期的主要目标"),
      ],
      2011,
    );
    expect(leads).toEqual([undefined, undefined, "回首“十一五”", undefined]);
  });

  it("carries a look back on the government's term to the paragraphs after it (忻州 2022)", () => {
    const top = "一、2021年及过去五年工作回顾";
    const leads = continuedReviewLeads(
      [
        paragraph("各位代表！过去一年的工作，为本届政府划上了圆满句号。回望本届政府的奋斗路，我们坚定扛起历史使命。", top),
        paragraph("我们牢牢扭住发展第一要务，综合实力实现历史跨越。新增各类市场主体14.7万户。", top),
        paragraph("今年经济社会发展的主要预期目标是：地区生产总值增长8.5%。", "二、2022年工作安排"),
      ],
      2022,
    );
    expect(leads).toEqual([undefined, "回望本届政府的奋斗路", undefined]);
    // A year's place in the term is no look back on it: "过去的一年是本届政府开局之年，…".
    expect(continuedReviewLeads([paragraph("过去的一年是本届政府开局之年，全市经济稳中有进。", top), paragraph("新增市场主体3万户。", top)], 2019)).toEqual([
      undefined,
      undefined,
    ]);
  });
});
