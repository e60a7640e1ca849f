import type { Question } from "../question/types.ts";
import type { Place } from "../zh/places.ts";
import { paragraphSearchText, type IndexedReport, type StoredParagraph } from "./index/search-index.ts";
import { words } from "../zh/segment.ts";
import { hanBigrams } from "../zh/text.ts";
import type { Vocabulary } from "./vocabulary.ts";
import type { GramCounts } from "./index/gram-counts.ts";

/**
 * Candidate sentences for a parsed question, in two steps:
 *
 *   paragraphs  BM25 over the jieba words of paragraphs (the store's: MiniSearch in the embedded
 *               index, a GIN-indexed tsvector in PostgreSQL), any word matching, restricted to
 *               the named report when the question names one: the best paragraphs, and the best
 *               of the reports that speak of the asked year
 *   sentences   every sentence of those paragraphs that holds a question word (or whose section
 *               does), scored as BM25 over sentences: a short sentence with the rare words first
 *
 * The answer stage then reads the figures of these sentences; the score is its tie-breaker.
 * Everything here but the ranking of paragraphs and the fetching of the chosen ones is the same
 * for every store (SearchStore), so that both give the same candidates.
 */

export interface RetrievedSentence {
  paragraphIndex: number;
  sentenceIndex: number;
  score: number;
}

// How many paragraphs are read for sentences, and sentences handed on. Each is about twice what
// the dev and held-out questions need: half of each still gives every answer unchanged.
/** Paragraphs read for sentences: enough that the right one is among them. */
export const PARAGRAPH_LIMIT = 120;
/** …and how many more from the reports of the asked year (a long paragraph ranks low by BM25). */
export const YEAR_PARAGRAPH_LIMIT = 60;
/**
 * The reports that speak of an asked year: its own, the next year's (which reviews it), and the one after, which often
 * restates it when the next is missing or silent ("工业总产值一九七七年比一九七六年增长百分之十四点三", gwr-1979).
 */
export const YEARS_RESTATED_AFTER = 2;
/** …and how many more from the reports about the asked place (a national report speaks of 城镇新增就业 too). */
export const PLACE_PARAGRAPH_LIMIT = 60;
/** Sentences the answer stage reads. */
export const CANDIDATE_LIMIT = 200;
/**
 * …and how many more from the reports the question singles out: the latest, for a question without
 * a year (the latest figure is wanted), or those of the asked year.
 */
export const SINGLED_OUT_CANDIDATE_LIMIT = 60;
/** …and as many paragraphs of them. */
export const RECENT_PARAGRAPH_LIMIT = 60;
/** The latest reports: those of the corpus' last this many years. */
const RECENT_YEARS = 3;
/**
 * …and, with a smaller quota of paragraphs and of sentences, the reports of its last decade: a metric the latest reports
 * do not state may be stated last in a long paragraph of one a few years older ("实际使用外资1383亿美元", gwr-2019).
 */
const RECENT_DECADE = 10;
export const DECADE_PARAGRAPH_LIMIT = 30;
export const DECADE_CANDIDATE_LIMIT = 30;

/**
 * How many question words go to MiniSearch, rarest first. Common words (发展, 增长, 建设) rank
 * little and cost most; the answer stage reads every candidate's text for all the words anyway.
 */
export const QUERY_WORD_LIMIT = 12;
/** The share of the corpus' sentences above which a question's typed word gets no place ahead of the rarer ones (增长: 4%). */
export const TYPED_WORD_MAX_SHARE = 0.01;

// Which tokens MiniSearch is asked to score (paragraphQuery): common words cost most (their
// postings) and rank least, and the sentence step still counts them.
/**
 * A token in more of the sentences than this share is not asked (unless it is the rarest, or a word the
 * question typed whole). 0.02
 * changes a dev answer (教育 in 教育固定资产投资完成多少 is needed to rank the paragraph).
 */
const COMMON_SHARE = 0.05;
/**
 * At most this many sentences' worth of postings (estimated) are asked, rarest tokens first: no
 * dev or held-out question comes near it at 1× (the most is 4,500), so it changes nothing there;
 * at 10× the corpus it keeps the p99 of an answer under 10 ms (86 ms without) and 162 of the 167
 * dev answers right (163 without).
 */
const POSTINGS_BUDGET = 10_000;
// The budget is of what the store reads: a store that keeps each passage once (PostgreSQL) reads a
// word's postings once however many reports repeat them, so its cost is the word's sentences over
// the corpus' repetition (SearchStore.repetition); the embedded index reads every copy (1).

