/**
 * One figure: a question understood → the best accepted fact (figure, sentence, paragraph, report,
 * section), latest first when no year is asked, with the other places' and years' beside it; or an
 * honest "not found" with the closest passages.
 */
import { parseQuestion } from "../question/understand.ts";
import type { Question } from "../question/types.ts";
import type { Corpus } from "../search/corpus.ts";
import { candidateAt } from "./candidate.ts";
import { periodOf } from "./figure-period.ts";
import { sentenceOf } from "./reading-context.ts";
import { wordBigrams } from "../zh/text.ts";
import { sameQuantity, statedFigure } from "../zh/units.ts";
import { closestPassages } from "./closest.ts";
import { revisionOf } from "./revisions.ts";
import { presentOf } from "./year-rules.ts";
import { placeOfFact, SAME_MEASURE_WINDOW, sameMeasure } from "./same-measure.ts";
import { scoreFacts, type ScoredFact } from "./score-facts.ts";
import { NARROWER_TERM } from "./score-table.ts";
import type { Answer, Candidate, Figure } from "./types.ts";

/** Candidates offered beside the answer (or passages beside a not-found). */
const MAX_ALTERNATIVES = 4;
/** Other places or years the reply names as answering about as well ("另有南京市、2023年的数字"). */
const MAX_NAMED_ELSEWHERE = 3;

export interface AnswerOptions {
  /** Skip texts the pre-filters rule out (default true; off only to prove they change no answer). */
  prefilter?: boolean;
}

/** The answer to one question asking for one figure. */
export function answerFigure(corpus: Corpus, query: string, options: AnswerOptions = {}): Promise<Answer> {
  return answerUnderstood(corpus, query, understandIn(corpus, query), options);
}

/** A question understood against a corpus: its places (for namesakes) and its present (for 去年). */
export function understandIn(corpus: Corpus, text: string): Question {
  return parseQuestion(text, {
    places: corpus.places,
    present: corpus.present,
    presentOf: (place) => presentOf(corpus, place.code),
    sentencesWith: (gram) => corpus.gramFrequency.get(gram) ?? 0,
  });
}

async function answerUnderstood(corpus: Corpus, query: string, q: Question, options: AnswerOptions): Promise<Answer> {
  // No word at all ("？？", an emoji): nothing to search; the reply is the usage hint.
  if (q.terms.length === 0) return { ...notFound(query, []), notice: "no-words" };
  // Nothing but a place ("海东") names no metric: there is no figure to give.
  if (q.terms.every((t) => t.isPlace)) {
    return notFound(query, closestPassages(corpus, (await corpus.retrieve(q)).slice(0, MAX_ALTERNATIVES * 3), q, MAX_ALTERNATIVES));
  }
  const { retrieved, scored } = await scoreFacts(corpus, q, options);
  const byScore = scored.filter((s) => s.score.accepted).sort((a, b) => b.score.score - a.score.score);
  const accepted = bestWorded(
    corpus,
    q,
    proseFirst(corpus, exactFirst(corpus, q, latestFirst(corpus, q, doneBeforePlanned(corpus, q, actualFirst(corpus, q, byScore))))),
  );
  const best = accepted[0];
  // Two figures that answer exactly as well, of one report, kind and year, but different: which is
  // meant cannot be told (泰安's 教育支出 in the city government's table and the whole city's, neither
  // captioned). Not found, with both among the closest passages, rather than a coin toss.
  if (best && byScore[0] === best && isTie(corpus, best, byScore[1]))
    return { ...notFound(query, closestPassages(corpus, retrieved, q, MAX_ALTERNATIVES)), notice: "ambiguous" };
  if (!best) return notFound(query, closestPassages(corpus, retrieved, q, MAX_ALTERNATIVES));
  // Two reports with different figures for the year asked: both are shown (revisions.ts).
  const revision = revisionOf(corpus, q, accepted);
  const answer = {
    ...factCandidate(corpus, best, q),
    ...(revision ? { [revision.later ? "revisedBy" : "revises"]: factCandidate(corpus, revision.other, q) } : {}),
  };
  // Asked without a place, the best figure of each other place comes first among the
  // alternatives: the asker sees whose figure the answer is, and the others' beside it.
  const others = q.place ? [] : bestOfOtherPlaces(corpus, accepted, answer.figure!.place);
  const seen = new Set([factKey(best), ...others.map(factKey)]);
  const offered = others.slice(0, MAX_ALTERNATIVES);
  for (const s of accepted.slice(1)) {
    if (offered.length >= MAX_ALTERNATIVES) break;
    if (seen.has(factKey(s))) continue;
    seen.add(factKey(s));
    offered.push(s);
  }
  const alternatives = offered.map((s) => factCandidate(corpus, s, q));
  const alsoFor = equallyGoodElsewhere(best, answer.figure!, offered, alternatives, q);
  return { query, ...answer, alternatives, ...(alsoFor.length > 0 ? { alsoFor } : {}) };
}

