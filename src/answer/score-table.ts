/**
 * The score of a fact that may answer a question, as a table: every adjustment named, with its
 * weight and why. Ranking among accepted facts only (acceptance.ts decides which may answer).
 *
 * Scale: ten points are full coverage (the figure's own words name every word of the question,
 * weighted by rarity); one point is thus a tenth of the question. Each adjustment adds
 * weight × value, its value being 1 or 0 when it applies or not, or a measure in 0…1 (±1 for
 * "plan period"). The order is the order of addition.
 */
import type { Question, QueryTerm } from "../question/types.ts";
import { countsAnotherNoun, countsHead, found, headTerm, isChangeTerm, isQuantityNoun, type Coverage } from "./coverage.ts";
import { incrementNamed, isRateOfChange, multipleAsked, type Fact } from "./facts.ts";
import { alternation, anyOf, wordClass } from "../zh/word-classes.ts";
import {
  AFTER_A_CHANGE_ASKED,
  CHANGE_TO_LEVEL,
  BUILT_ASKED,
  DONE_ASKED,
  INCREMENT,
  LEVEL_MARK,
  LEVEL_REACHED_BEFORE,
  nearestBaseYear,
  SUM_OR_TOTAL,
} from "../zh/change-grammar.ts";
import { COUNT_OF_YEARS, PRINTED_YEARS, spanNamed } from "../zh/years.ts";
import { clauseStartBefore, partStartBefore, UP_TO_MONTH } from "../zh/text.ts";
import { extractFigures } from "../zh/figures.ts";
import { isWord } from "../zh/segment.ts";
import { toSearchForm } from "../zh/normalize.ts";
import { synonymsOf } from "../zh/synonyms.ts";
import { CHINESE_NUMERAL_CHARS } from "../zh/numerals.ts";
import type { UnitClass } from "../zh/units.ts";
import { PAIRED_COMPOUNDS } from "../zh/paired-compounds.ts";
import { budgetLevelOf, budgetLevelsNamed } from "./budget-level.ts";

/** A change verb of the data (增长, 增加, 下降…) as a question types it: the word alone. */
const CHANGE_VERB_WORD = new RegExp(`^${anyOf("change-verbs")}$`);

/** Each question's typed change verb as it ends a figure's lead (built once a question: every change fact asks). */
const ASKED_VERB_ENDINGS = new WeakMap<Question, RegExp | null>();

/** Whether the text before a figure ends in the change verb the question typed (增加 of "计划增加多少"). */
function changeVerbAsked(q: Question, before: string): boolean {
  let ending = ASKED_VERB_ENDINGS.get(q);
  if (ending === undefined) {
    const verb = q.terms.find((t) => CHANGE_VERB_WORD.test(t.word))?.word;
    ending = verb === undefined ? null : new RegExp(`${verb}了?$`);
    ASKED_VERB_ENDINGS.set(q, ending);
  }
  return ending !== null && ending.test(before);
}

/** A growth asked as a rate is: 增长多少, 涨了多少, 增速 (增加多少 asks an amount as often). */
const RATE_VERB_ASKED = new RegExp(`增长|涨|${anyOf("rate-of-change-nouns")}`);

/** What the adjustments look at. */
export interface ScoreInputs {
  q: Question;
  fact: Fact;
  coverage: Coverage;
  /** Search-form sentence. */
  sentence: string;
  /** The year the fact is about (its own, or the one its report implies). */
  year: number | null;
  /** The sentence's retrieval score (BM25 over sentences). */
  retrievalScore: number;
  /** The paragraph's headings (search form), its run-in title among them ("4.社会保险基金预算收支情况。…"). */
  headings: string;
}

export interface Adjustment {
  name: string;
  weight: number;
  why: string;
  value: (s: ScoreInputs) => number;
}

/** Years over which "recency" grows from nothing to its full weight. */
const RECENCY_SPAN: [number, number] = [1950, 2025];

const when = (test: boolean): number => (test ? 1 : 0);

/** The old level's own name after 由/从, years and 的 left out: "由年初预算111.10亿元调整为…" → 年初预算. */
const OLD_LEVEL_NAME = /(?:由|从)([^，,；;。：:由从]*)$/;
/** The end of a plan period asked: 十三五末, 十四五期末. */
const PERIOD_END_ASKED = /五(?:期)?末/;
/** Per whom and per when a standard is counted: 每人每年, 每人每月, 人均每年. */
const PER_WHOM_AND_WHEN = /(?:每|人均)[人户名位年月日]*(?:每[人户名位年月日])*/g;
/** A name shorter than this is a time word (由上年的…), which the year rules read. */
const OLD_LEVEL_NAME_MIN = 3;

/**
 * Whether the question asks the old level whose figure starts at `start`: by its name ("年初预算" of 由年初预算A), or by
 * asking what it was before (原来多少: the A of 从A提高到B).
 */
function oldLevelAsked(q: Question, sentence: string, start: number | null): boolean {
  if (start === null) return false;
  if (q.asksOldLevel) return true;
  const name = OLD_LEVEL_NAME.exec(sentence.slice(clauseStartBefore(sentence, start), start))?.[1]
    ?.replace(PRINTED_YEARS, "")
    .replace(/的|\s/g, "")
    // (Per whom and per when it is counted, "从每人每年84元提高至89元", names no old level.)
    .replace(PER_WHOM_AND_WHEN, "");
  return name !== undefined && /^\p{Script=Han}+$/u.test(name) && [...name].length >= OLD_LEVEL_NAME_MIN && toSearchForm(q.text).includes(name);
}

/** Right before a figure, the mark of a level reached: 到, 至, 为. */
const LEVEL_MARK_BEFORE = new RegExp(`${LEVEL_MARK}\\s*$`);

/** Where the figure before this one in its clause starts, when the clause says it reached this one from it (…调整为, …提高到). */
function previousFigureStart(sentence: string, start: number): number | null {
  // The mark first: reading the clause's figures is the costly part, and most figures have no mark before them.
  if (!LEVEL_MARK_BEFORE.test(sentence.slice(0, start))) return null;
  const clauseStart = clauseStartBefore(sentence, start);
  const before = extractFigures(sentence.slice(clauseStart, start)).at(-1);
  return before ? clauseStart + before.start : null;
}

/** What a report foresees for its year (预计全年…): not what the year came to. */
const FORECAST = /预计/;

/** Words by which a figure's own clause says it is a total, not the increment its parent clause names. */
const TOTAL_OWN = new RegExp(`${SUM_OR_TOTAL}|${anyOf("shape-words", "shape-words-not-totals")}|全部|(?<!公)共`);
/** A figure's own words that state the level a quantity reached: 达到, 增至, 提高到. */
const LEVEL_REACHED_OWN = /达到|增至|增加到|提高到|上升到|升至/;
/** A figure's own words that make it an average of many (项目平均投资, 平均每个); 年均 of a rate is read as a change. */
const AVERAGE = /平均/;
/** An average asked: 平均, 均 (人均, 户均, 每年 for 年均), 每 (每个项目). */
const AVERAGE_ASKED = /均|每/;
/** A sum asked: 总投资, 总数, 一共, 累计. */
const SUM_ASKED = new RegExp(`总|${SUM_OR_TOTAL}`);
/** A threshold an amount passed (突破2万亿元, 超过1000家, "跨越5000亿元，达5600亿元" 长沙 2012): never how much it changed (acceptance.ts). */
export const THRESHOLD_PASSED = /突破|跨越|超过|^超$|逾/;
/** Verbs that make a figure an increment (新增, 新建, 改建): word-classes.txt's increment-verbs. */
const INCREMENT_VERBS: readonly string[] = wordClass("increment-verbs");
/** Qualifiers that print a threshold passed or kept under, not the figure: 突破, 超过, 逾, 以上, 少于. */
const BOUND = new RegExp(`${THRESHOLD_PASSED.source}|以上|多达|少于|低于`);
/** The floor a target is set at: "规模以上工业增加值增长6%以上". */
const TARGET_FLOOR = /以上$/;
/** Verbs of a step reached: 迈上6万亿元台阶. */
const STEP_VERBS = "迈上|跨上|站上|登上|跃上";
/** Verbs of a threshold passed: 跨过5000亿元大关. */
const PASSING_VERBS = "跨过|迈过|跃过|越过|跨越";
/** …and right after it, the step: (新)台阶. */
const STEP_AFTER = /^(?:一?个?新的?)?台阶/;
/** …or the threshold passed: 大关, 关口 (a step reached is a level: "粮食产量首次跃上1.4万亿斤新台阶"). */
const THRESHOLD_AFTER = /^(?:大关|关口)/;
/** A figure of a run joined by 、 or 和: "1000亿元、", "400亿元和". */
const RUN_ITEM = "[\\d.,]+[^\\d、和及与，,；;。]{0,4}";
/** Right before a figure, the verb of a threshold passed or a step reached (跨过5000亿元大关, 迈上千亿元台阶), and the figures
 * of its run before it: "相继跨过1000亿元、3000亿元、". */
