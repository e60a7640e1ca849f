/**
 * Coverage: does the text that governs a figure name the asked metric? Each question word counts
 * by its rarity (termWeight) and by where it is found for the figure (PLACE_WEIGHTS): in its own
 * words most, in its clause, the sentence before it, the section heading, the paragraph less.
 * Coverage is the weighted share of the question's words found, 0…1.
 */
import type { QueryTerm, Question } from "../question/types.ts";
import {
  APPROVED_BY,
  asksInclusion,
  blankInclusionAsides,
  clauseEndFrom,
  clauseStartBefore,
  clausesOf,
  withoutAnyAsides,
  withoutAsides,
  withoutCountingMethod,
  withoutQuotes,
  wordBigrams,
} from "../zh/text.ts";
import { PAIRED_COMPOUNDS, partNames, partsOfWholeNamed } from "../zh/paired-compounds.ts";
import { baseUnit, countedAfter, scaledValue, UNIT_ALTERNATION, UNIT_CLASS, type UnitClass } from "../zh/units.ts";
import { alternation, anyOf, ONE_CHARACTER_COUNTED, SUM_WORDS, wordClass } from "../zh/word-classes.ts";
import { CLAUSE_TIME_WORDS, PRINTED_YEARS } from "../zh/years.ts";
import { extractFigures } from "../zh/figures.ts";
import { taggedWords, wordEnds, words } from "../zh/segment.ts";
import { PLAN_SHARE_LEAD, type Fact } from "./facts.ts";
import type { GramCounts } from "../search/index/gram-counts.ts";
import { HOW_MANY_WORD } from "../zh/asking.ts";
import { YEAR_BEFORE_OPENING } from "../zh/change-grammar.ts";

/** A sentence that opens with 其中 lists the parts of the total the sentence before it states. */
export function listsPartsOfPrevious(sentence: string): boolean {
  return /^\s*其中/.test(sentence);
}

/** Where a word was found, and how much that says about the figure. */
export const PLACE_WEIGHTS = {
  segment: 1,
  clause: 0.9,
  parentClause: 0.8,
  sentenceBefore: 0.7,
  previousSentence: 0.6,
  heading: 0.55,
  /** The innermost heading, the section's own title, for which budget and whose ("1．市级一般公共预算草案"). */
  sectionTitle: 0.8,
  sentenceAfter: 0.5,
  /** The clause right after the figure's, with no figure of its own ("…7214万元,用于市属学校…"). */
  trailingClause: 0.8,
  paragraph: 0.35,
  report: 0.9,
  /** A clause without a subject of its own takes the sentence's ("…财政收入…，达到11377亿元"). */
  inherited: 0.95,
} as const;

/** A fact whose metric coverage is below this does not answer the question. */
export const MIN_COVERAGE = 0.8;

/**
 * Whether a share of the metric's words covers it: at least MIN_COVERAGE, give or take the last bit of a
 * floating-point sum (weights adding to 0.7999999999999999 of their total cover four fifths of it).
 */
export function coversEnough(share: number): boolean {
  return share >= MIN_COVERAGE - 1e-9;
}

/** Weight of a match by abbreviation, against an exact one. */
const ABBREVIATION_FACTOR = 0.75;

/** A word of three characters or more partly in the figure's clause counts for this much of its bigrams' share, when at least half of them are there. */
const PARTIAL_FACTOR = 0.4;

/** The texts a fact is read against (search form, same offsets as printed). */
export interface FactTexts {
  /** The search-form sentence, what is deducted and reasons in brackets blanked (reading-context.ts withoutExclusions). */
  sentence: string;
  /** The same with nothing blanked: how the figures were counted (扣除价格因素) is there. */
  printedSentence: string;
  previousSentence: string;
  headings: string;
  /** The paragraph's run-in title ("2．政府性基金预算。"), for a sentence after it. */
  runInTitle: string;
  /** The title of the section the paragraph stands in, its innermost heading ("1．市级一般公共预算草案"). */
  sectionTitle: string;
  paragraph: string;
  /** Whether the whole report is about a place (names it often, or in its title). */
  reportIsAbout: (place: string) => boolean;
  /** The report's issuer in search form ("上海市普陀区人民政府万里街道办事处"): a word of it names every figure of the report. */
  issuer: string;
}

/** How well a fact's texts cover the question, and what the later rules need of it. */
export interface Coverage {
  /** Weighted share of the question's words found for the figure, 0…1. */
  share: number;
  /** The first question word whose absence refuses the fact (a place, or a second missing word), or null. */
  missing: string | null;
  /** The metric's head word stands where it can govern the figure. */
  headGoverns: boolean;
  /** The figure's clause has no subject of its own and speaks of the sentence's. */
  inherits: boolean;
  /** The figure's own words: its list item, or the text between it and its neighbours. */
  ownWords: string;
  /** The words that name what it measures: its own, and the clause before when it inherits that clause's subject. */
  subjectWords: string;
  /**
   * It is a part listed after its total's sentence (其中，…), and the question names nothing of the
   * parts that the total's sentence does not: the total is what is asked.
   */
  partUnasked: boolean;
}

/** A place word's weight in coverage: a fixed, high one (a figure of another place must not answer). */
const PLACE_TERM_WEIGHT = 2;

/** A shape word (总量, 规模) counts this much of its rarity: it says little of which metric. */
const SHAPE_TERM_FACTOR = 0.3;

/** The weight of each question word in coverage, in the order of q.terms. */
export function coverageWeights(q: Question, gramFrequency: GramCounts, sentenceCount: number): number[] {
  return q.terms.map((t) => (t.isPlace ? PLACE_TERM_WEIGHT : termWeight(t, gramFrequency, sentenceCount) * (t.isShape ? SHAPE_TERM_FACTOR : 1)));
}

/** The rarity of a question word: the mean idf of its bigrams over sentences. */
export function termWeight(term: QueryTerm, gramFrequency: GramCounts, sentenceCount: number): number {
  const idfs = wordBigrams(term.word).map((g) => Math.log((sentenceCount + 1) / ((gramFrequency.get(g) ?? 0) + 1)));
  const idf = idfs.length ? idfs.reduce((a, b) => a + b, 0) / idfs.length : 1;
  // A one-character word (毛, 净, 总) narrows but should not decide.
  const lengthFactor = term.word.length === 1 ? 0.5 : 1;
  return Math.max(0.5, idf) * lengthFactor;
}

/** The metric words of a question (not its places). */
export function metricTerms(q: Question): QueryTerm[] {
  return q.terms.filter((term) => !term.isPlace);
}

/**
 * The head of the metric asked: its last word that names something (not a shape word like 总量,
 * nor a kind of quantity a unit names, 总长度: "排水管道总长度" is about 排水管道).
 */
export function headTerm(q: Question): QueryTerm | undefined {
  const named = q.terms.filter((term) => !term.isPlace && !term.isShape);
  // Nor a word that sums (累计 of "…科技投入累计多少"), nor one that puts it per person (人均 of "人均GDP").
  // Nor one that puts it per month or day (每月 of "低保标准现在每月多少钱": the standard is the head).
  return (
    named.filter((term) => !isQuantityNoun(term) && !SUM_WORDS.has(term.word) && !PER_UNIT_WORDS.has(term.word) && !PER_TIME_WORDS.has(term.word)).at(-1) ??
    named.at(-1)
  );
}

/** The head of the metric itself: the head, or for a change asked ("进出口增长") the last metric word before it. */
export function metricHeadOf(q: Question): QueryTerm | undefined {
  const head = headTerm(q);
  // 增速, 增幅: asked for a change by a word whose other names are the verbs (增长).
  const asksChange = (term: QueryTerm) => term.alternatives.some((alt) => CHANGE_TERM.test(alt));
  if (!head || !asksChange(head)) return head;
  // Nor a word that sums (累计 of "能耗累计降了多少").
  return metricTerms(q)
    .filter((term) => !asksChange(term) && !term.isShape && !SUM_WORDS.has(term.word))
    .at(-1);
}

/** A clause's own ratio and its change verb before the figure: "地表水优良水质断面比例提高到". */
const OWN_RATIO_LEAD = /\p{Script=Han}{2,}(?:比例|比重|占比)(?:提高|上升|增加|增长|下降|降低|减少|提升)(?:到|至)?$/u;

