import type { Question } from "../question/types.ts";
import { extractFigures, type FigureSpan } from "../zh/figures.ts";
import { PAIRED_COMPOUNDS } from "../zh/paired-compounds.ts";
import { alternation, anyOf, METRIC_HEAD_AT_END } from "../zh/word-classes.ts";
import { clauseStartBefore, FUNDS_OBTAINED, isCountingMethod, isPeriodChange, isRanking, partStartBefore, withoutAnyAsides } from "../zh/text.ts";
import { toSearchForm } from "../zh/normalize.ts";
import { isDictionaryWord, wordEnds, words } from "../zh/segment.ts";
import { isSynonymTerm } from "../zh/synonyms.ts";
import { parseChineseYear } from "../zh/numerals.ts";
import { PLAN_NAME, plansNamed, planYears, PRINTED_PLAN_NAME } from "../zh/plan-periods.ts";
import { BASE_MARK_PRINTED, BASE_TIMES, LEVEL_MARK, MULTIPLE_OF, REACHES_BEFORE_FIGURE, SUMMED, YEAR_BEFORE_OPENING } from "../zh/change-grammar.ts";
import { CLAUSE_TIME_WORDS, openingSpan, spanNamed, YEAR_NUMBER, yearMentions, yearsNamed, YEARS_COUNTED, type YearMention } from "../zh/years.ts";
import { placeOfFigure, sentenceSubjects, type NamedPlace } from "./figure-place.ts";
import { lastBudgetLevel, type BudgetLevel } from "./budget-level.ts";
import type { FigureKind } from "./types.ts";
import type { Place } from "../zh/places.ts";

/**
 * A fact is one figure in its sentence, with what governs it: the clause around it (its metric),
 * the year it is about, whether it is an actual or a target, and its role (a level, the "before"
 * of 由X增加到Y, a change 比上年增加X, a share 占…的X%). The answer engine ranks facts, not paragraphs:
 * one sentence often holds five figures for five metrics and two years.
 */

export type FactRole = "level" | "before" | "change" | "share";
/** Where a fact's year was read: "report" when the report's date implies it (the start of a span it reviews). */
export type YearSource = "clause" | "sentence" | "paragraph" | "heading" | "report";

export interface Fact {
  figure: FigureSpan;
  /** Text governed by the figure alone: from the previous figure (or clause start) to the next. */
  segment: [number, number];
  /** The figure's clause (split on ，；：、 and before 其中/以及). */
  clause: [number, number];
  /** The clause before it, whose subject a clause without one inherits (其中-items too). */
  parentClause: [number, number] | null;
  /** An item of a 其中-list ("其中普通高中4项、义务教育46项"). */
  isItem: boolean;
  year: number | null;
  yearSource: YearSource | null;
  kind: FigureKind;
  role: FactRole;
  /** The figure speaks of several years: 五年累计, 过去五年, “十二五”时期. */
  multiYear: boolean;
  /**
   * A level a change started from or reached ("从45.3%上升到51.6%"): a point in time even in a span
   * of years, so it answers a question about one year as well as one about the span. "start" is
   * an old level dated by its span ("五年来…从54万亿元增加到82.7万亿元": 54万亿元 is 2012's).
   */
  spanPoint: "start" | "end" | null;
  /**
   * The years of the reviewed span a level reached ends, when the old level before it starts that span
   * ("过去五年…城乡居民医保人均财政补助标准从450元提高到610元": 5); else null. It answers "过去五年…提到多少".
   */
  spanYears: number | null;
  /**
   * "科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元": the list item this
   * figure belongs to, and its siblings (whose words are not this figure's).
   */
  listItem: {
    own: [number, number];
    siblings: Array<[number, number]>;
    part?: string;
    label?: string;
    /** For one part of a paired compound (城乡 → 城镇, 农村): that part, and the others. */
    pairPart?: { part: string; others: string[] };
  } | null;
  /** A table cell's row label (search form, its numbering dropped); absent for a sentence's figure. */
  rowLabel?: string;
  /** The place its sentence names for it (figure-place.ts); null: its report's place. */
  place: NamedPlace;
  /**
   * The budget level it is of (budget-level.ts): the nearest level word before it in its sentence,
   * else in its paragraph, else the one its section's heading names ("关于2019年市级政府性基金预算收入
   * 执行情况的说明").
   */
  budgetLevel: BudgetLevel | null;
}

/** A span of years a review speaks of: its changes run from the level of `from` to that of `to`. */
export interface SentenceSpan {
  from: number;
  to: number;
}

export interface SentenceContext {
  /** Year the report speaks from (今年). */
  reportYear: number | null;
  /** Year named by the nearest heading above the paragraph ("一、2018年工作回顾"), if any. */
  headingYear: number | null;
  /** Whether the nearest headings read as plans (总体要求, 任务, 部署) rather than a review. */
  headingIsPlan: boolean;
  /** A year that opened an earlier sentence of the paragraph ("2019年,全市…"). */
  paragraphYear: number | null;
  /** An earlier sentence opened with a span of years (五年来, "十四五"时期) and no year took over since. */
  paragraphSpan: boolean;
  /** That span is an earlier paragraph's, the one announcing this one ("过去五年极不寻常…。" then "——…"). */
  spanInherited: boolean;
  /** The span of years this sentence or an earlier one of its paragraph opened with (五年来, "十三五"时期), dated. */
  span: SentenceSpan | null;
  /**
   * The span the section's heading reviews ("一、过去五年政府工作的回顾"), dated: the years the levels of a change
   * with no year of their own run between ("城镇居民人均住房建筑面积由17.8平方米增加到近22平方米": 1997's, then 2002's).
   */
  headingSpan?: SentenceSpan | null;
  /**
   * This sentence or an earlier one opened with a review of past years (过去五年, 五年来) and no
   * year took over since: what it states was done, even under a heading that also announces plans
   * ("二、“十三五”时期发展成就和“十四五”时期主要目标任务").
   */
  paragraphReviews: boolean;
  /**
   * For reports given at the start of their year (government work reports are dated by year
   * alone): figures about this year or later can only be plans.
   */
  plansFromYear: number | null;
  /** Figures about this year or later can only be plans (year-rules.ts plansOnlyFrom). */
  plansOnlyFromYear: number | null;
  /** The sentence before this one (the previous paragraph's last when this one opens a paragraph). */
  leadIn: string;
  /** The report's place, to tell namesakes apart (普陀区 of 上海 or of 舟山). */
  reportPlace: Place | null;
  /** The report is a plan (a budget): a figure is a target unless its words say it was done. */
  planDocument: boolean;
  /** The budget level an earlier sentence of the paragraph names, else the nearest heading naming one (市级, 全市), if any. */
  contextBudgetLevel: BudgetLevel | null;
}

const CLAUSE_BREAK = /[，,；;：:、]|(?=其中)|(?=以及)/g;
/** Time words that may open the lead of a 分别 list without being one of its items. */
const LIST_LEAD_TIME = new RegExp(`${YEAR_NUMBER}年|${CLAUSE_TIME_WORDS}`, "g");
/** A scope word opening a list's first item ("全县存、贷款余额分别达到249亿元、108亿元"): the place's, not the item's. */
const LIST_LEAD_SCOPE = new RegExp(`^(?:${alternation("scope-words")})`);
/** 其中 opening a list's first item ("其中鄱阳湖、洞庭湖还湖面积分别达到…"): the breakdown's mark, not the item's. */
const LIST_LEAD_BREAKDOWN = /^其中[，,：:]?/;
const TARGET_MARK = new RegExp(`(?!${FUNDS_OBTAINED.source})${anyOf("target-marks", "target-mark-false-friends")}`);
/**
 * 将 before a 从/由 in its clause ("将小规模纳税人增值税起征点从3万元提高到15万元") marks what is
 * moved, as 把 does, not a time to come: in a review it was done, in a plan the plan says so.
 */
const DISPOSAL_JIANG = /将(?=[^，,；;。]*?(?:从|由))/g;
/**
 * A report's own opening, "现将2024年财政决算情况报告如下：": 将 brings forward what is reported, as 把
 * does; the figures after the colon are the account, not a plan.
 */
const REPORTED_AS_FOLLOWS = /将[^，,；;。]*?(?:报告|汇报|说明|通报|公布|介绍)如下/g;
/** Marks that in the review of a past year tell what was done ("决定将…作为新的国家扶贫标准", "安排…资金"). */
const REVIEW_NEUTRAL_MARKS = new RegExp(alternation("review-neutral-target-marks"), "g");
/** A sentence announcing the year's plans: "政府工作的总体要求是：…", "今年发展的主要预期目标是：…". */
const PLAN_LEAD_IN = /^[^，,。；;]{0,16}(?:总体要求|主要预期目标|主要目标|预期目标)(?:是|为)[：:]/;
/** An estimate: of a year to come a plan, of a year past what was done (see extractFacts). */
const ESTIMATE = /预计/;
/** Markers strong enough to govern a whole sentence ("预计全年…，其中…约1.5万亿元"). */
const SENTENCE_TARGET_MARK = new RegExp(anyOf("sentence-target-marks"));
/** Words that hold a mark after their first character (主要), blanked before marks are looked for. */
const TARGET_MARK_HOSTS = new RegExp(anyOf("target-mark-hosts"), "g");
/** Whether a text holds a target mark, not counting one inside a word that only hosts it (主要河流), nor a programme's name. */
function namesTarget(text: string): boolean {
  return TARGET_MARK.test(text.replace(TARGET_MARK_HOSTS, " ").replace(PROGRAMME_UNDERWAY, " "));
}
/**
 * Before a figure, it speaks of several years: 五年累计, 年均, "十二五"时期, or a run of years ("经济增长连续
 * 四年达到或略高于10%", "民生支出占比连续五年保持在80%左右"), the years counted back ("在过去四年中共增加了一千九百零五亿斤",
 * 近三年, 前三年), but for the base a year built on ("油料在
 * 连续三年大增产的基础上，又增长17%左右" is 1981's).
 */
const MULTI_YEAR = new RegExp(
  `(?<!${alternation("one-year-leads")})${anyOf("multi-year-marks", "multi-year-false-friends")}|连续(?:[两二三四五六七八九十]|\\d{1,2})(?:个)?年(?![^，,；;。]*基础上)|(?<![\\d〇零一二三四五六七八九十])${YEARS_COUNTED}(?:来|以来)|(?:近|最近|过去|前)${YEARS_COUNTED}|(?<![\\d〇零一二三四五六七八九])[两二三四五六七八九十]{1,2}年中(?![央国期])`,
);
const MULTI_YEAR_ALL = new RegExp(MULTI_YEAR.source, "g");
/** Whether a text says it speaks of several years (五年累计, 近三年, 连续四年). */
export function marksYears(text: string): boolean {
  return MULTI_YEAR.test(text);
}

/**
 * A sentence that opens by saying how a whole is broken down ("分产业看，…", "按常住地分，…",
 * "分城乡看：…") lists its parts: each of its figures is an item, not the whole.
 */
const BREAKDOWN_LEAD = /^(?:分|按)[^，,：:。]{1,8}(?:分|看|统计|划分)[，,：:]/;
/** A sentence that opens with 其中 ("其中：医院38710个，基层医疗卫生机构1040023个") is all parts of the one before. */
const ITEMS_SENTENCE = /^其中/;
/** "现已达到155个", "目前有…": a level as it stands when the report is written. */
const STANDS_NOW = /现已|现有|现在|目前|如今/;
/** "已达2.5亿", "已经超过…", "已经发展到十万个": so already when the report was written. */
const ALREADY = /已(?:经)?(?:达|超|突破|(?:发展|增加|增长|提高|上升)[到至])/;
/** …or a stock that stands ("已设21个自由贸易试验区", "已有…", "覆盖10.5亿人"): a level, not what the years did. */
const STOCK_STANDS = new RegExp(`${ALREADY.source}|已(?:经)?(?:设|建|有)|覆盖$`);

/**
 * A level reached ("增加到20.4万亿元", "突破40万亿元", "已设21个…"), unless summed over the years (累计达到):
 * a point in time, the span's last year.
 */
function reachedLevel(before: string, figure: FigureSpan): boolean {
  if (SUMMED.test(before)) return false;
  return REACHES_BEFORE_FIGURE.test(before) || STOCK_STANDS.test(before) || /突破|超过|逾/.test(figure.qualifier);
}
/** "我国有2.9亿在校学生": a state of things. */
const STATE_OF_THINGS = new RegExp(`${anyOf("state-of-things")}有$`);
const CHANGE_VERB = anyOf("change-verbs");
/** A change verb right before a figure, or before a run of figures it belongs to: 增长百分之五十九, 分别下降5.6%和4%. */
const RIGHT_AFTER_CHANGE_VERB = new RegExp(`${CHANGE_VERB}了?(?:[\\d.%％百分之零〇一二三四五六七八九十点个]+[、和及与])*$`);

/** An increment verb right before a figure ("新建1亿亩高标准农田", "改造和新建2.3万所乡镇卫生院"). */
const AFTER_INCREMENT_VERB = new RegExp(`(${anyOf("increment-verbs")})了?$`);
/** A change verb right before an amount: "扩大了一亿多亩". */
const AFTER_AMOUNT_CHANGE_VERB = new RegExp(`(${CHANGE_VERB})了?$`);