export const PASSED_RUN_BEFORE = new RegExp(`(?:${PASSING_VERBS}|${STEP_VERBS})(?:${RUN_ITEM}[、和及与])*$`);
/** …and after it, the run's figures after it and the threshold: "、400亿元和100亿元大关". */
export const THRESHOLD_RUN_AFTER = new RegExp(`^(?:[、和及与]${RUN_ITEM})*(?:大关|关口)`);
/**
 * A mark of a run of marks passed or steps reached, the figures before or after it in the run: "连续跨上100亿和200亿
 * 大台阶", "先后突破1000亿和2000亿大关" — of several marks none is the level (one step alone may be: "跃上1.4万亿斤新台阶").
 */
export const MARK_RUN_BEFORE = new RegExp(`(?:${PASSING_VERBS}|${STEP_VERBS}|突破)(?:${RUN_ITEM}[、和及与])+$`);
export const MARK_RUN_AFTER = new RegExp(`^(?:[、和及与](?:突破)?${RUN_ITEM})+[大新]?(?:台阶|大关|关口)`);
/** …and the mark's word right after the run's last figure: "大台阶", "大关". */
export const MARK_AFTER = /^[大新]?(?:台阶|大关|关口)/;
/** A question asking whether a threshold was passed or a step reached (超过多少, 跨过了哪个大关). */
export const ASKS_THRESHOLD = new RegExp(`突破|超过|逾|${PASSING_VERBS}|${STEP_VERBS}|大关|关口|台阶`);
/** Before a step reached ("迈上6万亿元台阶"): the verb of stepping up, or of steps counted ("连跨三个千亿元台阶", 江苏 2013). */
const STEP_BEFORE = new RegExp(`(?:${STEP_VERBS}|跨(?:[一两二三四五六七八九十\\d]+个))$`);
/** A question asking the figure itself, not a bound of it: 具体是多少, 确切, 准确. */
const EXACT_ASKED = /具体|确切|准确|精确/;

/** After a level (and the rest of its run), its rate of change: "、15868元，分别增长8%、9%". */
const RATE_FOLLOWS = /^(?:、[\d.,]+[^\d、，,；;。]{0,4})*[，,、]\s*(?:分别)?(?:比上年|同比)?(?:增长|增加|下降|提高|上升|减少)\s*[\d.]+%/;

/** A change asked (增长多少), and the figure an amount reached, not a change or a rate. */
function levelForChange(s: ScoreInputs): boolean {
  return s.q.asksChange && s.fact.role === "level" && s.fact.figure.unitClass !== "percent" && s.fact.figure.unitClass !== "points";
}

/** What was agreed or contracted, not done: 协议金额, 合同外资, 签约额. */
const AGREED = /协议|合同|签约/;

/** A step reached before and after the figure: "迈上2000亿元台阶". */
function stepReached(s: { sentence: string; fact: Pick<Fact, "figure"> }): boolean {
  return STEP_BEFORE.test(s.sentence.slice(0, s.fact.figure.start)) && STEP_AFTER.test(s.sentence.slice(s.fact.figure.end));
}

/**
 * Right after a bound, the figure itself: "、达到23562亿元", "，完成409.3亿元" (文山 2025), after the year or the estimate
 * it is of ("首次突破1万亿元，预计达1.17万亿元", 广西 2012; "连跨三个千亿元台阶，2012年达5861亿元", 江苏 2013).
 */
const BOUND_THEN_FIGURE = /^[、，,]\s*(?:(?:初步)?预计|全年|当年|去年|今年|年末|年底|(?:19|20)\d\d年)*\s*(?:达到|达|为|完成|实现)\s*\d/;

/**
 * A threshold passed right before the figure itself: "突破2万亿元、达到23562亿元", "突破300亿元大关、达313.9亿元",
 * "迈上6万亿元台阶，达到62661亿元".
 */
export function boundBeforeFigure(sentence: string, fact: Pick<Fact, "figure">): boolean {
  const after = sentence.slice(fact.figure.end);
  // A step reached is a threshold too.
  const step = STEP_BEFORE.test(sentence.slice(0, fact.figure.start)) ? STEP_AFTER.exec(after) : null;
  const bound = BOUND.test(fact.figure.qualifier);
  const mark = step ?? (bound ? THRESHOLD_AFTER.exec(after) : null);
  return (bound || step !== null) && BOUND_THEN_FIGURE.test(mark ? after.slice(mark[0].length) : after);
}
/**
 * A word that asks for a plan, a forecast or what was done (预计, 目标, 计划; 实际, 完成): said again in
 * a figure's own words, it is that one. 实际 before a change (实际增长) says real growth, not done.
 */
const KIND_WORD = new RegExp(
  `${anyOf(["target-kind-words", "arranged-kind-words"])}|${anyOf("done-kind-words")}(?!${alternation("change-verbs", "colloquial-change")})`,
  "g",
);
/**
 * "沈阳规上工业咋样": how a measure went asks neither its level nor its change alone, and a change
 * ("规模以上工业增加值比上年下降6.0%") answers it as well as a level.
 */
export const HOW_IT_GOES = new RegExp(anyOf("how-it-goes"));
/** The social insurance funds' names (word-classes.txt's insurance-fund-names). */
const INSURANCE_FUNDS = new RegExp(alternation("insurance-fund-names"), "g");

/** The question asks of 基金 alone (基金收入), naming no insurance fund (社保基金, 养老保险基金). */
function asksBareFund(q: Question): boolean {
  return q.terms.some((t) => t.word === "基金") && q.text.search(INSURANCE_FUNDS) < 0;
}

/** Every 基金 in these words is an insurance fund's. */
function namesOnlyInsuranceFund(words: string): boolean {
  return words.includes("基金") && !words.replace(INSURANCE_FUNDS, "").includes("基金");
}

/** Names of budgets, whose 预算 is no kind word (word-classes.txt's budget-names). */
const BUDGET_NAMES = new RegExp(alternation("budget-names"), "g");
const namesBudget = (text: string) => text.search(BUDGET_NAMES) >= 0;
/** A word of the question is a budget's name (一般预算收入 as 一般公共预算收入). */
const asksBudget = (q: Question) => q.terms.some((t) => t.alternatives.some(namesBudget));

/**
 * Whether an asked budget's name stands in these words only ever inside the name of another budget
 * (基金预算 in 社保基金预算). A word that names no budget (基金 of 政府性基金收入) is not judged.
 */