/**
 * The other places and years among the alternatives whose figures answer about as well as the
 * answer's (within LATEST_WINDOW of its score): a place only when none was asked, a year only when
 * none was. "南京市", "2023年", in the alternatives' order.
 */
function equallyGoodElsewhere(best: ScoredFact, figure: Figure, offered: readonly ScoredFact[], alternatives: readonly Candidate[], q: Question): string[] {
  const labels = new Set<string>();
  offered.forEach((s, i) => {
    const other = alternatives[i]!.figure!;
    if (s.score.score < best.score.score - LATEST_WINDOW) return;
    if (!q.place && other.place && other.place !== figure.place) labels.add(other.place);
    else if (q.dataYear === null && q.reportYear === null && !q.period && other.year !== null && other.year !== figure.year && other.place === figure.place)
      labels.add(`${other.year}年`);
  });
  // Places in the alternatives' order, then years latest first; three are enough to say "there are others".
  const places = [...labels].filter((l) => !/^\d{4}年$/.test(l));
  const years = [...labels]
    .filter((l) => /^\d{4}年$/.test(l))
    .sort()
    .reverse();
  return [...places, ...years].slice(0, MAX_NAMED_ELSEWHERE);
}

/**
 * How far below the best a figure may score and still be "as good an answer" when the question
 * names no year: within it, the latest year wins (GDP增长多少 means the latest stated, not 2018's).
 */
const LATEST_WINDOW = 0.75;

/**
 * Asked without a year, report or period, the figure of the latest year among those that answer
 * about as well as the best (within LATEST_WINDOW, or SAME_MEASURE_WINDOW for a later figure of the
 * same measure: same-measure.ts) comes first; the earlier years' follow (one tap away as alternatives).
 */
function latestFirst(corpus: Corpus, q: Question, accepted: ScoredFact[]): ScoredFact[] {
  if (accepted.length < 2 || q.dataYear !== null || q.reportYear !== null || q.period) return accepted;
  const best = accepted[0]!;
  // A figure of no year ("现已达到155个") is as recent as its report is.
  const when = (s: ScoredFact) => s.score.year ?? (corpus.report(corpus.paragraph(s.paragraphIndex).report).year ?? -Infinity) - 1;
  // A narrower metric (高速公路's 通车里程 for 公路通车总里程) is no later figure of the one asked.
  const narrower = (s: ScoredFact) => s.score.adjustments.some((a) => a.name === NARROWER_TERM);
  // Nor is next year's plan a later figure of what was done, unless a plan is asked ("市级一般公共预算支出"
  // is 2025's 216.27亿元 done, not 2026's 222.8亿元 budgeted).
  const planForDone = (s: ScoredFact) => s.fact.kind === "target" && best.fact.kind === "actual" && q.wantedKind === null;
  // Nor, when what it was before is asked (可再生能源装机原来多大: "由6.5亿千瓦增至12亿千瓦以上"), is a later level.
  const levelForOld = (s: ScoredFact) => q.asksOldLevel && best.fact.role === "before" && s.fact.role !== "before";
  const comparable = accepted.filter(
    (s) =>
      !(narrower(s) && !narrower(best)) &&
      !planForDone(s) &&
      !levelForOld(s) &&
      (s.score.score >= best.score.score - LATEST_WINDOW ||
        (s.score.score >= best.score.score - SAME_MEASURE_WINDOW && when(s) > when(best) && sameMeasure(corpus, q, s, best))),
  );
  const latest = comparable.reduce((a, b) => (when(b) > when(a) ? b : a));
  return latest === best ? accepted : [latest, ...accepted.filter((s) => s !== latest)];
}

/** How far below a floor passed ("超67%") the same measure's own figure of that year ("67.7%") may score and come first. */
const EXACT_OVER_FLOOR_WINDOW = 1.5;
/** How far above a floor passed its own figure may be: "超67%" is 67.7%, not 90%. */
const FLOOR_SLACK = 1.1;
/** A floor passed, printed before or after the figure: 超67%, 超过1000家, 逾, 突破, 1100万人以上, 500多万. */
const FLOOR_PASSED = /^(?:超过?|逾|突破|高达|多达)|(?:以上|多)$/;