/** The weight of an indexed word found inside a question word (产量 in 钢产量), against the word's own. */
const PART_WEIGHT = 0.5;
/** The weight of a word in the sentence's section path, against one in the sentence. */
const HEADING_WEIGHT = 0.25;
// MiniSearch's BM25 parameters, used for sentences too.
const K1 = 1.2;
const B = 0.7;

/** A paragraph the store ranked for a query, with what choosing among them needs. */
export interface RankedParagraph {
  id: number;
  report: number;
  /** The same for two paragraphs of one text (a copy, an excerpt): the text, or its hash. */
  passage: string;
  /** Whether the paragraph names the question's place (false when it names none). */
  namesPlace: boolean;
}

/** Which paragraphs a ranking may return: those of the asked report's year, and of reports that may hold the asked place. */
export interface ParagraphFilter {
  /** Only the reports of this year (a question naming its report: "2019年政府工作报告…"). */
  reportYear: number | null;
  /** Per report id, whether all its figures may be of the asked place; null: any report. */
  reportMay: readonly boolean[] | null;
  /** The asked place: a paragraph of another report is taken when it names the place. */
  place: Place | null;
}

/** What retrieval needs of a store: corpus statistics in memory, a ranking of paragraphs, and paragraphs by id. */
export interface SearchStore {
  readonly reports: readonly IndexedReport[];
  readonly sentenceCount: number;
  /** Number of sentences holding a character bigram (or a single Han character). */
  readonly gramFrequency: GramCounts;
  readonly vocabulary: Vocabulary;
  /** Characters per sentence, over the corpus (BM25's average length for sentences). */
  readonly averageSentenceLength: number;
  /**
   * How many times the corpus holds each passage, on average, as a whole number (its sentences
   * over its distinct passages' sentences, rounded down): 1 for a store that reads every copy.
   */
  readonly repetition: number;
  /**
   * Paragraphs holding any of the query words, best first by MiniSearch's BM25 (term boosts from
   * `boost`, the score times the number of words matched), ties in MiniSearch's order (the first
   * query word matched, then the paragraph's place in the corpus).
   */
  rank(query: readonly string[], boost: ReadonlyMap<string, number>, filter: ParagraphFilter): Promise<Iterable<RankedParagraph>>;
  /** The paragraphs of these ids, in the same order (a store that fetches them keeps them for Corpus.paragraph). */
  fetch(ids: readonly number[]): Promise<StoredParagraph[]>;
  /**
   * For each of these ids, up to `count` paragraphs right after it in its report (fewer at the report's end), in order,
   * as [id, paragraph] (kept for Corpus.paragraph as fetch's are).
   */
  fetchFollowing(ids: readonly number[], count: number): Promise<Array<Array<[number, StoredParagraph]>>>;
}