export function coverageOf(q: Question, fact: Fact, t: FactTexts, weights: readonly number[]): Coverage {
  const parentClause = subjectClause(t.sentence, fact.parentClause);
  const places = placesOf(fact, parentClause, t, asksInclusion(q.text));
  const metric = metricTerms(q);
  // The figure's own clause has no subject ("…，达到11377亿元", "其中教师544名"): it speaks of
  // the sentence's subject, whose words then count almost as its own.
  // A share's base ("全年民生支出185.74亿元，占一般公共预算支出比重达79.1%", 景德镇 2025) is what it is a share of, not its
  // subject: the clause says nothing else, and speaks of the subject before.
  // (Unless the question names the base: "西安战略性新兴产业占规上工业比重".)
  const clauseText = places.own.at(-1)![0];
  const ownClause = shareBaseNotAsked(fact, clauseText, metric) ? clauseText.replace(SHARE_BASE_IN_CLAUSE, " ") : clauseText;
  const parentText = parentClause ? t.sentence.slice(parentClause[0], parentClause[1]) : null;
  const remainder = subjectRemainder(ownClause, fact, t.sentence);
  const subjectless = isSubjectless(remainder, ownClause, fact, t.sentence) || echoesSubject(remainder, parentText, metric);
  // The asked change verb in the clause ("…，增长5%") names no subject of its own.
  // Nor does a shape word ("…，总量达到118.7万户": how much of the subject before).
  const inherits = subjectless && !metric.some((term) => !CHANGE_TERM.test(term.word) && !term.isShape && found(term, ownClause));
  // Only for a clause without a subject of its own: its subject is its parent clause's. A parent
  // naming what the question asks goes on about the sentence before ("建立健全城镇保障性住房制度，
  // 覆盖面逐步扩大，2012年底已达到12.5%"); one naming something else does not.
  const parent = parentClause ? t.sentence.slice(parentClause[0], parentClause[1]) : null;
  // …but a clause saying "all of them" ("原煤产量达到七亿七千多万吨，原油达到一亿一千四百多万吨，都比上年增长8%") is said of
  // every subject before it.
  const ofAll = ALL_OF_THEM.test(t.sentence.slice(fact.clause[0], fact.figure.start));
  const parentNamesSubject = subjectless && !ofAll && parent !== null && namesSubject(withoutTerms(parent, metric));
  let covered = 0;
  let total = 0;
  let missing: string | null = null;
  const absent: Array<{ word: string; weight: number }> = [];
  /**
   * Words named only beyond the figure: in the sentences around it, its paragraph, or clauses before its own that state
   * figures of their own (namedOnlyBeyond).
   */
  const remote = new Set<string>();
  /** The texts that name the figure for namedOnlyBeyond, read once a fact and only when a word is found that far. */
  let namingTexts: readonly string[] | null | undefined;
  const head = headTerm(q);
  // The head stands in the figure's clause before it ("城镇新增就业1256万人"), or in the clause it
  // inherits its subject from. Only a question with a shape word (总量, 规模) needs to know (see below).
  const headLeads =
    q.terms.some((term) => term.isShape) &&
    head !== undefined &&
    (found(head, t.sentence.slice(fact.clause[0], fact.figure.start)) || (inherits && parentClause !== null && found(head, t.sentence.slice(...parentClause))));
  // A change asked ("提高了几个点") is stated by the figure's own change verb of the same direction ("贡献率上升3个百分点").
  // 增长 asks any change ("朔州GDP增长多少" of "…比上年下降5‰"): a change verb of either direction states it.
  // …or the level it reached ("优良天数比例上升至87.2%" for 提高的怎么样).
  const reachedByChange = fact.role === "level" && LEVEL_REACHED_BY_CHANGE.test(t.sentence.slice(fact.clause[0], fact.figure.start));
  // …or a rate of change right after its verb, of what its own clause names ("钢材增长46%" for 钢材计划增产多少; not
  // "…粮食总产量1640.06亿斤，…居民人均可支配收入增长5.1%" for 粮食增产多少), read as the level of a growth rate.
  const rateOfChange =
    fact.figure.unitClass === "percent" &&
    ENDS_IN_CHANGE_VERB.test(t.sentence.slice(fact.clause[0], fact.figure.start)) &&
    metric.some((term) => !isChangeTerm(term) && found(term, ownClause));
  // (A rate of change only by a verb of the direction asked: "能耗…降低13.5%" states no 国内生产总值增长.)
  // …or a rise by the amount added right before the figure ("企业退休人员养老金人均每月新增110元" for 涨了多少).
  const addedRightBefore = fact.role === "change" && ADDED_RIGHT_BEFORE.test(t.sentence.slice(fact.clause[0], fact.figure.start));
  const changeStated = (term: QueryTerm) =>
    isChangeTerm(term) &&
    ((addedRightBefore && asksRise(term)) ||
      ((fact.role === "change" || reachedByChange) &&
        (sameDirectionVerbIn(term, ownClause) || (ANY_CHANGE_ASKED.test(term.word) && ownClause.search(CHANGE_VERB) >= 0))) ||
      (rateOfChange && sameDirectionVerbIn(term, ownClause)));
  q.terms.forEach((term, i) => {
    const w = weights[i]!;
    // (A change asked is named by the figure's own change verb of its direction: "减少" by "比上年减产120亿公斤".)
    // (面积 found only in the paragraph is named more nearly by the figure's own 万亩; a count's unit, 条 or 个, names
    // nothing so nearly: "集装箱航线150条" is no 集装箱吞吐量, whatever the paragraph says.)
    const nearest = termMatch(term, places, inherits, t, parentNamesSubject, fact);
    const byUnit = namedByUnit(term, fact.figure.unitClass) ? PLACE_WEIGHTS.clause : 0;
    const matched = Math.max(fact.figure.unitClass === "count" ? 0 : byUnit, nearest) || (byUnit || changeStated(term) ? PLACE_WEIGHTS.clause : 0);
    // "高速铁路运营里程达1.6万公里。高速公路通车里程达11.2万公里": a name found only around the figure, whose
    // own clause names another thing of the same kind in its place, is that other thing's.
    const rivalled =
      matched > 0 &&
      matched < PLACE_WEIGHTS.clause &&
      !term.isPlace &&
      (places.own.some(([text]) => namesRival(term, text, q.terms) || namesOtherProduct(term, text)) ||
        [places.own.at(-1)![0], parentText ?? ""].some((text) => namesOtherKind(term, text, q.terms)));
    // "二氧化硫、化学需氧量排放量分别下降3.5%、2.9%": the word closing a list's last item is the list's shared head.
    const m = rivalled ? 0 : !term.isPlace && matched < PLACE_WEIGHTS.clause && headSharedByList(term, fact, t.sentence) ? PLACE_WEIGHTS.clause : matched;
    // A shape word (总量, 规模) names no metric: absent, it is not counted against a figure that the
    // metric itself leads to ("财政收入增加到20.4万亿元" for 财政收入规模).
    if (m === 0 && term.isShape && headLeads) return;
    // Nor what figures are counted over by default (常住人口 of 常住人口城镇化率), beside the head.
    if (m === 0 && term !== head && countedByDefault(term)) return;
    // Nor a word that sums (累计) over the range of years asked, against a figure over several years.
    // (A sum word sums amounts: it is never tolerated against a rate, "年均增长22.7%".)
    if (m < PLACE_WEIGHTS.clause && fact.multiYear && fact.figure.unitClass !== "percent" && sumOfRangeAsked(q, term)) return;
    covered += w * m;
    total += w;
    if (m > 0 && m <= PLACE_WEIGHTS.sentenceBefore && namedOnlyBeyond(term, (namingTexts ??= textsNamingFigure(t, fact)))) remote.add(term.word);
    if (m === 0 && term.isPlace) missing ??= term.word;
    // A name a sibling item of its list holds, and the figure's own words do not, is the sibling's
    // ("其中鄱阳湖、洞庭湖还湖面积分别达到880平方公里和600平方公里": 600 is 洞庭湖's). Only a name: a
    // metric's word in a sibling is often the list's shared word (城乡低保, 化学需氧量、氨氮排放量…).
    // …and so is a product's name ("共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨、水泥产能7.75亿吨": 7.75亿吨 is 水泥's).
    else if (
      (term.isPlace || PRODUCT_NAMES.has(term.word)) &&
      m < PLACE_WEIGHTS.clause &&
      fact.listItem?.siblings.some(([a, b]) => found(term, t.sentence.slice(a, b)))
    )
      missing ??= term.word;
    else if (m === 0 && term.word.length >= 2 && !term.isShape) absent.push({ word: term.word, weight: w });
  });
  if (!absenceTolerated(absent, head, weights)) missing ??= absent[0]!.word;
  // The word right before the head names which one ("中央财政科技投入"): absent where the head is
  // printed after another ("中央财政“三农”投入"), it is another kind of the head, not a paraphrase.
  const headAt = head ? q.terms.indexOf(head) : -1;
  const modifier = headAt > 0 ? q.terms[headAt - 1]! : null;
  // (A standard asked, 补助标准, is printed as the rate per person it sets: "…补助从每人每年84元提高至89元"; a plan period
  // or a place is no kind of the head.)
  if (
    modifier &&
    modifier.word.length >= 2 &&
    !modifier.isShape &&
    !modifier.isPeriod &&
    !modifier.isPlace &&
    !STANDARD_HEADS.has(modifier.word) &&
    head &&
    ((absent.some((a) => a.word === modifier.word) && found(head, ownClause)) ||
      // …or named only beyond the figure, where the figure's clause names the head after words of its own: another kind
      // ("高技术制造业…增加值…分别增长10.6%、7.9%，…新产业新业态新模式增加值占国内生产总值的比重达到17%以上" for
      // 制造业增加值占GDP比重). Not a change said of the subject before ("…，增长3.5%"); a share's base is the head as
      // printed (投入强度 as 占GDP比重).
      (remote.has(modifier.word) &&
        NAMES_A_KIND.test(modifier.word) &&
        NAMES_A_KIND.test(head.word) &&
        !subjectless &&
        !PART_LEAD.test(clauseText) &&
        !isChangeTerm(head) &&
        namedAfterOwnWords(head, clauseText)))
  )
    missing ??= modifier.word;
  // The metric's head word must stand where it can govern the figure: before it or in its own
  // clause (or the section heading), not in a later clause about something else.
  // …or, for a count, in the nouns right after it, to its clause's end: "支持533个县级图书馆、文化馆和4万个村广播电视设施
  // 建设" (文化馆, and 建设, which closes the list of things counted).
  const countedNouns = fact.figure.unitClass === "count" ? /^[^，,；;。]*/.exec(t.sentence.slice(fact.figure.end))![0] : "";
  // A sentence listing the parts of the one before is governed by that one's subject.
  const before = listsPartsOfPrevious(t.sentence) ? t.previousSentence : "";
  const governing = `${before} ${t.sentence.slice(0, fact.clause[1])} ${trailingClause(t.sentence, fact)} ${sharedPredicate(t.sentence, fact)} ${countedNouns}`;
  const governs = (term: QueryTerm, near = false) =>
    namedIn(term, governing, near) || namedContracted(term, governing) || found(term, t.headings) || itemAsNamed(fact).some((item) => found(term, item));
  // "进出口增长": the change verb last says what is asked of the metric; the metric (进出口) must
  // govern the figure too, not only a sentence before it ("…实际使用外资1263亿美元，增长5.6%").
  const metricHead = head && CHANGE_TERM.test(head.word) ? metric.filter((term) => !CHANGE_TERM.test(term.word) && !term.isShape).at(-1) : undefined;
  // A clause naming a ratio of its own before its change ("…优良天数比例上升至87.2%，地表水优良水质断面比例提高到90.4%")
  // states that ratio's change: the metric asked must be named in it, not only in a clause before.
  const ownRatio = OWN_RATIO_LEAD.test(t.sentence.slice(fact.clause[0], fact.figure.start));
  const headGoverns =
    !head ||
    ((governs(head) || changeStated(head) || (isUnitWord(head) && namedByUnit(head, fact.figure.unitClass)) || setsStandard(head, t.sentence, fact)) &&
      (!metricHead || (governs(metricHead, true) && (!ownRatio || namedIn(metricHead, ownClause, true)))));
  const ownWords = places.own[0]![0];
  const subjectWords = subjectless && parentClause ? subjectOf(t.sentence.slice(parentClause[0], parentClause[1])) + ownWords : ownWords;
  // A change word (涨, 增长) names no part: "…（CPI）下降0.1%。其中，…衣着价格上涨0.5%" answers no 涨了多少.
  const partUnasked =
    before !== "" && !metric.some((term) => !CHANGE_TERM.test(term.word) && namedOrAbbreviated(term, t.sentence) && !namedOrAbbreviated(term, before));
  return { share: total > 0 ? covered / total : 0, missing, headGoverns, inherits, ownWords, subjectWords, partUnasked };
}