function onlyInAnotherBudget(term: QueryTerm, ownWords: string): boolean {
  if (!term.alternatives.some((alt) => alt.endsWith("预算"))) return false;
  const names = [...ownWords.matchAll(BUDGET_NAMES)].map((m) => ({ at: m.index ?? 0, name: m[0] }));
  let inside = false;
  for (const alt of term.alternatives) {
    for (let at = ownWords.indexOf(alt); at >= 0; at = ownWords.indexOf(alt, at + 1)) {
      const other = names.find((n) => n.at <= at && at + alt.length <= n.at + n.name.length && !term.alternatives.includes(n.name));
      if (!other) return false;
      inside = true;
    }
  }
  return inside;
}

function withoutBudgetNames(text: string): string {
  return text.replace(BUDGET_NAMES, " ");
}

/** The kind words a question says (目标, 预计, 计划…), a budget's name aside. */
function kindWordsAsked(q: Question): string[] {
  return withoutBudgetNames(q.text).match(KIND_WORD) ?? [];
}
const QUALIFIER_ASKED = new RegExp(`(${alternation("figure-prefixes")})(?=多少|几)`);

/** An adverb of once more and the verb after it, as a question types them: 再开工, 又新增 (not 再生: a word of its own). */
const AGAIN_ASKED = /[再又]([\p{Script=Han}]{2})/u;

/** The verb a question asks done once more ("今年再开工多少个"), with its adverb: "再开工", or "". */
function againAsked(question: string): string {
  const m = AGAIN_ASKED.exec(question);
  return m && !isWord(m[0].slice(0, 2)) ? m[0] : "";
}

/** The qualifier a question puts before its 多少 ("突破多少"), or "". */
function askedQualifier(question: string): string {
  return QUALIFIER_ASKED.exec(question)?.[1] ?? "";
}

/** Verbs that may stand before an item's figure without labelling it: 增长, 达到, 为. */
const LABEL_VERBS = new RegExp(`^(?:${alternation("change-verbs", "non-subject-words")})+$`);

/** Who handed a figure down, and to whom: "省财政厅下达我市", "省级下达临沧市", "财政部核定". */
const GRANTED_BY = new RegExp(
  `(?:省|上级|国家|财政部|中央)\\p{Script=Han}{0,5}?(?:${alternation("grant-verbs")})给?(?:[我本][市州县区盟旗]|\\p{Script=Han}{1,4}?[市州县盟旗])?`,
  "gu",
);
/** Words that stand in a figure's own words without naming what it measures. */
const NOT_NAMING = new RegExp(
  `${alternation("scope-words")}|${alternation("whole-words")}|年末|年底|年初|全年|全体|初步核算|达到|实现|完成|来源于|${alternation("sum-words")}`,
  "g",
);
const PER_UNIT_OF_OUTPUT_SOURCE =
  "单位(?:国内|地区)?生产总值|单位gdp|单位(?:工业)?增加值|[万亿]元(?:国内|地区)?生产总值|[万亿]元gdp|人均(?:国内|地区)?生产总值|人均gdp";
/**
 * A per-unit metric: 人均, 生均, 每百户, 每千人, 千人口, 每万人, and per unit of output (单位国内生产总值能耗,
 * 单位工业增加值用水量, 亿元地区生产总值生产安全事故死亡率: GDP there is what the energy or the deaths are
 * counted against, not what is asked).
 */
export const PER_UNIT = new RegExp(`${anyOf(["per-unit-words", "per-land-words"])}|每[百千万]?(?:人|户|名|位)|[百千万]人口|${PER_UNIT_OF_OUTPUT_SOURCE}`);
/** A metric per unit of output asked in one word: 能耗强度, 碳排放强度. */
const INTENSITY_ASKED = new RegExp(alternation("intensity-words"));
/** …of them, per unit of output (单位国内生产总值能耗, 单位工业增加值用水量, 亿元GDP生产安全事故死亡率) or output per person (人均生产总值). */
export const PER_UNIT_OF_OUTPUT = new RegExp(PER_UNIT_OF_OUTPUT_SOURCE);

/**
 * A level a span's sentence says was reached ("“十五”期间，…生产总值…达到4926.9亿元") is its last year's, as its label
 * says (figure-period.ts), when one year is asked: not a share over the span ("…民生类支出共2224.51亿元，占…比重达81.4%"),
 * a sum (累计达到), what the years added (新增…达到) nor a step passed (突破1000亿元).
 */
function levelReachedInSpan(s: ScoreInputs): boolean {
  const before = s.sentence.slice(s.fact.clause[0], s.fact.figure.start);
  return (
    !s.q.multiYear &&
    s.fact.multiYear &&
    s.fact.role === "level" &&
    s.fact.figure.qualifier === "" &&
    REACHED_RIGHT_BEFORE.test(before) &&
    !SUMMED_OR_ADDED.test(before)
  );
}
/** 达到, 增加到, 为 right before a figure. */
const REACHED_RIGHT_BEFORE = new RegExp(`(?:达到?|${LEVEL_MARK})\\s*$`);
/** A sum or what was added: 累计, 共, 合计, 新增…. */
const SUMMED_OR_ADDED = new RegExp(`${SUM_OR_TOTAL}|${INCREMENT.source}|(?<!公)共`);

/** The head of a question asking for a standard, which reports print per person (每人每月…元). */
const STANDARD_HEAD = new RegExp(`(?:${anyOf("standard-heads")})$`);
/** People's income asked (居民收入, 农民收入, 老百姓收入): the reports print it per person (人均可支配收入). */
const PEOPLES_INCOME = /(?:居民|农民|老百姓|职工|群众)[^，,；;]{0,2}收入/;

/** The years up to a report's own: 近三年, 最近五年. */
const LATEST_YEARS = new RegExp(`(?:近|最近)${COUNT_OF_YEARS}年`);
/** Words that say a figure is one year's: 全年, 当年. */
const ONE_YEAR_MARK = /全年|当年/;

/**
 * A clause opening with an increment verb whose object is the figure, however long the object's list: "新开通和恢复了沈阳至
 * 福冈、新加坡、釜山等5条国际航线，使沈阳的国际航线达到19条" (沈阳 2004) added 5条. Only the clause's first figure, or
 * an item of the run of items it opens (a list's items are one clause here).
 */
function opensWithIncrement(s: ScoreInputs): boolean {
  const before = s.sentence.slice(clauseStartBefore(s.sentence, s.fact.figure.start), s.fact.figure.start);
  // (Each figure before closing an item of the run: "新增“四上”企业260家、高新技术企业136家", 益阳 2022; not an item of its
  // own total or level: "新增发电装机4178万千瓦、总装机达9157万千瓦", 湖南 2026.)
  const figures = extractFigures(before);
  const item = figures.length > 0 ? before.slice(figures.at(-1)!.end + 1) : "";
  return INCREMENT_OPENS.test(before) && figures.every((f) => before[f.end] === "、") && !TOTAL_OWN.test(item) && !REACHES.test(item);
}
/** An item's verb to the level it reached: 达, 达到, 增至. */
const REACHES = /达|至/;
const INCREMENT_OPENS = new RegExp(`^\\s*(?:${INCREMENT.source})`);

/** Whether the sentence, after the figure, says a level of the same kind was reached: "…，今年要扩大到120户". */
function reachedLaterInSentence(s: ScoreInputs): boolean {
  const rest = s.sentence.slice(s.fact.figure.end);
  const reached = LEVEL_REACHED_AHEAD.exec(rest);
  if (!reached) return false;
  const next = extractFigures(rest.slice(reached.index + reached[0].length))[0];
  return next !== undefined && next.start === 0 && next.unitClass === s.fact.figure.unitClass;
}
const LEVEL_REACHED_AHEAD = new RegExp(CHANGE_TO_LEVEL.source);

/** The adjustment of a narrower metric: the latest-by-default choice passes such figures over (figure-answer.ts). */
export const NARROWER_TERM = "narrower term";

/** An amount's use right after it, in its clause ("3000亿元支持消费品以旧换新", "…专项用于…"): group 1 the use. */
const EARMARKED_FOR = /^\s*(?:专项|专门|重点)?(?:用于|支持|用来)([^，,；;。]+)/;