/**
 * What was done, said once as a floor passed and once as the figure itself ("九大类民生支出占比超67%" and "其中九大类民生
 * 支出3048.8亿元、占财政支出比重67.7%", 深圳 2025): the figure itself, in its report, of its year, comes first when it
 * answers nearly as well. (Not a target's floor: "增长6%以上" is how the target is set.)
 */
function exactFirst(corpus: Corpus, q: Question, accepted: ScoredFact[]): ScoredFact[] {
  const best = accepted[0];
  if (!best || best.fact.kind !== "actual" || !FLOOR_PASSED.test(best.fact.figure.qualifier)) return accepted;
  const floor = best.fact.figure.value;
  const exact = accepted.find(
    (s) =>
      s !== best &&
      s.fact.figure.qualifier === "" &&
      s.fact.figure.unit === best.fact.figure.unit &&
      s.fact.figure.value >= floor &&
      s.fact.figure.value < floor * FLOOR_SLACK &&
      s.score.year === best.score.year &&
      s.score.score >= best.score.score - EXACT_OVER_FLOOR_WINDOW &&
      sameReport(corpus, s, best) &&
      sameMeasure(corpus, q, s, best),
  );
  return exact ? [exact, ...accepted.filter((s) => s !== exact)] : accepted;
}

/**
 * How far below a target the year's actual figure of the same measure may score and still come
 * first: a plan's wording ("提出了…粮食产量一万零五百亿斤…的四项指标") may fit the question's words
 * better than the later report's account of what the year did.
 */
const ACTUAL_WINDOW = 1;
/** How much less of the metric an actual figure of the target's sentence may cover than the target it comes before. */
const ACTUAL_COVERAGE_SLACK = 0.05;

/**
 * Asked no target, the year's actual figure comes before the plan for that year when both answer
 * (1959年粮食总产量: gwr-1960's 五千四百零一亿斤, not gwr-1959's planned 一万零五百亿斤).
 */
function actualFirst(corpus: Corpus, q: Question, accepted: ScoredFact[]): ScoredFact[] {
  const best = accepted[0];
  if (!best || q.wantedKind !== null || best.fact.kind !== "target" || best.score.year === null) return accepted;
  const actual = accepted.find(
    (s) =>
      s.fact.kind === "actual" &&
      s.score.year === best.score.year &&
      s.score.score >= best.score.score - ACTUAL_WINDOW &&
      doneOfPlannedMeasure(corpus, q, s, best),
  );
  return actual ? [actual, ...accepted.filter((s) => s !== actual)] : accepted;
}

/**
 * Asked no year and no target, what was done comes before what is planned: "汕尾粮食产量多少" is 2022's 44.46万吨 done, not
 * 2023's "不低于43.33万吨" planned, though the plan's sentence names the metric more plainly. The latest actual figure of
 * the same measure that answers nearly as well (SAME_MEASURE_WINDOW), of the year before the plan's or later, comes first;
 * latestFirst then keeps plans out.
 */
function doneBeforePlanned(corpus: Corpus, q: Question, accepted: ScoredFact[]): ScoredFact[] {
  const best = accepted[0];
  if (!best || best.fact.kind !== "target" || q.wantedKind !== null || q.dataYear !== null || q.reportYear !== null || q.period) return accepted;
  const done = accepted.filter(
    (s) =>
      s.fact.kind === "actual" &&
      // (The year the plan's report reviews, or later: not a decades-old outturn for this year's plan, "赤字规模是多少".)
      (best.score.year === null || (s.score.year !== null && s.score.year >= best.score.year - 1)) &&
      s.score.score >= best.score.score - SAME_MEASURE_WINDOW &&
      doneOfPlannedMeasure(corpus, q, s, best),
  );
  if (done.length === 0) return accepted;
  const latest = done.reduce((a, b) => ((b.score.year ?? -Infinity) > (a.score.year ?? -Infinity) ? b : a));
  return [latest, ...accepted.filter((s) => s !== latest)];
}

/**
 * Whether an actual figure is what was done of a target's measure: the same measure, and in the target's own sentence one
 * covering the metric as well ("…基础养老金标准年人均提高240元，…；…医疗保险财政补助标准年人均提高30元" is another item's
 * actual, not the pension's).
 */
function doneOfPlannedMeasure(corpus: Corpus, q: Question, actual: ScoredFact, target: ScoredFact): boolean {
  return (
    (!sameSentence(actual, target) || actual.score.coverage >= target.score.coverage - ACTUAL_COVERAGE_SLACK) &&
    sameMeasure(corpus, q, actual, { ...target, fact: { ...target.fact, kind: "actual" } })
  );
}