/**
 * Whether a term is named only beyond the figure: neither in its sentence (leaving out the clauses before the figure's
 * own that state figures of their own, whose words are those figures') nor in the titles over it (headings, a run-in
 * title, the section's). Not for a short sentence or a list of parts, which goes on about the sentence before.
 */
function namedOnlyBeyond(term: QueryTerm, naming: readonly string[] | null): boolean {
  return naming !== null && !naming.some((text) => namedIn(term, text));
}

/** The texts namedOnlyBeyond reads (the sentence less the figures' clauses before the figure's own, the titles), or null. */
function textsNamingFigure(t: FactTexts, fact: Fact): readonly string[] | null {
  if (t.sentence.length <= 30 || listsPartsOfPrevious(t.sentence)) return null;
  const start = clauseStartBefore(t.sentence, fact.figure.start);
  return [`${withoutFigureClauses(t.sentence.slice(0, start))}，${t.sentence.slice(start)}`, t.headings, t.runInTitle, t.sectionTitle];
}

/**
 * Whether a clause names the term after a word of its own (新模式增加值, 建筑业增加值占GDP比重), not first, nor after only
 * when and how far (全年开行909列).
 */
function namedAfterOwnWords(term: QueryTerm, clause: string): boolean {
  const lead = clause.replace(/^[\s\p{P}]+/u, "").replace(OWN_WORDS_NOT, "");
  const at = Math.min(...term.alternatives.map((alt) => lead.indexOf(alt)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return false;
  // (Words of a name: not a share's base, 占收入比重, nor words that name nothing, 只征收了.)
  const own = lead.slice(0, at);
  return !SHARE_OR_BASE.test(own) && own.replace(NAMES_NO_SUBJECT, "").replace(/[^\p{Script=Han}]/gu, "").length >= OWN_NAME_MIN;
}
/** A share's base or a comparison's before a head ("占收入比重", "比上年"), or words pointing back ("这些方面的经费"). */
const SHARE_OR_BASE = /[占比较这那该此]|上述/;
/**
 * A word that names a kind of thing (制造业, 研发, 增加值): not a verb (新建, 建设), a time (三年), a scope (国家) or a rate
 * per head (每人每年).
 */
const NAMES_A_KIND = new RegExp(
  `^(?!(?:${alternation("change-verbs", "increment-verbs", "build-verbs", "scope-words")})$)(?![^年]*年)(?![^每]*每)\\p{Script=Han}+$`,
  "u",
);
/** The fewest characters of a name of one's own. */
const OWN_NAME_MIN = 2;

/** What opens a clause before its own words: when (全年, 2023年) and how far (全市). */
const OWN_WORDS_NOT = new RegExp(`^(?:${CLAUSE_TIME_WORDS}|(?:19|20)\\d\\d年|${alternation("scope-words")})+`);
/** A clause opening with a part of a total: 其中, 含, 包括. */
const PART_LEAD = /^[\s，,；;]*(?:其中|含|包括)/;

/** A text without its clauses that state a figure (parted as clauseStartBefore parts them). */
function withoutFigureClauses(text: string): string {
  return clausesOf(text)
    .filter((clause) => extractFigures(clause).length === 0)
    .join("，");
}

/** Words that ask for a kind of quantity by its name (总长度, 面积), and the class of unit that names it. */
const QUANTITY_NOUNS: ReadonlyArray<[ReadonlySet<string>, UnitClass]> = [
  [new Set(wordClass("length-nouns")), "length"],
  [new Set(wordClass("area-nouns")), "area"],
  [new Set(wordClass("throughput-nouns")), "person-times"],
  [new Set(wordClass("throughput-nouns")), "mass"],
  [new Set(wordClass("throughput-nouns")), "count"],
];

/** A question word that names a kind of quantity, named by the figure's unit ("总长度" by 89万公里). */
export function namedByUnit(term: QueryTerm, unitClass: UnitClass): boolean {
  // …or a unit asked ("多少平米") of the figure's kind, however the report prints it (平方米).
  return QUANTITY_NOUNS.some(([words, cls]) => cls === unitClass && words.has(term.word)) || UNIT_CLASS.get(term.word) === unitClass;
}

/** A question word that names a kind of quantity a unit can name (the pre-filter's upper bound). */
export function isQuantityNoun(term: QueryTerm): boolean {
  return QUANTITY_NOUNS.some(([words]) => words.has(term.word));
}

/** A question word that is a unit of two characters or more (平米, 百分点): a figure's unit may name it, printed otherwise. */
export function isUnitWord(term: QueryTerm): boolean {
  return term.word.length >= 2 && UNIT_CLASS.has(term.word);
}

/** A clause's subject: its words before its first figure, without the verb that governs that figure ("高速公路通车里程新增3000公里" → 高速公路通车里程). */
function subjectOf(clause: string): string {
  // Up to the first figure, a year named before it aside ("…批准的2025年社会保险基金预算收入合计1440342万元").
  const beforeFigure = clause.split(FIRST_FIGURE_DIGIT)[0]!;
  return beforeFigure.replace(TRAILING_VERB, "");
}

interface Places {
  own: Array<[string, number]>;
  /**
   * Text and weight; "before" marks the sentence before the figure, "parent" the clause whose subject it inherits,
   * "section" the title of the section it stands in.
   */
  context: Array<[string, number, ("before" | "parent" | "section")?]>;
}

/** A digit that begins no year (2025年): where a clause's figure starts. */
const FIRST_FIGURE_DIGIT = /\d(?!\d{0,3}年)/;

/** An aside in brackets holding a figure. */
const FIGURES_ASIDE = /[（(][^（）()]*\d[^（）()]*[)）]/g;

/**
 * A paired compound's part as its item names it, under each of the part's names: "城镇低保标准", "城市低保标准"… of
 * "城乡低保标准分别提高13.1%和17.7%" (part-aliases.txt); none for another item.
 */
function itemAsNamed(fact: Fact): string[] {
  const item = fact.listItem;
  if (item?.part === undefined) return [];
  if (!item.pairPart) return [item.part];
  const part = item.pairPart.part;
  return partNames(part).map((name) => item.part!.replace(part, name));
}

function placesOf(fact: Fact, parentClause: [number, number] | null, t: FactTexts, asksTotalWith: boolean): Places {
  // What a total includes is not what it is ("市级（含…盐南高新区，下同）…108.12亿元" is not 盐南高新区's).
  let s = asksTotalWith ? t.sentence : blankInclusionAsides(t.sentence, fact.figure.start);
  // Nor is a breakdown in brackets after it, whose figures are its parts' ("专项债券1793950万元（新增专项
  // 债券1465650万元，再融资专项债券328300万元）": 新增 names the part, not the total).
  // (A question saying what is included, 不含辽滨, reads what the aside says it leaves out.)
  if (!asksTotalWith) s = s.replace(FIGURES_ASIDE, (m, at: number) => (at >= fact.figure.end ? " ".repeat(m.length) : m));
  const own: Array<[string, number]> = [];
  if (fact.listItem) {
    // The siblings' words belong to the siblings' figures: blank them out for this one.
    for (const [a, b] of fact.listItem.siblings) s = s.slice(0, a) + " ".repeat(b - a) + s.slice(b);
    if (fact.listItem.part === undefined) own.push([s.slice(fact.listItem.own[0], fact.listItem.own[1]), PLACE_WEIGHTS.segment]);
    for (const item of itemAsNamed(fact)) own.push([item, PLACE_WEIGHTS.segment]);
  }
  return {
    own: [...own, [s.slice(fact.segment[0], fact.segment[1]), PLACE_WEIGHTS.segment], [s.slice(fact.clause[0], fact.clause[1]), PLACE_WEIGHTS.clause]],
    context: [
      [parentClause ? s.slice(parentClause[0], parentClause[1]) : "", PLACE_WEIGHTS.parentClause, "parent"],
      [s.slice(0, fact.figure.start), PLACE_WEIGHTS.sentenceBefore, "before"],
      // A short sentence ("总建设规模14.3万平方米,总投资6.5亿元。") goes on about the one before.
      // So does one that lists the parts of the one before ("全市共有在校生77.90万人。其中，高等学校13.5万人").
      // So does one opening with the other side of a budget, its figure straight after ("…一般公共预算收入2205.2亿元，…。支出
      // 2103.8亿元，…": 深圳 2025).
      [t.previousSentence, s.length <= 30 || listsPartsOfPrevious(s) || OTHER_SIDE_OPENS.test(s) ? PLACE_WEIGHTS.parentClause : PLACE_WEIGHTS.previousSentence],
      [t.headings, PLACE_WEIGHTS.heading],
      // "2．政府性基金预算。收入预算安排222.4亿元，…": the run-in title names what its paragraph's sentences speak of.
      [t.runInTitle, PLACE_WEIGHTS.parentClause],
      // "钢铁工业，1979年钢产量比上年增加270万吨，而能源消耗总量…比上年降低了100万吨" (gwr-1980): a sentence opening with a
      // name and a comma says what all its figures are of, as a run-in title does.
      [topicOpening(s, fact), PLACE_WEIGHTS.parentClause],
      // "1．市级一般公共预算草案 … 支出预算337.4亿元": so does the title of the section it stands in, of which budget
      // and whose (termMatch: the section's own subject, 固定资产投资, would make its parts, 工业投资, the whole).
      [t.sectionTitle, PLACE_WEIGHTS.sectionTitle, "section"],
      [trailingClause(s, fact), PLACE_WEIGHTS.trailingClause],
      [sharedPredicate(s, fact), PLACE_WEIGHTS.trailingClause],
      // "对义务教育阶段教师实行绩效工资制度，…，中央财政为此将投入120亿元": 为此 names the sentence before as its purpose.
      [FOR_THIS.test(s.slice(fact.clause[0], fact.figure.start)) ? s.slice(0, fact.clause[0]) : "", PLACE_WEIGHTS.trailingClause],
      [afterFigure(s, fact), PLACE_WEIGHTS.sentenceAfter],
      [t.paragraph, PLACE_WEIGHTS.paragraph],
    ],
  };
}

/**
 * A name of two to six characters opening the sentence before a comma or colon ("钢铁工业，", "原煤："), with no figure;
 * its year may come first ("一九五八年的工业总产值，拟定为…").
 */
const TOPIC_OPENING = /^\s*(?:[一二三四五六七八九〇○零\d]{4}年的?)?(\p{Script=Han}{2,6})[，,：:]/u;

/** The sentence's opening name, when the figure stands after it. */
function topicOpening(s: string, fact: Fact): string {
  const m = TOPIC_OPENING.exec(s);
  return m && m[0].length <= fact.clause[0] ? m[1]! : "";
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

/** The verbs that govern a figure right before it: 新增, 增长, 达到, 为. */
const TRAILING_VERB = new RegExp(`(?:${alternation("change-verbs", "increment-verbs", "non-subject-words")})+$`);

/** A question word that is a change verb (增长, 提高): a clause holding it may still have no subject. */
const CHANGE_TERM = new RegExp(`^${anyOf(["change-verbs", "colloquial-change", "colloquial-change-asked"])}$`);
const CHANGE_VERB = new RegExp(anyOf(["change-verbs", "colloquial-change"]), "g");
/** A change verb that says a fall (下降, 降了, 减少, 缩小, 回落, 下跌; 低 asked). */
const FALLS = /[降减缩低]|回落|下跌/;
/** A question word that is a change verb (增长, 提高, 涨). */
export function isChangeTerm(term: QueryTerm): boolean {
  return CHANGE_TERM.test(term.word);
}

/** A change verb in the text that goes the way the asked one does (上升 for 提高, 回落 for 下降). */
export function sameDirectionVerbIn(term: QueryTerm, text: string): boolean {
  return [...text.matchAll(CHANGE_VERB)].some((m) => FALLS.test(m[0]) === FALLS.test(term.word));
}
/** An amount added by its verb, which states a rise: "人均每月新增110元" for 涨了多少 (ADDED_RIGHT_BEFORE: the verb right before it). */
export const ADDED_VERB = /新增|净增/;
const ADDED_RIGHT_BEFORE = new RegExp(`(?:${ADDED_VERB.source})$`);
/** Whether a change asked is a rise, which an amount added states. */
export function asksRise(term: QueryTerm): boolean {
  return isChangeTerm(term) && !FALLS.test(term.word);
}
/** What a place's figures are counted over unless they say otherwise (word-classes.txt [default-counting-words]). */
const DEFAULT_COUNTING: ReadonlySet<string> = new Set(wordClass("default-counting-words"));
/** Whether a question word names what figures are counted over by default (常住人口): it need not be printed. */
export function countedByDefault(term: QueryTerm): boolean {
  return DEFAULT_COUNTING.has(term.word);
}
/** Words that ask for a change whichever way it went: 增长 (a fall is a growth below zero), 增速, 增幅. */
const ANY_CHANGE_ASKED = /^(?:增长|增速|增幅)$/;
/** A level reached by a change, right before it: 上升至, 提高到, 下降为. */
const LEVEL_REACHED_BY_CHANGE = new RegExp(`(?:${anyOf("change-verbs")})了?(?:到|至|为)$`);
const ENDS_IN_CHANGE_VERB = new RegExp(`\\p{Script=Han}(?:${anyOf("change-verbs")})$`, "u");

/** Products by name (水泥, 原煤, 钢材: word-classes.txt [metric-heads-output], without 产量, 产能, 总产): names, as places are. */
const PRODUCT_NAMES: ReadonlySet<string> = new Set(wordClass("metric-heads-output").filter((w) => !/产/.test(w)));
/**
 * Whether a product asked is not named in the figure's own words and another product is ("…主要生产能力有煤炭2714万吨，
 * 石油1491万吨", gwr-1992): the figure is the other's.
 */
function namesOtherProduct(term: QueryTerm, own: string): boolean {
  if (!term.alternatives.some((alt) => PRODUCT_NAMES.has(alt)) || term.alternatives.some((alt) => own.includes(alt))) return false;
  for (const product of PRODUCT_NAMES) {
    if (own.includes(product) && !term.alternatives.some((alt) => alt.includes(product) || product.includes(alt))) return true;
  }
  return false;
}
/** The heads of a standard asked, which reports print as a rate per person (word-classes.txt). */
const STANDARD_HEADS: ReadonlySet<string> = new Set(wordClass("standard-heads"));
/**
 * Whether a standard asked (标准, 补助: word-classes.txt [standard-heads]) is the rate per month, year or person the figure
 * is printed as: "将特困供养对象基本生活费从1004元/月提高到1060元/月" (铜仁 2023) for 特困供养标准.
 */
export function setsStandard(head: QueryTerm, sentence: string, fact: Pick<Fact, "figure">): boolean {
  return STANDARD_HEADS.has(head.word) && RATE_PER_UNIT_AFTER.test(sentence.slice(fact.figure.end));
}
/** Whether a text may print a standard asked so (the pre-filters' test): a rate's divisor anywhere in it. */
export function mayPrintStandard(head: QueryTerm, text: string): boolean {
  return STANDARD_HEADS.has(head.word) && RATE_PER_UNIT.test(text);
}
/** A rate's divisor: 元/月, 元/人·年; right after its figure. */
const RATE_PER_UNIT = /[/／](?:月|年|人|户)/;
const RATE_PER_UNIT_AFTER = new RegExp(`^\\s*${RATE_PER_UNIT.source}`);
/** Words that count a figure per span of time: 每月, 月均, 每天 (word-classes.txt). */
export const PER_TIME_WORDS: ReadonlySet<string> = new Set(wordClass("per-time-words"));
const PER_UNIT_WORDS: ReadonlySet<string> = new Set([...wordClass("per-unit-words"), ...wordClass("per-land-words")]);

/**
 * A word that sums (累计) in a question asking for a range of years (1998到2002年…累计多少, 过去五年…累计多少): the
 * range says what is summed, so the word is not needed against a figure over several years. (Without
 * a range, 累计 asks for the running total, "多年累计改造…2400多万户", and must be matched.)
 */
export function sumOfRangeAsked(q: Question, term: QueryTerm): boolean {
  return SUM_WORDS.has(term.word) && q.multiYear && (q.dataYear !== null || q.period !== null || q.recentSpan !== null);
}
/** Verbs, adverbs and connectives a clause may hold without naming what it counts. */
const NON_SUBJECT = new RegExp(alternation("non-subject-words"), "g");
/** A figure with its unit, as a clause without a subject may hold besides it. */
const FIGURE_WITH_UNIT = new RegExp(`[\\d.,]+(万亿|亿|万|千)?(${UNIT_ALTERNATION})?`, "g");
const FOLLOW_ON = new RegExp(`^(主要)?${anyOf("follow-on-verbs")}`);
/** "为此", "对此": the figure is for what the sentence said before. */
const FOR_THIS = /为此|对此/;
/** A clause that compares the figure before it with a year before: "比上年增加167亿元", "增长12%". */
const COMPARISON_CLAUSE = new RegExp(`^${YEAR_BEFORE_OPENING}?${anyOf(["change-verbs", "increment-verbs"])}[^，,；;。]{0,12}$`);

/** Words that name the size or change of a subject, not a subject: 总额, 增产, 突破. */
const NAMES_NO_SUBJECT = new RegExp(alternation("non-subject-words", "change-verbs", "increment-verbs", "shape-words"), "g");
/** How a clause of cause or circumstance opens: 由于, 随着, 通过, 经过, 在…下. */
const CIRCUMSTANCE_LEAD = /^\s*(?:由于|由於|因为|因為|随着|隨著|通过|通過|经过|經過|在)/;
/**
 * Where a count comes from ("社办的农业科学试验研究组织，据十二个省的不完全统计，有七千六百九十个", gwr-1960): an aside, no
 * subject of the figures after it.
 */
const SOURCE_OF_COUNT = /^\s*(?:根据|据)[^，,；;。]{0,16}(?:统计|调查|测算|核算|资料|材料)/;
/**
 * A comparison with a benchmark ("高于全国、全省平均水平", cut at 、 into "高于全国" and "全省平均水平"): how the
 * subject before fares, no subject of its own ("地区生产总值增长6.0%、全省第二，高于全国、全省平均水平，总量达到
 * 4773.3亿元" is 保定's GDP).
 */
const BENCHMARK_COMPARISON = /^\s*(?:高于|低于|快于|慢于|好于|优于)|平均水平\s*$/;
/** A count of years: 十年, 五年 (a span, no subject). */
const YEAR_COUNT = /[两二三四五六七八九十\d]+年/g;
/** A magnitude and unit left without its digits ("突破万亿元"). */
const BARE_UNIT = new RegExp(`[万亿千]*(?:${UNIT_ALTERNATION})`, "g");

/** The clause without the words of these terms (as printed): what else it names. */
function withoutTerms(clause: string, terms: readonly QueryTerm[]): string {
  let rest = clause;
  for (const term of terms) for (const alt of term.alternatives) rest = rest.replaceAll(alt, " ");
  return rest;
}

/**
 * The clause whose subject a figure's clause would inherit: its parent, or past a run of parent
 * clauses that name none ("一般公共预算收入年初预算合计127.4亿元，执行中调整为129.2亿元，实际完成139.3亿元，
 * 为调整预算的107.8%，增长20.9%": all the run's figures are of the first clause's subject).
 */
function subjectClause(sentence: string, parent: [number, number] | null): [number, number] | null {
  let clause = parent;
  while (clause && clause[0] > 0 && !namesSubject(sentence.slice(clause[0], clause[1]))) {
    const end = clause[0] - 1;
    const start = Math.max(...[...CLAUSE_MARKS].map((mark) => sentence.lastIndexOf(mark, end - 1))) + 1;
    clause = [start, end];
  }
  return clause;
}
/** An amount in Chinese numerals without a unit, as a milestone names it ("跨越八千亿新台阶"): no subject. */
const SPOKEN_AMOUNT = /[一二两三四五六七八九十]+[百千万亿]+/g;

/** The marks that end a clause a subject may be inherited across. */
const CLAUSE_MARKS = "，,；;";

/** Whether a clause names a subject of its own ("财政收入6.13万亿元"), not only figures, years and verbs ("又增产291亿斤"). */
function namesSubject(clause: string): boolean {
  // A clause of cause or circumstance (由于歷年修復和新建了不少鐵路，…) is no subject of the next.
  if (CIRCUMSTANCE_LEAD.test(clause) || BENCHMARK_COMPARISON.test(clause) || SOURCE_OF_COUNT.test(clause)) return false;
  // Nor is how much of the plan it is ("…支出完成107.8亿元，为预算数的90.3%，同比下降14.4%").
  // Nor how it was counted ("…8141.69亿元，按不变价格计算，比上年增长4.7%").
  let rest = withoutCountingMethod(clause).replace(PLAN_SHARE_LEAD, "");
  for (const f of extractFigures(clause)) rest = rest.replace(f.text, " ");
  rest = rest
    .replace(PRINTED_YEARS, "")
    .replace(YEAR_COUNT, "")
    .replace(FIGURE_WITH_UNIT, "")
    .replace(APPROVED_BY, "")
    .replace(NAMES_NO_SUBJECT, "")
    .replace(BARE_UNIT, "")
    .replace(SPOKEN_AMOUNT, "")
    .replace(/[^\p{Script=Han}]/gu, "");
  return rest.length > 1;
}

/** The rest of a clause from a 并 or 且 that joins a second predicate to the first. */
const CONJOINED_PREDICATE = /[并且][^，,；;。]*$/;

/** Whether a clause names nothing besides its figures and verbs, given what it names (subjectRemainder). */
function isSubjectless(rest: string, clause: string, fact: Fact, sentence: string): boolean {
  // One character left is a unit's or a time's remainder (吨煤, 万门, 年底), but for a one-character
  // subject opening the clause before the figure ("原煤达到10.9亿吨，石油达到1.39亿吨，钢突破7000万吨").
  const figure = sentence.slice(fact.figure.start, fact.figure.end);
  // "地区生产总值增长7.1%、居全省第2位，总量达到5756.35亿元": a shape word says how much of the subject before.
  if (SHAPE_WORD_ONLY.test(rest)) return true;
  if (rest.length === 1) return !(clause.trimStart().startsWith(rest) && clause.indexOf(figure) > 0 && !TIME_CHARACTERS.includes(rest));
  return rest.length === 0;
}

/**
 * A clause that names only the head of the subject before it, the way a report says it again
 * ("2026年全市一般公共预算收入预计同比增长3%，预期收入221.6亿元": 收入 is 一般公共预算收入).
 */
function echoesSubject(rest: string, parent: string | null, metric: readonly QueryTerm[]): boolean {
  if (parent === null) return false;
  return rest.length >= 2 && metric.some((term) => term.alternatives.some((alt) => alt.length > rest.length && alt.endsWith(rest) && parent.includes(alt)));
}

/** What a clause names besides its figures, years and the words that name no subject (Han characters only). */
function subjectRemainder(clause: string, fact: Fact, sentence: string): string {
  const figure = sentence.slice(fact.figure.start, fact.figure.end);
  // A predicate joined by 并/且 after the figure ("突破40万亿元并连续多年居世界首位") is no subject.
  // Its other figures are no subject either, in Chinese numerals too ("由一九七八年的三百七十一亿元增加到…").
  // How the figure was counted names no subject either ("按不变价格计算比上年增长5.4%").
  // Nor does how much of the plan it is ("…完成340,531万元,完成年初预算的126.1%"): it speaks of the subject before.
  // Nor does an aside in brackets ("（下同）"), nor the account a change is measured against ("比2024年决算").
  let rest = withoutAnyAsides(withoutCountingMethod(clause))
    .replace(PLAN_SHARE_LEAD, "")
    .replace(BASE_ACCOUNT, "")
    .replace(CONJOINED_PREDICATE, "")
    .replace(figure, "")
    .replace(PRINTED_YEARS, "");
  for (const other of extractFigures(rest)) rest = rest.replace(other.text, "");
  rest = rest
    .replace(FIGURE_WITH_UNIT, "")
    .replace(APPROVED_BY, "")
    .replace(NON_SUBJECT, "")
    .replace(/[^\p{Script=Han}]/gu, "");
  return rest;
}

/** The base a share is of, as a clause states it up to its figure: 占一般公共预算支出比重达, 占财政支出的比例, 占一般公共预算支出. */
const SHARE_BASE_IN_CLAUSE = /占[^，,；;。\d]{1,20}/;

/** Whether a share's clause states its base and the question asks no base of its own (占规上工业比重: understand.ts). */
function shareBaseNotAsked(fact: Fact, clause: string, metric: readonly QueryTerm[]): boolean {
  return fact.role === "share" && SHARE_BASE_IN_CLAUSE.test(clause) && !metric.some((term) => term.isShareBase);
}

/** The account a change is measured against, no subject: "比2024年决算下降10.1%", "比上年同期", "较预算数". */
const BASE_ACCOUNT = /(?:比|较)[^，,；;]{0,8}?(?:决算数?|预算数?|执行数|同期)/g;

/** A clause's remainder that is a shape word alone (总量, 规模): no subject of its own. */
const SHAPE_WORD_ONLY = new RegExp(`^${anyOf("shape-words")}$`);

/** Characters left of a time word when its year is taken out: 底 of 2012年底, 末, 初. */
const TIME_CHARACTERS = "底末初内中";

export function trailingClause(s: string, fact: Fact): string {
  let start = fact.clause[1] + 1;
  let end = s.slice(start).search(/[，,；;。！？]/);
  // Past a clause that only compares the figure with a year before ("832亿元，比上年增加167亿元，支持卫生
  // 事业改革和发展"): the clause after it goes on about the figure.
  if (end >= 0 && COMPARISON_CLAUSE.test(s.slice(start, start + end)) && /[，,]/.test(s[start + end] ?? "")) {
    start += end + 1;
    end = s.slice(start).search(/[，,；;。！？]/);
  }
  const clause = s.slice(start, end < 0 ? s.length : start + end);
  // Only a clause that goes on about the figure ("用于市属学校…", "惠及500多万学生"), not one
  // with a subject of its own.
  return /\d/.test(clause) || !FOLLOW_ON.test(clause) ? "" : clause;
}

/**
 * What a list of figures does, said once after its last ("已有25个省（自治区、直辖市）、2133个县（市、区）初步建立了
 * 农村最低生活保障制度"): for a figure whose item the next, opening with a figure, follows after 、.
 */
function sharedPredicate(s: string, fact: Fact): string {
  if (s[fact.clause[1]] !== "、") return "";
  const rest = s.slice(fact.clause[1] + 1);
  const end = rest.search(/[，,；;。！？]/);
  const run = end < 0 ? rest : rest.slice(0, end);
  const figures = extractFigures(run);
  return figures.length > 0 && figures[0]!.start === 0 ? run.slice(figures.at(-1)!.end) : "";
}

/** Whether a text names a term as printed (found) or abbreviated (研发 in 研究与试验发展); `near`: abbreviates' closeness. */
export function namedIn(term: QueryTerm, text: string, near = false): boolean {
  return found(term, text) || term.alternatives.some((alt) => abbreviates(alt, text, near));
}

/**
 * A name of two words of two characters or more each, as a report may print it with a character between: 的
 * (使用国外资金 as 使用的国外资金) or 总, the whole of the same measure (财政收入 as 财政总收入, 粮食产量 as 粮食总产量).
 */
function withInside(name: string, between: WordBetween): readonly string[] {
  const key = between + name;
  let printed = INSIDE_FORMS.get(key);
  if (printed) return printed;
  printed = [];
  if (name.length >= SPLIT_MIN * 2 && /^\p{Script=Han}+$/u.test(name))
    for (let k = SPLIT_MIN; k <= name.length - SPLIT_MIN; k++) printed.push(`${name.slice(0, k)}${between}${name.slice(k)}`);
  INSIDE_FORMS.set(key, printed);
  return printed;
}
/** The characters a name may be printed with inside it (withInside). */
type WordBetween = "的" | "总";
const WORDS_BETWEEN: readonly WordBetween[] = ["的", "总"];
/** The forms withInside made, by the character between and the name. */
const INSIDE_FORMS = new Map<string, string[]>();
/** The fewest characters on each side of a character a name is read across. */
const SPLIT_MIN = 2;

/** Whether a text names the term as printed (found) or in short (abbreviates, near). */
export function namedOrAbbreviated(term: QueryTerm, text: string): boolean {
  return found(term, text) || term.alternatives.some((alt) => abbreviates(alt, text, true));
}

/**
 * Whether a text names a term (any of its alternatives), read also without short bracketed asides
 * and without quotation marks inside a name ("“三公”经费" is 三公经费).
 */
export function found(term: QueryTerm, text: string): boolean {
  if (term.outside) for (const holder of term.outside) text = text.replaceAll(holder, " ".repeat(holder.length));
  if (term.alternatives.some((alt) => contains(text, alt))) return true;
  if (term.namedAlsoBy?.some((name) => text.includes(name))) return true;
  if (term.isFigure && figureNamed(term.word, text)) return true;
  if (term.alternatives.some((alt) => invertedIn(alt, text))) return true;
  for (const between of WORDS_BETWEEN)
    if (
      text.includes(between) &&
      term.alternatives.some((alt) => text.includes(alt.slice(0, SPLIT_MIN)) && withInside(alt, between).some((printed) => contains(text, printed)))
    )
      return true;
  const plain = withoutQuotes(/[（(]/.test(text) ? withoutAsides(text) : text);
  return plain !== text && term.alternatives.some((alt) => contains(plain, alt));
}

/**
 * A name of a thing and what is done to it (危房改造, 耕地保护, 人才培养, 棚户区改造) as a report prints it, the verb first with
 * a word or two between ("改造农村危房2400多万户", "保护生态环境", "改造棚户区住房4200多万套"). Not a change verb (经济增长 is no 增长…经济).
 */
function invertedIn(alt: string, text: string): boolean {
  let pattern = INVERTED.get(alt);
  if (pattern === undefined) {
    pattern = invertedPattern(alt);
    INVERTED.set(alt, pattern);
  }
  return pattern !== null && pattern.test(text);
}
const INVERTED = new Map<string, RegExp | null>();
/** How many characters may stand between the verb and its object printed after it (改造 农村 危房). */
const INVERTED_GAP = 3;
const CHANGE_VERB_WORDS = new Set(wordClass("change-verbs"));

function invertedPattern(alt: string): RegExp | null {
  // A noun of two or three characters, then a verb of two (危房改造, 棚户区改造).
  if ((alt.length !== 4 && alt.length !== 5) || !/^\p{Script=Han}+$/u.test(alt)) return null;
  const [object, verb] = [alt.slice(0, -2), alt.slice(-2)];
  if (CHANGE_VERB_WORDS.has(verb)) return null;
  const [o] = taggedWords(object);
  const [v] = taggedWords(verb);
  if (o?.word !== object || v?.word !== verb || !o.tag.startsWith("n") || v.tag !== "v") return null;
  return new RegExp(`${verb}\\p{Script=Han}{0,${INVERTED_GAP}}?${object}`, "u");
}

/**
 * A figure the question types found by its value, however the text prints it: "2187亿" in "由二千一百八十七亿元增加到…",
 * "3500" in "3500元". (A typed figure without a unit matches any printed with one.)
 */
function figureNamed(typed: string, text: string): boolean {
  const asked = extractFigures(typed)[0];
  if (!asked || (!/\d/.test(text) && !CHINESE_DIGIT.test(text))) return false;
  const value = scaledValue(asked);
  const anyUnit = baseUnit(asked.unit) === "";
  return extractFigures(text).some((f) => Math.abs(scaledValue(f) - value) < 1e-9 * Math.max(1, value) && (anyUnit || f.unitClass === asked.unitClass));
}
const CHINESE_DIGIT = /[一二两三四五六七八九十百千万亿]/;

/** A class by size (亿元以上, question/understand.ts SIZE_CLASS): not a unit term (千瓦, 万辆), which follows its number. */
const MAGNITUDE_FIRST = /^(?:千万|百万|万|亿)元以上$/;
const NUMBER_END = /[\d〇零一二两三四五六七八九十百千万]/;
/** Substring match; a Latin word (m2, gdp) must stand alone: m2 is not in pm2.5. */
function contains(text: string, word: string): boolean {
  if (!/^[a-z0-9&.]*[a-z][a-z0-9&.]*$/.test(word)) {
    if (!text.includes(word)) return false;
    // 出口 inside 进出口 is not exports alone: a part of a paired compound is found only outside it.
    const compounds = compoundsHolding(word);
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (negated(text, at, word) || sizeQualifier(text, at, word) || otherProduct(text, at, word) || comparisonBase(text, at, word)) continue;
      // "亿元以上" is not the 亿元以上 of "10亿元以上": a magnitude a number leads is that number's.
      if (MAGNITUDE_FIRST.test(word) && NUMBER_END.test(text[at - 1] ?? "")) continue;
      // 外贸 of "外贸出口总值24.2亿美元" names the exports, not the trade (进出口) it is another name of.
      if (partsOfWholeNamed(word).some((part) => text.startsWith(part, at + word.length))) continue;
      if (!compounds.some(([compound, offset]) => text.startsWith(compound, at - offset))) return true;
    }
    return false;
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[a-z0-9.]/.test(text[at - 1] ?? "") && !/[a-z0-9]/.test(text[at + word.length] ?? "")) return true;
  }
  return false;
}

/**
 * 规模 right before 以上 is the qualifier 规模以上 (above the statistical threshold), not a size:
 * "新增数字经济规模以上企业11家" holds no 经济规模 (a name of GDP). So is 限额 before 内: "全市限额内地方政府
 * 债务余额为344.8亿元" is a balance within the limit, not the limit.
 */
function sizeQualifier(text: string, at: number, word: string): boolean {
  return (word.endsWith("规模") && text.startsWith("以上", at + word.length)) || (word.endsWith("限额") && text.startsWith("内", at + word.length));
}

/** What follows 比 when it compares ("收入比2010年翻一番", "比上年增长"), not when it names a ratio (收入比). */
const BASE_AFTER_BI = /^(?:[\d〇零一二三四五六七八九十]{2,4}年|上年|去年|前年|同期|上一年)/;

/** 比 of a ratio asked (城乡居民收入比) is not the 比 that compares: "城乡居民人均收入比2010年翻一番" (gwr-2016). */
function comparisonBase(text: string, at: number, word: string): boolean {
  return word.endsWith("比") && BASE_AFTER_BI.test(text.slice(at + word.length));
}

const OTHER_PRODUCTS = wordClass("other-products");

/** 钢 at the start of 钢材 is another product (rolled steel), unless the word asked is that product's own name. */
function otherProduct(text: string, at: number, word: string): boolean {
  return OTHER_PRODUCTS.some((product) => product.length > word.length && product.startsWith(word) && text.startsWith(product, at));
}

/** 税收 inside 非税收入 is what is not 税收: a word printed right after 非 is found there only when it begins with 非 itself. */
function negated(text: string, at: number, word: string): boolean {
  return text[at - 1] === "非" && !word.startsWith("非");
}

/** The paired compounds whose text holds a word that begins with one of their parts, with the word's offset in them (出口额 → 进出口 at 1). */
function compoundsHolding(word: string): Array<[string, number]> {
  let found = compoundCache.get(word);
  if (!found) {
    found = [];
    for (const [compound, parts] of PAIRED_COMPOUNDS) {
      for (const part of parts) {
        // The compound's text must run on into the word: 进出口 holds 出口 (and 出口额 starts with it).
        const at = compound.indexOf(part);
        if (at > 0 && word.startsWith(part) && compound.endsWith(part)) found.push([compound, at]);
      }
    }
    compoundCache.set(word, found);
  }
  return found;
}
const compoundCache = new Map<string, Array<[string, number]>>();

/**
 * Whether text[at] lies inside a paired compound that has the word for one of its parts: 牧业 is a
 * part of 农林牧渔业, never its abbreviation ("农林牧渔业总产值420.47亿元" is no 牧业产值).
 */
function withinCompoundOf(word: string, text: string, at: number): boolean {
  for (const [compound, parts] of PAIRED_COMPOUNDS) {
    if (!parts.includes(word)) continue;
    for (let i = text.indexOf(compound); i >= 0 && i <= at; i = text.indexOf(compound, i + 1)) if (at < i + compound.length) return true;
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
  // for 直补), and only in the figure's own clause (`near`); elsewhere only as the first characters
  // of two words in a row (国资: 国有资本).
  if (word.length < 2 || !/^\p{Script=Han}+$/u.test(word)) return false;
  // A name that ends in a change verb (经济增长, a name of GDP's) would take any clause's predicate
  // for its own: "数字经济核心产业增加值增长9%以上" holds 经济…增长.
  if (ENDS_IN_CHANGE_VERB.test(word)) return false;
  if (word.length === 2 && !near) return initialsOfTwoWords(word, text);
  const window = word.length === 2 ? 4 : word.length * 3;
  let starts: number[] | null = null;
  for (let start = text.indexOf(word[0]!); start >= 0; start = text.indexOf(word[0]!, start + 1)) {
    const [at, ok] = lastCharacterAt(word, text, start, window);
    if (ok && standsFor(word, text, start, at)) return true;
    // Two characters further apart are each the first of a word (疾控: 疾病预防控制).
    if (word.length === 2 && at >= 0 && at - start < WORD_INITIALS_WINDOW) {
      starts ??= [0, ...wordEnds(text)];
      if (starts.includes(start) && starts.includes(at)) return true;
    }
  }
  return abbreviatesList(word, text);
}

/** What parts the items of a list a word of initials abbreviates: "农业、林业、水利", "教育、科学、文化、卫生、体育". */
const LIST_SEPARATOR = /[、和及与]/;
/** The longest item of such a list, in characters (水利, 广播电视: the first item's start is counted back at most this far). */
const LIST_ITEM_MAX = 4;

/**
 * A word of items' first characters, in any order: 农林水利 for "农业、林业、水利等方面支出" (农|林|水利), 科教文卫 for
 * "教育、科学、文化、卫生等事业", 青壮年 for "青、壮年". Each part (one or two characters) opens a different item of one
 * run of items joined by 、 (or 和, 及, 与). Three characters or four: two (民生) would find "民族、生态".
 */
export function abbreviatesList(word: string, text: string): boolean {
  if (word.length < LIST_INITIALS_MIN || word.length > LIST_INITIALS_MAX || !/^\p{Script=Han}+$/u.test(word)) return false;
  // (Cheap refusals first: abbreviates() asks this of most words and texts it reads.)
  for (const c of word) if (!text.includes(c)) return false;
  const splits = word.length === 3 ? SPLITS_OF_THREE : SPLITS_OF_FOUR;
  for (const starts of runsOf(text)) {
    for (const sizes of splits) {
      const parts: string[] = [];
      let i = 0;
      for (const n of sizes) parts.push(word.slice(i, (i += n)));
      const used = new Set<number>();
      const opens = (part: string) => {
        const k = starts.findIndex((at, i) => !used.has(i) && at.some((a) => text.startsWith(part, a)));
        if (k < 0) return false;
        used.add(k);
        return true;
      };
      if (parts.every(opens)) return true;
    }
  }
  return false;
}

/** A word of a list's initials has three characters or four (two, 民生, would find "民族、生态"). */
const LIST_INITIALS_MIN = 3;
const LIST_INITIALS_MAX = 4;

/** How a word of three or four initials may split into its items' openings (each one or two characters). */
// biome-ignore format: one split a line would hide the two lists
const SPLITS_OF_THREE = [[1, 1, 1], [1, 2], [2, 1]];
// biome-ignore format: as above
const SPLITS_OF_FOUR = [[1, 1, 1, 1], [1, 1, 2], [2, 2], [1, 2, 1], [2, 1, 1]];

/** The list runs of texts read lately: a paragraph is asked of every word of a question, for every figure. */
const RUNS_KEPT = 2000;
const runsKept = new Map<string, number[][][]>();

function runsOf(text: string): number[][][] {
  let runs = runsKept.get(text);
  if (runs === undefined) {
    if (runsKept.size >= RUNS_KEPT) runsKept.clear();
    runsKept.set(text, (runs = listRuns(text)));
  }
  return runs;
}

/**
 * The runs of items joined by list separators in a text, each as its items' possible start offsets: the item before
 * each separator starts one to LIST_ITEM_MAX characters back (not past the separator before), the last one right
 * after the last separator. Separators more than an item apart begin another run.
 */
function listRuns(text: string): number[][][] {
  const runs: number[][][] = [];
  let run: number[][] = [];
  let last = -1;
  const closeRun = () => {
    if (last >= 0 && /\p{Script=Han}/u.test(text[last + 1] ?? "")) run.push([last + 1]);
    if (run.length > 1) runs.push(run);
    run = [];
  };
  for (let at = 0; at < text.length; at++) {
    if (!LIST_SEPARATOR.test(text[at]!)) continue;
    if (last >= 0 && at - last - 1 > LIST_ITEM_MAX) closeRun();
    const starts: number[] = [];
    for (let k = 1; k <= LIST_ITEM_MAX && at - k > last && /\p{Script=Han}/u.test(text[at - k]!); k++) starts.push(at - k);
    if (starts.length > 0) run.push(starts);
    last = at;
  }
  closeRun();
  return runs;
}

/**
 * Whether the word's characters, found in order from `start` to `at`, abbreviate what stands there: together, or with
 * other characters between but not inside a compound the word is a part of (牧…业 in 农林牧渔业), nor after a whole's other
 * name that a part follows (外贸…总额 in 外贸出口总额).
 */
function standsFor(word: string, text: string, start: number, at: number): boolean {
  return at - start + 1 === word.length || (!withinCompoundOf(word, text, start) && !partNamedBetween(word, text, start));
}

/**
 * Whether the word opens at `start` with a name of a paired whole, then the text names a part of it: 外贸总额 is no
 * abbreviation of "外贸出口总额", whose 外贸 names the exports (出口), not the trade (进出口).
 */
function partNamedBetween(word: string, text: string, start: number): boolean {
  for (let k = 2; k < word.length; k++) {
    const whole = word.slice(0, k);
    if (text.startsWith(whole, start) && partsOfWholeNamed(whole).some((part) => text.startsWith(part, start + k))) return true;
  }
  return false;
}

/**
 * Where the word's characters after its first stand in order after `start`: the last one's offset, and whether all
 * of them stand within `window` characters of the start.
 */
function lastCharacterAt(word: string, text: string, start: number, window: number): [number, boolean] {
  let at = start;
  for (const c of word.slice(1)) {
    at = text.indexOf(c, at + 1);
    if (at < 0 || at - start >= window) return [at, false];
  }
  return [at, true];
}

/**
 * The stretch of text a word of three characters or more abbreviates (新农合: "新型农村牧区合作医疗"'s 新型农村牧区合),
 * as [start, end), or null: what stands inside it is the name's, whatever it names alone (牧区).
 */
export function abbreviatedStretch(word: string, text: string): [number, number] | null {
  if (word.length < 3 || !/^\p{Script=Han}+$/u.test(word) || ENDS_IN_CHANGE_VERB.test(word)) return null;
  for (let start = text.indexOf(word[0]!); start >= 0; start = text.indexOf(word[0]!, start + 1)) {
    const [at, ok] = lastCharacterAt(word, text, start, word.length * 3);
    if (ok && standsFor(word, text, start, at)) return [start, at + 1];
  }
  return null;
}

/**
 * Whether a two-character word is the first characters of two words in a row (医疗 保险 for 医保),
 * or of the two halves of a four-character word (国有资本 for 国资).
 */
function initialsOfTwoWords(word: string, text: string): boolean {
  let ends: number[] | null = null;
  for (let start = text.indexOf(word[0]!); start >= 0; start = text.indexOf(word[0]!, start + 1)) {
    if (text[start + 2] !== word[1] && !text.startsWith(word[1]!, start + 3) && !text.startsWith(word[1]!, start + 4)) continue;
    ends ??= wordEnds(text);
    const at = ends.findIndex((end) => end > start);
    const wordStart = at <= 0 ? 0 : ends[at - 1]!;
    if (wordStart !== start) continue;
    const length = ends[at]! - start;
    if ((length === 4 && text[start + 2] === word[1]) || (length <= FIRST_WORD_MAX_CHARS && text[start + length] === word[1])) return true;
  }
  return false;
}
/** The longest first word a two-word abbreviation takes a character of (医疗 of 医疗保险). */
const FIRST_WORD_MAX_CHARS = 4;

/** How far apart a two-character abbreviation's characters may stand when each begins a word. */
const WORD_INITIALS_WINDOW = 7;

/** A share word in a clause that names no base of its own (比重 with no 占… or 在…中 before it). */
const BARE_SHARE = /^(?!.*(?:占|在.{1,16}中)).*(?:比重|占比)/;

/** Best place weight at which a term is found for this fact (0 when nowhere). */
/** Which budget, and whose: 一般公共预算, 政府性基金预算; 市级, 市本级 (word-classes.txt). */
const BUDGET_SCOPE_WORDS = new Set([...wordClass("budget-names"), ...wordClass("budget-own-levels")]);

function namesBudgetScope(term: QueryTerm): boolean {
  // (级 alone is what is left of 市级 or 省级 once the place before it is read: "苏州市级今年科技支出".)
  return term.alternatives.some((alt) => BUDGET_SCOPE_WORDS.has(alt) || alt === LEVEL_LEFT_BY_PLACE);
}
const LEVEL_LEFT_BY_PLACE = "级";

function termMatch(term: QueryTerm, places: Places, inherits: boolean, t: FactTexts, parentNamesSubject: boolean, fact: Fact): number {
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
  // A period (十二五) is when, not what: like a year, it holds for the whole paragraph.
  if (term.isPeriod && best > 0) best = 1;
  if (best === 0 && term.word.length >= 3) {
    // Partial: most of the word's bigrams in the clause (教育支出 against 教育经费支出).
    const clause = places.own.at(-1)![0];
    const grams = wordBigrams(term.word);
    const share = grams.filter((g) => clause.includes(g)).length / grams.length;
    if (share >= 0.5) best = PARTIAL_FACTOR * share;
  }
  return best;
}

/** A sentence opening with a budget's revenue or spending and its figure, no name of whose: "支出2103.8亿元，…". */
const OTHER_SIDE_OPENS = /^\s*(?:收入|支出)(?=\s*[\d约近])/;

/** A clause opening with 都, 均 or 也都: what it says holds for each subject before it. */
const ALL_OF_THEM = /^[\s，,]*(?:也都|都|均|皆)/;

/** The shortest name a rival is looked for (below it, 高速 vs 高速增长 is chance). */
const RIVAL_NAME_MIN = 4;
/**
 * Whether a clause names, as a word of its own, a rival of the term: a name as long as one of the term's,
 * with the same first half and another second (高速公路 for 高速铁路, 城镇职工 for 城镇居民), that the question does not ask.
 */
function namesRival(term: QueryTerm, clause: string, asked: readonly QueryTerm[]): boolean {
  const names = term.alternatives.filter((alt) => alt.length >= RIVAL_NAME_MIN);
  // (Nor when the clause holds the name abbreviated or with a word between: 经营…收入 in 经营预算收入.)
  if (names.length === 0 || names.some((alt) => clause.includes(alt) || abbreviates(alt, clause, true))) return false;
  for (const word of words(clause)) {
    // (A word the question asks too is no rival: 建设规模 beside 建设项目 in "总建设规模多大".)
    if (asked.some((other) => other.alternatives.includes(word))) continue;
    if (names.some((alt) => word.length === alt.length && word.startsWith(alt.slice(0, alt.length / 2)) && word !== alt)) return true;
  }
  return false;
}

/**
 * Whether a clause names, as a word of its own, another kind of what the term names: a name as long as the term as
 * typed, with another first half and the same second (养老保险 for 失业保险: "城镇居民社会养老保险试点，1334万人参保" is no
 * 失业保险参保人数), that the question does not ask. Not a paired compound holding the term's kind (城乡居民 holds 农村居民).
 */
function namesOtherKind(term: QueryTerm, clause: string, asked: readonly QueryTerm[]): boolean {
  // (The word as typed only: another name of it may share a half with a word of the clause by chance, 第三产业 with 第二产业.)
  const name = term.word;
  if (name.length < RIVAL_NAME_MIN || name.length % 2 !== 0) return false;
  if (term.alternatives.some((alt) => clause.includes(alt) || abbreviates(alt, clause, true))) return false;
  const half = name.length / 2;
  const [kindAsked, thing] = [name.slice(0, half), name.slice(half)];
  for (const word of words(clause)) {
    if (word.length !== name.length || word === name || !word.endsWith(thing)) continue;
    if (asked.some((other) => other.alternatives.includes(word))) continue;
    const kind = word.slice(0, half);
    // (A kind the question asks is a part of the whole asked: 税收收入 of "财政收入里税收有多少".)
    if (asked.some((other) => other.alternatives.includes(kind))) continue;
    // (Nor one sharing a character with the kind asked, as a paraphrase does: 居住面积 for 住房面积.)
    if ([...kind].some((c) => kindAsked.includes(c))) continue;
    const holds = PAIRED_COMPOUNDS.some(([compound, parts]) => kind === compound && parts.some((part) => partNames(part).includes(kindAsked)));
    if (!holds) return true;
  }
  return false;
}

/** The shortest word of a compound split over two clauses (粮食 + 产量). */
const SPLIT_WORD_MIN = 2;
/**
 * Whether a compound asked (粮食产量) stands with its last word in the figure's clause and its first in
 * the parent clause, one that states no figure of its own: it names the topic the figure's clause goes
 * on about ("粮食生产喜获丰收，"), where a clause with a figure speaks of that figure ("…其中高速公路2.8万公里；
 * 新增铁路营运里程6100公里" says nothing of 高速铁路).
 */
function splitOverParent(term: QueryTerm, places: Places): boolean {
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

/** The clause the figure's clause takes its subject from, or "". */
function parentClauseText(places: Places): string {
  return places.context.find(([, , kind]) => kind === "parent")?.[0] ?? "";
}

/** A clause from its subject on: less the signs and the time words it opens with (全年, 2023年). */
function subjectLead(clause: string): string {
  return clause.replace(/^[\s\p{P}]+/u, "").replace(CLAUSE_TIME_LEAD, "");
}

/** Time words a clause may open with before its subject: 全年, 2023年, 年末. */
const CLAUSE_TIME_LEAD = new RegExp(`^(?:${CLAUSE_TIME_WORDS}|(?:19|20)\\d\\d年)+`);

/** Whether a question word names the report's issuer ("万里街道", "商务委" of 普陀区商务委员会). */
export function namesIssuer(term: QueryTerm, issuer: string): boolean {
  return issuer !== "" && term.word.length >= 2 && term.alternatives.some((alt) => issuer.includes(alt) || abbreviates(alt, issuer, true));
}

/**
 * One asked word may be the asker's paraphrase (支援 for 对口); not two, not the head, and not
 * the rarest word of the question (生均 in 生均一般公共预算教育支出 is what makes it that metric).
 */
export function absenceTolerated(absent: Array<{ word: string; weight: number }>, head: QueryTerm | undefined, weights: readonly number[]): boolean {
  if (absent.length === 0) return true;
  return absent.length === 1 && absent[0]!.word !== head?.word && absent[0]!.weight < 0.8 * Math.max(...weights);
}

/** The word a count asked counts: the one after 多少个 ("多少个城市"), else the metric's head. */
function countedTerm(q: Question): QueryTerm | undefined {
  return (q.counted !== null ? q.terms.find((t) => t.word === q.counted) : undefined) ?? headTerm(q);
}

/** Whether a unit class counts things or people (个, 项, 人, 名): what a noun after it may name. */
export function isCountClass(unitClass: UnitClass): boolean {
  return unitClass === "count" || unitClass === "people";
}

/**
 * Whether the noun right after a count is the metric asked: true, false (another noun of two or
 * more characters: 三万多所农业中学), or null (no noun there, or no count). Asked by several
 * adjustments and refusals of one fact, so kept for the question it was asked for.
 */
export function countsHead(q: Question, fact: Fact, sentence: string): boolean | null {
  let byFact = countsHeadAsked.get(q);
  if (!byFact) countsHeadAsked.set(q, (byFact = new WeakMap()));
  if (!byFact.has(fact)) byFact.set(fact, readCountsHead(q, fact, sentence));
  return byFact.get(fact)!;
}

const countsHeadAsked = new WeakMap<Question, WeakMap<Fact, boolean | null>>();
/** People asked by their unit: 多少人, 几人. */
const PEOPLE_ASKED = new RegExp(String.raw`${HOW_MANY_WORD}个?人(?!次|均|民)`);
/** A noun of people: 人口, 农民, 教师, 学生 (word-classes.txt). */
const PEOPLE_NOUN = new RegExp(anyOf(["metric-heads-people", "person-endings"]));
/** Right after a noun, what makes its people: 中小学生 (of 中小学), 会员, 参与者. */
const PEOPLE_OF = /^[生员者]/;
/** The noun phrase after a count, to its clause's end: "国家乡村振兴重点帮扶县". */
const NAMED_PHRASE = /^[^，,；;。、：:\d（(]{0,14}/;

function readCountsHead(q: Question, fact: Fact, sentence: string): boolean | null {
  const head = countedTerm(q);
  // An amount of money, a rate or a length counts nothing: "总规模1000亿元的三大先导产业母基金" is the fund's size.
  if (!head || !isCountClass(fact.figure.unitClass)) return null;
  const counted = /^[^，,；;。、：:\d（(]{0,8}/.exec(countedAfter(fact.figure.unit, sentence.slice(fact.figure.end)))![0].replace(/^(的|多|余)/, "");
  // People asked of what they did ("十三五一共脱贫多少人"): a count of people who did it ("5575万农村贫困人口实现脱贫").
  if (q.counted === null && PEOPLE_ASKED.test(q.text) && PEOPLE_NOUN.test(counted)) return true;
  // By a name of two characters or more: 钢 of 钢产量 is in 一百五十万吨钢的钢铁联合企业 as in anything of steel;
  // or abbreviated (21个自由贸易试验区 for 自贸试验区).
  const named = head.alternatives.filter((alt) => [...alt].length >= 2);
  // Not the people of what is asked: "1亿多中小学生" counts pupils, not 中小学 (schools).
  if (named.some((alt) => counted.startsWith(alt) && PEOPLE_OF.test(counted.slice(alt.length)))) return false;
  if (named.length > 0 && (found({ ...head, alternatives: named }, counted.slice(0, 6)) || named.some((alt) => abbreviates(alt, counted, true)))) return true;
  // Or by a division's one character, right after the figure (25个省: not 2133个县), or closing a name the question
  // types whole ("160个国家乡村振兴重点帮扶县" for 国家乡村振兴重点帮扶县几个).
  if (head.alternatives.some((alt) => ONE_CHARACTER_COUNTED.has(alt) && counted.startsWith(alt))) return true;
  const phrase = NAMED_PHRASE.exec(countedAfter(fact.figure.unit, sentence.slice(fact.figure.end)))![0];
  const metric = q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isPeriod && !t.isFigure);
  if (head.alternatives.some((alt) => ONE_CHARACTER_COUNTED.has(alt) && phrase.endsWith(alt)) && metric.every((t) => found(t, phrase))) return true;
  return /^\p{Script=Han}{2}/u.test(counted) || ONE_CHARACTER_COUNTED.has(counted[0] ?? "") ? false : null;
}

/**
 * A count followed by another noun than the one asked, which the sentence names before it
 * ("人民公社还办了三万多所农业中学", "提高个人所得税起征点，设立6项专项附加扣除"): it counts that noun.
 */
export function countsAnotherNoun(q: Question, fact: Fact, sentence: string): boolean {
  return countsHead(q, fact, sentence) === false && found(countedTerm(q)!, sentence.slice(0, fact.figure.start));
}

/**
 * Whether the term closes the last item of the figure's list, after the figure's own item, with a name of two characters
 * or more before it: "二氧化硫、化学需氧量排放量分别下降3.5%、2.9%" prints 排放量 once for both items.
 */
function headSharedByList(term: QueryTerm, fact: Fact, sentence: string): boolean {
  const item = fact.listItem;
  if (!item || item.siblings.length === 0) return false;
  const last = item.siblings.reduce((a, b) => (b[0] > a[0] ? b : a));
  if (last[0] < item.own[0]) return false;
  // (A list of names joined by 、, not of clauses each with its own figure: "接待游客5300万人次，实现旅游总收入438亿元，分别
  // 增长44.6%、35.2%".)
  if (/[\d，,；;]/.test(sentence.slice(item.own[0], last[1]))) return false;
  const text = sentence.slice(last[0], last[1]);
  return term.alternatives.some((alt) => alt.length >= 2 && text.endsWith(alt) && text.length - alt.length >= 2);
}

/** A scope a clause opens with: "在全国的…少数民族人口中，", "在工业基本建设的投资里". */
// (Not 在校, "at school": "中等职业学校的在校生占高中阶段的56%以上" frames nothing; nor 在建, "under construction", nor the 里 of
// 里程: "在建里程达275公里", 深圳 2019.)
const SCOPE_FRAME = /在(?!校|建)[^，,；;。在]{1,24}?(?:当中|中|里(?!程))/g;

/**
 * Whether a share asked has its part inside the share's base ("一五计划基建投资里工业占比" against
 * "在五年内的工业基本建设的投资中，制造生产资料工业的投资占百分之八十八点八"): a share within the part asked.
 */
export function sharePartInBase(q: Question, before: string): boolean {
  const part = q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isShareBase && !t.isPeriod).at(-1);
  if (!part || !before.includes("在")) return false;
  return [...before.matchAll(SCOPE_FRAME)].some((m) => found(part, m[0]));
}

/** The base of a share a clause states (its words only): 全市固定资产投资 of "占全市固定资产投资比重". */
const SHARE_BASE_FRAME = /(?<=占)[^，,；;。占]{1,24}?(?=的?(?:比重|比例))/g;

/**
 * Whether the question's head is named before the figure only inside a scope (在…中) or a share's
 * base (占…比重: "产业投资…占全市固定资产投资比重为39.4%" is 产业投资's, not 固定资产投资's), not as
 * what is counted.
 */
export function headOnlyInScope(q: Question, before: string): boolean {
  // Of a change asked ("固投增速"), the metric changing: "…占固定资产投资比重分别提升7.4、2.8个百分点" is the shares'.
  const head = metricHeadOf(q);
  if (!head || !/[在占]/.test(before)) return false;
  const scopes = [...before.matchAll(SCOPE_FRAME), ...before.matchAll(SHARE_BASE_FRAME)].map((m) => m[0]);
  if (!scopes.some((scope) => found(head, scope))) return false;
  return !found(
    head,
    before.replace(SCOPE_FRAME, (m) => " ".repeat(m.length)).replace(SHARE_BASE_FRAME, (m) => " ".repeat(m.length)),
  );
}