/** Words naming the whole of a kind (各项, 本外币, 外贸): they narrow nothing. */
const WHOLE_WORDS: ReadonlySet<string> = new Set(wordClass("whole-words"));

/** Digits and Chinese numerals: before a unit they are a figure's. */
const NUMERAL_CHARACTER = new RegExp(`[\\d${CHINESE_NUMERAL_CHARS}]`);
/** How many characters before an asked word may make it a longer word (手工业: 1, 高速公路: 2). */
const NARROWING_PREFIX = [1, 2] as const;

/**
 * Whether an asked word stands in these words, and each time as the end of a longer word (as
 * jieba segments) whose first characters the question does not have (工业 in 手工业, 公路 in 高速公路).
 */
function onlyNarrowed(term: QueryTerm, ownWords: string, question: string): boolean {
  if (term.word.length < 2) return false;
  let narrowed = false;
  for (const alt of term.alternatives) {
    for (let at = ownWords.indexOf(alt); at >= 0; at = ownWords.indexOf(alt, at + 1)) {
      if (!NARROWING_PREFIX.some((k) => at >= k && narrows(ownWords.slice(at - k, at), alt, term, question))) return false;
      narrowed = true;
    }
  }
  return narrowed;
}

/** The characters of an asked word's leading word that a prefix may narrow (教育 of 教育支出: jieba keeps 教育支出 whole). */
const LEADING_WORD_CHARS = 2;

/** Whether these characters before an asked word make a narrower word of it (手 + 工业). */
function narrows(prefix: string, alt: string, term: QueryTerm, question: string): boolean {
  // A magnitude before a unit (亿平方米) is a figure's, not a narrower word.
  if (NUMERAL_CHARACTER.test(prefix)) return false;
  // 城乡居民 is every 居民, not a kind of them: a paired compound before a word widens nothing; nor does a word
  // naming the whole of a kind (外贸出口 is every 出口: word-classes whole-words).
  if (PAIRED_COMPOUNDS.some(([compound]) => compound === prefix) || WHOLE_WORDS.has(prefix)) return false;
  // The longer word may be the asked word's first one: 普通 + 教育 of 教育支出 ("普通教育、职业教育、特殊教育支出
  // 分别较上年增长4.5%、39.8%、66.2%" is no answer to 教育支出增长了多少).
  const first = alt.slice(0, LEADING_WORD_CHARS);
  if (question.includes(prefix) || !(isWord(prefix + alt) || (first.length < alt.length && isWord(prefix + first)))) return false;
  // Another name of what is asked (国内生产总值 for 经济增长's 生产总值) is no narrower.
  return !synonymsOf(prefix + alt).some((name) => term.alternatives.includes(name));
}

/**
 * Whether these words say the shape word itself, not inside another name its synonyms give it: 规模 as a size ("工业总产值规模")
 * is not the 规模 of 规模以上 ("战略性新兴产业规模以上工业产值达357.0亿元", 柳州 2015), which names which firms are counted.
 */
function shapeSaid(term: QueryTerm, ownWords: string): boolean {
  const longer = term.alternatives.filter((alt) => alt !== term.word && alt.includes(term.word));
  return longer.reduce((rest, alt) => rest.replaceAll(alt, " "), ownWords).includes(term.word);
}

/** A word then 的 then another noun ("经济增长的贡献率"): the word is what the noun belongs to. */
const POSSESSED = /^的\p{Script=Han}{2}/u;

/** Whether the question's head word stands in these words, and only ever before 的 and another noun. */
function onlyModifies(head: QueryTerm | undefined, ownWords: string): boolean {
  // A one-character head (点 of 测评点) is too often part of another word.
  if (!head || head.word.length < 2) return false;
  let modifies = false;
  for (const alt of head.alternatives) {
    for (let at = ownWords.indexOf(alt); at >= 0; at = ownWords.indexOf(alt, at + 1)) {
      if (!POSSESSED.test(ownWords.slice(at + alt.length))) return false;
      modifies = true;
    }
  }
  return modifies;
}

