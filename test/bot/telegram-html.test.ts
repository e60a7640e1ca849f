/**
 * The bot's rendering of replies: Telegram HTML from the styled pieces of src/answer/format.ts,
 * escaped, within one message, and a long paragraph split into valid messages. These pins are
 * the replies users see: a change here is a change on every phone.
 */
import { describe, expect, it } from "vitest";
import { formatAnswerText, metricLabel } from "../../src/answer/format.ts";
import type { Answer } from "../../src/answer/types.ts";
import { escapeHtml, formatAlternativeHtml, formatAnswerHtml, formatParagraphHtml, splitHtml, TELEGRAM_MESSAGE_LIMIT } from "../../src/bot/telegram-html.ts";
import { gdpAnswer, notFoundAnswer, seedAnswer, targetAnswer } from "../fixtures/answers.ts";

/** Telegram HTML we emit uses only these tags; everything else must be escaped. */
function assertSafeHtml(html: string) {
  const withoutTags = html.replace(/<\/?(?:b|i)>/g, "");
  expect(withoutTags).not.toMatch(/[<>]/);
  expect(withoutTags.replace(/&(?:amp|lt|gt);/g, "")).not.toContain("&");
  // Tags balanced and not nested across each other.
  const stack: string[] = [];
  for (const m of html.matchAll(/<(\/?)(b|i)>/g)) {
    if (m[1] === "") stack.push(m[2]!);
    else expect(stack.pop()).toBe(m[2]);
  }
  expect(stack).toEqual([]);
}

describe("formatAnswerHtml", () => {
  it("puts the figure first, in bold, with its metric and year, then the sentence and the source", () => {
    expect(formatAnswerHtml(seedAnswer)).toMatchInlineSnapshot(`
      "<b>95.62%</b>  高中阶段毛入学率 · 海东市 · 2019年
      “2019年,全市<b>高中</b>阶段<b>毛入学率</b>达到<b>95.62%</b>。”
      <i>📄 政府履行教育职责情况自查自评情况 · 2020-11-26 · 二、主要成效 › (六)统筹各级各类教育健康发展</i>"
    `);
  });

  it("reads the metric from the clause before when the figure follows a bare verb", () => {
    expect(metricLabel(gdpAnswer)).toBe("国内生产总值增长");
    expect(metricLabel(seedAnswer.alternatives[1]!)).toBe("义务教育巩固率");
    expect(formatAnswerHtml(gdpAnswer).split("\n")[0]).toBe("<b>6.6%</b>  国内生产总值增长 · 全国 · 2018年");
  });

  it("marks a target and clips a long sentence around the figure", () => {
    const html = formatAnswerHtml(targetAnswer);
    expect(html.split("\n")[0]).toBe("<b>1100万人以上</b>  城镇新增就业 · 全国 · 2019年（目标值）");
    expect(html).toContain("<b>城镇新增就业1100万人以上</b>");
    expect(html).toContain("…”");
    expect(html.length).toBeLessThan(500);
  });

  it("fits one phone screen: a handful of lines", () => {
    for (const answer of [seedAnswer, gdpAnswer, targetAnswer]) {
      expect(formatAnswerHtml(answer).split("\n").length).toBeLessThanOrEqual(4);
    }
  });

  it("says plainly when the reports do not state it, with up to 3 closest passages and a rephrasing hint", () => {
    const html = formatAnswerHtml(notFoundAnswer);
    expect(html).toContain("已收录的报告中没有写明“2019年全市小学生近视率是多少？”的数字");
    expect(html).toContain("1. “<b>2019年全市</b>义务教育巩固率达到97.54%。”");
    expect(html).toContain("3. ");
    expect(html).not.toContain("4. ");
    expect(html).toContain("换个说法试试");
    // No figure is presented as the answer.
    expect(html.split("\n")[0]).not.toMatch(/<b>[\d.]+%<\/b>/);
    assertSafeHtml(html);
  });

  it("handles a not-found answer without any passage", () => {
    const bare: Answer = { ...notFoundAnswer, alternatives: [] };
    const html = formatAnswerHtml(bare);
    expect(html).not.toContain("最接近的段落");
    expect(html).toContain("换个说法试试");
  });

  it("escapes report text and the question", () => {
    const nasty: Answer = {
      ...seedAnswer,
      query: "<script>alert(1)</script> & 高中",
      sentence: "2019年,全市<高中>阶段毛入学率达到95.62% & more。",
      report: { ...seedAnswer.report, title: "<b>报告</b> & 附件" },
      heading: "一、<i>标题</i>",
      matched: ["高中", "<"],
    };
    const html = formatAnswerHtml(nasty);
    assertSafeHtml(html);
    expect(html).toContain("&lt;b&gt;报告&lt;/b&gt; &amp; 附件");
    assertSafeHtml(formatAnswerHtml({ ...notFoundAnswer, query: nasty.query, alternatives: [nasty] }));
  });

  it("stays within one message for absurd inputs (5,000-character question, sentence, title)", () => {
    const long = "很".repeat(5000);
    const huge: Answer = {
      ...seedAnswer,
      query: long,
      sentence: long + "95.62%" + long,
      report: { ...seedAnswer.report, title: long },
      heading: long,
      matched: ["很"],
    };
    expect(formatAnswerHtml(huge).length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(formatAnswerHtml(huge)).toContain("<b>95.62%</b>");
    const notFound: Answer = { ...notFoundAnswer, query: long, alternatives: [huge, huge, huge, huge] };
    expect(formatAnswerHtml(notFound).length).toBeLessThanOrEqual(1200);
  });
});

describe("formatAnswerText", () => {
  it("has the same content as the HTML, without markup", () => {
    for (const answer of [seedAnswer, gdpAnswer, targetAnswer, notFoundAnswer]) {
      const fromHtml = formatAnswerHtml(answer)
        .replace(/<\/?(?:b|i)>/g, "")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&amp;/g, "&");
      expect(formatAnswerText(answer)).toBe(fromHtml);
    }
    expect(formatAnswerText(seedAnswer)).not.toMatch(/<\/?b>/);
  });
});