/** Whether two scored figures stand in one report. */
function sameReport(corpus: Corpus, a: ScoredFact, b: ScoredFact): boolean {
  return corpus.paragraph(a.paragraphIndex).report === corpus.paragraph(b.paragraphIndex).report;
}

function sameSentence(a: ScoredFact, b: ScoredFact): boolean {
  return a.paragraphIndex === b.paragraphIndex && a.sentenceIndex === b.sentenceIndex;
}

/** Scores this close are a tie: nothing in the question or the texts tells the two figures apart. */
const TIE_WITHIN = 0.005;

/** The runner-up scores as the best, in the same report, of the same kind and year, with another value. */
function isTie(corpus: Corpus, best: ScoredFact, next: ScoredFact | undefined): boolean {
  return (
    next !== undefined &&
    best.score.score - next.score.score <= TIE_WITHIN &&
    sameReport(corpus, next, best) &&
    next.fact.kind === best.fact.kind &&
    next.score.year === best.score.year &&
    next.fact.figure.unitClass === best.fact.figure.unitClass &&
    next.fact.figure.value !== best.fact.figure.value
  );
}

/** A budget's balance sheet: "收支平衡情况：…", "收入总量为437.6亿元，其中，…", "总收入合计为413.0亿元，其中，…", "总收入1166.3亿元，其构成是：①…". */
const BALANCE_SHEET = /收支平衡情况|收入总量为|总收入合计为|其构成是/;

/**
 * A heading of a report's narrative of its work ("（三）落实市人大决议和主要财政工作情况", "二、2025年全市财政
 * 工作回顾"), where a budget report tells again the figures its account of the year ("（一）一般公共预算执行情况")
 * states: the account is the figure's home, and the one quoted.
 */
const WORK_NARRATIVE = /工作/;

/**
 * A figure told again to say why it was set ("经济增长预期目标6.5%-7%，考虑了与全面建成小康社会目标相衔接", "…涨幅控制在4.8%左右，
 * 主要是由于去年价格上涨对今年价格的翘尾影响较大"): the list of targets it comes from states it.
 */
const EXPLAINED_AFTER = /^[^，,。；;]{0,6}[，,](?:考虑了|考虑到|主要是|主要考虑|体现了|是一个)/;

/**
 * How far below the best a sentence stating the same figure may score and still be the one quoted:
 * 阜新's "…一般公共预算收入为53.03亿元，实际完成53.68亿元" scores 1.45 below "全年一般公共预算收入完成53.68亿元，
 * 同比增长7.3%" and says it in the words asked ("实际完成多少").
 */
const SAME_FIGURE_WINDOW = 2;

/**
 * One figure a report states twice ("今年发展主要预期目标是：国内生产总值增长5%左右" and "经济增长预期目标为
 * 5%左右，考虑了…"): the statement that does not only explain it (EXPLAINED_AFTER), then the sentence that says it in
 * more of the question's words, is quoted.
 */
function bestWorded(corpus: Corpus, q: Question, accepted: ScoredFact[]): ScoredFact[] {
  const best = accepted[0];
  if (!best) return accepted;
  const same = accepted.filter(
    (s) =>
      sameReport(corpus, s, best) &&
      s.fact.figure.value === best.fact.figure.value &&
      s.fact.figure.unit === best.fact.figure.unit &&
      s.score.year === best.score.year &&
      s.fact.kind === best.fact.kind &&
      s.score.score >= best.score.score - SAME_FIGURE_WINDOW,
  );
  if (same.length < 2) return accepted;
  const grams = new Set(wordBigrams(q.text.replace(/[^\p{Script=Han}]/gu, "")));
  const wording = (s: ScoredFact) => {
    const sentence = sentenceOf(corpus, s).searchSentence;
    return [...grams].filter((g) => sentence.includes(g)).length;
  };
  // For one year asked, first a sentence of that year alone (2025's "全市生产总值达到5.67万亿元" for 去年,
  // not the five years' "从4.16万亿元增加到5.67万亿元"); then the one in the question's words.
  // Not a budget's balance sheet, which lists the figure among the sums that balance it ("全市一般公共预算
  // 收支平衡情况：全市一般公共预算收入53.68亿元，上级补助收入128亿元，…"), when a sentence says it for itself.
  const balanceSheet = (s: ScoredFact) => BALANCE_SHEET.test(sentenceOf(corpus, s).sentence);
  // Nor the sentence that tells the figure again to explain it, when another states it.
  const explained = (s: ScoredFact) => EXPLAINED_AFTER.test(sentenceOf(corpus, s).sentence.slice(s.fact.figure.end));
  // Then the one told in fewer narrative sections (WORK_NARRATIVE): the account before the story of the work.
  const narrative = (s: ScoredFact) => corpus.paragraph(s.paragraphIndex).headings.filter((h) => WORK_NARRATIVE.test(h)).length;
  // Before the narrative: a sentence its own words date to the year asked (2021's "今年…粮食产量保持在1.3万亿斤以上",
  // not the 十四五 plan's "粮食综合生产能力保持在1.3万亿斤以上" in the same report). A table's row, dated by its column,
  // is no sentence that says so (proseFirst quotes the prose).
  const dated = (s: ScoredFact) =>
    q.dataYear !== null && s.fact.year === q.dataYear && s.fact.yearSource !== "report" && !corpus.paragraph(s.paragraphIndex).table ? 1 : 0;
  const key = (s: ScoredFact) => [
    q.dataYear !== null && !q.multiYear && !s.fact.multiYear ? 1 : 0,
    dated(s),
    balanceSheet(s) ? 0 : 1,
    explained(s) ? 0 : 1,
    -narrative(s),
    wording(s),
  ];
  const chosen = same.reduce((a, b) => (isAfter(key(b), key(a)) ? b : a));
  return chosen === best ? accepted : [chosen, ...accepted.filter((s) => s !== chosen)];
}