/** Whether a multiple is asked ("是97年的几倍") and the figure is one ("是1997年的2.3倍"): the comparison asked. */
export function multipleAsked(q: Question, fact: Fact): boolean {
  return fact.figure.unitClass === "times" && q.wantedClasses.includes("times");
}

/**
 * Whether the question names the increment verb the figure follows ("2022年计划新建高标准农田多少亩"
 * for "新建1亿亩高标准农田"): the increment is what it asks, though no change word asks it.
 */
export function incrementNamed(q: Question, sentence: string, fact: Fact): boolean {
  const before = sentence.slice(0, fact.figure.start);
  const verb = AFTER_INCREMENT_VERB.exec(before)?.[1];
  if (verb !== undefined) return q.terms.some((t) => !t.isPlace && t.word === verb);
  // "1956年扩大灌溉面积多少" against "而1956年就扩大了一亿多亩": a change verb asked as a word of the question, before
  // its metric, asks the amount added, as 新增 does.
  // (Not one after its metric: "全国职工增加到多少人了" asks the level reached.)
  const changeVerb = AFTER_AMOUNT_CHANGE_VERB.exec(before)?.[1];
  if (changeVerb === undefined || fact.figure.unitClass === "percent" || !q.terms.some((t) => !t.isPlace && t.word === changeVerb)) return false;
  const after = q.text.slice(q.text.indexOf(changeVerb) + changeVerb.length);
  return q.terms.some((t) => t.word !== changeVerb && !t.isPlace && t.alternatives.some((a) => after.startsWith(a)));
}

/** A percentage right after a change verb: the rate a quantity changed by (增长6.6%), not a level of its own (赤字率3%). */
export function isRateOfChange(sentence: string, fact: Fact): boolean {
  return fact.figure.unitClass === "percent" && RIGHT_AFTER_CHANGE_VERB.test(sentence.slice(0, fact.figure.start));
}

/** Before a multiple, the earlier level it is of: "是2007年的", "分别是上年的1.7倍和". */
const MULTIPLE_OF_EARLIER = /(?:是|为|為|等于|等於|相当于|相當於)[^，,；;。]{0,10}的\s*(?:[\d.]+倍[和、及])*$/;
/** What joins the parts of a ratio: a colon (half- or full-width) or the ratio sign (∶). A regex source. */
export const RATIO_COLON = "\\s*[:：∶]\\s*";
/** The sign between the parts of a composition ("1.7∶55.6∶42.7"). */
const RATIO_SIGN = new RegExp(RATIO_COLON);
/** A share named before its figure in the clause, whatever the verb between: 比重, 占比, 之比, and a share of GDP as an intensity (研发投入强度). */
const SHARE_WORD = new RegExp(`(?:比重|占比|之比|${alternation("intensity-of-output")})[^，,；;。]{0,16}$`);
/** "由10.2%下降到3.1%", "现行16%的税率降至13%": what joins an old level to the new one. */
const CHANGE_TO = `${anyOf(["change-verbs", "change-to-verbs"])}了?(到|至|为)`;
const OLD_LEVEL = new RegExp(`^[^，,；;。]{0,12}?${CHANGE_TO}|^[^，,；;。]{0,4}[，,]${CHANGE_TO}`);
/** "比上年增加…", "较2010年多…": a change against a base. */
const CHANGE_AGAINST_BASE = new RegExp(
  `(比|较)(上年同期|${BASE_TIMES}|年初|\\d{4}年|[^，,；;。]{0,6}年)[^，,；;。]{0,4}${anyOf(["change-verbs", "comparison-amounts"])}了?$`,
);
const YEAR_ON_YEAR = new RegExp(`同比${CHANGE_VERB}$`);
/** A change from one year to another within a sentence: 从2002年…到2007年, 由2007年的…提高到2012年. */
const FROM_TO_YEARS = new RegExp(`(?:从|由)(${YEAR_NUMBER})年[^。；;]*?(?:到|至)(${YEAR_NUMBER})年`);
/** A year a figure is compared with: 比2002年, 与2000年相比, 较2010年, 同1978年相比. */
const COMPARED_YEAR = new RegExp(`(?:比|较|与|同)(${YEAR_NUMBER})年`, "g");
const CHANGE_VERB_OR_NOTHING = new RegExp(`^${CHANGE_VERB}?$`);
const AFTER_CHANGE_VERB = new RegExp(`${anyOf(["change-verbs", "increment-verbs"])}了?$`);
const JUST_CHANGE_VERB = new RegExp(`^${CHANGE_VERB}了?$`);
/** A share's words before its figure: 占 and its base ("占国内生产总值比重", "占农村青、壮年总人数的"). */
const SHARE_OPENED = /占[^，,；;。]{0,30}$/;

/** Each figure of a sentence read with its clause, year, kind and role; `ordinal`: the ordinal asked, read as a figure too (zh/figures.ts). */
export function extractFacts(sentence: string, ctx: SentenceContext, ordinal: string | null = null): Fact[] {
  const figures = extractFigures(sentence, ordinal);
  if (figures.length === 0) return [];
  const clauses = clauseSpans(sentence);
  const years = yearMentions(sentence, ctx.reportYear);
  const subjects = sentenceSubjects(
    sentence,
    clauses.map(([s]) => s),
    ctx.reportPlace,
  );
  const facts: Fact[] = [];
  const sentenceSpan = fromToYears(sentence);
  figures.forEach((figure, i) => {
    const ci = clauses.findIndex(([s, e]) => figure.start >= s && figure.start < e);
    const clause = clauses[ci] ?? [0, sentence.length];
    const prevFigureEnd = figures[i - 1] && figures[i - 1]!.end > clause[0] ? figures[i - 1]!.end : clause[0];
    const nextFigureStart = figures[i + 1] && figures[i + 1]!.start < clause[1] ? figures[i + 1]!.start : clause[1];
    const previous = facts[i - 1];
    // "由X增加到Y": Y is governed by what governs X.
    const segmentStart = previous?.role === "before" && previous.clause[0] === clause[0] ? previous.segment[0] : prevFigureEnd;
    const segment: [number, number] = [segmentStart, nextFigureStart];
    const before = sentence.slice(clause[0], figure.start);
    // "今年…由去年的1076亿元增加到1562亿元": the year of the old level is not the new one's; a
    // year after the old level is, and so is a topic year before the whole phrase.
    const oldLevel = facts.filter((f) => f.role === "before").at(-1);
    // "五年来…从54万亿元增加到82.7万亿元": the level reached (a span's last year's, when in a span).
    const endsChange = previous?.role === "before" && previous.clause[0] === clause[0];
    const usableYears = oldLevel ? years.filter((y) => y.at > oldLevel.figure.start || (y.topic && y.at < oldLevel.segment[0])) : years;
    // "赶上了农业合作化以前富裕中农的平均收入水平（每人八十元）": a level of a time before an event is
    // an old level, as the first of 由A提高到B is.
    const plainRole = runRole(sentence, clauses, figures, i);
    const role = plainRole === "level" && EARLIER_TIME.test(before) ? "before" : plainRole;
    // "比2017年的312万吨增加了190万吨": the year after 比 is the base's, not the change's (2019's, said before); so is the
    // year a multiple is of ("等於一九四九年的十三點七倍": 1954's).
    const baseMark = figure.unitClass === "times" ? MULTIPLE_BASE_YEAR_MARK : plainRole === "change" ? BASE_YEAR_MARK : null;
    const own = figureYear(
      figure,
      clause,
      baseMark ? usableYears.filter((y) => !baseMark.test(sentence.slice(0, y.at))) : usableYears,
      ctx,
      THAT_YEAR.test(sentence.slice(clause[0], figure.start)),
    );
    // An old level in a review of a span, with no year of its own: the level the span started from.
    // The paragraph's span, else one the sentence counts ("四年中…城镇个体劳动者从十五万人增加到…" in a review of five
    // years, gwr-1983: 十五万人 is 1978's), else its heading's.
    const changeSpan = ctx.span ?? countedSpan(sentence.slice(0, figure.start), ctx) ?? ctx.headingSpan ?? null;
    const spanStart = role === "before" && changeSpan !== null && own.yearSource !== "clause" && own.yearSource !== "sentence";
    // "从2002年1288亿元增加到2007年的3664亿元，占国内生产总值比重从1.07%提高到1.49%": a change with no
    // year of its own in a sentence that spans years runs over the same years.
    const spanned = sentenceSpan && own.yearSource !== "clause" ? (role === "before" ? sentenceSpan.from : endsChange ? sentenceSpan.to : null) : null;
    // "“六五”期间，城镇住宅竣工面积达六亿三千多万平方米" (1986): a figure of no year in the review
    // of a span that ended before the report's plans begin is the span's, up to its last year.
    const reviewedSpan = own.year === null && ctx.span !== null && ctx.plansFromYear !== null && ctx.span.to < ctx.plansFromYear;
    // "从2005年开始…。中央财政五年累计补助…3295亿元": a figure counting its own years runs to the last
    // year the report reviews, not to a year an earlier sentence made the topic.
    // (Under a plan's heading the years counted are the plan's: "《纲要》提出“十五五”时期…主要指标…其中城镇新增就业人数五年
    // 累计达到66万人", 大连 2026.)
    const countsOwnYears = (own.yearSource === "paragraph" || own.yearSource === "heading") && !ctx.headingIsPlan && spanNamed(before) !== null;
    const lastReviewed = lastReviewedYear(ctx);
    // "1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元": a clause that is only the level the
    // change before it reaches has no subject, year or plan word of its own; it goes on with that change.
    const reachedByChange =
      previous?.role === "change" && previous.clause[1] <= clause[0] && own.yearSource !== "clause" && LEVEL_REACHED_ALONE.test(before.trim());
    // "“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦": a plan period opening the sentence (or the
    // part of it since a semicolon), or a lead-in naming one before its colon, dates the figures of no year of their
    // own by its last year, not the report's.
    const period =
      own.yearSource === "clause"
        ? null
        : (planPeriodOpening(sentence.slice(0, figure.start)) ??
          planYearsOpening(PLAN_PERIOD_OPENING_CLAUSE, sentence.slice(clause[0], figure.start)) ??
          planOfColonLead(sentence.slice(0, figure.start), ctx.reportYear));
    // "预计2006年实现生产总值2590亿元，比上年增长14.8%": a clause that is only the change of the amount before it, against
    // the year before, is of that amount's year (not of a rate's: "在1979到1983年平均每年递增7.9%的基础上，比上年增长14.2%").
    const changeOfLevel =
      previous?.role === "level" &&
      previous.figure.unitClass !== "percent" &&
      previous.yearSource === "clause" &&
      previous.clause[1] <= clause[0] &&
      own.yearSource !== "clause" &&
      CHANGE_OF_LEVEL_BEFORE.test(before);
    // "在一九五七年达到了一千三百八十七亿四千万元，比一九五二年的八百二十七亿一千万元增长百分之六十八" (gwr-1959): a change
    // against a base year's level, after a level of a later year named, is of that later year (over the years since).
    const prior = facts[i - 2];
    const changeSinceBase =
      plainRole === "change" &&
      own.yearSource !== "clause" &&
      previous?.role === "level" &&
      previous.clause[0] === clause[0] &&
      previous.year !== null &&
      prior?.role === "level" &&
      prior.yearSource === "clause" &&
      prior.year !== null &&
      prior.year > previous.year &&
      BASE_YEAR_BEFORE.test(before);
    const read =
      reachedByChange || changeOfLevel
        ? { year: previous.year, yearSource: previous.yearSource }
        : changeSinceBase
          ? { year: prior.year, yearSource: "sentence" as const }
          : period !== null
            ? { year: period[1], yearSource: "sentence" as const }
            : spanStart
              ? { year: changeSpan!.from, yearSource: "report" as const }
              : countsOwnYears && lastReviewed !== null
                ? { year: lastReviewed, yearSource: "report" as const }
                : spanned !== null
                  ? { year: spanned, yearSource: "sentence" as const }
                  : reviewedSpan
                    ? { year: ctx.span!.to, yearSource: "paragraph" as const }
                    : (changeAfterPlanYear(before, plainRole, own, ctx) ?? own);
    // "由上年的百分之五十八点六回落到百分之二十七点八" (1995, of 1994): the old level of 上年 is the year before's.
    const ofYearBefore = role === "before" && read.year !== null && read.yearSource !== "clause" && YEAR_BEFORE_LEVEL.test(before.replace(RUN_BEFORE, ""));
    // "2002年，全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%" (gwr-2003): an old
    // level of no year of its own, after the sentence compared its year with an earlier one, is that earlier year's.
    const baseYear = role === "before" && !ofYearBefore && read.year !== null && read.yearSource !== "clause" ? comparedYearBefore(sentence, figure) : null;
    const { year, yearSource } = ofYearBefore
      ? { year: read.year! - 1, yearSource: "clause" as const }
      : baseYear !== null && baseYear < read.year!
        ? { year: baseYear, yearSource: "clause" as const }
        : read;
    // A report given at the start of its year speaks of that year only in plans, and of
    // earlier years (and of old levels, "由X增加到Y") only in facts.
    const kindOf = () => {
      // An old level is what was, unless it was what a plan first set: "由原定平均每年百分之六调高到百分之八至九".
      if (role === "before") return FIRST_SET.test(before) ? ("target" as const) : ("actual" as const);
      if (reachedByChange) return previous.kind;
      // "我国有2.9亿在校学生", "我国60岁以上人口已达2.5亿": a state of things, whatever section it stands in.
      // (The threshold printed with the figure is read with it: "已经超过2万亿元", gwr-2013.)
      if (STATE_OF_THINGS.test(before) || ALREADY.test(sentence.slice(clause[0], figure.start) + figure.qualifier)) return "actual" as const;
      // "2018年…年初预算合计127.4亿元，执行中调整为129.2亿元，实际完成139.3亿元": what was budgeted, and
      // the budget as adjusted, are plans of any year (预算 in a metric's name, 一般公共预算收入, is no mark).
      // "比预算多收2000亿元", "超过年度计划百分之四点一": by how much the plan was passed is what was done.
      if (PLAN_PASSED_BY.test(sentence.slice(clause[0], figure.start))) return "actual" as const;
      if (BUDGETED.test(sentence.slice(clause[0], figure.start))) return "target" as const;
      // "收入完成153.9亿元，为预算数的103.6%": how much of the plan was done is what was done.
      if (SHARE_OF_PLAN.test(sentence.slice(clause[0], figure.start))) return "actual" as const;
      if (ctx.plansOnlyFromYear !== null && year !== null && year >= ctx.plansOnlyFromYear) return "target" as const;
      if (ctx.plansFromYear !== null && year !== null) {
        if (year >= ctx.plansFromYear) return "target" as const;
        if (yearSource === "clause") return "actual" as const;
      }
      // A section reviewing a past year ("一、2025年工作回顾") states what was done: only the
      // figure's own words can make it a plan there (实施…支持计划 elsewhere in the sentence cannot),
      // unless the sentence speaks of a year to come ("根据1980年计划，…").
      // So does a plan period over before the report's plans begin opening the sentence ("第一个五年计划期间，…投资总额共为
      // 四百九十三亿元", the report of 1959).
      const reviewed =
        ctx.plansFromYear !== null &&
        year !== null &&
        (yearSource === "heading" || yearSource === "paragraph" || (period !== null && period[1] < ctx.plansFromYear)) &&
        !yearsNamed(sentence.slice(0, figure.start), ctx.reportYear).some((y) => y >= ctx.plansFromYear!) &&
        // …nor of a plan period to come ("确定了“十三五”经济社会发展的主要预期目标:地区生产总值年均增长7.5%", in December 2015).
        !plansNamed(sentence.slice(0, figure.start)).some(([from]) => from >= ctx.plansFromYear!);
      const kind = figureKind(sentence, clause, figure, ctx, yearSource, reviewed);
      // "根据预计，一九五七年…粮食…达到三千七百亿斤" (the 1958 report): an estimate of a year already
      // past is what was done, as far as it was known; only another mark can make it a plan.
      const past = ctx.plansFromYear !== null && year !== null && year < ctx.plansFromYear;
      if (kind === "target" && past && ESTIMATE.test(sentence)) return figureKind(sentence.replaceAll("预计", "  "), clause, figure, ctx, yearSource, reviewed);
      return kind;
    };
    facts.push({
      figure,
      segment,
      clause,
      parentClause: parentOf(sentence, clauses, ci),
      isItem:
        listHead(sentence, clauses, ci) !== null ||
        // A clause going on about an item is that item's ("…其中地方级财政收入从273亿元增加到700亿元，年均增长20.7%").
        (ci > 0 && GOES_ON_ABOUT_ITEM.test(sentence.slice(...clauses[ci]!).trim()) && listHead(sentence, clauses, ci - 1) !== null) ||
        BREAKDOWN_LEAD.test(sentence) ||
        ITEMS_SENTENCE.test(sentence) ||
        breaksDownFigure(sentence, figures, figure),
      year,
      yearSource,
      kind: kindOf(),
      role,
      // Several years by a mark or the paragraph's span, unless a year in the figure's own clause makes
      // it that year's ("五年间，…1992年达到1656亿美元"); or a change against a year further back.
      // A level said to stand now ("五年来，…建交的国家总数现已达到155个") is the span's last year's.
      // A concentration is an annual mean ("细颗粒物年均浓度控制在29微克/立方米左右"): 年均 of it spans no years.
      multiYear:
        (figure.unitClass !== "concentration" &&
          yearSource !== "clause" &&
          !STANDS_NOW.test(before) &&
          (spanMarked(sentence, clauses, clause, figure, figures[0]!) ||
            // "从一九七四年到一九七六年，…损失工业总产值一千亿元，钢产量二千八百万吨": a sentence opening with its years
            // speaks of all of them, but for the levels a change runs between ("…由五百九十八所增加到七百一十五所").
            (openingSpan(sentence) !== null && role !== "before" && !endsChange) ||
            (ctx.paragraphSpan &&
              (yearSource === null || yearSource === "heading" || reviewedSpan) &&
              // A level reached, in a paragraph an earlier one's span governs, is the span's last year's
              // ("——经济发展再上新台阶。…财政收入增加到20.4万亿元"): only what the years did is theirs.
              !(ctx.spanInherited && reachedLevel(before, figure))))) ||
        againstEarlierYear(sentence, figure, year),
      spanPoint: endsChange ? "end" : spanStart ? "start" : null,
      spanYears: endsChange && previous!.spanPoint === "start" && changeSpan !== null ? changeSpan.to - changeSpan.from : null,
      listItem: null,
      place: placeOfFigure(subjects, sentence, figure.start, segment[0]),
      budgetLevel: lastBudgetLevel(sentence.slice(0, figure.start)) ?? ctx.contextBudgetLevel,
    });
  });
  restateFigures(sentence, facts);
  assignRespectively(sentence, facts);
  separateListItems(sentence, facts);
  separateLabelledRun(sentence, facts);
  readSectorShares(sentence, facts);
  return facts;
}

