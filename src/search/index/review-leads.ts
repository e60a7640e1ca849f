/**
 * The review of past years a paragraph goes on with from an earlier one of its section, worked out
 * when the index is built and kept with the paragraph: the answer stage then reads it without the
 * paragraphs before (the PostgreSQL store fetches a paragraph and the one before it only).
 *
 * The ways a review runs on past its paragraph:
 * - dash-led items after it: "过去五年极不寻常、极不平凡。…" then "——生态环境明显改善。单位国内生产总值能耗
 *   下降8.1%…" (gwr-2023), or items counted in words (一是…, 二是…): the items are the five years';
 * - the paragraphs it announces: "五年来，我们…主要做了以下工作。" then each of them (gwr-2018);
 * - the paragraphs after a plan period or the government's term looked back on: "…回首“十一五”，沈阳老工业基地向全面振兴迈出了
 *   坚实步伐。" then "经济持续快速发展。…" and the others of its section (沈阳 2011; "回望本届政府的奋斗路，…", 忻州 2022).
 * A year's review announces its work too ("一年来，我们主要做了以下工作："): it leaves no span open.
 */
import { PLAN_NAME } from "../../zh/plan-periods.ts";
import { TERM_OF_GOVERNMENT, yearMentions } from "../../zh/years.ts";
import { anyOf } from "../../zh/word-classes.ts";
import { toSearchForm } from "../../zh/normalize.ts";

/** A sentence opening with a review of past years (过去五年，…; 五年来，…), within its first clause. */
export const REVIEW_LEAD = new RegExp(`^[^，,。；]{0,6}(?:${anyOf("span-leads")})`);

/**
 * A sentence looking back on a plan period or on the government's term, which the paragraphs after it
 * review: "回首“十一五”，…" (沈阳 2011); "回望本届政府的奋斗路，…" (忻州 2022, then "我们坚定贯彻新发展理念，…").
 */
const SPAN_LOOKED_BACK = new RegExp(`^(?:回首|回顾|回望)\\s*(?:“?(?:${PLAN_NAME})”?(?:时期|期间)?|${TERM_OF_GOVERNMENT}[^，,。]{0,8})(?=[，,])`);
/**
 * A paragraph that goes on about the one before it: a dash-led item ("——生态环境明显改善。…"), or one counted in words
 * ("五年来，我们…促成了一系列转折性变化。" then "一是坚定不移贯彻新发展理念，…完成固定资产投资13.6万亿元", 湖北 2018).
 */
const CONTINUES_PARAGRAPH = /^\s*(?:——|[一二三四五六七八九十]{1,2}是)/;
/** A paragraph whose last sentence announces the ones after it: "五年来，我们…主要做了以下工作。" */
const ANNOUNCES_FOLLOWING = /以下(?:工作|几个方面|方面)?\s*[。：:]\s*$|如下\s*[。：:]\s*$/;

interface ParagraphText {
  text: string;
  headings: readonly string[];
  sentences: readonly string[];
}

/** The review lead a paragraph leaves open at its end ("过去五年"): its last, unless a year opens a sentence after it. */
function openLead(p: ParagraphText, reportYear: number | null): string | null {
  let lead: string | null = null;
  for (const sentence of p.sentences) {
    const text = toSearchForm(sentence);
    if (yearMentions(text, reportYear).some((y) => y.topic)) lead = null;
    lead = REVIEW_LEAD.exec(text)?.[0] ?? lead;
  }
  return lead;
}

/** The plan period or term a paragraph's last sentence looks back on ("回首“十一五”", "回望本届政府的奋斗路"), or null. */
function spanLookedBack(p: ParagraphText): string | null {
  const last = p.sentences.at(-1);
  return last === undefined ? null : (SPAN_LOOKED_BACK.exec(toSearchForm(last).trim())?.[0] ?? null);
}

/** For each paragraph of a report, in order, the review lead it goes on with from an earlier one, or undefined. */
export function continuedReviewLeads(paragraphs: readonly ParagraphText[], reportYear: number | null): Array<string | undefined> {
  const out: Array<string | undefined> = [];
  let open: { lead: string; announced: boolean; top: string } | null = null;
  for (const p of paragraphs) {
    const top = p.headings[0] ?? "";
    const item = CONTINUES_PARAGRAPH.test(p.text);
    if (open && (open.top !== top || (!open.announced && !item))) open = null;
    out.push(open?.lead);
    // What this paragraph leaves open for the ones after it. Within an announced review, a paragraph of its
    // own lead or announcing its parts goes on with that review.
    if (open?.announced) continue;
    const own = openLead(p, reportYear);
    const lookedBack = spanLookedBack(p);
    if (lookedBack) open = { lead: lookedBack, announced: true, top };
    else if (ANNOUNCES_FOLLOWING.test(p.text.trimEnd())) open = own ? { lead: own, announced: true, top } : null;
    else if (own && !item) open = { lead: own, announced: false, top };
  }
  return out;
}