export const ADJUSTMENTS: readonly Adjustment[] = [
  { name: "coverage", weight: 10, why: "share of the question's words that name the figure (0…1): the scale", value: (s) => s.coverage.share },
  { name: "retrieval", weight: 0.2, why: "tie-breaker: log(1 + the sentence's BM25)", value: (s) => Math.log1p(s.retrievalScore) },
  {
    name: "old level",
    weight: -2.5,
    why: "the A of 由A增加到B is the level before, not the current one (unless a span review dates it: 五年来…从54万亿元)",
    value: (s) => when(s.fact.role === "before" && s.fact.spanPoint !== "start"),
  },
  {
    name: "old level asked",
    weight: 2.5,
    why: "the A of 由年初预算A调整为B asked by what it is (年初预算是多少) or as what it was (原来多少): that takes back the old level's penalty",
    value: (s) => when(s.fact.role === "before" && oldLevelAsked(s.q, s.sentence, s.fact.figure.start)),
  },
  {
    name: "level after the old one asked",
    weight: -2.5,
    why: "the B of 由年初预算A调整为B, where the question asks the old level (年初预算是多少, 原来多少)",
    value: (s) =>
      when((s.fact.role === "level" || s.fact.role === "share") && oldLevelAsked(s.q, s.sentence, previousFigureStart(s.sentence, s.fact.figure.start))),
  },
  {
    name: "level after a change asked",
    weight: 0.75,
    why: "调整后 asked, and the figure is the level a change reached (由年初预算的104.99亿元增加到248.07亿元)",
    value: (s) => when(AFTER_A_CHANGE_ASKED.test(s.q.text) && LEVEL_REACHED_BEFORE.test(s.sentence.slice(s.fact.clause[0], s.fact.figure.start))),
  },
  {
    name: "level before the one reached asked",
    weight: -1,
    why: "扩到多少 asked, and the sentence goes on to the level reached (已经组织了57户…，今年要扩大到120户): 57户 is where it started",
    value: (s) =>
      when(
        AFTER_A_CHANGE_ASKED.test(s.q.text) && !LEVEL_REACHED_BEFORE.test(s.sentence.slice(s.fact.clause[0], s.fact.figure.start)) && reachedLaterInSentence(s),
      ),
  },
  { name: "change asked", weight: 0.5, why: "增长/提高 asked, and the figure is a change", value: (s) => when(s.fact.role === "change" && s.q.asksChange) },
  {
    name: "change verb as asked",
    weight: 0.25,
    why: "增加多少 against '投入增加300亿元以上，比上年增长20%以上': the figure right after the very change verb asked (an amount is 增加, a rate 增长)",
    value: (s) => when(s.q.asksChange && s.fact.role === "change" && changeVerbAsked(s.q, s.sentence.slice(0, s.fact.figure.start))),
  },
  {
    name: "increment verb as asked",
    weight: 0.25,
    why: "1956年新建多少个大型水利工程 against '将要新建…等24个大型水利工程，续建…等18个大型水利工程': the figure whose own clause has the very increment verb asked",
    value: (s) => {
      // (Its words since the last comma: a list of names cut by 、 is no clause of its own.)
      const own = s.sentence.slice(clauseStartBefore(s.sentence, s.fact.figure.start), s.fact.figure.start);
      return when(INCREMENT_VERBS.some((v) => s.q.text.includes(v) && own.includes(v)));
    },
  },
  {
    name: "rate for a growth asked",
    weight: 0.3,
    why: "增长多少 with no unit asks the rate: of '收入增长966,485,000元，即增长3.68%' the 3.68%",
    value: (s) =>
      when(
        s.q.asksChange && s.q.wantedClasses.length === 0 && RATE_VERB_ASKED.test(s.q.text) && s.fact.role === "change" && s.fact.figure.unitClass === "percent",
      ),
  },
  {
    name: "change not asked",
    weight: -2,
    why: "a level asked, and the figure is a change (比上年增加…)",
    value: (s) =>
      when(
        s.fact.role === "change" && !s.q.asksChange && !HOW_IT_GOES.test(s.q.text) && !incrementNamed(s.q, s.sentence, s.fact) && !multipleAsked(s.q, s.fact),
      ),
  },
  {
    name: "rate for a planned amount",
    weight: -1,
    why: "a target of an amount asked (收入预期多少): a planned rate (预期增长4%) yields to the planned amount",
    value: (s) => when(s.q.rateImplied && (s.fact.figure.unitClass === "percent" || s.fact.figure.unitClass === "points")),
  },
  {
    name: "growth rate not asked",
    weight: -1.5,
    why: "a level asked with no rate in it (沿海港口货物吞吐量), and the figure is a percentage right after a change verb (增长百分之五十九)",
    value: (s) =>
      when(!s.q.asksChange && !s.q.asksShare && !HOW_IT_GOES.test(s.q.text) && !s.q.wantedClasses.includes("percent") && isRateOfChange(s.sentence, s.fact)),
  },
  {
    name: "level for a change",
    weight: -1,
    why: "增长多少 asked, and the figure is an amount reached, not a change or a rate",
    value: (s) => when(levelForChange(s)),
  },
  {
    name: "agreed for actual",
    weight: -2,
    why: '外商直接投资实际到位多少 against "外商直接投资协议金额120亿美元，实际投资43.7亿美元": what was agreed or contracted is not what was actually put in',
    value: (s) => when(s.q.wantedKind === "actual" && AGREED.test(s.sentence.slice(s.fact.clause[0], s.fact.figure.start))),
  },
  {
    name: "up to a month",
    weight: -1.5,
    why: "截止2020年9月底…一般公共预算支出178.10亿元: nine months' figure, weaker than a whole year's when the question names no month",
    value: (s) => when(UP_TO_MONTH.test(/^[^，,；;]*/.exec(s.sentence)![0]) && !/月/.test(s.q.text)),
  },
  {
    name: "level before its rate",
    weight: -1,
    why: '增长多少 asked: "农村居民人均可支配收入32484元、15868元，分别增长8%、9%" (南平 2019) — the level\'s own rate of growth follows it, and is the figure asked',
    value: (s) => when(levelForChange(s) && RATE_FOLLOWS.test(s.sentence.slice(s.fact.figure.end))),
  },
  { name: "share asked", weight: 1, why: "占/比重 asked, and the figure is a share", value: (s) => when(s.fact.role === "share" && s.q.asksShare) },
  {
    name: "share not asked",
    weight: -2,
    why: "a share (占…的X%) when the question does not ask one",
    value: (s) => when(s.fact.role === "share" && !s.q.asksShare),
  },
  {
    name: "target asked",
    weight: 1,
    why: "目标/预期 asked, and the figure is a target",
    value: (s) => when(s.q.wantedKind === "target" && s.fact.kind === "target"),
  },
  {
    name: "actual for a target",
    weight: -1.2,
    why: "目标 asked, and the figure is an actual",
    value: (s) => when(s.q.wantedKind === "target" && s.fact.kind !== "target"),
  },
  {
    name: "target not asked",
    weight: -1.5,
    why: "an actual is wanted unless a target is asked",
    value: (s) => when(s.q.wantedKind !== "target" && s.fact.kind === "target"),
  },
  {
    name: "forecast for a past year",
    weight: -1.5,
    why: "a past year asked: what the next report says it came to (留抵退税超过2.4万亿元) beats what was foreseen (预计…约1.5万亿元)",
    value: (s) =>
      when(
        s.q.wantedKind !== "target" &&
          s.fact.kind === "target" &&
          s.q.dataYear !== null &&
          s.q.present !== null &&
          s.q.dataYear < s.q.present &&
          FORECAST.test(s.sentence.slice(0, s.fact.figure.start)),
      ),
  },
  {
    name: "span mismatch",
    weight: -0.7,
    why: "a figure over several years (五年累计) for one year asked, or the reverse; a level reached (…上升到51.6%) fits both",
    // A running total asked (现在总共有多少) is what 累计 counts: "累计达到1100座" is no span; nor is what the
    // years added up to ("小火电一共关停了多少": "五年来…关停小火电机组7210万千瓦"). Nor is a change against the base
    // year asked ("1954年工业总产值比1952年增长多少": "一九五四年工业总产值比一九五二年增长了百分之五十三点七").
    // Nor is a figure over years asked of no year when what was done is asked, or the years are the latest ones ("电解铝
    // 淘汰落后产能多少": "近三年淘汰…电解铝100多万吨", the latest such statement).
    value: (s) =>
      when(
        s.fact.spanPoint === null &&
          s.fact.multiYear !== s.q.multiYear &&
          !(
            s.fact.multiYear &&
            s.q.dataYear === null &&
            s.q.reportYear === null &&
            s.q.period === null &&
            s.q.recentSpan === null &&
            (DONE_ASKED.test(s.q.text) || LATEST_YEARS.test(s.sentence.slice(0, s.fact.figure.start)))
          ) &&
          !(s.fact.role === "share" && s.q.asksShare && s.q.period) &&
          // The end of a plan period asked (十三五末) is its last year's level ("到2020年达到1700亿元以上") as much as the
          // period's plan ("“十四五”…研发经费支出占生产总值比重达到3.3%").
          // So is the plan's last year named ("一五计划1957年农业总产值目标": "到一九五七年达到五百九十六亿六千万元").
          !(s.q.period !== null && (PERIOD_END_ASKED.test(s.q.text) || (s.q.dataYear === s.q.period[1] && s.fact.year === s.q.period[1]))) &&
          !(s.q.asksTotal && (s.fact.multiYear || TOTAL_OWN.test(s.sentence.slice(s.fact.clause[0], s.fact.figure.start)))) &&
          !(s.q.baseYear !== null && nearestBaseYear(s.sentence.slice(0, s.fact.figure.start)) === s.q.baseYear) &&
          !levelReachedInSpan(s),
      ),
  },
  {
    name: "span's end for its total",
    weight: -1.5,
    why: "97到02年…一共多少: the level a change over the span reached (由1997年的664亿元增加到2002年的4025亿元) is no sum of its years (五年共计12319亿元)",
    value: (s) => when(s.q.asksTotal && s.q.multiYear && !s.fact.multiYear && s.fact.spanPoint === "end"),
  },
  {
    name: "one year for a span asked",
    weight: -0.7,
    why: "a plan period or years asked (十二五利用外资总额), and the figure's part of the sentence says it is one year's (全年…利用外资11亿美元)",
    value: (s) =>
      when(
        s.q.multiYear &&
          !s.fact.multiYear &&
          s.fact.spanPoint === null &&
          ONE_YEAR_MARK.test(s.sentence.slice(partStartBefore(s.sentence, s.fact.figure.start), s.fact.figure.start)),
      ),
  },
  {
    name: "span of another length",
    weight: -0.7,
    why: "a plan period asked (1953到1957年, 一五期间), and the figure's sentence counts other years (两年来…增长百分之十四)",
    value: (s) => {
      if (s.q.period === null) return 0;
      const counted = spanNamed(s.sentence.slice(0, s.fact.figure.start));
      return when(counted !== null && counted !== s.q.period[1] - s.q.period[0] + 1);
    },
  },
  { name: "bare number", weight: -0.5, why: "no unit: less surely a statistic", value: (s) => when(s.fact.figure.unit === "") },
  {
    name: "year named",
    weight: 0.5,
    why: "the sentence names the asked year itself",
    value: (s) => when(s.q.dataYear !== null && s.fact.year === s.q.dataYear && s.fact.yearSource !== "report"),
  },
  {
    name: "precision",
    weight: 1.5,
    why: "share of the figure's own words that the question asked (a subject inherited counts half)",
    value: (s) => (s.coverage.inherits ? 0.5 : precision(s.coverage.ownWords, s.q, s.fact.figure.unitClass)),
  },
  {
    name: "year from the report",
    weight: -1.5,
    why: "accepted on the report's year alone, not on a year the text gives",
    value: (s) => when(s.q.dataYear !== null && s.fact.year === null && s.year !== s.q.dataYear),
  },
  {
    name: "year from a span",
    weight: -1.5,
    why: "五年来…从1655亿美元增加到…: a level dated only by the span a review opens with, weaker than a year the text prints",
    value: (s) => when(s.fact.spanPoint === "start"),
  },
  {
    name: "subgroup named",
    weight: 1.5,
    why: "其中教师544名: the item whose label is exactly the asked word",
    value: (s) => when(!s.q.asksTotal && isNamedSubgroup(s)),
  },
  {
    name: "per unit not asked",
    weight: -1.5,
    why: "人均地区生产总值 when 地区生产总值 is asked: a figure per person or household is another metric than the total",
    // A standard (低保标准, 生活保障标准) is per person by nature: "每人每月2423元" is the standard asked; so is
    // people's income ("老百姓收入年均涨多少": "居民人均可支配收入年均增长5.1%").
    value: (s) =>
      when(
        PER_UNIT.test(s.coverage.subjectWords) &&
          !PER_UNIT.test(s.q.text) &&
          !INTENSITY_ASKED.test(s.q.text) &&
          !s.q.terms.some((t) => STANDARD_HEAD.test(t.word)) &&
          !PEOPLES_INCOME.test(s.q.text),
      ),
  },
  {
    name: "increment not asked",
    weight: -1.5,
    why: "新增地铁线路长度22.4公里 when the length is asked: what was added is not the level",
    // Not a total or a level reached that the figure's own words name after the increment ("新增上市公司45家、总量达1224家",
    // "新增新能源装机规模994.8万千瓦、达到1501万千瓦": 规模 after 新增 is the increment's); nor for what was built in a
    // year asked ("深圳19年建了多少个公园": "新建公园117个、总数达1090个").
    value: (s) =>
      when(
        (INCREMENT.test(s.coverage.subjectWords) || opensWithIncrement(s)) &&
          !INCREMENT.test(s.q.text) &&
          !((TOTAL_OWN.test(s.coverage.ownWords) || LEVEL_REACHED_OWN.test(s.coverage.ownWords)) && !INCREMENT.test(s.coverage.ownWords)) &&
          !(s.q.dataYear !== null && BUILT_ASKED.test(s.q.text)),
      ),
  },
  {
    name: "again asked",
    weight: 1.5,
    why: '再开工多少个 against "已开工的57个项目要加快建设，今年再开工27个项目": the figure the very adverb and verb asked lead is the one asked',
    value: (s) => {
      const again = againAsked(s.q.text);
      return when(again !== "" && s.coverage.ownWords.includes(again));
    },
  },
  {
    name: "qualifier asked",
    weight: 1,
    why: "突破多少, 超过多少: the figure printed with that very qualifier (突破1.1万公里) is the one asked",
    value: (s) => when(s.fact.figure.qualifier !== "" && askedQualifier(s.q.text) === s.fact.figure.qualifier),
  },
  {
    name: "bound not asked",
    weight: -0.5,
    why: "突破2万亿元, 超过1000家: a threshold passed is less than the figure itself when the question asks no bound (a target's floor, 增长6%以上, is how a target is set)",
    value: (s) =>
      when(BOUND.test(s.fact.figure.qualifier) && askedQualifier(s.q.text) === "" && !(s.fact.kind === "target" && TARGET_FLOOR.test(s.fact.figure.qualifier))),
  },
  {
    name: "step reached",
    weight: -0.5,
    why: "迈上2000亿元台阶: like a threshold passed, the round step a level passed is less than the level itself when no step is asked",
    value: (s) => when(stepReached(s) && !ASKS_THRESHOLD.test(s.q.text)),
  },
  {
    name: "bound for an exact figure",
    weight: -1,
    why: "运城2021年GDP具体是多少亿: asked the figure itself, a step passed (迈上2000亿元台阶) or a bound (突破…) is not it (由1129.9亿元提高到2053.1亿元)",
    value: (s) => when(EXACT_ASKED.test(s.q.text) && (stepReached(s) || BOUND.test(s.fact.figure.qualifier))),
  },
  {
    name: "bound before the figure",
    weight: -2,
    why: "'突破2万亿元、达到23562亿元': the threshold passed comes before the figure itself, which follows",
    value: (s) => when(boundBeforeFigure(s.sentence, s.fact)),
  },
  {
    name: "shape named",
    weight: 1,
    why: "总建设规模 asked, and the figure's own words say 规模: the kind of quantity asked, though no shape word is required",
    // (Not a shape an increment's words carry, unasked: 规模 of "新增新能源装机规模994.8万千瓦" is what was added.)
    value: (s) =>
      when(s.q.terms.some((t) => t.isShape && shapeSaid(t, s.coverage.ownWords)) && !(INCREMENT.test(s.coverage.ownWords) && !INCREMENT.test(s.q.text))),
  },
  {
    name: "head in own words",
    weight: 0.5,
    why: "完工了几项 against '…项目56项,开工53项…,完工21项': the metric's head word among the figure's own words, not only a sibling's (and the sentence names every other metric word: 公路 for 铁路 does not count)",
    value: (s) => {
      const head = headTerm(s.q);
      const named = s.q.terms.every((t) => t.isPlace || t.isShape || t.isPeriod || found(t, s.sentence));
      return when(head !== undefined && named && found(head, withoutPartsAfter(s.coverage.ownWords)));
    },
  },
  {
    name: "another budget's name",
    weight: -2,
    why: "宣城基金预算收入 against '全市社保基金预算收入78.3亿元': an asked word found only inside another budget's name",
    // The words of a clause without a subject are its parent's ("…社会保险基金预算收入合计1440342万元，实际完成1424166万元").
    value: (s) => when(s.q.terms.some((t) => !t.isPlace && onlyInAnotherBudget(t, s.coverage.subjectWords))),
  },
  {
    name: "insurance fund for a bare 基金",
    weight: -2,
    why: "汕头基金收入 against '预计市本级社会保险基金预算收入139.2亿元，增长2.5%': a bare 基金 of a budget is the government funds' (政府性基金)",
    // The fund may be named by the section only: "4.社会保险基金预算收支情况。本级收入…；本级支出1733913万元…".
    value: (s) =>
      when(
        asksBareFund(s.q) &&
          (namesOnlyInsuranceFund(s.coverage.subjectWords) || (!s.coverage.subjectWords.includes("基金") && namesOnlyInsuranceFund(s.headings))),
      ),
  },
  {
    name: NARROWER_TERM,
    weight: -0.5,
    why: "1956年工业总产值 against '手工業总产值达到一百一十七亿元': an asked word only as the end of a longer word (手工业, 高速公路) is a narrower metric",
    // A kind of quantity (里程, 面积) narrowed says how it is counted, not of what: 高速铁路运营里程 is the 高铁里程 asked.
    value: (s) => when(s.q.terms.some((t) => !t.isPlace && !t.isShape && !isQuantityNoun(t) && onlyNarrowed(t, s.coverage.ownWords, toSearchForm(s.q.text)))),
  },
  {
    name: "earmarked for a use not asked",
    weight: -0.5,
    why: "超长期特别国债规模 against '安排超长期特别国债3000亿元支持消费品以旧换新': an amount put to one use the question does not name is a part of the whole ('拟发行超长期特别国债1.3万亿元')",
    value: (s) => {
      const use = EARMARKED_FOR.exec(s.sentence.slice(s.fact.figure.end))?.[1];
      return when(use !== undefined && !s.q.terms.some((t) => !t.isPlace && !t.isShape && found(t, use)));
    },
  },
  {
    name: "asked word as a modifier",
    weight: -1.5,
    why: "去年经济增长 against '对全球经济增长的贡献率保持在30%左右': the figure measures what the asked word is 的 of",
    value: (s) => when(onlyModifies(headTerm(s.q), s.coverage.ownWords)),
  },
  {
    name: "kind word named",
    weight: 0.5,
    why: "1981年财政赤字预计多少: the figure whose own words say 预计 too ('预计降低到今年的二十七亿元')",
    value: (s) => when(kindWordsAsked(s.q).some((w) => withoutBudgetNames(s.coverage.ownWords).includes(w))),
  },
  {
    name: "kind word in its sentence",
    weight: 0.25,
    why: "今年CPI目标: a target its own sentence calls one ('主要预期目标是：…2%左右') beats one read as a plan from its section",
    value: (s) => when(kindWordsAsked(s.q).some((w) => withoutBudgetNames(s.sentence.slice(0, s.fact.figure.start)).includes(w))),
  },
  {
    name: "counted noun",
    weight: 0.5,
    why: "50个测评点: the noun right after a count is what it counts",
    value: (s) => when(countsHead(s.q, s.fact, s.sentence) === true),
  },
  {
    name: "attribute of a noun",
    weight: -1.5,
    why: "年产一百五十万吨钢的钢铁联合企业: a figure in a phrase ending in 的 describes the noun after it, not the metric (unless it counts what is asked: 50个测评点的…)",
    value: (s) => when(ATTRIBUTIVE.test(s.sentence.slice(s.fact.figure.end)) && countsHead(s.q, s.fact, s.sentence) !== true),
  },
  {
    name: "sum with other items",
    weight: -3,
    why: "工业…六百九十四个，加上农业…的二百五十二个…，全部…共有一千六百个: a sum of the asked item and others is not the item's",
    value: (s) =>
      when(
        !s.q.asksTotal &&
          SUM_WITH_OTHERS.test(s.sentence.slice(0, s.fact.clause[0])) &&
          TOTAL_OWN.test(s.sentence.slice(s.fact.clause[0], s.fact.figure.start)),
      ),
  },
  {
    name: "addend of the total asked",
    weight: -3,
    why: "计划农垦部直属企业开荒七百万亩，加上地方国营农场开荒…，全国开垦荒地共达一千七百七十三万五千亩: one addend is not the total asked",
    value: (s) => {
      const after = s.sentence.slice(s.fact.clause[1]);
      const added = after.search(SUM_WITH_OTHERS);
      return when(s.q.asksTotal && added >= 0 && TOTAL_OWN.test(after.slice(added)));
    },
  },
  {
    name: "names a programme",
    weight: -1.5,
    why: "建成100个示范工程: a count in a programme's name counts the programmes only when they are asked",
    value: (s) => when(s.fact.figure.unitClass === "count" && namesProgramme(s.fact, s.sentence) && countsHead(s.q, s.fact, s.sentence) !== true),
  },
  {
    name: "counts another noun",
    weight: -1,
    why: "人民公社还办了三万多所农业中学: a count followed by another noun than the one asked counts that noun (11家企业入选…上市公司百强, when a count is asked)",
    value: (s) => when(countsAnotherNoun(s.q, s.fact, s.sentence) || (s.q.wantedClasses.includes("count") && countsHead(s.q, s.fact, s.sentence) === false)),
  },
  {
    name: "recency",
    weight: 0.6,
    why: "no year, report or period asked: the latest figure is the one wanted",
    value: (s) =>
      s.q.dataYear === null && s.q.reportYear === null && !s.q.period && s.year !== null
        ? Math.max(0, Math.min(1, (s.year - RECENCY_SPAN[0]) / (RECENCY_SPAN[1] - RECENCY_SPAN[0])))
        : 0,
  },
  {
    name: "total for a total",
    weight: 1.5,
    why: "高企总数 asked: '认定高新技术企业136家、总数达411家' — the figure its own words call the total is the one asked",
    value: (s) => when(s.q.asksTotal && !s.fact.isItem && TOTAL_OWN.test(s.coverage.ownWords)),
  },
  {
    name: "average not asked",
    weight: -1.5,
    why: "总投资 asked: '总投资1570.4亿元，…项目平均投资5.2亿元' — an average is another quantity than the sum",
    // Only against a sum asked (总投资, 一共): "城镇调查失业率平均为5.1%", "PM2.5平均浓度" are the metric itself.
    value: (s) => when(AVERAGE.test(s.coverage.ownWords) && SUM_ASKED.test(s.q.text) && !AVERAGE_ASKED.test(s.q.text)),
  },
  {
    name: "item for a total",
    weight: -1.5,
    why: "一共/总计 asked, and the figure is an item of a 其中-list",
    value: (s) => when(s.fact.isItem && s.q.asksTotal),
  },
  {
    name: "budget level asked",
    weight: 0.5,
    why: "固原全市…收入 against '全市地方一般公共预算收入15.32亿元' over a figure whose level is not printed ('1.地方一般公共预算收入60,700万元')",
    value: (s) => {
      const asked = budgetLevelsNamed(s.q.text);
      const stated = budgetLevelOf(s.fact);
      // A budget asked with no level named asks the whole place's (洛阳一般预算收入 is 全市's), in
      // a sentence about a budget. Not a bulletin's "对全市经济增长的贡献率", nor a work report's
      // "全县…居民储蓄存款余额突破百亿元": their 全市, 全县 says nothing of a budget's level.
      const wholeByDefault = asked.size === 0 && stated === "whole" && asksBudget(s.q) && namesBudget(s.sentence);
      return when(stated !== null && (asked.size === 1 ? asked.has(stated) : wholeByDefault));
    },
  },
  {
    name: "own or part budget level not asked",
    weight: -0.6,
    why: "抚顺一般公共预算收入 without 市级 or 全市: the whole area's figure (全市…增长6.5%) before the city government's own (市本级…增长43%) or a zone's (高新区)",
    value: (s) => {
      const stated = budgetLevelOf(s.fact);
      return when(budgetLevelsNamed(s.q.text).size === 0 && (stated === "own" || stated === "part"));
    },
  },
  {
    name: "item",
    weight: -0.5,
    why: "an item of a 其中-list is the narrower reading when its total answers too (not when the item's own words are all the question asks: 出口额 of 进出口总额…其中出口总额)",
    value: (s) => when(s.fact.isItem && !s.q.asksTotal && !ownWordsAreAsked(s)),
  },
  {
    name: "part after its total",
    weight: -1,
    why: "a part listed in the sentence after its total's (…902.61万吨。其中，夏粮…508.58万吨), when the question names nothing only the parts' sentence has (出口 of 进出口 is named by both)",
    value: (s) => when(s.coverage.partUnasked),
  },
  {
    name: "plan period",
    weight: 0.7,
    why: "a five-year plan asked: the whole period's figure (or its last year's) is the answer; others count against",
    // A span of other years ("从一九七九年到一九八一年…安排城镇二千六百万人就业" for 六五, 1981–1985) is no whole period:
    // a span's figure counts for the period only if the span is undated or ends with it.
    // An undated figure of one year's size (a share the plan sets: "制造生产资料工业的投资占百分之八十八点八") is neither,
    // and the figure of a year asked with the period is what was asked.
    value: (s) =>
      !s.q.period || (s.q.dataYear !== null && s.year === s.q.dataYear)
        ? 0
        : s.year === s.q.period[1] || (s.fact.multiYear && s.year === null)
          ? 1
          : s.fact.year === null
            ? 0
            : -1,
  },
];

