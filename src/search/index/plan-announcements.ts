/**
 * Which paragraphs of a work report plan the year ahead though their heading reviews the past, worked
 * out when the index is built and kept with the paragraph (the PostgreSQL store fetches a paragraph and
 * the one before it only, so the answer stage cannot walk back to find the announcement).
 *
 * A report whose heading of the year's plans was lost (马鞍山 2024's .docx goes from its review's last
 * part straight on to "…做好今年工作意义重大", "今年全市经济社会发展主要预期目标是：…") plans from the
 * paragraph that announces the year's work (or the five years'): the paragraphs after it under the same top-level heading.
 */
import type { Genre } from "../../ingest/types.ts";

/**
 * A paragraph announcing the year's work: "做好今年工作意义重大", "今年全市经济社会发展主要预期目标是："; or the five years'
 * ("今后五年工作的总体要求是：…", "今后五年的主要目标是实现“四个提升”：" then "——综合经济实力提升。实现地区生产总值1300亿元",
 * 鄂州 2017, under its review's heading).
 */
const PLANS_ANNOUNCED = /做好今年(?:政府)?工作|今年[^，。；]{0,16}主要预期目标(?:是|为)|(?:今后|未来)五年(?:工作)?的?(?:总体要求|主要目标|奋斗目标)(?:是|为)/;

interface ParagraphText {
  text: string;
  headings: readonly string[];
}

/** For each paragraph of a report, in order, whether an earlier one under its top-level heading announced the year's plans. */
export function plansAnnounced(paragraphs: readonly ParagraphText[], genre: Genre): boolean[] {
  const out: boolean[] = [];
  let announcedUnder: string | null = null;
  for (const p of paragraphs) {
    const top = p.headings[0] ?? "";
    if (announcedUnder !== null && announcedUnder !== top) announcedUnder = null;
    out.push(announcedUnder !== null);
    if (genre === "工作报告" && announcedUnder === null && PLANS_ANNOUNCED.test(p.text)) announcedUnder = top;
  }
  return out;
}