export async function retrieve(store: SearchStore, question: Question): Promise<RetrievedSentence[]> {
  const chosen = questionWords(store, question);
  if (chosen.size === 0) return [];
  // Token → weight: a question word, or an indexed word containing it, counts whole; a part counts less.
  const tokens = new Map<string, number>();
  for (const w of chosen.keys()) {
    for (const part of store.vocabulary.inside(w)) if (!tokens.has(part)) tokens.set(part, PART_WEIGHT);
    tokens.set(w, 1);
    for (const longer of store.vocabulary.containing(w)) tokens.set(longer, 1);
  }
  // Terms of one character each (养, 猪 of 养了多少头猪) may be one word in the report (养猪).
  const lone = question.terms.filter((t) => !t.isPlace && [...t.word].length === 1).map((t) => t.word);
  for (const joined of store.vocabulary.joining(lone)) tokens.set(joined, 1);
  const filter: ParagraphFilter = { reportYear: question.reportYear, reportMay: mayHoldPlace(store, question), place: question.place };
  const ranked = await store.rank(paragraphQuery(store, tokens, new Set(chosen.keys())), tokens, filter);
  const ids = pickParagraphs(ranked, quotasFor(store, question));
  const paragraphs = await store.fetch(ids);
  // Sentences are matched by substring, so the question words and their parts are enough.
  const sentenceTokens = [...tokens].filter(([t]) => chosen.has(t) || tokens.get(t) === PART_WEIGHT).map(([t, weight]) => ({ t, weight, idf: idf(store, t) }));
  const avgLength = store.averageSentenceLength;
  const out: Array<RetrievedSentence & { report: number }> = [];
  paragraphs.forEach((paragraph, i) => {
    const paragraphIndex = ids[i]!;
    const text = paragraphSearchText(paragraph);
    const ends = paragraph.sentenceEnds;
    const headings = paragraph.headings.join(" ").toLowerCase();
    // Per sentence: the term frequency of each token, found by one scan of the paragraph per token.
    const scores = new Float64Array(ends.length);
    const tfs = new Uint16Array(ends.length);
    let headingScore = 0;
    for (const { t, weight, idf } of sentenceTokens) {
      if (headings.includes(t)) headingScore += HEADING_WEIGHT * weight * idf;
      let at = text.indexOf(t);
      if (at < 0) continue;
      tfs.fill(0);
      for (let s = 0; at >= 0; at = text.indexOf(t, at + t.length)) {
        while (ends[s]! <= at) s++;
        tfs[s]!++;
      }
      for (let s = 0; s < ends.length; s++) {
        const tf = tfs[s]!;
        if (tf === 0) continue;
        const length = ends[s]! - (s === 0 ? 0 : ends[s - 1]!);
        scores[s]! += (weight * idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / avgLength));
      }
    }
    for (let s = 0; s < ends.length; s++) {
      const score = scores[s]! + headingScore;
      if (score > 0) out.push({ paragraphIndex, sentenceIndex: s, score, report: paragraph.report });
    }
  });
  out.sort((a, b) => b.score - a.score);
  const best = out.slice(0, CANDIDATE_LIMIT);
  best.push(...(await listItemsLedIn(store, best, paragraphs, ids, sentenceTokens)));
  // The reports a question singles out are read past the corpus' best too, though a long
  // paragraph's sentence ranks low among them ("今年…主要预期目标是：…，城镇新增就业1200万人以上；…"):
  // asked without a year, the latest reports (the latest figure is wanted); asked a year, the
  // reports that speak of it.
  const years = askedReportYears(question);
  const singledOut = latestReports(store, question, RECENT_YEARS) ?? (years ? (report: number) => reportOfYears(store, report, years) : null);
  const rest = out.slice(CANDIDATE_LIMIT);
  if (singledOut) best.push(...rest.filter((r) => singledOut(r.report)).slice(0, SINGLED_OUT_CANDIDATE_LIMIT));
  const decade = latestReports(store, question, RECENT_DECADE);
  if (decade && singledOut) best.push(...rest.filter((r) => !singledOut(r.report) && decade(r.report)).slice(0, DECADE_CANDIDATE_LIMIT));
  return best.map(({ paragraphIndex, sentenceIndex, score }) => ({ paragraphIndex, sentenceIndex, score }));
}

/** How many of the best sentences that lead in a list are read on into it, and how many items of each. */
const LIST_LEADS_READ = 8;
const LIST_ITEMS_READ = 16;
/** A list's item is a paragraph of at most this many characters ("钢：从一百三十五万吨增加到四百十二万吨，增长二点一倍。"). */
const LIST_ITEM_MAX_CHARS = 120;
/** A lead-in: a paragraph's last sentence ending in a colon ("…主要产品在一九五七年的计划产量…如下列："). */
const LEAD_IN_END = /[：:]\s*$/;

/**
 * The items of the lists the best sentences lead in, with the lead-in's score: each names its subject alone
 * ("钢：从一百三十五万吨增加到四百十二万吨", gwr-1955, under "…主要产品在一九五七年的计划产量比一九五二年的产量增长的情况如下列："),
 * so it lacks the words that rank the lead-in, and would not be read otherwise. Only items holding a question word.
 */
