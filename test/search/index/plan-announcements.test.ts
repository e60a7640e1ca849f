import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { ingestBytes } from "../../../src/ingest/ingest.ts";
import type { IngestedReport } from "../../../src/ingest/types.ts";
import { plansAnnounced } from "../../../src/search/index/plan-announcements.ts";

/** Whether the paragraph holding some words is marked as planning, in a report of the repository ingested. */
async function markedIn(file: string): Promise<(words: string) => boolean | undefined> {
  const bytes = await readFile(new URL(`../../../${file}`, import.meta.url));
  const { paragraphs, report } = (await ingestBytes(file.replace(/^.*\//, ""), bytes)) as IngestedReport;
  const marked = plansAnnounced(paragraphs, report.genre);
  return (words) => marked[paragraphs.findIndex((p) => p.text.includes(words))];
}

describe("plansAnnounced", () => {
  it("marks the paragraphs after a work report's announcement of the year's work, when its plans' heading was lost (马鞍山 2024)", async () => {
    // corpus-heldout75/maanshan-2024-work.docx goes from its review's last part, "(六)坚持民生为本…", straight on to
    // "“十四五”规划的关键一年，…做好今年工作意义重大。" under the heading "一、2023年工作回顾".
    const at = await markedIn("corpus-heldout75/maanshan-2024-work.docx");
    expect(at("民生支出270亿元，占财政支出的84%")).toBe(false);
    expect(at("做好今年工作意义重大")).toBe(false);
    expect(at("城镇新增就业4.1万人，争创全国公共就业创业服务示范城市")).toBe(true);
    // A new top-level heading ends it: the government's own work is no plan of figures.
    expect(at("越是任务繁重、形势复杂")).toBe(false);
  });

  it("marks the paragraphs after the five years' plans announced under a review's heading (鄂州 2017)", async () => {
    const at = await markedIn("corpus-heldout176/ezhou-2017-work.md");
    expect(at("今后五年工作的总体要求是")).toBe(false);
    expect(at("实现地区生产总值1300亿元，年均增长9%")).toBe(true);
  });

  it("marks nothing in a report of another kind, nor where the plans have their heading (gwr-2018)", () => {
    const p = (text: string, top: string) => ({ text, headings: [top] });
    expect(plansAnnounced([p("做好今年工作意义重大。", "一、回顾"), p("新增就业100万人。", "一、回顾")], "统计公报")).toEqual([false, false]);
    expect(
      plansAnnounced(
        [
          p("今年发展的主要预期目标是：国内生产总值增长6.5%左右。", "二、2018年经济社会发展总体要求和政策取向"),
          p("三、对今年政府工作的建议", "三、对2018年政府工作的建议"),
        ],
        "工作报告",
      ),
    ).toEqual([false, false]);
  });
});