/**
 * The adjustments that say a figure is another kind of quantity than the one asked (a change, a
 * share, a span, a figure per person, an increment, an item, what the asked word modifies): two
 * figures are one measure only if the same of these apply to both (same-measure.ts).
 */
export const OTHER_QUANTITY_MARKS: ReadonlySet<string> = new Set([
  "change not asked",
  "growth rate not asked",
  "level for a change",
  "share not asked",
  "span mismatch",
  "span's end for its total",
  "per unit not asked",
  "increment not asked",
  "asked word as a modifier",
  "item for a total",
  "average not asked",
  "counts another noun",
  "attribute of a noun",
]);

export interface AppliedAdjustment {
  name: string;
  /** weight × value. */
  points: number;
}

/** The score of a fact and the adjustments that made it (those that added anything). */
export function scoreOf(s: ScoreInputs): { score: number; applied: AppliedAdjustment[] } {
  let score = 0;
  const applied: AppliedAdjustment[] = [];
  for (const adjustment of ADJUSTMENTS) {
    const value = adjustment.value(s);
    if (value === 0) continue;
    const points = adjustment.weight * value;
    score += points;
    applied.push({ name: adjustment.name, points });
  }
  return { score, applied };
}

/**
 * Share of the figure's own words that the question asked for: "其中教师544名" is about 教师
 * alone, "612名中小学校长教师参与交流轮岗" about more. Breaks ties between a total and its items.
 */