async function listItemsLedIn(
  store: SearchStore,
  best: ReadonlyArray<RetrievedSentence & { report: number }>,
  paragraphs: readonly StoredParagraph[],
  ids: readonly number[],
  tokens: ReadonlyArray<{ t: string }>,
): Promise<Array<RetrievedSentence & { report: number }>> {
  const byId = new Map(ids.map((id, i) => [id, paragraphs[i]!]));
  const leads = best
    .filter((s) => {
      const p = byId.get(s.paragraphIndex);
      return p !== undefined && s.sentenceIndex === p.sentenceEnds.length - 1 && LEAD_IN_END.test(p.text);
    })
    .slice(0, LIST_LEADS_READ);
  if (leads.length === 0) return [];
  const following = await store.fetchFollowing(
    leads.map((s) => s.paragraphIndex),
    LIST_ITEMS_READ,
  );
  const seen = new Set(best.map((s) => `${s.paragraphIndex}:${s.sentenceIndex}`));
  const out: Array<RetrievedSentence & { report: number }> = [];
  leads.forEach((lead, i) => {
    for (const [id, item] of following[i]!) {
      if (item.text.length > LIST_ITEM_MAX_CHARS) break;
      const text = paragraphSearchText(item);
      for (let s = 0; s < item.sentenceEnds.length; s++) {
        const sentence = text.slice(s === 0 ? 0 : item.sentenceEnds[s - 1]!, item.sentenceEnds[s]);
        if (seen.has(`${id}:${s}`) || !tokens.some(({ t }) => sentence.includes(t))) continue;
        seen.add(`${id}:${s}`);
        out.push({ paragraphIndex: id, sentenceIndex: s, score: lead.score, report: item.report });
      }
    }
  });
  return out;
}

/**
 * For a question without a year, report or period: whether a report is of the corpus' latest
 * `years` years. Null when the question dates itself.
 */
function latestReports(store: SearchStore, question: Question, years: number): ((report: number) => boolean) | null {
  if (question.dataYear !== null || question.reportYear !== null || question.period) return null;
  let latest = -Infinity;
  for (const r of store.reports) if (r.year !== null && r.year > latest) latest = r.year;
  if (latest === -Infinity) return null;
  return (report) => (store.reports[report]!.year ?? -Infinity) > latest - years;
}

/** The question's words (jieba's, and each whole alternative), rarest first, at most QUERY_WORD_LIMIT: word → frequency. */
function questionWords(store: SearchStore, question: Question): Map<string, number> {
  const found = new Map<string, number>();
  // Each term's own word as typed goes first: a term with many alternatives (利用外资, 到账外资, 吸收外商直接投资…) would
  // otherwise fill the limit with its rare spellings and leave out the common one the reports print. Not a word nearly
  // every passage has (增长), which ranks nothing and would leave out a rarer one that does (经济增长).
  const typed = new Set<string>();
  for (const term of question.terms) {
    for (const alt of term.alternatives) {
      for (const w of words(alt)) found.set(w, frequency(store, w));
      // A word jieba cuts differently in the question (高中阶段 as one word, 阶段 alone…).
      if (alt.length >= 2 && !found.has(alt)) found.set(alt, frequency(store, alt));
    }
    const share = (found.get(term.word) ?? 0) / Math.max(1, store.sentenceCount);
    if (term.word.length >= 2 && found.has(term.word) && share > 0 && share <= TYPED_WORD_MAX_SHARE) typed.add(term.word);
  }
  const byRarity = [...found].sort((a, b) => a[1] - b[1]);
  const first = byRarity.filter(([w]) => typed.has(w));
  const rest = byRarity.filter(([w]) => !typed.has(w));
  return new Map([...first, ...rest].slice(0, Math.max(QUERY_WORD_LIMIT, first.length)));
}

/**
 * Per report, whether all its figures may be of the asked place: a report about that place, or
 * about a place unknown. Null when the question names no place. A figure of any other report is
 * of the asked place only when its sentence names the place (a national report on 四川, a 海东
 * report on teachers sent to 凉山: answer/figure-place.ts), so only paragraphs naming it are read.
 */
function mayHoldPlace(store: SearchStore, question: Question): boolean[] | null {
  const asked = question.place;
  if (!asked) return null;
  return store.reports.map((r) => !r.place || r.place.code === asked.code);
}

/** Whether a paragraph names a place (by its short or full name). */
export function namesPlace(paragraph: StoredParagraph, place: Place): boolean {
  const text = paragraphSearchText(paragraph);
  return text.includes(place.short) || text.includes(place.name);
}

/** Whether a ranked paragraph passes a filter: the store that cannot filter while ranking filters after. */
export function passes(filter: ParagraphFilter, report: IndexedReport, reportId: number, names: () => boolean): boolean {
  if (filter.reportYear !== null && report.year !== filter.reportYear) return false;
  return !filter.reportMay || filter.reportMay[reportId]! || names();
}

/** A share of the paragraphs kept for those a question singles out (its years, its place), past the best. */
interface Quota {
  limit: number;
  takes: (paragraph: RankedParagraph) => boolean;
}