/** The longest label of a later item in a run of labelled figures ("、水泥2.3亿吨"): a noun, not a clause. */
const RUN_LABEL_MAX = 8;

/** A statement of the three sectors' structure: "三次产业结构为35.7:20.1:44.2", "三次产业比例调整为…". */
const SECTOR_STRUCTURE = /三次产业(?:结构|比例|之比|比重)/;
const RATIO_JOINT = new RegExp(`^${RATIO_COLON}$`);
/** The three sectors, in the order a structure prints their shares. */
const SECTORS = ["第一产业", "第二产业", "第三产业"] as const;

/**
 * "三次产业结构为41.3：13.5：45.2", "由2024年的9.9∶40.6∶49.5调整为8.8∶38.8∶52.4": each part of the ratio is
 * its sector's share of the economy (in percent), in order: 41.3 answers 一产占GDP比重.
 */
function readSectorShares(sentence: string, facts: Fact[]): void {
  const mark = SECTOR_STRUCTURE.exec(sentence);
  if (!mark) return;
  for (let i = 0; i + 2 < facts.length; i++) {
    const run = facts.slice(i, i + 3);
    if (run[0]!.figure.start < mark.index + mark[0].length || run.some((f) => f.figure.unit !== "")) continue;
    const joined = (a: Fact, b: Fact) => RATIO_JOINT.test(sentence.slice(a.figure.end, b.figure.start));
    if (!joined(run[0]!, run[1]!) || !joined(run[1]!, run[2]!)) continue;
    run.forEach((f, k) => {
      f.role = "share";
      // A percentage as printed, bare: "35.7" is what the report says.
      f.figure = { ...f.figure, unitClass: "percent" };
      f.listItem = {
        own: [f.figure.start, f.figure.end],
        siblings: run.filter((g) => g !== f).map((g): [number, number] => [g.figure.start, g.figure.end]),
        part: toSearchForm(`${SECTORS[k]}增加值占地区生产总值比重`),
        label: SECTORS[k],
      };
    });
    i += 2;
  }
}

/**
 * A run of labelled figures joined by 、 ("淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨、平板玻璃7600多万重量箱、
 * 电解铝100多万吨"): each later item's label names its own figure, not the others'. The first item's
 * clause also holds what all share (淘汰落后…产能), so its words stay every item's context.
 */
function separateLabelledRun(sentence: string, facts: Fact[]): void {
  const free = facts.filter((f) => !f.listItem && !f.isItem);
  let run: Fact[] = [];
  const close = () => {
    if (run.length >= 3) {
      const later = run.slice(1).map((f): [number, number] => [f.clause[0], f.figure.start]);
      // The first item's label, when the later ones share a tail it ends in ("提出了钢产量一千八百万吨、煤产量…、粮食产量…":
      // 钢产量, as long as the shortest of theirs), is a sibling of the later ones; the words before it lead the whole run.
      const first = firstItemLabel(sentence, run[0]!, later);
      // "钢铁2700万吨、水泥4200万吨、平板玻璃3500万标准箱等落后产能": what 等 names is every item's.
      const last = run.at(-1)!;
      // (After a measure the unit list lacks: "3500万标准箱等落后产能".)
      // So is what 的 names after the last ("…、棉花产量一亿担的四项指标": 指标 is every item's).
      const kind = RUN_KIND.exec(sentence.slice(last.figure.end, last.clause[1]))?.[1] ?? "";
      run.forEach((f, i) => {
        const own: [number, number] = [f.clause[0], f.figure.start];
        const siblings = later.filter((_, k) => k !== i - 1);
        if (i > 0 && first) siblings.push(first);
        f.listItem = { own, siblings, ...(kind ? { part: `${sentence.slice(...own)} ${kind}` } : {}) };
      });
    }
    run = [];
  };
  for (const f of free) {
    // The figure ends its clause, but for a measure its unit list lacks ("7600多万重量箱").
    const endsClause = /^\p{Script=Han}{0,3}$/u.test(sentence.slice(f.figure.end, f.clause[1])) && sentence[f.clause[1]] === "、";
    const previous = run.at(-1);
    const joined = previous !== undefined && previous.clause[1] + 1 === f.clause[0];
    const label = sentence.slice(f.clause[0], f.figure.start);
    const labelled = label.length >= 1 && label.length <= RUN_LABEL_MAX && /^\p{Script=Han}+$/u.test(label);
    if (joined && labelled) {
      run.push(f);
      if (sentence[f.clause[1]] !== "、") close();
    } else {
      close();
      if (endsClause) run = [f];
    }
  }
  close();
}

/** After a run's last figure, what every item of it is: "…3500万标准箱等落后产能", "…一亿担的四项指标". Group 1. */
const RUN_KIND = /^\p{Script=Han}{0,3}?(?:等|的(?:[一二三四五六七八九十两\d]+[项个类种大])?)(\p{Script=Han}.*?)[。；;]?$/u;

/** The span of a run's first label, ending at its figure, when the later labels share a tail it ends in too; else null. */
function firstItemLabel(sentence: string, first: Fact, later: ReadonlyArray<[number, number]>): [number, number] | null {
  const labels = later.map(([a, b]) => sentence.slice(a, b));
  const shortest = Math.min(...labels.map((l) => l.length));
  const lead = sentence.slice(first.clause[0], first.figure.start);
  let tail = 0;
  while (tail < shortest - 1 && labels.every((l) => l.at(-tail - 1) === lead.at(-tail - 1))) tail++;
  if (tail === 0 || lead.length <= shortest) return null;
  return [first.figure.start - shortest, first.figure.start];
}

/**
 * The items of a 其中-list are distinct parts ("其中：教师4616人次、校(园)长169人次、线上培训19553人次"):
 * a word in one item's label is not another item's metric.
 */
function separateListItems(sentence: string, facts: Fact[]): void {
  const items = facts.filter((f) => f.isItem && !f.listItem);
  // The figures of one clause are one item ("其中高速公路由4771公里增加到2.52万公里"), and so is a
  // clause that goes on about the item before it ("非税收入30.5亿元，为调整预算的116.7%，同比增长42%"):
  // its siblings are the other items' clauses.
  const itemOf = new Map<Fact, number>();
  let item = -1;
  let clauseStart = -1;
  for (const f of items) {
    if (f.clause[0] !== clauseStart && !(item >= 0 && GOES_ON_ABOUT_ITEM.test(sentence.slice(f.clause[0], f.figure.start)))) item++;
    clauseStart = f.clause[0];
    itemOf.set(f, item);
  }
  if (item < 1) return;
  const label = (f: Fact): [number, number] => [f.segment[0], f.figure.start];
  items.forEach((f) => {
    f.listItem = { own: label(f), siblings: items.filter((g) => itemOf.get(g) !== itemOf.get(f)).map(label) };
  });
}

/** Between a run of figures and 分别 pairing the next run with the same items: a comma, after a word closing the run (大关) and before a time (预计2011年). */
const RUN_THEN_RESPECTIVELY = /^[^，,；;。\d]{0,4}[，,][^，,；;。\d]{0,6}$/;
const YEAR_WORD = /\d{4}年/g;

/**
 * Pair the figures of a run with the items of the list before it, in order: after 分别 ("科技、
 * 教育…的支出分别为774亿元、536亿元…"), or a run of figures with no verb of their own right after a
 * list ("城镇和农村人均住房面积32.9平方米、37.1平方米"): read so by anyone, and otherwise the second
 * figure would have the first item's words.
 */