/** A sum named as such after a metric: 出口总额, 贷款总量 (the item "出口总额" names 出口). */
const SUM_NAMED = /总额|总量|总数/g;

/** The figure's own words before it name only what the question asks (a sum's 总额 aside). */
function ownWordsAreAsked(s: ScoreInputs): boolean {
  const asked = (text: string) => precision(text.replace(SUM_NAMED, ""), s.q, s.fact.figure.unitClass) >= 1;
  const own = s.sentence.slice(s.fact.segment[0], s.fact.figure.start);
  if (!asked(own)) return false;
  // (Only where its own words name nothing of the metric, but how it changed: "年均增长20.7%".)
  const metric = s.q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isPeriod && !isChangeTerm(t) && !YEARLY_WORD.test(t.word));
  if (metric.length === 0 || metric.some((t) => found(t, own))) return true;
  // A clause of only asked words goes on about the item before it ("…其中地方级财政收入从273亿元增加到700亿元，年均增长20.7%"
  // for 财政总收入年均增长): that item's words must be asked too.
  const listed = s.sentence.lastIndexOf("其中", s.fact.clause[0] - 1);
  const itemWords = withoutFigures(s.sentence.slice(listed, s.fact.clause[0])).replace(/^其中/, "");
  return listed < partStartBefore(s.sentence, s.fact.clause[0]) || !/\p{Script=Han}/u.test(itemWords) || asked(itemWords);
}