/** The best results, each passage once, then the best of those each quota singles out. */
function pickParagraphs(results: Iterable<RankedParagraph>, quotas: readonly Quota[]): number[] {
  const chosen: number[] = [];
  // The same passage in several reports (a copy, an excerpt, a quoted paragraph) is read once:
  // copies would otherwise fill the limits with one passage.
  const seen = new Set<string>();
  let best = 0;
  const taken = quotas.map(() => 0);
  for (const r of results) {
    if (best >= PARAGRAPH_LIMIT && quotas.every((q, i) => taken[i]! >= q.limit)) break;
    if (seen.has(r.passage)) continue;
    if (best < PARAGRAPH_LIMIT) best++;
    else {
      const quota = quotas.findIndex((q, i) => taken[i]! < q.limit && q.takes(r));
      if (quota < 0) continue;
      taken[quota]!++;
    }
    seen.add(r.passage);
    chosen.push(r.id);
  }
  return chosen;
}

function reportOfYears(store: SearchStore, report: number, [from, to]: [number, number]): boolean {
  const year = store.reports[report]!.year;
  return year !== null && year >= from && year <= to;
}

/** Quotas for the reports of the asked years and those about the asked place. */
function quotasFor(store: SearchStore, question: Question): Quota[] {
  const quotas: Quota[] = [];
  const years = askedReportYears(question);
  if (years) {
    quotas.push({
      limit: YEAR_PARAGRAPH_LIMIT,
      takes: (p) => reportOfYears(store, p.report, years),
    });
  }
  const recent = latestReports(store, question, RECENT_YEARS);
  if (recent) quotas.push({ limit: RECENT_PARAGRAPH_LIMIT, takes: (p) => recent(p.report) });
  const decade = latestReports(store, question, RECENT_DECADE);
  if (decade) quotas.push({ limit: DECADE_PARAGRAPH_LIMIT, takes: (p) => decade(p.report) });
  const place = question.place;
  if (place) quotas.push({ limit: PLACE_PARAGRAPH_LIMIT, takes: (p) => store.reports[p.report]!.place?.code === place.code || p.namesPlace });
  return quotas;
}

/**
 * The tokens the store is asked to rank by: the rarest, not common, within the budget; and at least one
 * of the question's own words (a question of one common word, "北京企业总数", would otherwise be
 * asked only for the rarer words that contain it: 企业家, 国有企业).
 */
function paragraphQuery(store: SearchStore, tokens: Map<string, number>, own: ReadonlySet<string>): string[] {
  const byFrequency = [...tokens.keys()].map((t) => [t, frequency(store, t)] as const).sort((a, b) => a[1] - b[1]);
  const common = COMMON_SHARE * store.sentenceCount;
  const chosen: string[] = [];
  let spent = 0;
  for (const [token, n] of byFrequency) {
    // What the store reads for a word: its sentences, each passage once (store.repetition).
    const cost = n / store.repetition;
    if (chosen.length > 0 && spent + cost > POSTINGS_BUDGET) break;
    // A common word is asked only when the question typed it whole: 增长 of "1965年农业总产值计划增长多少"
    // ranks gwr-1964's "…计划增长百分之五左右" among the paragraphs on 农业总产值.
    if (chosen.length > 0 && n > common && !own.has(token)) continue;
    chosen.push(token);
    spent += cost;
  }
  if (!chosen.some((t) => own.has(t))) {
    const rarestOwn = byFrequency.find(([t]) => own.has(t));
    if (rarestOwn) chosen.push(rarestOwn[0]);
  }
  return chosen;
}

/** The years of the reports that speak of the asked year or period: its own, the next one's review, and (a year) the one after. */
function askedReportYears(question: Question): [number, number] | null {
  if (question.period) return [question.period[0], question.period[1] + 1];
  if (question.dataYear !== null) return [question.dataYear, question.dataYear + YEARS_RESTATED_AFTER];
  return null;
}

/** Sentences holding a word, at most: its own count for a bigram, its rarest bigram's for a longer word. */
function frequency(store: SearchStore, token: string): number {
  if (token.length <= 2) return store.gramFrequency.get(token) ?? 0;
  let min = Infinity;
  for (const g of hanBigrams(token)) min = Math.min(min, store.gramFrequency.get(g) ?? 0);
  return min === Infinity ? 0 : min;
}

/** BM25's inverse document frequency, over sentences. */
function idf(store: SearchStore, token: string): number {
  const n = frequency(store, token);
  return Math.log(1 + (store.sentenceCount - n + 0.5) / (n + 0.5));
}