function assignRespectively(sentence: string, facts: Fact[]): void {
  for (const m of sentence.matchAll(/分别/g)) {
    const at = m.index ?? 0;
    const figures = figureRun(
      sentence,
      facts.filter((f) => f.figure.start > at),
    );
    // Paired already with the run before ("分别达到42469元和26000元，分别同比增长5.8%和6.8%": pairNextRun).
    if (figures.length < 2 || figures.every((f) => f.listItem)) continue;
    // "分别再提高30元和5元": the figures after the first share its verb, and so its role.
    for (const f of figures) f.role = figures[0]!.role;
    // "城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米": right after a list's as many
    // figures, with nothing named between, the run goes with the same items.
    const listed = facts.filter((f) => f.figure.end <= at).slice(-figures.length);
    // (Past the words closing that run and a time: "…400亿元和100亿元大关，预计2011年分别达到1410亿元、…".)
    const listedRun =
      listed.length === figures.length &&
      RUN_THEN_RESPECTIVELY.test(sentence.slice(listed.at(-1)!.figure.end, at).replace(YEAR_WORD, "")) &&
      figureRun(sentence, listed).length === listed.length;
    if (listedRun && !listed.some((f) => f.listItem) && LIST_JOINT.test(sentence.slice(listed[0]!.figure.end, listed[1]!.figure.start)))
      pairWithList(sentence, listed[0]!.figure.start, listed, false);
    if (listedRun && listed.every((f) => f.listItem)) {
      figures.forEach((f, i) => {
        const { own, siblings, part, label } = listed[i]!.listItem!;
        f.listItem = { own, siblings, ...(part ? { part } : {}), ...(label ? { label } : {}) };
      });
      continue;
    }
    pairWithList(sentence, at, figures, true);
    // "二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个重点城市…": a figure after a comma may open the
    // next clause; the run up to the comma is paired when the whole run is not.
    const beforeComma = figures.findIndex((f, i) => i > 0 && /[，,]/.test(sentence.slice(figures[i - 1]!.figure.end, f.figure.start)));
    if (!figures[0]!.listItem && beforeComma >= 2) pairWithList(sentence, at, figures.slice(0, beforeComma), true);
    if (!figures[0]!.listItem) pairWithLabelledClauses(sentence, at, facts, figures);
    if (figures[0]!.listItem) pairNextRun(sentence, facts, figures);
    // The old levels the run rose from go with the same items: "城乡居民人均可支配收入分别由17979元和4931元增加到27763元
    // 和8076元" (4931元 is 农村's).
    const olds = facts.filter((f) => f.role === "before" && f.figure.start > at && f.figure.start < figures[0]!.figure.start);
    if (olds.length === figures.length && figures.every((f) => f.listItem) && !olds.some((f) => f.listItem)) {
      olds.forEach((f, i) => {
        f.listItem = { ...figures[i]!.listItem! };
      });
    }
  }
  // "城镇居民人均可支配收入17175元、农村居民人均纯收入5153元，实际增长9.8%和8.5%": a run whose clause says
  // nothing but its change, after as many labelled figures, goes with their labels as if 分别 were said.
  for (let i = 0; i < facts.length; i++) {
    const figures = figureRun(sentence, facts.slice(i));
    if (figures.length < 2 || figures.some((f) => f.listItem)) continue;
    const clauseStart = figures[0]!.clause[0];
    if (CHANGE_ALONE.test(sentence.slice(clauseStart, figures[0]!.figure.start))) pairWithLabelledClauses(sentence, clauseStart, facts, figures);
    i += figures.length - 1;
  }
  for (let i = 0; i < facts.length; i++) {
    const figures = figureRun(sentence, facts.slice(i));
    // Joined without a comma ("32.9平方米、37.1平方米", "725元/月、6084元/年"), and not paired already. Not a run of two
    // kinds of quantity after verbs joined: "新建和回购保障房9128套、64.1万平方米" counts the homes and measures them, both
    // of the two ways obtained (while "粮食播种面积、产量稳定在35万亩、15万吨左右" pairs its measures).
    const joined = figures.length >= 2 && LIST_JOINT.test(sentence.slice(figures[0]!.figure.end, figures[1]!.figure.start));
    if (!joined || figures.some((f) => f.listItem)) continue;
    const kinds = new Set(figures.map((f) => f.figure.unitClass)).size;
    if (kinds > 1 && VERBS_JOINED.test(sentence.slice(figures[0]!.clause[0], figures[0]!.figure.start))) continue;
    pairWithList(sentence, figures[0]!.figure.start, figures, false);
    i += figures.length - 1;
  }
}

/**
 * "城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%": 分别
 * after as many clauses of a label and a figure each (and a counting method) pairs with their labels.
 */
function pairWithLabelledClauses(sentence: string, at: number, facts: Fact[], figures: Fact[]): void {
  const before = facts.filter((f) => f.figure.end <= at);
  const labelled = before.slice(-figures.length);
  if (labelled.length !== figures.length || new Set(labelled.map((f) => f.clause[0])).size !== labelled.length) return;
  // Between the last of them and 分别: nothing but a counting method (扣除价格因素) and commas.
  const between = sentence
    .slice(labelled.at(-1)!.clause[1], at)
    .split(/[，,]/)
    .filter((c) => c.trim() !== "");
  if (!between.every(isCountingMethod)) return;
  const labels = labelled.map((f): [number, number] => [f.clause[0], f.figure.start]);
  // Each clause joins the next by a comma (or 、), and each label names something (not 比上年增长…).
  if (labels.some(([a, b], i) => b - a < 2 || (i > 0 && !/[，,、]/.test(sentence[a - 1] ?? "")) || GOES_ON_ABOUT_ITEM.test(sentence.slice(a, b)))) return;
  figures.forEach((f, i) => {
    f.listItem = { own: labels[i]!, siblings: labels.filter((_, k) => k !== i) };
  });
}

/**
 * "…和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％": a run of as
 * many figures in the next clause, with no list of its own, goes with the same items.
 */
function pairNextRun(sentence: string, facts: Fact[], paired: Fact[]): void {
  const end = paired.at(-1)!.figure.end;
  const next = figureRun(
    sentence,
    facts.filter((f) => f.figure.start > end),
  );
  if (next.length !== paired.length || next.some((f) => f.listItem)) return;
  const lead = sentence.slice(end, next[0]!.figure.start);
  if (!/^[，,]/.test(lead) || /[、和及与；;。]/.test(lead) || sentence.slice(next[0]!.figure.end, next[1]!.figure.start).length > 1) return;
  // (A run whose lead names a paired compound of its own is that compound's: "城乡最低生活保障标准分别提高11%和17%，城乡居民人均
  // 可支配收入达到43714元和21125元" (浙江 2016) gives 21125元 to 农村居民, not to 农村's 低保.)
  if (PAIRED_COMPOUNDS.some(([compound]) => lead.includes(compound))) return;
  next.forEach((f, i) => {
    const { own, siblings, part } = paired[i]!.listItem!;
    f.listItem = { own, siblings, ...(part ? { part } : {}) };
    // "…，比上年增长29.2%、39.4%、65.4%和23.9%": the figures after the first share its verb, and so its role and clause.
    f.role = next[0]!.role;
    if (i > 0) {
      f.clause = [next[0]!.clause[0], f.clause[1]];
      f.parentClause = next[0]!.parentClause;
    }
  });
}

/** Right before a year, what marks it as a comparison's base (change-grammar.ts). */
const BASE_YEAR_MARK = new RegExp(`${BASE_MARK_PRINTED}\\s*$`);
/** …and the year a multiple is of: "等於一九四九年的十三點七倍", "是2010年的2.2倍". */
const MULTIPLE_BASE_YEAR_MARK = new RegExp(`(?:${BASE_MARK_PRINTED}|${MULTIPLE_OF}|达到|達到)\\s*$`);

/**
 * An old level said to be the year before's, right before it: "由上年的", "从去年的"; or the year before's change
 * ("工业企业利润由上年下降2.3%转为增长8.5%").
 */
const YEAR_BEFORE_LEVEL = new RegExp(`(?:上年|去年|上一年)的?\\s*(?:分别)?\\s*(?:${CHANGE_VERB})?\\s*$`);
/** Right before an old level, the plan it was first set in: 原定, 原计划, 原规划. */
const FIRST_SET = /原(?:定|计划|规划)[^，,；;。\d]{0,8}$/;
/** The figures of a run before a figure, each with its joiner: "5.6%和" of "分别增长5.6%和13.1%". */
const RUN_BEFORE = /(?:[\d.,]+(?:%|‰)?\s*[和、及])+$/;
/** A clause opening with verbs of obtaining joined ("新建和回购保障房", "新建、改造…"): their object is one thing. */
const VERBS_JOINED = new RegExp(
  `^\\s*${anyOf(["increment-verbs", "build-verbs", "obtain-verbs"])}[和、及与]${anyOf(["increment-verbs", "build-verbs", "obtain-verbs"])}`,
);
/**
 * What joins the last two figures of one run: 和, 及. (Not 、 alone: "市本级、中宁县债务率分别由2021年的191%、199%降至…"
 * would pair the names' list with the old levels, which the list reading does not yet keep apart from the metric.)
 */
const RUN_JOINER = /^\s*[和及]\s*$/;
/** 和, 及 or 、 between two items of one run: "提高2000元、1500元和1884元". */
const RUN_ITEM_JOINER = /^\s*[和及、]\s*$/;
/** 、 between two figures, and the 分别从/由 that opens their run: "分别从154.3元、220元提高到300元". */
const LISTED_FROM = /^\s*、\s*$/;
const FROM_BEFORE_RUN = /分别(?:从|由)\s*$/;

/**
 * A figure's role, shared with the run it opens: "由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%" — 5.6% is an old
 * level as 13.1% is, the last of its run, before 减为.
 */
function runRole(sentence: string, clauses: ReadonlyArray<[number, number]>, figures: readonly FigureSpan[], i: number): FactRole {
  const roleAt = (k: number): FactRole => {
    const f = figures[k]!;
    const [start, end] = clauses.find(([a, b]) => f.start >= a && f.start < b) ?? [0, sentence.length];
    const previousEnd = k > 0 && figures[k - 1]!.end > start ? figures[k - 1]!.end : start;
    return figureRole(sentence.slice(start, f.start), sentence.slice(f.end, end), sentence, f, figures[k + 1], sentence.slice(previousEnd, f.start));
  };
  const own = roleAt(i);
  if (own !== "level") return own;
  // "供养标准每人每年提高2000元和1884元": the later item of a run of amounts after a change verb is a change too.
  // (Rates are left alone: "分别提高到8%和8.5%" and "提高8%和8.5%" read alike once the verb is far.)
  const figure = figures[i]!;
  // (Not an item with a verb of its own: "新增1700公里、突破7000公里" is the level reached.)
  if (figure.unitClass !== "percent" && i > 0 && !figure.qualifier) {
    let first = i - 1;
    while (
      first > 0 &&
      figures[first - 1]!.unitClass === figure.unitClass &&
      RUN_ITEM_JOINER.test(sentence.slice(figures[first - 1]!.end, figures[first]!.start))
    )
      first--;
    const joined = RUN_ITEM_JOINER.test(sentence.slice(figures[i - 1]!.end, figure.start));
    if (joined && figures[first]!.unitClass === figure.unitClass && roleAt(first) === "change") return "change";
  }
  // "人均筹资标准分别从154.3元、220元提高到300元": old levels after 从/由 listed with 、 are a run too.
  const joins = (k: number) => {
    const between = sentence.slice(figures[k]!.end, figures[k + 1]!.start);
    return RUN_JOINER.test(between) || (LISTED_FROM.test(between) && FROM_BEFORE_RUN.test(sentence.slice(0, figures[i]!.start)));
  };
  for (let k = i; figures[k + 1] && joins(k); k++) {
    const next = roleAt(k + 1);
    if (next === "before") return "before";
    if (next !== "level") break;
  }
  return own;
}

/** A change's base year right before it: "比一九六四年增长" (1964). */
const BASE_YEAR_BEFORE = new RegExp(`(?:${BASE_MARK_PRINTED})\\s*((?:\\d{4}|[零〇○一二三四五六七八九]{4})年)`);

/**
 * A change of no year of its own against a base year its report already plans ("计划草案拟定，工业总产值比一九六四年
 * 增长百分之十一左右", the report of December 1964): a change is about a year after its base, the year after it.
 */
function changeAfterPlanYear(
  before: string,
  role: FactRole,
  own: { year: number | null; yearSource: YearSource | null },
  ctx: SentenceContext,
): { year: number; yearSource: YearSource } | null {
  if (role !== "change" || own.year !== null || ctx.plansFromYear === null) return null;
  const base = BASE_YEAR_BEFORE.exec(before);
  const year = base ? yearsNamed(base[1]!, ctx.reportYear)[0] : undefined;
  return year !== undefined && year >= ctx.plansFromYear ? { year: year + 1, yearSource: "clause" } : null;
}

/** The last year a report reviews: the one before its plans start, else its own. */
function lastReviewedYear(ctx: SentenceContext): number | null {
  return ctx.plansFromYear !== null ? ctx.plansFromYear - 1 : ctx.reportYear;
}

/** The years a text counts back from the last one its report reviews ("四年中", "五年来"), the year before them first. */
function countedSpan(text: string, ctx: SentenceContext): { from: number; to: number } | null {
  const years = spanNamed(text);
  const last = lastReviewedYear(ctx);
  return years !== null && last !== null ? { from: last - years, to: last } : null;
}

/** How a run of a list's figures was counted, said right before 分别: 年均, 平均, 累计, 实际, 同比. */
const RUN_MANNER = /(?:年均|平均每年|平均|累计|共计|实际|同比)+$/;

