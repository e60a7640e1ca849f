/**
 * A compound asked printed across two clauses: its first word in the clause the figure's takes its subject from and its
 * last in the figure's (splitOverParent), or contracted in a second mention (namedContracted).
 */
import type { QueryTerm } from "../../question/types.ts";
import { CLAUSE_TIME_WORDS } from "../../zh/years.ts";
import { type Places, parentClauseText } from "./places.ts";

/** The shortest word of a compound split over two clauses (粮食 + 产量). */
const SPLIT_WORD_MIN = 2;
/**
 * Whether a compound asked (粮食产量) stands with its last word in the figure's clause and its first in
 * the parent clause, one that states no figure of its own: it names the topic the figure's clause goes
 * on about ("粮食生产喜获丰收，"), where a clause with a figure speaks of that figure ("…其中高速公路2.8万公里；
 * 新增铁路营运里程6100公里" says nothing of 高速铁路).
 */
export function splitOverParent(term: QueryTerm, places: Places): boolean {
  const clause = places.own.at(-1)![0];
  const parent = parentClauseText(places);
  if (!parent) return false;
  // A parent with a figure of its own opens with the qualifier both clauses share, and the figure's
  // clause with the rest of the compound: "全年粮食播种面积83.3万亩，产量7.1亿斤" (粮食 + 播种面积, 产量).
  const parentLead = subjectLead(parent);
  const clauseLead = clause.replace(/^[\s\p{P}]+/u, "");
  const withFigure = /\d/.test(parent);
  return term.alternatives.some((alt) => {
    for (let k = SPLIT_WORD_MIN; k <= alt.length - SPLIT_WORD_MIN; k++) {
      const [first, last] = [alt.slice(0, k), alt.slice(k)];
      if (!clause.includes(last) || clause.includes(first)) continue;
      if (withFigure ? parentLead.startsWith(first) && clauseLead.startsWith(last) : parent.includes(first)) return true;
    }
    return false;
  });
}

/**
 * Whether a compound asked (不良贷款率) opens a clause contracted, a middle word left out that the clause right before
 * opened with: "不良贷款余额从107.97亿元降至26.88亿元，不良率从7.72%降至1.13%" (不良 + 贷款 + 率). A second mention
 * drops what the first just said; both clauses must open with the compound's first word, so a clause that merely holds
 * its characters (不良…率 anywhere) is no such mention.
 */
export function namedContracted(term: QueryTerm, text: string): boolean {
  // (Both clauses open with the compound's first word: a text holding it once at most holds no such pair.)
  const twice = (alt: string) => {
    const first = alt.slice(0, SPLIT_WORD_MIN);
    return text.indexOf(first) !== text.lastIndexOf(first);
  };
  if (!term.alternatives.some(twice)) return false;
  const leads = text.split(CLAUSE_BREAK).map(subjectLead);
  return term.alternatives.some((alt) => {
    for (let k = SPLIT_WORD_MIN; k < alt.length - 1; k++) {
      for (let m = k + 1; m < alt.length; m++) {
        const [first, middle, last] = [alt.slice(0, k), alt.slice(k, m), alt.slice(m)];
        for (let i = 1; i < leads.length; i++)
          if (leads[i]!.startsWith(first + last) && leads[i - 1]!.startsWith(first + middle) && !leads[i]!.startsWith(alt)) return true;
      }
    }
    return false;
  });
}
const CLAUSE_BREAK = /[，,；;。]/;

/** A clause from its subject on: less the signs and the time words it opens with (全年, 2023年). */
function subjectLead(clause: string): string {
  return clause.replace(/^[\s\p{P}]+/u, "").replace(CLAUSE_TIME_LEAD, "");
}

/** Time words a clause may open with before its subject: 全年, 2023年, 年末. */
const CLAUSE_TIME_LEAD = new RegExp(`^(?:${CLAUSE_TIME_WORDS}|(?:19|20)\\d\\d年)+`);