describe("formatAlternativeHtml", () => {
  it("shows alternative i of n with its own figure and source", () => {
    const html = formatAlternativeHtml(seedAnswer, 1)!;
    expect(html.split("\n")[0]).toBe("<i>其他结果 2/2</i>");
    expect(html).toContain("<b>97.54%</b>  义务教育巩固率 · 海东市 · 2019年");
    expect(formatAlternativeHtml(seedAnswer, 2)).toBeNull();
    expect(formatAlternativeHtml(seedAnswer, -1)).toBeNull();
  });
});

describe("formatParagraphHtml", () => {
  it("returns the whole paragraph with the source sentence in bold, in one message when it fits", () => {
    const messages = formatParagraphHtml(seedAnswer);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain("<b>2019年,全市高中阶段毛入学率达到95.62%。</b>");
    expect(messages[0]).toContain("四是特殊教育发展成效明显");
  });

  it("splits a long paragraph at sentence ends, every message valid and within the limit", () => {
    const long = { ...seedAnswer, paragraph: seedAnswer.paragraph.repeat(12) };
    const messages = formatParagraphHtml(long);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
      assertSafeHtml(m);
    }
    for (const m of messages.slice(0, -1)) expect(m).toMatch(/[。<\/b>]$/);
    const text = messages.join("").replace(/<\/?(?:b|i)>/g, "");
    expect(text).toContain(seedAnswer.paragraph.repeat(12).slice(0, 2000).slice(-100));
  });

  it("splits with a small limit too, keeping bold runs closed", () => {
    const messages = formatParagraphHtml(seedAnswer, 300);
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(300);
      assertSafeHtml(m);
    }
  });

  it("escapes characters that expand when split near the limit", () => {
    const messages = formatParagraphHtml({ ...seedAnswer, paragraph: "<&>".repeat(3000), sentence: "" }, 500);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(500);
      assertSafeHtml(m);
    }
    expect(messages.join("").match(/&lt;/g)).toHaveLength(3000);
  });
});

describe("escapeHtml and splitHtml", () => {
  it("escapeHtml escapes the three characters Telegram HTML needs", () => {
    expect(escapeHtml("a<b>&c")).toBe("a&lt;b&gt;&amp;c");
  });
  it("splitHtml escapes plain pieces and keeps a bold run closed across messages", () => {
    expect(splitHtml([{ text: "标题：", bold: true }, { text: "a<b" }])).toEqual(["<b>标题：</b>a&lt;b"]);
    const messages = splitHtml([{ text: "很长的一句话。".repeat(40), bold: true }], 100);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(100);
      assertSafeHtml(m);
    }
  });
});