/** A clause that says nothing but a change, before its figures: "实际增长", "比上年分别增长" aside (分别 is read above). */
/** A clause that is only a change against the year before: "比上年增长", "同比下降". */
const CHANGE_OF_LEVEL_BEFORE = new RegExp(`^\\s*${YEAR_BEFORE_OPENING}(?:${anyOf("change-verbs")})了?\\s*$`);
const CHANGE_ALONE = new RegExp(`^\\s*(?:实际|名义|同比)?(?:${anyOf("change-verbs")})了?\\s*$`);

/** After a figure, its unit's "per" ("2520元/月"), which the next figure of its list repeats. */
const UNIT_PER = String.raw`(?:\/\p{Script=Han})?`;
/** Whom or when a figure is counted per, printed before it: 每人, 每月 ("每人每月510元和每人每年3500元"). */
const PER_WHOM_OR_WHEN = "每[人户年月天日亩]";
/** Before a figure, whom and when it is counted per, which each figure of its run may repeat. */
const PER_BEFORE = `(?:${PER_WHOM_OR_WHEN}){0,2}`;
/** Between two figures of a run: a joint, with white space or a comma. */
const RUN_JOINT = new RegExp(String.raw`^${UNIT_PER}\s*[、和及与，,]\s*${PER_BEFORE}$`, "u");
/**
 * Between two figures of a list printed without a comma: "32.9平方米、37.1平方米", "725元/月、6084元/年", and with
 * whom or when the next is counted per ("城乡最低生活保障标准提高到每月410元和每年1718元", 哈尔滨 2013).
 */
const LIST_JOINT = new RegExp(`^${UNIT_PER}[、和及与]${PER_BEFORE}$`, "u");

/** The figures from the first of these joined by 、 和 及 与 (or a comma) to the next: an old level ("分别由A、B提高到…") is none of them. */
function figureRun(sentence: string, after: Fact[]): Fact[] {
  const figures: Fact[] = [];
  for (const f of after) {
    const gap = figures.length ? sentence.slice(figures.at(-1)!.figure.end, f.figure.start) : "";
    // (White space around the joint is a page's layout: "下降8.7% 和5.7%"; a unit's "per" may end each
    // figure: "分别提升至2520元/月、2268元/月、1535元/月".)
    if (figures.length && !RUN_JOINT.test(gap)) break;
    if (f.role !== "before") figures.push(f);
  }
  return figures;
}

/** Where a clause's subject ends: at its first figure, or the change verb (年均增长) or level mark before it. */
const SUBJECT_END = new RegExp(`(?:年均|平均每年|平均)?(?:${CHANGE_VERB}|达到|达|为)?\\d`);

/**
 * The subjects of the `count` clauses right before the last break, when each is a subject of two characters or more
 * followed by its own figure ("…，社会消费品零售总额年均增长19.9%，"); null when any is not.
 */
function subjectsOfClausesBefore(sentence: string, breaks: readonly number[], count: number): Array<[number, number]> | null {
  if (breaks.length < count + 1) return null;
  const subjects: Array<[number, number]> = [];
  for (let k = breaks.length - 1 - count; k < breaks.length - 1; k++) {
    const [start, end] = [breaks[k]!, breaks[k + 1]! - 1];
    const clause = sentence.slice(start, end);
    const m = SUBJECT_END.exec(clause);
    // One figure a clause: a clause that is a list of its own ("五年淘汰落后炼铁产能1亿吨、落后炼钢产能5500万吨") is no item.
    if (!m || (clause.match(/\d+(?:\.\d+)?/g) ?? []).length !== 1 || !/^\p{Script=Han}{2,}$/u.test(clause.slice(0, m.index))) return null;
    subjects.push([start, start + m.index]);
  }
  return subjects;
}

/**
 * Each figure's list item among the items before `at`. `respectively` (分别 said so): the list may
 * be in the clause before ("农村…收入和城镇…收入，2000年分别达到…"), and one item may name several
 * things (城乡低保标准); without it, the list must be right before the figures, as many items as figures.
 */
function pairWithList(sentence: string, at: number, figures: Fact[], respectively: boolean): void {
  const breaks = [0, ...[...sentence.slice(0, at).matchAll(/[，,；;：:。]/g)].map((b) => (b.index ?? 0) + 1)];
  let listStart = breaks.at(-1)!;
  // The clause of 分别 may open with its comparison base ("…双下降，比上年分别下降3.14%和4.66%"): no item.
  const ownLead = sentence.slice(listStart, at).replace(LIST_LEAD_TIME, "").replace(BASE_LEAD, "");
  // "城乡低保标准提高到每月815元和615元": a compound naming as many things as there are figures pairs
  // them as 分别 would.
  const pairs = respectively || PAIRED_COMPOUNDS.some(([compound, parts]) => ownLead.includes(compound) && parts.length === figures.length);
  if (!/[、和及与]/.test(ownLead)) {
    if (!pairs) return;
    if (ownLead.replace(/[^\p{Script=Han}]/gu, "").length <= 2 && breaks.length > 1) {
      // "全社会固定资产投资年均增长17.4%，社会消费品零售总额年均增长19.9%，2011年分别达到4502亿元和2830亿元": as many
      // clauses before, each a subject and its figure, are the items: each subject is one.
      const subjects = respectively ? subjectsOfClausesBefore(sentence, breaks, figures.length) : null;
      if (subjects) {
        figures.forEach((f, i) => {
          f.listItem = { own: subjects[i]!, siblings: subjects.filter((_, k) => k !== i) };
        });
        return;
      }
      listStart = breaks.at(-2)!;
    }
  }
  // Items are joined by 、 和 及 与; when that gives more items than figures, 和 and the like are
  // inside the items' names ("信息传输软件和信息技术服务业、租赁和商务服务业…分别增长10.9%、10.4%").
  // Words right before 分别 say how the run was counted, not what its last item names ("…农村居民人均纯收入年均分别
  // 增长8.8%、9.9%": 年均 is every item's).
  const itemsEnd = at - (RUN_MANNER.exec(sentence.slice(listStart, at))?.[0].length ?? 0);
  let items = listItems(sentence, listStart, itemsEnd, /[、和及与]/g);
  if (items.length !== figures.length) {
    const byComma = listItems(sentence, listStart, itemsEnd, /、/g);
    if (byComma.length === figures.length) items = byComma;
  }
  if (items.length === 1 && pairs) {
    // One item naming several things: "城乡低保标准分别提高13.1%和17.7%".
    const text = sentence.slice(...items[0]!);
    const pair = PAIRED_COMPOUNDS.find(([c, parts]) => text.includes(c) && parts.length === figures.length);
    if (pair) {
      const start = items[0]![0] + text.indexOf(pair[0]);
      const span: [number, number] = [start, start + pair[0].length];
      figures.forEach((f, i) => {
        // Its part is the item as it names this thing: 城乡居民人均可支配收入 → 农村居民人均可支配收入.
        const part = text.replace(pair[0], pair[1][i]!);
        const pairPart = { part: pair[1][i]!, others: pair[1].filter((_, k) => k !== i) };
        f.listItem = { own: span, siblings: [span], part, label: listedMetric(sentence, listStart, span, pair[1][i]!, figures[0]!, f), pairPart };
      });
    }
    return;
  }
  if (items.length !== figures.length) return;
  // The second and the last item as printed, before their shared part is trimmed: shorter items share it.
  const nextItem = sentence.slice(...items[1]!);
  const lastItem = sentence.slice(...items.at(-1)!);
  const perUnitLead = trimSharedParts(sentence, items);
  const lead = perUnitLead || sharedLead(sentence, items);
  // "中、高等职业教育在校生分别达到2000万人和861万人": a one-character item shares the rest of the next
  // one's first word and what follows (中等职业教育在校生), as in 大、中城市 or 中、小学; so does a
  // two-character one ("城镇、农村常住居民人均可支配收入分别增长4.4%、5.9%": 城镇常住居民人均可支配收入),
  // and each item before the last of a longer list ("改造老旧供热、燃气、排水管网800公里、600公里、300公里":
  // 燃气管网).
  const withoutLead = (text: string) => text.replace(LIST_LEAD_TIME, "").replace(LIST_LEAD_BREAKDOWN, "").replace(LIST_LEAD_SCOPE, "");
  const owns = items.map((item) => withoutLead(sentence.slice(...item)));
  const shared = items.length > 2 ? sharedTail(owns.slice(0, -1), lastItem) : null;
  // The last item as printed, where trimming left less of it ("城镇、农村常住居民人均可支配收入…": 农村常住居民人均可支配收入):
  // only for items alike (城镇、农村), whose shared part is surely the rest ("全国和自由贸易试验区负面清单条数" is not 全国 and 自由贸易).
  const lastPrinted = withoutLead(lastItem);
  const completedItems = owns.map((own, i) => {
    const completed =
      i === items.length - 1
        ? lastPrinted.length > own.length && lastPrinted.startsWith(own) && owns.every((other) => other.length === own.length)
          ? lastPrinted
          : null
        : ((i === 0 ? completedItem(own, nextItem) : null) ?? (shared !== null ? own + shared : null));
    return lead ? lead + (completed ?? own) : completed;
  });
  figures.forEach((f, i) => {
    const region: [number, number] = [items[0]![0], items.at(-1)![1]];
    const completed = completedItems[i];
    const own = completed ?? sentence.slice(...items[i]!);
    const label = listedMetric(sentence, listStart, region, own, figures[0]!, f);
    f.listItem = { own: items[i]!, siblings: items.filter((_, k) => k !== i), label, ...(completed ? { part: completed } : {}) };
    // "分别压减51%、72%": 72% stands alone after its 、 but has the run's clause, subject and verb.
    if (i > 0) {
      f.clause = [figures[0]!.clause[0], f.clause[1]];
      f.parentClause = figures[0]!.parentClause;
    }
  });
}

/**
 * The qualifier the first item opens with that every item shares: "限上住宿业、餐饮业营业额" is
 * 限上住宿业 and 限上餐饮业, as the first item's end and the next item's first word are alike (住宿业,
 * 餐饮业: as long, the same last character). The first item is cut to its own word, and the qualifier
 * returned ("" when there is none).
 */
function sharedLead(sentence: string, items: Array<[number, number]>): string {
  const [first, next] = [items[0]!, items[1]!];
  const firstText = sentence.slice(...first);
  // As many characters as the next item's first word (jieba cuts 住宿业 as 住宿 + 业, 餐饮业 whole).
  const nextWord = words(toSearchForm(sentence.slice(...next)))[0] ?? "";
  const own = firstText.slice(-nextWord.length);
  if (nextWord.length < 2 || !/^\p{Script=Han}+$/u.test(own) || own.at(-1) !== nextWord.at(-1) || own === nextWord)
    return leadNamingNext(sentence, items, nextWord);
  // …starting where a word starts: 规模以上工业、建筑业 shares no 规模以 (上工业 is no word's start).
  if (!wordEnds(toSearchForm(firstText)).includes(firstText.length - own.length)) return "";
  const lead = firstText
    .slice(0, firstText.length - own.length)
    .replace(/^[^\p{Script=Han}]*(?:其中)?/u, "")
    .replace(LIST_LEAD_TIME, "");
  if (!/^\p{Script=Han}{2,}$/u.test(lead)) return "";
  items[0] = [first[1] - own.length, first[1]];
  return lead;
}

/**
 * The first item's opening word(s) when with the next item's first word they make a term of their own
 * (a dictionary or synonym-data word): "粮食播种面积、产量稳定在35万亩、15万吨左右" is 粮食播种面积 and
 * 粮食产量. The first item is cut after the lead, and the lead returned ("" when there is none).
 */
function leadNamingNext(sentence: string, items: Array<[number, number]>, nextWord: string): string {
  const first = items[0]!;
  const firstText = sentence.slice(...first);
  if (nextWord.length < 2 || !/^\p{Script=Han}+$/u.test(firstText)) return "";
  for (const end of wordEnds(toSearchForm(firstText))) {
    const lead = firstText.slice(0, end);
    if (end >= firstText.length || lead.length < 2) continue;
    const term = toSearchForm(lead + nextWord);
    if (!isSynonymTerm(term) && !isDictionaryWord(term)) continue;
    items[0] = [first[0] + end, first[1]];
    return lead;
  }
  return "";
}

/**
 * A first item with what it shares of the next: "中" of 中、高等职业教育 → 中等职业教育 (one character
 * takes the rest of the next item's first word); "城镇" of 城镇、农村常住居民人均可支配收入 →
 * 城镇常住居民人均可支配收入, "二氧化硫" of 二氧化硫、氮氧化物排放量 → 二氧化硫排放量 (a one-word item
 * stands for the next item's first word when that is a word as long: 农村, 氮氧化物; not 自由 of
 * 自由贸易试验区 for 全国). Null for any other item.
 */
function completedItem(first: string, next: string): string | null {
  if (/^\p{Script=Han}$/u.test(first) && /^\p{Script=Han}{2}/u.test(next)) return first + next.slice(1);
  if (!/^\p{Script=Han}{2,}$/u.test(first) || next.length <= first.length) return null;
  const firstWords = wordEnds(toSearchForm(first));
  const nextWords = wordEnds(toSearchForm(next));
  // The next item opens with a word as long as the first, or with the first's pair ("城镇、农村居民人均可支配
  // 收入分别增长4.3%、8.1%": 城镇 and 农村 are 城乡's parts, though jieba cuts 农村居民 as one word).
  const paired = PAIRED_COMPOUNDS.some(([, parts]) => parts.includes(first) && parts.includes(next.slice(0, first.length)));
  const parallel = nextWords[0] === first.length || paired;
  return firstWords.length === 1 && parallel && /^\p{Script=Han}+$/u.test(next.slice(0, first.length)) ? first + next.slice(first.length) : null;
}

