import type { Fact } from "./facts.ts";
import type { UnitClass } from "../zh/figures.ts";
import type { ParsedQuestion, QueryTerm } from "../question/understand.ts";
import { withoutAsides, wordBigrams } from "../zh/text.ts";
import { PRINTED_YEARS } from "../zh/years.ts";

/**
 * How well one fact answers a question. Coverage asks "does the text governing this figure name
 * the asked metric?": each question word counts by its rarity, and by where it is found, its
 * own clause counting most. Year, unit, kind and role then decide between facts that cover the
 * metric equally ("2019年…完工率83%" against "2020年…完工率37.5%").
 */

/** Where a word was found, and how much that says about the figure. */
export const PLACE_WEIGHTS = {
  segment: 1,
  clause: 0.9,
  parentClause: 0.8,
  sentenceBefore: 0.7,
  previousSentence: 0.6,
  heading: 0.55,
  sentenceAfter: 0.5,
  /** The clause right after the figure's, with no figure of its own ("…7214万元,用于市属学校…"). */
  trailingClause: 0.8,
  paragraph: 0.35,
  report: 0.9,
  /** A clause without a subject of its own takes the sentence's ("…财政收入…，达到11377亿元"). */
  inherited: 0.95,
} as const;

/** Most a fact gains for being recent, when the question names no year. */
const RECENCY_BONUS = 0.6;

/** A fact whose metric coverage is below this does not answer the question. */
export const MIN_COVERAGE = 0.8;

export interface FactTexts {
  /** Search-form sentence (same offsets as the printed one). */
  sentence: string;
  previousSentence: string;
  headings: string;
  paragraph: string;
  /** Whether the whole report mentions a place word often enough to be about it. */
  reportMentions: (word: string) => boolean;
}

export interface FactScore {
  coverage: number;
  score: number;
  /** Effective year: the fact's own, or the one its report implies. */
  year: number | null;
  accepted: boolean;
  /** Why a fact was refused, for debugging and tests. */
  refusal: string | null;
}

export function termWeight(term: QueryTerm, gramFrequency: Map<string, number>, sentenceCount: number): number {
  const idfs = wordBigrams(term.word).map((g) => Math.log((sentenceCount + 1) / ((gramFrequency.get(g) ?? 0) + 1)));
  const idf = idfs.length ? idfs.reduce((a, b) => a + b, 0) / idfs.length : 1;
  // A one-character word (毛, 净, 总) narrows but should not decide.
  const lengthFactor = term.word.length === 1 ? 0.5 : 1;
  return Math.max(0.5, idf) * lengthFactor;
}

interface Places {
  own: Array<[string, number]>;
  context: Array<[string, number]>;
}

function placesOf(fact: Fact, t: FactTexts): Places {
  let s = t.sentence;
  const own: Array<[string, number]> = [];
  if (fact.listItem) {
    // The siblings' words belong to the siblings' figures: blank them out for this one.
    for (const [a, b] of fact.listItem.siblings) s = s.slice(0, a) + " ".repeat(b - a) + s.slice(b);
    own.push([fact.listItem.part ?? s.slice(fact.listItem.own[0], fact.listItem.own[1]), PLACE_WEIGHTS.segment]);
  }
  return {
    own: [
      ...own,
      [s.slice(fact.segment[0], fact.segment[1]), PLACE_WEIGHTS.segment],
      [s.slice(fact.clause[0], fact.clause[1]), PLACE_WEIGHTS.clause],
    ],
    context: [
      [fact.parentClause ? s.slice(fact.parentClause[0], fact.parentClause[1]) : "", PLACE_WEIGHTS.parentClause],
      [s.slice(0, fact.figure.start), PLACE_WEIGHTS.sentenceBefore],
      // A short sentence ("总建设规模14.3万平方米,总投资6.5亿元。") goes on about the one before.
      [t.previousSentence, s.length <= 30 ? PLACE_WEIGHTS.parentClause : PLACE_WEIGHTS.previousSentence],
      [t.headings, PLACE_WEIGHTS.heading],
      [trailingClause(s, fact), PLACE_WEIGHTS.trailingClause],
      [afterFigure(s, fact), PLACE_WEIGHTS.sentenceAfter],
      [t.paragraph, PLACE_WEIGHTS.paragraph],
    ],
  };
}

