/**
 * Coverage: does the text that governs a figure name the asked metric? Each question word counts
 * by its rarity (termWeight) and by where it is found for the figure (PLACE_WEIGHTS): in its own
 * words most, in its clause, the sentence before it, the section heading, the paragraph less.
 * Coverage is the weighted share of the question's words found, 0…1.
 */
import type { QueryTerm, Question } from "../question/types.ts";
import { asksInclusion } from "../zh/text.ts";
import { INCREMENT } from "../zh/change-grammar.ts";
import { alternation, anyOf } from "../zh/word-classes.ts";
import type { Fact } from "./facts.ts";
import { PLACE_WEIGHTS, CHANGE_TERM, CHANGE_VERB, ENDS_IN_CHANGE_VERB, PRODUCT_NAMES, STANDARD_HEADS } from "./coverage/shared.ts";
import { metricTerms, headTerm, metricHeadOf, countedByDefault, sumOfRangeAsked, absenceTolerated } from "./coverage/terms.ts";
import { namedByUnit, isUnitWord } from "./coverage/units.ts";
import { isChangeTerm, sameDirectionVerbIn, asksRise } from "./coverage/change-words.ts";
import { namesOtherProduct, setsStandard } from "./coverage/products.ts";
import { listsPartsOfPrevious, type FactTexts, itemAsNamed, placesOf, trailingClause, sharedPredicate } from "./coverage/places.ts";
import { subjectOf, withoutTerms, subjectClause, namesSubject, isSubjectless, echoesSubject, subjectRemainder } from "./coverage/clause-subject.ts";
import { namedIn, namedOrAbbreviated, found } from "./coverage/naming.ts";
import { headSharedByList } from "./coverage/lists.ts";
import { namedContracted } from "./coverage/split-compounds.ts";
import { termMatch } from "./coverage/term-match.ts";
import { namesRival, namesOtherKind } from "./coverage/rivals.ts";
import { SHARE_BASE_IN_CLAUSE, shareBaseNotAsked } from "./coverage/share-base.ts";
import { namedOnlyBeyond, textsNamingFigure, namedAfterOwnWords } from "./coverage/named-beyond.ts";

// What other modules import from coverage.ts, from the module of the folder that holds it.
export { coverageWeights, termWeight, headTerm, metricHeadOf, countedByDefault, PER_TIME_WORDS, sumOfRangeAsked, absenceTolerated } from "./coverage/terms.ts";
export { namedByUnit, isQuantityNoun, isUnitWord } from "./coverage/units.ts";
export { isChangeTerm, sameDirectionVerbIn, asksRise } from "./coverage/change-words.ts";
export { mayPrintStandard } from "./coverage/products.ts";
export { listsPartsOfPrevious, type FactTexts } from "./coverage/places.ts";
export { namedIn, namedOrAbbreviated, found, namesAShare } from "./coverage/naming.ts";
export { abbreviates, abbreviatedStretch } from "./coverage/abbreviations.ts";
export { namedContracted } from "./coverage/split-compounds.ts";
export { namesIssuer, FIVE_YEARS } from "./coverage/term-match.ts";
export { isCountClass, countsHead, countsAnotherNoun } from "./coverage/counts.ts";
export { sharePartInBase, headOnlyInScope } from "./coverage/share-base.ts";

/** A fact whose metric coverage is below this does not answer the question. */
export const MIN_COVERAGE = 0.8;

/**
 * Whether a share of the metric's words covers it: at least MIN_COVERAGE, give or take the last bit of a
 * floating-point sum (weights adding to 0.7999999999999999 of their total cover four fifths of it).
 */
export function coversEnough(share: number): boolean {
  return share >= MIN_COVERAGE - 1e-9;
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

/** A clause's own ratio and its change verb before the figure: "地表水优良水质断面比例提高到". */
const OWN_RATIO_LEAD = /\p{Script=Han}{2,}(?:比例|比重|占比)(?:提高|上升|增加|增长|下降|降低|减少|提升)(?:到|至)?$/u;

export function coverageOf(q: Question, fact: Fact, t: FactTexts, weights: readonly number[]): Coverage {
  const parentClause = subjectClause(t.sentence, fact.parentClause);
  const places = placesOf(fact, parentClause, t, asksInclusion(q.text), metricHeadOf(q));
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
    const added = addedStated(term, ownClause) ? PLACE_WEIGHTS.clause : 0;
    const matched = Math.max(fact.figure.unitClass === "count" ? 0 : byUnit, nearest, added) || (byUnit || changeStated(term) ? PLACE_WEIGHTS.clause : 0);
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
 * A word that names a kind of thing (制造业, 研发, 增加值): not a verb (新建, 建设), a time (三年), a scope (国家) or a rate
 * per head (每人每年).
 */
const NAMES_A_KIND = new RegExp(
  `^(?!(?:${alternation("change-verbs", "increment-verbs", "build-verbs", "scope-words")})$)(?![^年]*年)(?![^每]*每)\\p{Script=Han}+$`,
  "u",
);

/** A clause opening with a part of a total: 其中, 含, 包括. */
const PART_LEAD = /^[\s，,；;]*(?:其中|含|包括)/;

/** An amount added by its verb, which states a rise: "人均每月新增110元" for 涨了多少 (ADDED_RIGHT_BEFORE: the verb right before it). */
export const ADDED_VERB = /新增|净增/;
/** 新增 asked as a word of its own, what any verb of adding names. */
const ADDED_ASKED = new RegExp(`^(?:${ADDED_VERB.source})$`);

/**
 * Whether 新增 asked is named by the figure's own clause with a verb of adding of its own (INCREMENT: 新登记, 新设…): "新登记市场主体8.8万个" (德州
 * 2021) is the 新增市场主体 asked.
 */
export function addedStated(term: QueryTerm, ownClause: string): boolean {
  return ADDED_ASKED.test(term.word) && INCREMENT.test(ownClause);
}
const ADDED_RIGHT_BEFORE = new RegExp(`(?:${ADDED_VERB.source})$`);

/** Words that ask for a change whichever way it went: 增长 (a fall is a growth below zero), 增速, 增幅. */
const ANY_CHANGE_ASKED = /^(?:增长|增速|增幅)$/;
/** A level reached by a change, right before it: 上升至, 提高到, 下降为. */
const LEVEL_REACHED_BY_CHANGE = new RegExp(`(?:${anyOf("change-verbs")})了?(?:到|至|为)$`);

/** A clause opening with 都, 均 or 也都: what it says holds for each subject before it. */
const ALL_OF_THEM = /^[\s，,]*(?:也都|都|均|皆)/;