/**
 * What the items before the last of a list of three or more share of it, when they are all as
 * long as each other and the last is longer: "供热、燃气、排水管网" → 管网. Null for any other list.
 */
function sharedTail(before: readonly string[], last: string): string | null {
  const length = before[0]!.length;
  const parallel = before.every((item) => item.length === length && /^\p{Script=Han}+$/u.test(item));
  return parallel && last.length > length && /^\p{Script=Han}+$/u.test(last) ? last.slice(length) : null;
}

/**
 * What one figure of a list measures, for the reply's first line: the list's words with the item's
 * own in place of the whole list ("高技术制造业、装备制造业增加值年均分别增长" → 高技术制造业增加值年均增长
 * for 10.6%), without 分别 and a time word between the list and its figures.
 */
/** A count of years opening a list item ("五年淘汰落后炼铁产能…"): the span, not the metric. */
const LEADING_YEARS_COUNTED = new RegExp(`^${YEARS_COUNTED}`);

function listedMetric(sentence: string, listStart: number, region: [number, number], item: string, first: Fact, own: Fact): string {
  // Items that are another run's labelled figures ("五年淘汰落后炼铁产能1亿吨、…，今年力争分别淘汰3000万吨…"):
  // the item without its figure and its span of years names the metric.
  const figures = extractFigures(item);
  if (figures.length > 0) return figures.reduce((text, f) => text.replace(f.text, ""), item).replace(LEADING_YEARS_COUNTED, "");
  // Only the figures' own clause after a list in a clause before ("…双下降，比上年分别下降": 比上年下降).
  const tail = sentence
    .slice(region[1], first.figure.start)
    .replace(/^.*[，,；;：:]/, "")
    .replace(/\d{4}年(?:底|末)?/g, "")
    .replace(/分别/g, "");
  // A figure printing its own per whom and when ("每人每月510元和每人每年3500元") is counted so, not as the first is.
  const ownPer = own !== first ? PER_BEFORE_FIGURE.exec(sentence.slice(0, own.figure.start))?.[0] : undefined;
  const counted = ownPer ? tail.replace(PER_BEFORE_FIGURE, "") + ownPer : tail;
  // A completed item (供热管网 of 供热、燃气、排水管网) already holds what follows the list, or its start
  // (普通教育支出 of "普通教育、职业教育、特殊教育支出分别较上年增长": 较上年增长 is left).
  return sentence.slice(listStart, region[0]) + item + counted.slice(overlap(item, counted));
}
/** Per whom and when, right before a figure: 每人每月, 每户. */
const PER_BEFORE_FIGURE = new RegExp(`(?:${PER_WHOM_OR_WHEN})+$`);

/** The length of the longest end of `a` that `b` starts with. */
function overlap(a: string, b: string): number {
  for (let k = Math.min(a.length, b.length); k > 0; k--) if (a.endsWith(b.slice(0, k))) return k;
  return 0;
}

/**
 * The first item carries the list's shared head ("全年中央财政用于科技") and the last its shared tail
 * ("文化事业的支出"): only as much of them as an inner item is long, to the edge of a word, is the item. With two items
 * there is no inner one: the last, when more than twice the first's length, is cut to it
 * ("城镇和农村人均住房面积": 农村, and 人均住房面积 is both's; not "农村居民人均纯收入和城镇居民人均
 * 可支配收入"); the first, when more than half as long again as the last, is its last word
 * ("单位国内生产总值能耗和二氧化碳排放": 能耗, and 单位国内生产总值 is both's; not "信息传输软件和
 * 信息技术服务业、租赁和商务服务业增加值"). Returns a per-unit phrase so cut off, which every item shares ("" when none).
 */
/** How many last characters of an inner item say how the list's items end (收入 of 财税总收入). */
const PARALLEL_END_CHARS = 2;

function trimSharedParts(sentence: string, items: Array<[number, number]>): string {
  const first = items[0]!;
  const last = items.at(-1)!;
  const lengths = items.map(([a, b]) => b - a);
  if (items.length > 2) {
    // Cut at a word's edge: "二氧化碳排放量" after "能耗" keeps 二氧化碳, not 二氧.
    const width = Math.max(...lengths.slice(1, -1));
    const firstEnds = [0, ...wordEnds(toSearchForm(sentence.slice(...first)))];
    const keepFrom = firstEnds.filter((end) => end <= first[1] - first[0] - width).at(-1) ?? 0;
    items[0] = [first[0] + keepFrom, first[1]];
    // Parallel items end alike: "地区生产总值、工业总产值、财税总收入、地方财政一般预算收入相继跨过" is 地方财政一般预算收入,
    // as 财税总收入 ends; else the last is as long as an inner item, to a word's edge.
    const lastText = sentence.slice(...last);
    const parallelEnd = items
      .slice(1, -1)
      .map(([a, b]) => sentence.slice(Math.max(a, b - PARALLEL_END_CHARS), b))
      .map((end) => (end.length === PARALLEL_END_CHARS ? lastText.indexOf(end) + end.length : -1))
      .find((end) => end > PARALLEL_END_CHARS);
    const keepTo = parallelEnd ?? wordEnds(toSearchForm(lastText)).find((end) => end >= width) ?? width;
    items[items.length - 1] = [last[0], Math.min(last[1], last[0] + keepTo)];
    return "";
  }
  const [firstLength, lastLength] = lengths as [number, number];
  // Parallel items end alike: "高技术制造业、装备制造业增加值年均" is 装备制造业, and 增加值年均 is both's.
  const firstLastWord = words(toSearchForm(sentence.slice(...first))).at(-1) ?? "";
  const parallelEnd = firstLastWord.length >= 2 ? toSearchForm(sentence.slice(...last)).indexOf(firstLastWord) : -1;
  if (parallelEnd >= 0) items[1] = [last[0], last[0] + parallelEnd + firstLastWord.length];
  else if (lastLength > 2 * firstLength) {
    // To the edge of a word: "全国和自由贸易试验区负面清单条数" is 自由贸易, not 自由.
    const keepTo = wordEnds(toSearchForm(sentence.slice(...last))).find((end) => end >= firstLength) ?? firstLength;
    items[1] = [last[0], last[0] + keepTo];
  } else if (2 * firstLength > 3 * lastLength) {
    const lastWord = words(toSearchForm(sentence.slice(...first))).at(-1);
    if (lastWord && sentence.slice(...first).endsWith(lastWord)) {
      items[0] = [first[1] - lastWord.length, first[1]];
      // A per-unit phrase cut off is both items' ("每平方公里土地生产总值和财政收入分别达到2.5亿元和7000万元":
      // 每平方公里土地财政收入 too): the list's shared lead.
      const cut = sentence.slice(first[0], items[0][0]);
      if (PER_UNIT_LEAD.test(cut)) return cut.replace(/^[^\p{Script=Han}]*/u, "");
    }
  }
  return "";
}

/** A per-unit phrase (word-classes per-unit-words, per-land-words; 每百户, 每万人) opening a list's first item. */
const PER_UNIT_LEAD = new RegExp(`${anyOf(["per-unit-words", "per-land-words"])}|每[百千万]?[人户]`);

/** The items of the list between `listStart` and 分别 at `at`, cut at `separators`; the last ends at its clause. */
function listItems(sentence: string, listStart: number, at: number, separators: RegExp): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let start = listStart;
  for (const sep of sentence.slice(listStart, at).matchAll(separators)) {
    const end = listStart + (sep.index ?? 0);
    items.push([start, end]);
    start = end + 1;
  }
  // The last item ends at its clause ("…可支配收入，2000年分别达到").
  const clauseEnd = sentence.slice(start, at).search(/[，,；;：:]/);
  items.push([start, clauseEnd < 0 ? at : start + clauseEnd]);
  return items;
}

/**
 * The clause whose subject a clause inherits: the one before it, or for an item of a 其中-list
 * ("56项,其中普通高中4项、义务教育46项") the clause before the 其中.
 */
function parentOf(sentence: string, clauses: Array<[number, number]>, ci: number): [number, number] | null {
  // "其中九大类民生支出3048.8亿元、占财政支出比重67.7%": after 、, a clause going on about the item before it
  // is no item of a list; it speaks of that item.
  const [start, end] = clauses[ci]!;
  if (ci > 0 && sentence[start - 1] === "、" && GOES_ON_ABOUT_ITEM.test(sentence.slice(start, end).trim())) return clauses[ci - 1]!;
  const head = listHead(sentence, clauses, ci);
  if (head !== null && head > 0) return clauses[head - 1]!;
  // "生产总值达到5481.6亿元，按可比价计算，比上年增长3.5%": past the clause that says how it was counted.
  let parent = ci - 1;
  // …and past one that ranks it ("地区生产总值增长7.1%、居全省第2位，总量达到5756.35亿元").
  // …and past the parts of the year before it ("…三季度累计增长6.6%，全年累计增长6.7%").
  // …and past how much of the plan it came to ("…完成278.26亿元，为调整预算的95.64%（…），下降16.25%"), or passed it by
  // ("…预计达到六百二十八亿一千万元，超过年度计划百分之四点一，比上一年增长百分之六点九"); and past a clause naming
  // nothing (预计达到…) or only what is included (包括…在内), to the one naming the subject.
  // …and past a change against a base, which has no subject either ("…支出2147829万元，比上年汇总预算数增加329775万元，增长18.1%").
  const passed = (clause: string) =>
    isCountingMethod(clause) ||
    isRanking(clause) ||
    isPeriodChange(clause) ||
    PLAN_SHARE_CLAUSE.test(clause) ||
    PLAN_EXCEEDED_CLAUSE.test(clause) ||
    BASE_LEAD.test(clause.trim()) ||
    namesNothing(clause);
  // (An aside in brackets aside: "为调整预算（以下简称“预算”）的98.6%".)
  // …and past a sibling whose figure measures the same metric head ("实施省市重点项目25个，计划总投资111.8亿元，当年完成
  // 投资26.9亿元": both 投资 are the projects'), to the clause both speak of.
  const ownHead = metricHeadOf(sentence, clauses[ci]!);
  const sameHeadAsOwn = (k: number) => ownHead !== undefined && metricHeadOf(sentence, clauses[k]!) === ownHead;
  while (parent > 0 && (passed(withoutAnyAsides(sentence.slice(...clauses[parent]!))) || sameHeadAsOwn(parent))) parent--;
  return parent >= 0 ? clauses[parent]! : null;
}

/** Index of the clause that opens the 其中-list this clause belongs to, or null. */
function listHead(sentence: string, clauses: Array<[number, number]>, ci: number): number | null {
  const goesOnAboutItem = (k: number) => k > 0 && GOES_ON_ABOUT_ITEM.test(sentence.slice(...clauses[k]!).trim());
  for (let k = ci; k >= 0; k--) {
    const [s] = clauses[k]!;
    // "其中，一般债务余额232.9亿元，…": 其中 may stand alone before the list's first clause.
    if (sentence.startsWith("其中", s) || /其中[，,]\s*$/.test(sentence.slice(0, s))) return k;
    // A clause going on about the item before it ("…一般债务余额222.4亿元，占64.5%；专项债务余额…") is that
    // item's: the siblings are the clauses either side of it.
    if (k < ci && goesOnAboutItem(k)) continue;
    let p = k - 1;
    while (p >= 0 && goesOnAboutItem(p)) p--;
    // Siblings are joined by 、, or by a comma when they are short label-and-figure items
    // ("其中教师544名,校长68名").
    const previous = clauses[p];
    const shortItem = previous && previous[1] - previous[0] <= 10 && /\d|[一二三四五六七八九十百千万亿]/.test(sentence.slice(...previous));
    if (sentence[s - 1] !== "、" && !(shortItem && k === ci) && !(previous && sameHead(sentence, previous, clauses[k]!))) break;
  }
  return null;
}

/**
 * Two clauses naming the same head before their figures are items of one list, even joined by a
 * comma: "其中：一般债务余额213.03亿元，专项债务余额645.79亿元" (jingdezhen-2025-budget).
 */
function sameHead(sentence: string, a: [number, number], b: [number, number]): boolean {
  const label = ([s, e]: [number, number]) => /^[^\d０-９]*/.exec(sentence.slice(s, e).replace(/^其中[：:]?/, ""))![0];
  const [first, second] = [label(a), label(b)];
  return first.length >= 3 && second.length >= 3 && first !== second && first.slice(-2) === second.slice(-2);
}

/** Between a figure and the next, 即 saying the same again in another unit: "增产二千二百万吨，即百分之七点八", "增长966,485,000元，即增长3.68%". */
const RESTATED = new RegExp(`^\\s*[，,]\\s*即\\s*(?:${CHANGE_VERB})?了?\\s*$`);

/**
 * A figure that restates the one before it ("比上一年增产二千二百万吨，即百分之七点八") says what that one says: its
 * role, year and kind, and it speaks of the same subject in the same words (its clause runs from the one before's).
 */