/**
 * The rest of the sentence after the figure, up to a 其中 that opens its parts: "公路通车里程…176万公里，
 * 其中高速公路…2.52万公里" — the parts' words (高速公路) do not name the whole.
 */
function afterFigure(s: string, fact: Fact): string {
  const after = s.slice(fact.figure.end);
  const parts = after.search(/[，,；;：:]其中/);
  return parts < 0 ? after : after.slice(0, parts);
}

/** Verbs, adverbs and connectives a clause may hold without naming what it counts. */
const NON_SUBJECT = /将|实际|预计|可望|力争|争取|回落|回升|其中|比上年|比去年|同比|分别|累计|共计|平均|年均|全年|当年|首次|突破|超过|达到|实现|完成|增长|增加|提高|下降|减少|降低|上升|扩大|缩小|约|近|达|为|是|共|占|已|再|又|仅|只有|了|的|和|到|至|由|从|比|较|上年|去年|今年/g;

function isSubjectless(clause: string, fact: Fact, sentence: string): boolean {
  const figure = sentence.slice(fact.figure.start, fact.figure.end);
  const rest = clause
    .replace(figure, "")
    .replace(PRINTED_YEARS, "")
    .replace(/[\d.,]+(万亿|亿|万|千)?(美元|元|人次|人|名|个|项|所|吨|斤|公里|户|套|辆|倍)?/g, "")
    .replace(NON_SUBJECT, "")
    .replace(/[^\p{Script=Han}]/gu, "");
  return rest.length <= 1;
}

export function trailingClause(s: string, fact: Fact): string {
  const start = fact.clause[1] + 1;
  const end = s.slice(start).search(/[，,；;。！？]/);
  const clause = s.slice(start, end < 0 ? s.length : start + end);
  // Only a clause that goes on about the figure ("用于市属学校…", "惠及500多万学生"), not one
  // with a subject of its own.
  return /\d/.test(clause) || !/^(主要)?(用于|用来|惠及|带动|覆盖|涉及|支持|帮助|资助|提供)/.test(clause) ? "" : clause;
}

function found(term: QueryTerm, text: string): boolean {
  if (term.alternatives.some((alt) => contains(text, alt))) return true;
  if (!text.includes("(") && !text.includes("（")) return false;
  const plain = withoutAsides(text);
  return term.alternatives.some((alt) => contains(plain, alt));
}

/** Substring match; a Latin word (m2, gdp) must stand alone: m2 is not in pm2.5. */
function contains(text: string, word: string): boolean {
  if (!/^[a-z0-9&.]*[a-z][a-z0-9&.]*$/.test(word)) return text.includes(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[a-z0-9.]/.test(text[at - 1] ?? "") && !/[a-z0-9]/.test(text[at + word.length] ?? "")) return true;
  }
  return false;
}

/**
 * Chinese abbreviations keep their characters in order: 新农合 in 新型农村合作医疗, 种粮直补 in
 * 种粮农民直接补贴, 接种率 in 接种覆盖率. A word whose characters all appear, in order, within a
 * short stretch of the text is taken as that abbreviation.
 */
export function abbreviates(word: string, text: string, near = false): boolean {
  // Two characters match too much by chance (市…生) unless next to each other but for one (直接补贴
  // for 直补), and only in the figure's own clause (`near`).
  if (word.length < 2 || (word.length === 2 && !near) || !/^\p{Script=Han}+$/u.test(word)) return false;
  const window = word.length === 2 ? 4 : word.length * 3;
  for (let start = text.indexOf(word[0]!); start >= 0; start = text.indexOf(word[0]!, start + 1)) {
    let at = start;
    let ok = true;
    for (const c of word.slice(1)) {
      at = text.indexOf(c, at + 1);
      if (at < 0 || at - start >= window) {
        ok = false;
        break;
      }
    }
    if (ok) return true;
  }
  return false;
}

