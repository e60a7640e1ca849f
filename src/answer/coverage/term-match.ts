/**
 * The best place weight at which a question word is found for a figure (termMatch): as printed, as a list's initials,
 * abbreviated, split over the figure's clause and its parent, in the report's issuer, or in part.
 */
import type { QueryTerm } from "../../question/types.ts";
import { clauseEndFrom, clauseStartBefore, wordBigrams } from "../../zh/text.ts";
import { wordClass } from "../../zh/word-classes.ts";
import { planYears } from "../../zh/plan-periods.ts";
import type { Fact } from "../facts.ts";
import { PLACE_WEIGHTS, LIST_INITIALS_MIN, LIST_INITIALS_MAX } from "./shared.ts";
import { type FactTexts, type Places, parentClauseText } from "./places.ts";
import { found } from "./naming.ts";
import { abbreviates } from "./abbreviations.ts";
import { abbreviatesList } from "./lists.ts";
import { splitOverParent, namedContracted } from "./split-compounds.ts";

/** Weight of a match by abbreviation, against an exact one. */
const ABBREVIATION_FACTOR = 0.75;

/** A word of three characters or more partly in the figure's clause counts for this much of its bigrams' share, when at least half of them are there. */
const PARTIAL_FACTOR = 0.4;

/** A share word in a clause that names no base of its own (比重 with no 占… or 在…中 before it). */
const BARE_SHARE = /^(?!.*(?:占|在.{1,16}中)).*(?:比重|占比)/;

/** Which budget, and whose: 一般公共预算, 政府性基金预算; 市级, 市本级 (word-classes.txt). */
const BUDGET_SCOPE_WORDS = new Set([...wordClass("budget-names"), ...wordClass("budget-own-levels")]);

function namesBudgetScope(term: QueryTerm): boolean {
  // (级 alone is what is left of 市级 or 省级 once the place before it is read: "苏州市级今年科技支出".)
  return term.alternatives.some((alt) => BUDGET_SCOPE_WORDS.has(alt) || alt === LEVEL_LEFT_BY_PLACE);
}
const LEVEL_LEFT_BY_PLACE = "级";

/** Best place weight at which a term is found for this fact (0 when nowhere). */
export function termMatch(term: QueryTerm, places: Places, inherits: boolean, t: FactTexts, parentNamesSubject: boolean, fact: Fact): number {
  let best = 0;
  for (const [text, weight] of places.own) if (weight > best && found(term, text)) best = weight;
  for (const [text, weight, kind] of places.context) {
    // A clause without a subject takes its parent clause's; when that clause names one, the words
    // before it belong to other figures ("物价总水平涨幅得到控制；财政收入6.13万亿元，增长19.5%").
    // A section's title says which budget and whose; its other words weigh as any heading's.
    if (kind === "section" && !namesBudgetScope(term)) continue;
    if (kind === "before" && parentNamesSubject) {
      if (PLACE_WEIGHTS.paragraph > best && found(term, text)) best = PLACE_WEIGHTS.paragraph;
      continue;
    }
    // Nor does the sentence before ("…国家财政收入增加的同时，预算外资金也大幅度增加，一九八五年达到
    // 一千四百三十亿元": 1430亿元 is 预算外资金's, whatever the sentences before speak of).
    const boosted = parentNamesSubject ? kind === "parent" : weight >= PLACE_WEIGHTS.previousSentence;
    const w = inherits && boosted ? PLACE_WEIGHTS.inherited : weight;
    // A 其中-item is a part of its parent clause's subject: it inherits it whole.
    if (w > best && found(term, text)) best = w;
  }
  // A list's initials (农林水利: "农业、林业、水利等方面支出") name the list as plainly as its items printed whole: the
  // figure's own words with the list they close (its items are parts of its clause of their own). Not a figure given to
  // one item of a list ("二氧化硫、氮氧化物排放要分别减少3%和5%": 5% is 氮氧化物's alone).
  // (Only for a word that could be one, and a weight that would count: this runs for every word, figure and text.)
  const initials = fact.listItem ? [] : term.alternatives.filter((alt) => alt.length >= LIST_INITIALS_MIN && alt.length <= LIST_INITIALS_MAX);
  for (const [text, weight] of initials.length > 0 ? places.own : []) {
    if (weight <= best) continue;
    const at = text ? t.sentence.indexOf(text) : -1;
    const withList = at < 0 ? text : t.sentence.slice(clauseStartBefore(t.sentence, at), clauseEndFrom(t.sentence, at + text.length));
    if (initials.some((alt) => abbreviatesList(alt, withList))) best = weight;
  }
  if (best < PLACE_WEIGHTS.clause * ABBREVIATION_FACTOR) {
    for (const [text, weight] of places.own) {
      const w = weight * ABBREVIATION_FACTOR;
      if (w > best && term.alternatives.some((alt) => abbreviates(alt, text, true))) best = w;
    }
    for (const [text, weight] of places.context) {
      const w = weight * ABBREVIATION_FACTOR;
      if (w > best && term.alternatives.some((alt) => abbreviates(alt, text))) best = w;
    }
  }
  // "粮食生产喜获丰收，产量达64.3万吨": 粮食产量's last word in the figure's clause and its first in the
  // clause the figure takes its subject from say it as well as the word whole in the clause.
  if (best < PLACE_WEIGHTS.clause && (splitOverParent(term, places) || namedContracted(term, `${parentClauseText(places)}，${places.own.at(-1)![0]}`)))
    best = PLACE_WEIGHTS.clause;
  // "服务业比重从45.3%上升到51.6%": a share printed without its base is a share of the usual one.
  if (term.isShareBase && best < PLACE_WEIGHTS.clause && BARE_SHARE.test(places.own.at(-1)![0])) best = PLACE_WEIGHTS.clause;
  if (best < PLACE_WEIGHTS.report && ((term.isPlace && t.reportIsAbout(term.word)) || namesIssuer(term, t.issuer))) best = PLACE_WEIGHTS.report;
  // A period (十二五) is when, not what: like a year, it holds for the whole paragraph; and a figure of five years ending
  // with it, or of five undated (the year rules date them, and refuse another report's), names it by its years ("5年累计
  // 实际利用外资47.6亿美元", 海南 1996 for 八五).
  if (term.isPeriod && (best > 0 || (fact.multiYear && (fact.year === null || fact.year === planYears(term.word)?.[1]) && FIVE_YEARS.test(t.sentence))))
    best = 1;
  if (best === 0 && term.word.length >= 3) {
    // Partial: most of the word's bigrams in the clause (教育支出 against 教育经费支出).
    const clause = places.own.at(-1)![0];
    const grams = wordBigrams(term.word);
    const share = grams.filter((g) => clause.includes(g)).length / grams.length;
    if (share >= 0.5) best = PARTIAL_FACTOR * share;
  }
  return best;
}

/** Five years named, a plan period's length: 五年来, 5年累计, 过去的5年. */
export const FIVE_YEARS = /[五5]年/;

/** Whether a question word names the report's issuer ("万里街道", "商务委" of 普陀区商务委员会). */
export function namesIssuer(term: QueryTerm, issuer: string): boolean {
  return issuer !== "" && term.word.length >= 2 && term.alternatives.some((alt) => issuer.includes(alt) || abbreviates(alt, issuer, true));
}
