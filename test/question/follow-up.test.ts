import { describe, expect, it } from "vitest";
import { readTurn, type Understood } from "../../src/question/follow-up.ts";

const context = { places: [], present: 2025 };

/** A conversation's messages, each read against the one before: what each was understood as. */
function conversation(...messages: string[]): Array<[string, boolean]> {
  let previous: Understood | null = null;
  return messages.map((m) => {
    const turn = readTurn(m, previous, context);
    previous = turn.understood;
    return [turn.question, turn.followUp];
  });
}

describe("readTurn", () => {
  it("changes the year, the kind, the metric or the place of the question before", () => {
    expect(conversation("2019年城镇新增就业", "那2018年呢", "前一年呢", "目标是多少", "GDP增长呢", "全国呢", "比上年增长多少")).toEqual([
      ["2019年城镇新增就业", false],
      ["2018年城镇新增就业", true],
      ["2017年城镇新增就业", true],
      ["2017年城镇新增就业目标", true],
      ["2017年GDP增长", true],
      ["2017年全国GDP增长", true],
      ["2017年全国GDP比上年增长", true],
    ]);
  });

  it("writes out 去年 against the corpus' present, so that a follow-up can count from it", () => {
    expect(conversation("去年财政赤字率", "前一年呢")).toEqual([
      ["去年财政赤字率", false],
      ["2023年财政赤字率", true],
    ]);
  });

  it("keeps a span of years, and takes a question of its own as one", () => {
    expect(conversation("近三年GDP增速", "那粮食产量呢", "2019年城镇新增就业")).toEqual([
      ["近三年GDP增速", false],
      ["近三年粮食产量", true],
      ["2019年城镇新增就业", false],
    ]);
  });

  it("reads 实际完成多少 and 当年 as changes of kind and year", () => {
    expect(conversation("2016年GDP增长目标", "实际完成多少", "当年城镇新增就业呢")[1]).toEqual(["2016年GDP增长", true]);
  });
});