/** Weight of a match by abbreviation, against an exact one. */
const ABBREVIATION_FACTOR = 0.75;

/** Best place weight at which a term is found for this fact (0 when nowhere). */
export function termMatch(term: QueryTerm, places: Places, inherits: boolean, t: FactTexts): number {
  let best = 0;
  for (const [text, weight] of places.own) if (weight > best && found(term, text)) best = weight;
  for (const [text, weight] of places.context) {
    const w = inherits && weight >= PLACE_WEIGHTS.previousSentence ? PLACE_WEIGHTS.inherited : weight;
    // A 其中-item is a part of its parent clause's subject: it inherits it whole.
    if (w > best && found(term, text)) best = w;
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
  if (term.isPlace && best < PLACE_WEIGHTS.report && t.reportMentions(term.word)) best = PLACE_WEIGHTS.report;
  // A period (十二五) is when, not what: like a year, it holds for the whole paragraph.
  if (term.isPeriod && best > 0) best = 1;
  if (best === 0 && term.word.length >= 3) {
    // Partial: most of the word's bigrams in the clause (教育支出 against 教育经费支出).
    const clause = places.own.at(-1)![0];
    const grams = wordBigrams(term.word);
    const share = grams.filter((g) => clause.includes(g)).length / grams.length;
    if (share >= 0.5) best = 0.4 * share;
  }
  return best;
}

/**
 * One asked word may be the asker's paraphrase (支援 for 对口); not two, not the head, and not
 * the rarest word of the question (生均 in 生均一般公共预算教育支出 is what makes it that metric).
 */
function absenceTolerated(absent: Array<{ word: string; weight: number }>, head: QueryTerm | undefined, weights: number[]): boolean {
  if (absent.length === 0) return true;
  return absent.length === 1 && absent[0]!.word !== head?.word && absent[0]!.weight < 0.8 * Math.max(...weights);
}

/**
 * Whether any fact of a paragraph could be accepted, from the texts it reaches (the paragraph,
 * its headings, the parts of its paired compounds) and the report: false only when scoreFact
 * would refuse every one of them for a missing word or too little coverage. Lets the answer stage
 * skip most candidate paragraphs without reading their figures.
 */
export function mayAnswer(q: ParsedQuestion, weights: number[], reach: readonly string[], reportMentions: (word: string) => boolean): boolean {
  let covered = 0;
  let total = 0;
  const absent: Array<{ word: string; weight: number }> = [];
  for (const [i, term] of q.terms.entries()) {
    const w = weights[i]!;
    total += w;
    const may =
      reach.some((text) => found(term, text)) ||
      term.alternatives.some((alt) => reach.some((text) => abbreviates(alt, text, true))) ||
      (term.isPlace && reportMentions(term.word)) ||
      (term.word.length >= 3 && wordBigrams(term.word).filter((g) => reach.some((text) => text.includes(g))).length * 2 >= wordBigrams(term.word).length);
    if (may) covered += w;
    else if (term.isPlace) return false;
    else if (term.word.length >= 2) absent.push({ word: term.word, weight: w });
  }
  if (total > 0 && covered / total < MIN_COVERAGE) return false;
  const metricTerms = q.terms.filter((term) => !term.isPlace);
  return absenceTolerated(absent, metricTerms[metricTerms.length - 1], weights);
}

/** Why a fact is refused for its unit, kind, role or year, if it is. */
function cheapRefusal(q: ParsedQuestion, fact: Fact, year: number | null, reportYear: number | null): string | null {
  if (!unitFits(q.wantedClasses, fact.figure.unitClass)) return "unit does not fit";
  if (q.wantedKind === "actual" && fact.kind === "target") return "a target, and an actual was asked";
  if (fact.role === "change" && !q.asksChange && fact.figure.unitClass !== "percent") return "a change, and a level was asked";
  if ((q.dataYear !== null || q.period) && !yearFits(q, year, fact, reportYear)) return "year does not fit";
  return null;
}

/**
 * Whether a fact of a text naming these years could fit the asked year or period: false only when
 * yearFits would refuse every one. A fact's year is one the text names, or, without one, its
 * report's year or the year before; yearFits allows a year either side for a span of years.
 */
export function yearMayFit(q: ParsedQuestion, namedYears: readonly number[], reportYear: number | null): boolean {
  if (q.dataYear === null && !q.period) return true;
  const years = reportYear === null ? namedYears : [...namedYears, reportYear - 1, reportYear];
  const [from, to] = q.period ?? [q.dataYear! - 1, q.dataYear! + 1];
  return years.some((y) => y >= from && y <= to);
}

function unitFits(wanted: UnitClass[], actual: UnitClass): boolean {
  if (wanted.length === 0) return true;
  if (wanted.includes(actual)) return true;
  // A bare number or a bare 万/亿 answers a count of anything countable.
  if ((actual === "none" || actual === "count") && wanted.some((w) => w === "people" || w === "count")) return true;
  return false;
}

export function scoreFact(
  q: ParsedQuestion,
  fact: Fact,
  t: FactTexts,
  weights: number[],
  reportYear: number | null,
  retrievalScore: number,
  thorough = false,
): FactScore {
  const year = fact.year ?? (reportYear === null ? null : fact.kind === "target" ? reportYear : reportYear - 1);
  // Unit, kind, role and year are cheap to check and refuse most facts: unless every fact is to be
  // scored in full (scripts/explain.ts), the coverage of those is not worked out.
  const quickRefusal = thorough ? null : cheapRefusal(q, fact, year, reportYear);
  if (quickRefusal) return { coverage: 0, score: 0, year, accepted: false, refusal: quickRefusal };
  const places = placesOf(fact, t);
  const metricTerms = q.terms.filter((term) => !term.isPlace);
  // The figure's own clause has no subject ("…，达到11377亿元", "其中教师544名"): it speaks of
  // the sentence's subject, whose words then count almost as its own.
  const ownClause = places.own.at(-1)![0];
  const inherits = isSubjectless(ownClause, fact, t.sentence) && !metricTerms.some((term) => found(term, ownClause));
  let covered = 0;
  let total = 0;
  let missing: string | null = null;
  const absent: Array<{ word: string; weight: number }> = [];
  q.terms.forEach((term, i) => {
    const w = weights[i]!;
    const m = termMatch(term, places, inherits, t);
    covered += w * m;
    total += w;
    if (m === 0 && term.isPlace) missing ??= term.word;
    else if (m === 0 && term.word.length >= 2) absent.push({ word: term.word, weight: w });
  });
  const coverage = total > 0 ? covered / total : 0;
  const head = metricTerms[metricTerms.length - 1];
  if (!absenceTolerated(absent, head, weights)) missing ??= absent[0]!.word;
  // The metric's head word must stand where it can govern the figure: before it or in its own
  // clause (or the section heading), not in a later clause about something else.
  const governing = t.sentence.slice(0, fact.clause[1]) + " " + trailingClause(t.sentence, fact);
  const headInSentence =
    !head || found(head, governing) || found(head, t.headings) || head.alternatives.some((alt) => abbreviates(alt, governing));

  let refusal: string | null = null;
  if (missing !== null) refusal = `"${missing}" not found`;
  else if (coverage < MIN_COVERAGE) refusal = "metric not covered";
  else if (!headInSentence) refusal = "metric not in the sentence";
  else if (q.asksTotal && /(均|每|各)[^，,；;。]{0,6}$/.test(t.sentence.slice(fact.clause[0], fact.figure.start))) {
    // "县区均设置1所": a figure for each one does not answer 一共几所.
    refusal = "a figure for each, and a total was asked";
  } else refusal = cheapRefusal(q, fact, year, reportYear);

  let score = coverage * 10 + Math.log1p(retrievalScore) * 0.2;
  if (fact.role === "before") score -= 2.5;
  if (fact.role === "change") score += q.asksChange ? 0.5 : -2;
  if (fact.role === "share") score += q.asksShare ? 1 : -2;
  if (q.wantedKind === "target") score += fact.kind === "target" ? 1 : -1.2;
  else if (fact.kind === "target") score -= 1.5;
  if (fact.multiYear !== q.multiYear) score -= 0.7;
  if (fact.figure.unitClass === "none") score -= 0.5;
  if (q.dataYear !== null && fact.year === q.dataYear) score += 0.5;
  // Precision of the words that name the figure: its own, or the subject it inherits.
  score += (inherits ? 0.5 : precision(places.own[0]![0], q)) * 1.5;
  // Accepted on the report's year alone, not on a year the text gives: less sure.
  if (q.dataYear !== null && fact.year === null && year !== q.dataYear) score -= 1.5;
  if (!q.asksTotal) score += subgroupBonus(fact, t.sentence, q);
  // "50个测评点": the noun right after a count is what it counts.
  if (head && found(head, countedNoun(t.sentence, fact))) score += 0.5;
  // No year, report or period asked: the latest figure is the one wanted.
  if (q.dataYear === null && q.reportYear === null && !q.period && year !== null) {
    score += RECENCY_BONUS * Math.max(0, Math.min(1, (year - 1950) / 75));
  }
  // An item of a 其中-list, when the total answers as well, is the narrower reading; when the
  // total is asked for (一共, 总计), it is not the answer.
  if (fact.isItem) score -= q.asksTotal ? 1.5 : 0.3;
  // Over a five-year plan, the figure for the whole period (or its last year) is the answer.
  if (q.period) score += fact.multiYear || year === q.period[1] ? 0.7 : -0.7;

  return { coverage, score, year, accepted: refusal === null, refusal };
}

/** The words right after a figure, up to the next punctuation or figure ("50个测评点" → 测评点). */
function countedNoun(sentence: string, fact: Fact): string {
  return /^[^，,；;。、：:\d（(]{0,6}/.exec(sentence.slice(fact.figure.end))![0].replace(/^(的|多|余)/, "");
}

/**
 * "其中教师544名,校长68名": an item whose label is exactly what was asked (教师) is the subgroup the
 * asker singled out, even when the total's wording also contains the word (中小学校长教师).
 */
function subgroupBonus(fact: Fact, sentence: string, q: ParsedQuestion): number {
  const label = sentence.slice(fact.segment[0], fact.figure.start).replace(/^[，,、]?其中/, "").replace(/[^\p{Script=Han}]/gu, "");
  if (!fact.isItem || label.length < 2) return 0;
  return q.terms.some((term) => term.alternatives.includes(label)) ? 1.5 : 0;
}

/**
 * Share of the figure's own words that the question asked for: "其中教师544名" is about 教师
 * alone, "612名中小学校长教师参与交流轮岗" about more. Breaks ties between a total and its items.
 */
function precision(segment: string, q: ParsedQuestion): number {
  const han = segment.replace(/[^\p{Script=Han}]/gu, "").replace(/^其中/, "");
  if (!han) return 0;
  let covered = 0;
  for (const term of q.terms) {
    const alt = term.alternatives.find((a) => han.includes(a));
    if (alt) covered += alt.length;
  }
  return Math.min(1, covered / han.length);
}

function yearFits(q: ParsedQuestion, year: number | null, fact: Fact, reportYear: number | null): boolean {
  if (year === null) return false;
  if (q.period) return year >= q.period[0] && year <= q.period[1];
  if (year === q.dataYear) return true;
  // Without a year of its own, a stated fact may be about the report's year or the one before
  // (a plan is about the report's year only).
  if (fact.year === null && fact.kind === "actual" && reportYear !== null && (q.dataYear === reportYear || q.dataYear === reportYear - 1)) {
    return true;
  }
  // A span asked ("1998到2002年…五年共计") or stated (五年累计) ends in the asked year.
  return q.multiYear && fact.multiYear && Math.abs(year - q.dataYear!) <= 1;
}