function restateFigures(sentence: string, facts: Fact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const [before, fact] = [facts[i - 1]!, facts[i]!];
    if (!RESTATED.test(sentence.slice(before.figure.end, fact.figure.start))) continue;
    // With a change verb of its own, only a change restates a change ("已经有四十四万人，即增加一倍多" says what the
    // level came to).
    if (fact.role === "change" && before.role !== "change") continue;
    Object.assign(fact, {
      role: before.role,
      year: before.year,
      yearSource: before.yearSource,
      kind: before.kind,
      multiYear: before.multiYear,
      // Its words are the figure before's, and then its own.
      segment: [before.segment[0], fact.segment[1]],
      clause: [before.clause[0], fact.clause[1]],
      parentClause: before.parentClause,
    });
  }
}

/** The metric head a clause's label ends in, right before its first figure (two clauses with the same one measure one thing). */
function metricHeadOf(sentence: string, [s, e]: [number, number]): string | undefined {
  return METRIC_HEAD_AT_END.exec(/^[^\d０-９]*/.exec(sentence.slice(s, e))![0])?.[0];
}

export function clauseSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const bracketed = insideBrackets(sentence);
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    // "2343个县（市、区）开展…试点": a mark inside brackets breaks no clause.
    if (bracketed[at]) continue;
    // A comma between digits is a thousands separator, not a clause break.
    if (m[0] === "," && /\d/.test(sentence[at - 1] ?? "") && /\d/.test(sentence[at + 1] ?? "")) continue;
    // "其中：A、B": the colon opens the list, it does not end a clause.
    if (/[：:]/.test(m[0]) && sentence.slice(0, at).endsWith("其中")) continue;
    if (at > start) spans.push([start, at]);
    start = at + m[0].length;
  }
  if (start < sentence.length) spans.push([start, sentence.length]);
  // "二万六千多个大规模的、工农商学兵相结合的、政社合一的人民公社": modifiers joined by 、 still
  // await their noun, so a clause ending in 的 runs on into the next.
  for (let i = spans.length - 2; i >= 0; i--) {
    const [s, e] = spans[i]!;
    if (sentence[e - 1] === "的" && sentence[e] === "、") spans.splice(i, 2, [s, spans[i + 1]![1]]);
  }
  return spans.length ? spans : [[0, sentence.length]];
}

/** Words that leave something out of a figure: 不含, 不包括…在内. */
const EXCLUDED = /不含|不包括|未含|未包括|不计/;

/**
 * A figure in brackets that open right after another figure is a part of it: "政府债务限额7016194万元
 * （一般债务限额2068994万元、专项债务限额4947200万元）", "债券465.6亿元（含再融资债券226亿元）".
 */
function breaksDownFigure(sentence: string, figures: readonly FigureSpan[], figure: FigureSpan): boolean {
  const open = Math.max(sentence.lastIndexOf("（", figure.start), sentence.lastIndexOf("(", figure.start));
  if (open < 0 || /[）)]/.test(sentence.slice(open, figure.start))) return false;
  // What the figure leaves out is no part of it: "农业产值达到七百八十三亿元（社办工业的产值一百亿元不包括在内）".
  const close = sentence.slice(open).search(/[）)]/);
  if (EXCLUDED.test(sentence.slice(open, close < 0 ? undefined : open + close))) return false;
  return figures.some((f) => f.end === open);
}

/**
 * For each offset of a text, whether it stands inside round brackets that hold no figure: "县（市、区）"
 * names one thing, where "(其中:教师4616人次、校长169人次)" lists parts, each with its figure.
 */
function insideBrackets(text: string): boolean[] {
  const inside: boolean[] = new Array(text.length).fill(false);
  for (const m of text.matchAll(/[（(][^（()）]*[）)]/g)) {
    if (/\d/.test(m[0])) continue;
    for (let i = m.index ?? 0; i < (m.index ?? 0) + m[0].length; i++) inside[i] = true;
  }
  return inside;
}

/** The years a sentence's change runs between: "从2002年…增加到2007年…" → 2002 to 2007; null when none. */
function fromToYears(sentence: string): { from: number; to: number } | null {
  const m = FROM_TO_YEARS.exec(sentence);
  if (!m) return null;
  const from = printedYear(m[1]!);
  const to = printedYear(m[2]!);
  return from !== null && to !== null && from < to ? { from, to } : null;
}

/** A year as printed: 2002 or 二〇〇二. */
function printedYear(text: string): number | null {
  return /^\d/.test(text) ? Number(text) : parseChineseYear(text);
}

/**
 * A mark of several years (五年累计, 年均, "十二五"时期) governs the figure from the sentence's lead
 * (the clauses before its first figure's), or from the figure's own clause: "货物进出口总额年均增长
 * 8.6%，突破40万亿元" gives 8.6% over the years, and 40万亿元 as the level reached.
 */
function spanMarked(sentence: string, clauses: Array<[number, number]>, clause: [number, number], figure: FigureSpan, first: FigureSpan): boolean {
  const firstClause = clauses.find(([s, e]) => first.start >= s && first.start < e) ?? [0, 0];
  // A span before the first figure governs it from its own part of the sentence, or from the sentence's opening clause
  // ("过去五年，…；…"): not from a clause of an earlier part ("…，连续两年快于城镇居民；…；连续第7年提高企业退休人员基本养老金，
  // 全年人均增加1680元", gwr-2012: 2011's).
  const partStart = partStartBefore(sentence, firstClause[0]);
  const opening = clauses[0]?.[1] ?? 0;
  const earlier = [...sentence.slice(0, firstClause[0]).matchAll(MULTI_YEAR_ALL)].map((m) => m.index);
  return (
    OPENS_WITH_SPAN.test(sentence) ||
    earlier.some((at) => at < opening || at >= partStart) ||
    // "…，五年内全国工农业总产值增长百分之三十八，国民生产总值增长百分之四十四": the span opening the first
    // figure's clause governs the clauses listed after it too.
    MULTI_YEAR.exec(sentence.slice(firstClause[0], first.start))?.index === 0 ||
    // …and so does one opening a later clause, in the figure's part ("世界500强企业在沈投资项目112个，五年实际利用外资
    // 226.8亿美元，实际到位内资、进出口总额分别突破5000亿元和600亿美元").
    // (A count of years, not a sum alone: "…累计达100家，其中境内A股上市公司80家" is no span.)
    clauses.some(([s, e]) => s >= partStartBefore(sentence, clause[0]) && s <= clause[0] && opensWithYearsCounted(sentence.slice(s, e))) ||
    MULTI_YEAR.test(sentence.slice(clause[0], figure.start))
  );
}

/** Whether a clause opens with a mark of several years that counts them ("五年实际利用外资…", "近三年…"). */
function opensWithYearsCounted(clause: string): boolean {
  const mark = MULTI_YEAR.exec(clause);
  return mark?.index === 0 && COUNT_OF_YEARS_MARK.test(mark[0]);
}
const COUNT_OF_YEARS_MARK = new RegExp(YEARS_COUNTED);

/** "五年内扩大淡水养殖面积一千六百万亩，海水养殖面积八十万亩": the years within which, opening the sentence, govern all of it. */
const OPENS_WITH_SPAN = new RegExp(`^(?:${YEARS_COUNTED})内`);

/**
 * "2005年与2000年相比，国内生产总值增长57.3%", "比2002年增长65.5%": a change against a year before
 * the one before is a change over several years, not the year's own.
 */
function againstEarlierYear(sentence: string, figure: FigureSpan, year: number | null): boolean {
  if (year === null) return false;
  const base = comparedYearBefore(sentence, figure, COMPARED_YEAR);
  return base !== null && base < year - 1;
}

/**
 * The base year a sentence compares its figures with before this one (是1997年的1.8倍, 比2002年, 与2000年相比), or null.
 * Only a comparison since the last semicolon governs the figure, and the last of them: "工业总产值一九七七年比一九七六年
 * 增长百分之十四点三，一九七八年又比一九七七年增长百分之十三点五" is one year's change.
 */
function comparedYearBefore(sentence: string, figure: FigureSpan, comparison: RegExp = COMPARED_OR_MULTIPLE_YEAR): number | null {
  const lead = sentence.slice(partStartBefore(sentence, figure.start), figure.start);
  const last = [...lead.matchAll(comparison)].at(-1);
  if (last) return printedYear(last[1] ?? last[2]!);
  // …or the comparison the sentence opens with, which governs all its parts: "1986年同1978年相比，国民生产总值由3480亿元
  // 增加到9380亿元，…；国家财政收入由1121亿元增加到2220亿元" (gwr-1987).
  const opening = OPENING_COMPARISON.exec(sentence);
  return opening ? printedYear(opening[1]!) : null;
}
/** A sentence opening with its year set against a base year: "1986年同1978年相比，", "与2010年相比，". */
const OPENING_COMPARISON = new RegExp(`^\\s*(?:${YEAR_NUMBER}年)?(?:同|与|和)(${YEAR_NUMBER})年(?:相比|比较)[，,]`);
/** A year compared with (比2002年, 与2000年相比) or multiplied (是1997年的1.8倍). */
const COMPARED_OR_MULTIPLE_YEAR = new RegExp(`${COMPARED_YEAR.source}|(?:是|为|相当于)(${YEAR_NUMBER})年的`, "g");

/** As the early reports print a plan: "第一个五年合计为二十八万人". */
const PRINTED_PLAN_NAMED = new RegExp(`(${PRINTED_PLAN_NAME})`, "g");

/** Whether a text names the plan period of these years, by its name or as printed (十二五, 第一个五年). */
export function namesPlanPeriod(text: string, [from, to]: readonly [number, number]): boolean {
  const printed = [...text.matchAll(PRINTED_PLAN_NAMED)].map((m) => planYears(m[1]!));
  return [...plansNamed(text), ...printed].some((y) => y !== null && y[0] === from && y[1] === to);
}

/**
 * The years of the one plan period a lead-in ending in a colon names: "确定了“十三五”经济社会发展的主要预期目标:地区生产总值
 * 年均增长7.5%，…" — the list after it is the period's.
 */
function planOfColonLead(before: string, reportYear: number | null): [number, number] | null {
  const colon = before.search(/[：:]/);
  if (colon < 0) return null;
  const lead = before.slice(0, colon);
  // A year named too is the list's ("结合“十三五”规划目标，提出2019年…主要预期目标是：").
  if (yearsNamed(lead, reportYear).length > 0) return null;
  const named = plansNamed(lead);
  return named.length === 1 ? named[0]! : null;
}

/** A plan period as a text opens with it: "“十一五”期间", "十二五时期", "第一个五年计划期间". */
const PLAN_PERIOD_LEAD = `^[“"]?(${PLAN_NAME}|${PRINTED_PLAN_NAME})[”"]?(?:计划)?(?:期间|时期)`;
/** …opening a sentence or the part of it after a semicolon, its comma after it: "“十一五”期间，", "十二五时期,". */
const PLAN_PERIOD_OPENING = new RegExp(`${PLAN_PERIOD_LEAD}[，,]`);
/** …opening a figure's own clause: "按2009年1196元的扶贫标准，“十一五”期间减少贫困人口280万人". */
const PLAN_PERIOD_OPENING_CLAUSE = new RegExp(PLAN_PERIOD_LEAD);

/** The years of the plan period that opens the text's last semicolon part, or null. */
export function planPeriodOpening(before: string): [number, number] | null {
  const part = before.slice(partStartBefore(before, before.length));
  return planYearsOpening(PLAN_PERIOD_OPENING, part);
}

/** The years of the plan period that `pattern` finds opening the text, or null. */
function planYearsOpening(pattern: RegExp, text: string): [number, number] | null {
  const m = pattern.exec(text.trimStart());
  return m ? planYears(m[1]!) : null;
}

/** All a clause says before its figure when it only names the level reached: 达到, 增加到, 突破. */
const LEVEL_REACHED_ALONE = new RegExp(`^(?:(?:${anyOf(["change-verbs", "change-to-verbs"])})?${LEVEL_MARK}|达到?|突破|超过)$`);

/** A time before an event ("农业合作化以前"); one before a year ("1978年以前") is dated by its year. */
const EARLIER_TIME = /(?<![年\d])(?:以前|之前)/;

/** 当年 ("that year"): of the year the sentence named before. */
const THAT_YEAR = /当年(?!度)/;

function figureYear(
  figure: FigureSpan,
  clause: [number, number],
  years: YearMention[],
  ctx: SentenceContext,
  ofThatYear = false,
): { year: number | null; yearSource: YearSource | null } {
  // A year in the figure's own clause governs it; a year in an earlier clause only when it opens
  // that clause ("2000年，…"), not when it is a comparison inside it ("是2010年的2.2倍") — unless the
  // figure's clause says 当年 of it ("我国在一九○七年，才建设起一个汉阳钢铁厂，当年的钢产量只有八千五百多吨", gwr-1955).
  const preceding = years.filter((y) => y.at < figure.start && (y.at >= clause[0] || y.topic || ofThatYear)).sort((a, b) => a.at - b.at);
  const nearest = preceding[preceding.length - 1];
  if (nearest) return { year: nearest.year, yearSource: nearest.at >= clause[0] ? "clause" : "sentence" };
  // "国内生产总值增长6.6%…(2018年)": a year right after the figure in its own clause.
  const following = years.find((y) => y.at >= figure.end && y.at < clause[1]);
  if (following) return { year: following.year, yearSource: "clause" };
  if (ctx.paragraphYear !== null) return { year: ctx.paragraphYear, yearSource: "paragraph" };
  if (ctx.headingYear !== null) return { year: ctx.headingYear, yearSource: "heading" };
  return { year: null, yearSource: null };
}