/** A question word of how often or on average: 年均, 平均每年, 每年. */
const YEARLY_WORD = /年均|平均|每年/;

/** A text with its figures (and their units) taken out. */
function withoutFigures(text: string): string {
  return extractFigures(text).reduceRight((rest, f) => rest.slice(0, f.start) + rest.slice(f.end), text);
}

/**
 * A figure's own words without a bracket left open after it, which holds the parts that follow
 * ("限额7016194万元（一般债务限额2068994万元…", "债券465.6亿元（含再融资债券226亿元）"): their words are theirs.
 */
function withoutPartsAfter(ownWords: string): string {
  return ownWords.replace(/(?<=\d[^（(]*)[（(][^（()）]*$/, "");
}

function precision(ownWords: string, q: Question, unitClass: UnitClass): number {
  // Words of time and scope (年末, 全年, 全市) and linking verbs (达到, 实现) name nothing the
  // question could have asked: "年末全市常住人口" is as precise as "常住人口".
  // Who handed an amount down names nothing of it; of things counted it says which ("下达我市教育建设
  // 项目56项": the projects granted, not those completed).
  // Nor does the place asked ("来源于佛山市财政收入1486.70亿元" is as precise as "财政收入1486.70亿元").
  const own = withoutPlaceAsked(withoutPartsAfter(ownWords), q);
  const han = (unitClass === "money" ? own.replace(GRANTED_BY, "") : own)
    .replace(PRINTED_YEARS, "")
    .replace(NOT_NAMING, "")
    .replace(/[^\p{Script=Han}]/gu, "")
    .replace(/^其中/, "")
    // The joining word of items asked together ("工业和手工业总产值"), when the question joins them so too.
    .replace(/[和与及]/g, (and) => (q.text.includes(and) ? "" : and))
    // Nor the particle of a verb done ("达到了").
    .replace(/了/g, "");
  if (!han) return 0;
  let covered = 0;
  for (const term of q.terms) {
    // The longest alternative printed: 货物进出口 covers more of "货物进出口增长" than 进出口 does.
    const alt = term.alternatives.filter((a) => han.includes(a)).sort((a, b) => b.length - a.length)[0];
    if (alt) covered += alt.length;
  }
  return Math.min(1, covered / han.length);
}

/** A text without the name of the place a question asks about, in full or short (佛山市, 佛山). */
function withoutPlaceAsked(text: string, q: Question): string {
  if (!q.place) return text;
  return text.replaceAll(q.place.name, "").replaceAll(q.place.short, "");
}

/**
 * "其中教师544名,校长68名": an item whose label is exactly what was asked (教师) is the subgroup the
 * asker singled out, even when the total's wording also contains the word (中小学校长教师).
 */
function isNamedSubgroup({ fact, sentence, q }: ScoreInputs): boolean {
  // A verb is no label: "其中，第一产业增加值315.56亿元，增长3.4%" does not single out 增长.
  const lead = sentence.slice(fact.segment[0], fact.figure.start);
  // An item's label opens its item (其中教师544名,校长68名). Where semicolons part the items, a comma
  // parts two figures of one item ("夏粮播种面积1101.60万亩，总产量508.58万吨；秋粮…": 总产量 is not
  // the subgroup, 夏粮 is).
  if (/[；;]/.test(sentence) && /[，,]\s*$/.test(sentence.slice(0, fact.segment[0])) && !/其中/.test(lead)) return false;
  // A label with a figure the question does not type is another group: "…5000万元以上项目407个，其中5亿元以上项目60个"
  // for 5000万元以上项目多少个.
  const clauseLead = sentence.slice(fact.clause[0], fact.figure.start);
  if (/\d/.test(clauseLead) && !q.terms.some((term) => term.isFigure && clauseLead.includes(term.word))) return false;
  const label = lead
    .replace(/^[，,、]?其中/, "")
    .replace(/[^\p{Script=Han}]/gu, "")
    .replace(LABEL_VERBS, "");
  // Not an item named by another name of the asked word when the total before it is named by the
  // word as typed: "全口径财政支出205.5亿元，其中，一般公共预算支出144.7亿元" for 全口径财政支出.
  const totalNamed = (word: string) => word !== label && sentence.slice(0, fact.segment[0]).includes(word);
  return fact.isItem && label.length >= 2 && q.terms.some((term) => term.alternatives.includes(label) && !totalNamed(term.word));
}

/** A figure's phrase ending in 的 before a noun (…万吨钢的钢铁联合企业, 5000万元的项目). */
const ATTRIBUTIVE = /^[^，,；;。、：:\d]{0,4}的\p{Script=Han}/u;
/** Other items added to the ones before: "…，加上农业、林业、水利方面的二百五十二个，…". */
const SUM_WITH_OTHERS = /加上/;
/** A figure that opens the name of a programme: "实施新一轮千亿斤粮食产能提升行动". */
const NAMES_PROGRAMME = new RegExp(`^\\p{Script=Han}{0,10}?(?:${anyOf("programme-names")})(?![\\p{Script=Han}])`, "u");

/**
 * An amount in the name of a programme ("实施新一轮千亿斤粮食产能提升行动", "支持实施千万吨粮食增产计划") is no
 * statistic of it (acceptance.ts refuses it). A count there may count the programmes ("组织实施了1000多项…示范工程").
 */
export function namesProgramme(fact: Fact, sentence: string): boolean {
  return NAMES_PROGRAMME.test(sentence.slice(fact.figure.end));
}

/** The term a question counts (understand.ts's `counted`: "有多少个城市…" counts 城市), else the metric's head. */