/** Whether key a sorts after key b, element by element. */
function isAfter(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/**
 * A sentence of the report that answers almost as well as its table's cell (within this many
 * points) is taken before it: the report's own statement of what it plans or did, which a table
 * read from a PDF's positions may have put under the wrong column.
 */
const PROSE_OVER_TABLE_MARGIN = 0.5;

/**
 * A table cell's figure that the same report also states in a sentence ("本年支出合计2940.05万元，
 * 其中：…" beside the row "本年支出合计 | 2,940.05"; "…13533.98亿元" beside "135,339,828" in 万元) is
 * answered with the sentence: one an official can quote. So is one the sentence says nearly as well
 * (PROSE_OVER_TABLE_MARGIN).
 */

function proseFirst(corpus: Corpus, accepted: ScoredFact[]): ScoredFact[] {
  const best = accepted[0];
  if (!best || !corpus.paragraph(best.paragraphIndex).table) return accepted;
  const prose = accepted.find(
    (s) =>
      !corpus.paragraph(s.paragraphIndex).table &&
      sameReport(corpus, s, best) &&
      (sameQuantity(s.fact.figure, best.fact.figure) ||
        (s.score.score >= best.score.score - PROSE_OVER_TABLE_MARGIN && s.score.year === best.score.year && s.fact.kind === best.fact.kind)),
  );
  return prose ? [prose, ...accepted.filter((s) => s !== prose)] : accepted;
}

/** The best accepted fact of each place other than the answer's, best first. */
function bestOfOtherPlaces(corpus: Corpus, accepted: readonly ScoredFact[], answerPlace: string): ScoredFact[] {
  const byPlace = new Map<string, ScoredFact>();
  for (const s of accepted) {
    const place = placeOfFact(corpus, s);
    if (place && place !== answerPlace && !byPlace.has(place)) byPlace.set(place, s);
  }
  return [...byPlace.values()];
}

function factKey(s: ScoredFact): string {
  return `${s.paragraphIndex}:${s.sentenceIndex}:${s.fact.figure.start}`;
}

function factCandidate(corpus: Corpus, s: ScoredFact, q: Question): Candidate {
  const f = s.fact.figure;
  const figure: Figure = {
    text: statedFigure(f.text, f.unit),
    value: f.value,
    unit: f.unit,
    year: s.score.year,
    place: placeOfFact(corpus, s),
    qualifier: f.qualifier,
    kind: s.fact.kind,
  };
  // A figure of a list measures its own item: the sentence before it names the whole list.
  if (s.fact.listItem?.label) figure.metric = s.fact.listItem.label;
  const period = periodOf(corpus, s);
  if (period) figure.period = period;
  return candidateAt(corpus, s.paragraphIndex, s.sentenceIndex, q, figure, s.score.score);
}

/** The answer that states no figure: found false, figure null, the closest passages as alternatives. */
export function notFound(query: string, alternatives: Candidate[]): Answer {
  return {
    query,
    found: false,
    figure: null,
    sentence: "",
    paragraph: "",
    report: { title: "", file: "", date: "" },
    heading: "",
    score: 0,
    matched: [],
    alternatives,
  };
}