/** A clause saying the target after its figure was not met: 没有实现, 未能完成, 没能达到. */
const TARGET_NOT_MET = /(?:没有|没能|未能|未)(?:全面|如期)?(?:实现|完成|达到)/;
/** A clause saying the target after its figure was met: "实现高职院校扩招100万人目标", "完成…任务". */
const TARGET_MET_LEAD = /^\s*(?:全面|如期|提前|超额)?(?:实现|完成|达到|超过)/;
/**
 * A target said met ("预期目标全面完成", "超过预期目标", "由于第一个五年计划的完成和超额完成", gwr-1959) or neared ("接近了第一个
 * 五年计划最后一年的指标", gwr-1957): no mark of a plan.
 */
/** 按计划 is "as planned", no plan: "加上按计划提取的外国政府…贷款0.2亿元，截至2025年底，全市政府债务余额3671.16亿元". */
const AS_PLANNED = /按(?:照)?计划/g;
/**
 * A programme named as launched or carried out ("启动现代服务业“十百千”行动计划，2012年服务业增加值达2.4万亿元", 江苏 2013):
 * its 计划 is its name, no plan of the figures after it.
 */
const PROGRAMME_UNDERWAY = new RegExp(`(?:启动|实施|推进|开展|落实)了?[^，,；;。]{0,16}(?:${alternation("programme-names")})`, "g");
/**
 * (…or a plan done: "1955年全国工业总产值完成了原定计划的101%，比1954年增长8%", gwr-1956; "提前两年实现了11950元的预期目标；
 * 财政总收入1115亿元", 湖北 2008.)
 */
const MET_TARGETS =
  /[^，,；;]*(预期目标|目标)[^，,；;]*(完成|实现|超过|低于|高于)|(?:计划|规划|目标)的(?:胜利|全面)?(?:完成|超额完成|实现)|(完成|实现|超过|低于|高于|达到)了?(?:[^，,；;。]{1,16}?的)?(预期)?目标|(?:完成|超额完成|实现)了?(?:原定|预定|年度|全年)?(?:计划|指标)|接近了?[^，,；;]{0,16}?(?:目标|指标)/g;

function figureKind(
  sentence: string,
  clause: [number, number],
  figure: FigureSpan,
  ctx: SentenceContext,
  yearSource: YearSource | null,
  /** The figure stands in the review of a past year: the sentence's words around it do not make it a plan. */
  reviewed: boolean,
): FigureKind {
  const ownLead = sentence.slice(clause[0], figure.start);
  // "…提出…降到10%左右，…实际回落到6.1%": said to be actual in so many words; "截至目前，组织
  // 安排…总计88项": a count so far is what was done, whatever the verb.
  // "已建成的主要有：…新增公路通车里程1.2万公里": a sentence saying what is already done reviews it.
  // (实际增长 is growth in real terms, of a plan as of a review: "今后五年，争取…平均每年实际增长百分之四至百分之五".)
  if (/实际(?!增长|增速)|实现了|完成了/.test(ownLead) || /(截至|截止)(到)?目前|已经?(?:建成|完成)/.test(sentence.slice(0, figure.start))) return "actual";
  // A budget's figures are what it plans, but for what was spent (执行数, 决算). A clause going on about
  // the item before ("支出完成107.8亿元，为预算数的90.3%，同比下降14.4%") is of that item's kind.
  if (ctx.planDocument) {
    const itemStart = Math.max(...["；", ";", "。"].map((mark) => sentence.lastIndexOf(mark, clause[0]))) + 1;
    const lead = GOES_ON_ABOUT_ITEM.test(ownLead) ? sentence.slice(itemStart, figure.start) : ownLead;
    return /执行|决算|完成|支出了|上年/.test(lead) ? "actual" : "target";
  }
  const planWords = ownLead.replace(DISPOSAL_JIANG, "");
  if (namesTarget(reviewed ? planWords.replace(REVIEW_NEUTRAL_MARKS, "") : planWords)) return "target";
  // "低于13%左右的预期目标": the words right after the figure name it a target; unless its clause says the target
  // was met ("实现高职院校扩招100万人目标": what was done).
  if (/^[^，,；;。]{0,3}(预期)?目标/.test(sentence.slice(figure.end))) return TARGET_MET_LEAD.test(ownLead) ? "actual" : "target";
  // "全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标": a target not met is a target.
  if (TARGET_NOT_MET.test(ownLead) && /^[^，,；;。]*的(?:预期)?目标/.test(sentence.slice(figure.end))) return "target";
  if (reviewed) return "actual";
  // "主要预期目标是：国内生产总值增长6%左右；…": a lead-in ending in a colon governs the list.
  const colon = sentence.search(/[：:]/);
  if (colon >= 0 && colon < figure.start && namesTarget(sentence.slice(0, colon).replace(REPORTED_AS_FOLLOWS, ""))) return "target";
  // The lead-in may end the sentence or paragraph before ("主要预期目标是：" on its own line).
  if (/[：:]$/.test(ctx.leadIn) && namesTarget(ctx.leadIn.replace(REPORTED_AS_FOLLOWS, ""))) return "target";
  // A report without headings says where its plans start: "政府工作的总体要求是：…。" closing the paragraph
  // before opens the year's targets ("地区生产总值增长7%左右，规上工业增加值增长8%，…", 绵阳 2024).
  if (PLAN_LEAD_IN.test(ctx.leadIn)) return "target";
  if (SENTENCE_TARGET_MARK.test(sentence.slice(0, figure.start).replace(MET_TARGETS, "").replace(AS_PLANNED, "").replace(PROGRAMME_UNDERWAY, "")))
    return "target";
  if (yearSource === null && ctx.headingIsPlan && !ctx.paragraphReviews) return "target";
  return "actual";
}

/**
 * A figure's own lead ending in what was budgeted: 年初预算合计, 收入预算, 批准的预算为, 执行中(按法定程序)调整为,
 * 支出预算调整为, "批准的…收入和支出预算总计均为206.2亿元", "…会议批准的全市2025年一般公共预算收入为53.03亿元".
 */
const BUDGETED = /(?:预算(?:数|为|是|合计|总额|总计|调整为)?(?:均|分别|共)?为?|执行中[^，,；;。]{0,12}?调整为|批准的[^，,；;。]*?(?:为|是))$/;
/** How a share of the plan done is led in: 为预算数的, 完成调整预算的, 为年初预算的, 完成了原定计划的 (gwr-1956). */
export const PLAN_SHARE_LEAD = new RegExp(`(?:为|完成了?|达到?|占)(?:原定|年度|全年)?(?:${alternation("plan-words")})数?的`);
/** …right before its figure. */
const SHARE_OF_PLAN = new RegExp(`${PLAN_SHARE_LEAD.source}$`);
/** A clause saying how much of the plan the figure before came to: "为调整预算的95.64%". */
// (…with the plan's own amount perhaps: "占年初预算84.17亿元的108.23%".)
const PLAN_SHARE_CLAUSE = new RegExp(`^\\s*(?:${PLAN_SHARE_LEAD.source}|(?:为|完成|达到?|占)(?:${alternation("plan-words")})[\\d.,]+[万亿]*元的)`);
/** The verbs of passing a plan: 超过, 超出, 超额完成. */
const EXCEEDED = "(?:超过|超出|超额完成)";
/** A clause saying by how much the figure before passed the plan: "超过年度计划百分之四点一" (gwr-1958). */
const PLAN_EXCEEDED_CLAUSE = new RegExp(`^\\s*${EXCEEDED}(?:${alternation("plan-words")})`);
/** What was planned, as a base of comparison: 预算, 年度计划, 原定, 原计划 (五年计划原定数). */
const PLAN_NAMED_AS_BASE = `(?:${alternation("plan-words")}|原定|原计划)`;
/**
 * What a figure's own lead says when the figure is by how much a result passed or missed its plan: "比五年计划原定的
 * 1957年投资还多十四亿元", "仍然超过五年计划原定数约五十亿元" (gwr-1957), "比预算多收2000亿元", "超过年度计划百分之四点一"
 * (gwr-1958). The figure is a difference, and of what was done: neither the level nor the plan. (Not against a year's
 * budget before, "支出拟安排38.8亿元，比上年预算增长19.3%": one plan against another.)
 */
const PLAN_PASSED_BY = new RegExp(
  `(?:(?:比|较)(?!上年|去年|上一年|前年|\\d{4}年)[^，,；;。]{0,12}?${PLAN_NAMED_AS_BASE}[^，,；;。]{0,12}?(?:${anyOf(["change-verbs", "comparison-amounts"])})[收支出]?|${EXCEEDED}[^，,；;。]{0,8}?${PLAN_NAMED_AS_BASE}[^，,；;。]{0,4}?)了?$`,
);
/** What a clause says before its figure when it names nothing: "预计达到", "实现". */
const NAMES_NOTHING = new RegExp(`^(?:${alternation("non-subject-words")}|\\s)*$`);
/** A clause that only says what a figure before or after includes: "包括原有企业和新建企业的在内". */
const INCLUSION_ASIDE = /^\s*包括[^，,；;。]*在内\s*$/;

/**
 * A clause whose words beside its figures name nothing ("预计达到六百二十八亿一千万元（按…计算）"), or one only saying what
 * is included. Not a figure alone (an item of a list, "536亿元"), nor one whose noun follows it ("41个…安置区全部建成").
 */
function namesNothing(clause: string): boolean {
  const bare = withoutAnyAsides(clause);
  const figures = extractFigures(bare);
  if (figures.length === 0) return INCLUSION_ASIDE.test(clause);
  let rest = bare;
  for (const f of [...figures].reverse()) rest = rest.slice(0, f.start) + rest.slice(f.end);
  return /\p{Script=Han}/u.test(rest) && NAMES_NOTHING.test(rest.replace(/[\s\p{P}]+/gu, ""));
}
/** A comparison base opening a clause: 比上年, 较上年, 比2002年, 同比. */
const BASE_LEAD = new RegExp(`^(?:(?:比|较)(?:${BASE_TIMES}|\\d{4}年)|同比)`);
/** How a clause opens that says more of the item before it: 为调整预算的, 同比增长, 比上年下降, 占. */
const GOES_ON_ABOUT_ITEM = new RegExp(`^(?:(?:年均|平均每年)?(?:为|占|${CHANGE_VERB}))|${BASE_LEAD.source}`);
/** Between the old level after 由/从 and the next figure: the mark of the level reached, within a few words. */
const FROM_TO_NEXT = new RegExp(`^[^，,；;。]{0,10}?${LEVEL_MARK}`);

function figureRole(
  before: string,
  after: string,
  sentence: string,
  figure: FigureSpan,
  next: FigureSpan | undefined,
  /** The words since the clause's figure before it: "比一九五八年的五百四十八亿元增长" leaves "增长". */
  sincePrevious: string = before,
): FactRole {
  // "由10.2%下降到3.1%", "从1997年的8651亿元增加到…": the first figure is the old level.
  // "由10.2%下降到3.1%", "现行16%的税率降至13%": the first figure is the old level.
  const between = next ? sentence.slice(figure.end, next.start) : "";
  // "由A增加到B" never lists: after a 、 comes another item ("…企业增至3022家、科技型中小企业增至9.4万家").
  const listed = between.includes("、");
  if (next && !listed && OLD_LEVEL.test(between)) return "before";
  // "由上年亏损9,000万元转为盈利3亿多元": 为 as 到.
  if (next && !listed && FROM_TO_NEXT.test(between) && /[由从]/.test(before)) return "before";
  if (CHANGE_AGAINST_BASE.test(before) || PLAN_PASSED_BY.test(before)) return "change";
  if (CHANGE_VERB_OR_NOTHING.test(after.trim().replace(/[。！？!?]$/, "")) && YEAR_ON_YEAR.test(before)) return "change";
  // "占国内生产总值比重51.6%", "在国内生产总值中的比重上升到50.5%", "服务业比重从45.3%上升到51.6%".
  // (The clause up to commas: a list's 、 inside it, "占农村青、壮年总人数的三分之二", does not end the share's words.)
  const clauseBefore = sentence.slice(clauseStartBefore(sentence, figure.start), figure.start);
  if (figure.unitClass === "percent" && (SHARE_OPENED.test(clauseBefore) || SHARE_WORD.test(before))) return "share";
  // "第一、第二、第三产业增加值比例…调整为1.7∶55.6∶42.7" (figures.ts compositionFigure): the parts' shares, never an amount.
  if (figure.unitClass === "percent" && RATIO_SIGN.test(figure.text)) return "share";
  // "人才总量超过160万人，…分别是2007年的1.7倍和1.9倍": a multiple of an earlier level compares, as a change does.
  if (figure.unitClass === "times" && MULTIPLE_OF_EARLIER.test(before)) return "change";
  // "又增产291亿斤", "增长1.1倍", "上升3个百分点": an amount, a multiple or points added is a change, not the level.
  if (figure.unitClass !== "percent" && AFTER_CHANGE_VERB.test(before)) return "change";
  // "余额达到14764亿元，增长百分之二十八": a rate of growth right after the verb; so is one right after a base's
  // level and the verb ("比一九五八年的五百四十八亿元增长百分之十九", gwr-1959).
  if (figure.unitClass === "percent" && JUST_CHANGE_VERB.test(before.replace(/^.*[，,；;]/, "").trim())) return "change";
  if (figure.unitClass === "percent" && sincePrevious !== before && /比[^，,；;。]*$/.test(before) && JUST_CHANGE_VERB.test(sincePrevious.trim()))
    return "change";
  return "level";
}
