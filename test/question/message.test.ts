import { describe, expect, it } from "vitest";
import { isLongMessage, MAX_PARTS_TRIED, questionParts } from "../../src/question/message.ts";

// A paragraph of the seed report, as an official might paste it around a question.
const PASTED =
  "2019年,全市共有各级各类学校1089所,在校学生29.5万人。全市学前三年毛入园率达到90.6%,九年义务教育巩固率达到97.54%。" +
  "全市高中阶段毛入学率达到95.62%,较2015年提高了10.29个百分点。";

describe("questionParts", () => {
  it("a short message is one question; a long one is not", () => {
    expect(isLongMessage("高中毛入学率")).toBe(false);
    expect(isLongMessage(`${PASTED}高中毛入学率是多少？`)).toBe(true);
  });

  it("finds the question at the end or at the start of a pasted paragraph", () => {
    expect(questionParts(`${PASTED}\n高中毛入学率是多少？`)).toEqual(["高中毛入学率是多少？"]);
    expect(questionParts(`请问高中毛入学率是多少？\n${PASTED}`)).toEqual(["请问高中毛入学率是多少？"]);
    // Without a line break, the question runs on from the paragraph's last sentence end.
    expect(questionParts(`${PASTED}高中毛入学率是多少`)).toEqual(["高中毛入学率是多少"]);
  });

  it("without an asking word, takes the short lines typed as metrics", () => {
    expect(questionParts(`${PASTED}\n高中阶段毛入学率\n义务教育巩固率`)).toEqual(["高中阶段毛入学率", "义务教育巩固率"]);
  });

  it("tries a bounded number of parts, and none of a paragraph that asks nothing", () => {
    const many = Array.from({ length: 10 }, (_, i) => `第${i}个指标是多少？`).join("\n");
    expect(questionParts(many)).toHaveLength(MAX_PARTS_TRIED);
    expect(questionParts(PASTED.repeat(3))).toEqual([]);
  });
});
