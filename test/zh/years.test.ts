import { describe, expect, it } from "vitest";
import { asWrittenDate, DATE_ALONE, yearMentions } from "../../src/zh/years.ts";

describe("yearMentions", () => {
  it("takes the year of a count cited as a source for the topic of what follows (gwr-1955)", () => {
    expect(yearMentions("据一九五二年的统计，沿海各省的工业产值占全国工业总产值的百分之七十以上", 1955)).toEqual([{ at: 1, year: 1952, topic: true }]);
  });

  it("takes a year that opens a clause for its topic, but not a year since which (gwr-2022)", () => {
    expect(yearMentions("2019年,全市义务教育巩固率达到97.54%", 2020)).toEqual([{ at: 0, year: 2019, topic: true }]);
    // "2013年以来新增的涉税市场主体去年纳税达到4.76万亿元": since 2013, about 去年.
    expect(yearMentions("2013年以来新增的涉税市场主体去年纳税达到4.76万亿元", 2022).map((y) => [y.year, y.topic])).toEqual([
      [2013, false],
      [2021, false],
    ]);
    // "今年以来" is this year so far: its topic.
    expect(yearMentions("今年以来,全市共落实中央省级教育建设项目56项", 2020)).toEqual([{ at: 0, year: 2020, topic: true }]);
  });

  it("takes no base built on for a topic (qinghai-2025: the 2024 figures after it are 2024's)", () => {
    const sentence = "加力巩固拓展脱贫攻坚成果同乡村振兴有效衔接，在2023年国家考评第三的好成绩基础上，全力打好乡村全面振兴“漂亮仗”";
    expect(yearMentions(sentence, 2025).map((y) => [y.year, y.topic])).toEqual([[2023, false]]);
    // Without 基础上 the year opens its clause and is its topic.
    expect(yearMentions("在2023年，全省城镇新增就业6.45万人", 2025).map((y) => [y.year, y.topic])).toEqual([[2023, true]]);
  });
});

describe("a date alone on a line", () => {
  it("reads one printed with dashes and a time to the second, as a news page prints it under its headline", () => {
    // 太原日报's page of 2026: "2026-02-04 07:19:08".
    expect(DATE_ALONE.exec(asWrittenDate("2026-02-04 07:19:08"))?.slice(1, 4)).toEqual(["2026", "02", "04"]);
    expect(DATE_ALONE.test("2026年02月10日 07时41分")).toBe(true);
    // Not a range of years, nor a sentence.
    expect(asWrittenDate("2025-2026")).toBe("2025-2026");
    expect(DATE_ALONE.test(asWrittenDate("2026-02-04起实施新规"))).toBe(false);
  });
});
