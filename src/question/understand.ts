import { isRankingPlace, RANKING_MEASURES } from "../zh/figures.ts";
import { SUM_CLASSES, UNIT_ALTERNATION, UNIT_CLASS, unitClassOf, type UnitClass } from "../zh/units.ts";
import { homophonesOf } from "../zh/homophones.ts";
import { askedPlace } from "./places.ts";
import { placesNamed, SCOPE_WORD_PATTERN } from "../zh/places.ts";
import type { Question, QueryTerm, QuestionContext } from "./types.ts";
import { toSearchForm } from "../zh/normalize.ts";
import { dictionaryFrequency, isDictionaryWord, isWord, taggedWords, type TaggedWord } from "../zh/segment.ts";
import { isSynonymTerm, synonymsOf } from "../zh/synonyms.ts";
import { PLAN_NAME, planYears, PLAN_PERIOD } from "../zh/plan-periods.ts";
import { alternation, anyOf, namesPeople, ONE_CHARACTER_COUNTED, SUM_WORDS, wordClass } from "../zh/word-classes.ts";
import { COUNTING_METHOD_TYPED, FUNDS_OBTAINED } from "../zh/text.ts";
import { partsOfWholeNamed } from "../zh/paired-compounds.ts";
import { BASE_MARK_TYPED, BASE_TIMES, CHANGE_TO_LEVEL, LEVEL_MARK, MULTIPLE_OF, PREVIOUS_YEAR_BASE_TYPED } from "../zh/change-grammar.ts";
import { wordList } from "../zh/word-lists.ts";
import { chineseYearDigits, COUNT_OF_YEARS, DIGIT_YEAR_PRINTED, PLAN_HORIZON, USUAL_SPAN_YEARS, yearCount, YEARS_AHEAD, YEARS_COUNTED } from "../zh/years.ts";
import { asPrinted } from "./spoken-forms.ts";
import { correctTypos, NOUN_THEN_LI } from "./typos.ts";
import { parseChineseNumeral } from "../zh/numerals.ts";
import { fullYears, RELATIVE_YEAR, RELATIVE_YEARS, reportNamed, YEAR_RANGE } from "./time-words.ts";
import { HOW_MANY_WORD } from "../zh/asking.ts";

/** Names of a share of GDP printed as an intensity (word-classes.txt). */
const INTENSITY_OF_OUTPUT = wordClass("intensity-of-output");
/** What the reports print for an intensity: per unit of output (单位国内生产总值). */
const OUTPUT_UNIT_LEADS = wordClass("output-unit-leads");
const INTENSITY_WORDS = wordClass("intensity-words");
/** A word typed in Latin letters: an acronym (gdp, r&d, cpi). */
const ACRONYM = /^[a-z][a-z0-9&]*$/;

export type { Question, QueryTerm, QuestionContext } from "./types.ts";

/**
 * A question parsed into what to look for: metric words (each with its synonyms), the year it is
 * about or the report it names, whether a target or an actual is wanted, and what kind of unit
 * the answer should carry. Pure apart from jieba.
 */

function changeWordNamesMetric(text: string, terms: readonly QueryTerm[]): boolean {
  const matches = [...text.matchAll(new RegExp(CHANGE_WORDS.source, "g"))];
  const last = matches.at(-1);
  if (!last) return false;
  const after = text.slice((last.index ?? 0) + last[0].length);
  // "增加的专项债务限额多少": an amount's verb then 的 names what was added, whose amount is asked (not 增长 of 经济增长的
  // 贡献率, a name).
  if (AMOUNT_VERB.test(last[0]) && after.startsWith("的")) return false;
  const rest = after.replace(/^的/, "");
  // …or it is inside a metric word of the question: 增加 of 工业增加值.
  const inside = terms.some((t) => !t.isPlace && t.word.includes(last[0]) && !t.word.endsWith(last[0]) && text.includes(t.word));
  return inside || terms.some((t) => !t.isPlace && !CHANGE_WORDS.test(t.word) && rest.startsWith(t.word));
}

/** Verbs of an amount added or taken away, which 的 after makes the thing changed: 增加的, 减少的. */
const AMOUNT_VERB = /^(?:增加|减少)$/;

/** The asking words, for the dictionary an index carries (segment.ts). */
export function questionWords(): string[] {
  return [...QUESTION_WORDS];
}

/** Longest question we read; anything longer is cut (a question is a line, not an essay). */
export const MAX_QUESTION_CHARS = 200;

/** A plan's last year or its first, named by the plan: "十一五最后一年" and "十一五末" are 2010, "六五期末" 1985, "十四五开局之年" 2021. */
const PLAN_END_YEAR = new RegExp(`“?(${PLAN_NAME})”?(?:计划|规划|时期|期间)?的?(?:(最后一年|收官之年|收官年|末年|期末|末)|第一年|开局之年|开局年|首年)`);

const QUESTION_WORDS = new Set(wordList("question-words"));

/**
 * The recent years as a span: 近五年, 最近三年, 过去五年, 五年来, 本届 (a government's term, five
 * years). Asked so, only a figure over several years answers, the latest first (until series
 * answer them year by year).
 */
/**
 * "五年前", "10年前": a count of years back (not 年前 alone, before the new year), unless it is what the figure is
 * set against ("是十年前的几倍", "比五年前增加多少").
 */
/** A plan period's first years, right after its name: "十一五前四年" (the text past the name, group 1 the count). */
const PLAN_FIRST_YEARS = new RegExp(`^\\s*(?:期间)?(?:的)?前(${COUNT_OF_YEARS})年`);
const YEARS_AGO = new RegExp(`(?<![\\d年是比较])(${COUNT_OF_YEARS})年前(?!的?几?倍)`);
/** A change set against N years before: "比五年前", "较十年前", "与五年前相比". */
const COMPARED_WITH_YEARS_AGO = new RegExp(`(?:比|较|与)${YEARS_COUNTED}前`);
const RECENT_SPAN = new RegExp(
  `(?:近|最近|过去|这|那)(${COUNT_OF_YEARS})年(?:来|间|以来)?|(?<!\\d)(${COUNT_OF_YEARS})年(?:来(?!了)|以来)|本届(?:政府)?(?:以来)?`,
);
/** 实际 of growth in real terms (实际增长, 实际增速), in a question about a plan's years: no asking of what was done. */
const REAL_GROWTH = /实际(?=增长|增速)/g;
/**
 * A year asked, and the 到/截至 before it ("两基攻坚县到06年底达标几个"): left behind, jieba joins 到 to the word
 * before it (县到), a word no report prints.
 */
const DATA_YEAR = /(?:截至|截止到?|直到|到|至)?((?:19|20)\d\d)\s*年?\s*(?:底|末|初|全年)?/;
/** "1998年以来": since a year, to the time of the report that says so. */
const SINCE_YEAR = /((?:19|20)\d\d)年以来/;
/** "十八大以来": since a Party congress, the years of the reviews after it; no word a sentence need print. */
const SINCE_CONGRESS = /(?:党的)?(?:十[六七八九]|二十)大以来/;
/** What may end a question after its metric: 是多少, 有几个, 呢, a question mark. */
const TRAILING_ASKING = /(?:是多少|有多少|多少|有几个|几个|几|呢|吗|[？?。！!\s])+$/;
/** A one-character verb with 了: 建了, 改了, 扩了. */
const DONE_VERB = /^\p{Script=Han}了$/u;
/** The last clause of a question, asking (多少, 几) where the clauses before it do not. */
const ASKING_CLAUSE_AFTER_CONTEXT = new RegExp(String.raw`^[^，,；;]*[^多少几，,；;][，,；;]\s*([^，,；;]*${HOW_MANY_WORD}[^，,；;]*)$`);
/**
 * A count of a measure as typed: 就业人数, 开工套数, 户数 (the stem, if any, is the metric; the measure asks
 * its count). The reports print the measure after the figure ("安置了903万人就业", "开工601万套").
 */
const MEASURE_COUNT = /^(\p{Script=Han}*?)([人户套家所辆台座项])数$/u;
const BUILD_VERBS = new Set(wordClass("build-verbs"));
/**
 * A unit of two characters or more ending a question ("…惠及得人次"); one character (度 of 浓度,
 * 人 of 工人) is too often the end of a word.
 */
const ENDING_UNIT = new RegExp(`(${[...UNIT_CLASS.keys()].filter((u) => u.length >= 2 && /^\p{Script=Han}+$/u.test(u)).join("|")})$`, "u");
/** A question ending in what its figure is counted per: 每月, 一个月. */
const PER_TIME_ENDING = new RegExp(`(?:${alternation("per-time-words")})$`);
const PER_TIME_WORDS: ReadonlySet<string> = new Set(wordClass("per-time-words"));
/** Words of now (现在, 目前): the latest figure reached. */
const NOW_WORDS = new RegExp(anyOf("now-words"), "g");
/** How many (多少, 几, and the magnitude after it: 多少万), as a regex source. */
const HOW_MANY = `${HOW_MANY_WORD}(?:万|亿)?`;
/** A word that is 多少 or 几 alone. */
const HOW_MANY_ALONE = new RegExp(`^${HOW_MANY_WORD}$`);
/** How big, long, high or fast, as a regex source. */
const HOW_BIG = "多大|多高|多长|多快";
/** A measure word after 多少/几 (多少个, 几所), as a regex source. */
const MEASURE = anyOf("measure-words");
/** A word jieba cut with an asking word in it (了几, 几部, 怎么样): the asker's, never a typo of the corpus'. */
const ASKING_PART = new RegExp(`几|多少|${HOW_BIG}|怎|什么|哪`);
/**
 * How much: 多少, 几 (with the measure word after it: 多少个, 几所), 多大…, with the 有/是 before it,
 * or a 到 that follows no verb of change (占比到多少了; not 降到多少), and 得 typed for 的.
 */
const ASKING_PHRASE = new RegExp(`得?((?:有|是|(?<![降升涨高加达少低])到)?(?:${HOW_MANY}(?:${MEASURE})?|${HOW_BIG}))`, "g");

/**
 * 多少家庭, 几项目: the character after 多少 that could be a measure word begins the word counted
 * (家庭: a word, and 庭 begins none with the character after it), so it is no measure word there.
 * (多少个人民公社 keeps 个 as the measure word: 人民 is a word too.)
 */
function beginsCountedWord(measure: string, rest: string): boolean {
  const [next, after] = [...rest];
  return next !== undefined && isWord(measure + next) && !(after !== undefined && isWord(next + after));
}

/**
 * 的 typed as 地 before the asking word ("新增就业目标定地多少人"), where the character before 地 makes no word
 * with it (耕地多少 is 耕地's).
 */
const DI_FOR_DE = /(\p{Script=Han})地(?=多少|几)/gu;
/**
 * 的 typed as 地 between two words ("大连港地集装箱吞吐量"): 地 makes a word neither with the characters before (耕地,
 * 各地, 承包地, 卖地) nor with those after (地区, 地方, 地下, 地市), nor begins a measure per land (地均); at the start too
 * ("青岛地规上固投多少", the place read).
 */
const DI_BETWEEN_WORDS = /(?<=^|[\s\p{Script=Han}A-Za-z])地(?=(\p{Script=Han})(\p{Script=Han})?)/gu;
const PER_LAND = new RegExp(`^(?:${anyOf("per-land-words")})`);
/**
 * How often jieba's full dictionary must count a verb and 地 for 地 to be land (卖地 74, 征地 70), not 的 typed
 * (市地 11, of 城市地排水管道).
 */
const LAND_WORD_FREQUENCY = 20;
/** 地市, 地州, 地县: the prefectures, and the prefectures and counties (words jieba does not know). */
const PREFECTURES = /^[市州县]$/;

function withoutDiForDe(typed: string): string {
  return typed.replace(DI_BETWEEN_WORDS, (di: string, next: string, after: string | undefined, offset: number) => {
    const endsWord =
      [1, 2, 3].some((k) => offset >= k && isWord(`${typed.slice(offset - k, offset)}地`)) ||
      (dictionaryFrequency(`${typed[offset - 1]}地`) ?? 0) >= LAND_WORD_FREQUENCY;
    const beginsWord = isWord(`地${next}`) || (after !== undefined && isWord(`地${next}${after}`)) || PREFECTURES.test(next);
    return endsWord || beginsWord || PER_LAND.test(typed.slice(offset)) ? di : "";
  });
}

/** A year's 初 that begins a word with what follows ("1957年初中在校生": 初中, not the year's start). */
function beginsWordAfter(year: string, rest: string): boolean {
  return year.endsWith("初") && rest !== "" && isWord(`初${rest[0]}`);
}

/** The asking phrases of a text set apart by spaces (" 有多少个 城市"), a measure word that begins the word counted left to it. */
function setAskingPhrasesApart(typed: string): string {
  // "高标准农田一共建了多少亩": 一共 stands apart too, or jieba cuts 一 + 共建.
  const text = withoutDiForDe(typed.replace(DI_FOR_DE, (all: string, before: string) => (isWord(`${before}地`) ? all : before))).replace(
    ALL_TOGETHER_TYPED,
    " $& ",
  );
  return text.replace(ASKING_PHRASE, (phrase: string, asking: string, offset: number) => {
    const measure = asking.at(-1)!;
    const rest = text.slice(offset + phrase.length);
    if (MEASURE_WORD.test(measure) && beginsCountedWord(measure, rest)) return ` ${asking.slice(0, -1)} ${measure}`;
    return ` ${asking} `;
  });
}
/** 地 joined to the one-character verb after it (地发 of "累计地发了"). */
const DI_THEN_VERB = /^地\p{Script=Han}$/u;
/** All together, as typed before a verb (一共建了, 总共花了). */
const ALL_TOGETHER_TYPED = /一共|总共/g;
/** What a question counts: the word right after 多少/几 and its measure word ("有多少个城市…": 城市). */
const COUNTED_AFTER_ASKING = new RegExp(`${HOW_MANY}(?:${MEASURE})?`, "g");
/** "覆盖面到多少了", "有几个了": 了 after the asking word asks how far it has come, not a plan. */
const REACHED_ENDING = /(?:多少|几\p{Script=Han}?|多大|多高|多长)了[?？!！]*$/u;
/** How a request may open: 帮我查一下, 麻烦看下, 请帮忙查下, 帮我查查 (jieba cuts 帮我查一下 as 帮/我查/一下). */
const REQUEST_LEAD = /^(?:麻烦|请问|请|劳驾)?(?:你|您)?(?:帮我|帮忙|给我)?(?:(?:查|看|问|找|搜)(?:一|了)?下|查查|看看|找找)/;
const COUNTED_AFTER_MEASURE = new RegExp(`(${HOW_MANY}${MEASURE})(?=\\p{Script=Han})`, "gu");
const MEASURE_WORD = new RegExp(`^(?:${MEASURE})$`);
/** The one character after 多少/几 that ends a question ("有多少各"). */
const LAST_AFTER_ASKING = /(多少|几)(\p{Script=Han})(?=[\s?？!！。，,]*$)/u;
/**
 * A comparison base (比1964年, 比上年, 比五年前, 同比): what a change is measured against, not the year
 * or a word asked. (比 of 占比 is none: "民生支出占比去年实际多少" asks last year's share.)
 */
const COMPARISON_BASE = new RegExp(`${BASE_MARK_TYPED}\\s*(?:(?:19|20)\\d\\d\\s*年?|${BASE_TIMES}|[一二三四五六七八九十两\\d]{1,2}年前)|同比`, "g");
/** The year a change is asked against: "比1978年增长多少". */
const BASE_YEAR = new RegExp(`${BASE_MARK_TYPED}\\s*${DIGIT_YEAR_PRINTED.source}`);
/** The year a multiple asked is of: "是1950年的几倍", "相当于2010年的多少倍". */
const MULTIPLE_BASE_TYPED = new RegExp(`${MULTIPLE_OF}\\s*((?:19|20)\\d\\d)\\s*年的?\\s*(?:几|幾|多少)倍`);
/** The year of an old level a question states: "由1954年的97个", "从2012年的…". */
const OLD_LEVEL_YEAR = /([由从])\s*(?:19|20)\d\d\s*年(?=的?\s*[\d零〇一二两三四五六七八九十])/g;
/** The base, then 多 or 少 (and a verb: 多发, 多安排) before the asking word: "比上年多了多少", "比上年多安排了多少". */
const MORE_THAN_BASE = new RegExp(`(?:${COMPARISON_BASE.source})[^多少]{0,6}?(?<![减增缩])[多少]\\p{Script=Han}{0,3}?了?(?=多少|几)`, "u");
/**
 * 少 right before a verb and the asking word, no base typed: "居民存量房贷利息一年少支出多少", "少交多少税". Less of something is a
 * change asked, and 少 no word to find; the verb stays, as it names the metric (支出).
 */
const LESS_SPOKEN = new RegExp(`(?<![多少至最不减缩])少(?=\\p{Script=Han}{1,2}了?(?:${HOW_MANY_WORD}))`, "u");
// "提高到多少" asks for the new level, not the change: a change word followed by 到/至 is not one. 提 and 加 right before the
// asking word are spoken changes too ("最低标准提几块钱", "补助加多少"): alone they begin other words (提供, 加强).
const CHANGE_WORDS = new RegExp(
  `${anyOf(["change-verbs", "colloquial-change"])}(?!${LEVEL_MARK})|${alternation("rate-of-change-nouns")}|[提加](?=${HOW_MANY_WORD})`,
);
/** "新增多少", "每天新增多少企业": an increment asked (新增 before a noun names a metric: 新增政府债务). */
const INCREMENT_ASKED = new RegExp(`${anyOf("increment-verbs")}了?\\s*(?:多少|几|$)`);
const QUALIFIER_BEFORE_ASKING = new RegExp(`(${alternation("figure-prefixes")})(多少|几)`, "g");
/** 一 and a measure word before a noun: "a" (一家企业, 一所学校); not 一个月 or 一年 (spans), nor 第一家 (an ordinal). */
const ONE_OF_A_KIND = /(?<![第十百千万\d])一(?:家|所|名|位|项|户|台|辆|套|座|间|条|个(?![月季工小]))(?=\p{Script=Han})/gu;
/** A change verb with 率: 增长率, 下降率, 增速 is a noun already (rate-of-change-nouns). */
const CHANGE_RATE = new RegExp(`^(${alternation("change-verbs")})率$`);
/** A known name of a change (经济增长, a synonym term): with 率 after it, the rate of that change. */
const NAMED_CHANGE = new RegExp(`(?:${alternation("change-verbs")})$`);
/** The extent of a change, one word or two ("增长幅度", "下降的幅度"): the change itself, printed "比上年下降3.27%". */
const CHANGE_EXTENT = new RegExp(`^(${alternation("change-verbs")})幅度$`);
const EXTENT_AFTER_CHANGE = new RegExp(`(?:${alternation("change-verbs")})[的地得]?幅度`);
/** Metric suffixes jieba may cut off their noun: 率, 额, 量, and 产量 (汽车 + 产量: "汽车16万辆" prints 汽车产量). */
const METRIC_SUFFIX = /^(?:[率额量]|产量)$/;
const SHAPE_WORDS = new Set(wordClass("shape-words"));
/** Verbs of a level reached that are no change verbs (调整到, 发展到): before 到 and the asking word, words of shape. */
const LEVEL_REACHED_VERBS = new Set(wordClass("change-to-verbs").filter((w) => [...w].length > 1));
/** Shape words that ask the size of a whole (GDP总量, 支出规模); 规模以上 names a class of firms. */
const SIZE_ASKED = new RegExp(`${anyOf("size-words")}(?!以[上下])`);
/** A goal met: 实现了目标, 完成目标, 达到预期目标 (what was done, not the target). */
const GOAL_MET = /(?:实现|完成|达到|达成)了?(?:预期)?目标/;
/** Words jieba tags as places that name none in a question (城镇, 惠及). */
const NOT_PLACES = new Set(wordClass("not-places"));
/** Words for "a figure" that ask for one at a question's end (GDP数据), and name a thing before a noun (数字经济). */
const FIGURE_NOUNS = new Set(wordClass("figure-nouns"));
const SHARE_WORDS = new RegExp(anyOf("share-words", "share-word-false-friends"));
/**
 * The base of a share asked: 占(GDP)比重, 在(一般公共预算支出)中的比重, 在(国家预算支出)里占多少比重, 占(GDP)多少.
 */
const SHARE_BASE =
  /占(.{1,16}?)的?(?:比重|比例|份额)|在(.{1,16}?)(?:中|里|当中)(?:的|所?占(?:多少|几)?的?)?(?:比重|比例|份额)|占(.{1,12}?)的?(?:多少|百分之几|几成)/;
/**
 * 占 of a share, set apart once its base is read (SHARE_BASE): jieba joins it to the base's first character ("占全社会研发的
 * 比重" → 占全 + 社会), a word no report prints. Not 占比, 占有, 占用, 占地 (面积), 占领, 占据.
 */
const SHARE_VERB = /占(?![比有用地领据])/g;
/** A share asked as how much of a whole something reaches: "普九地区要增加到全国人口的多少" (的 typed 地 too). */
const PORTION_OF_WHOLE_ASKED = new RegExp(`(?:${CHANGE_TO_LEVEL.source}|达到)[^，,；;。？?\\d]{1,16}[的地得](?:多少|百分之几|几成)`);
/**
 * How much of a plan was done is asked ("一般预算支出完成预算多少"): 完成 straight before a plan's
 * name that names no item of its own (完成预算收入多少 asks the amount).
 */
/** What it was before a change, as typed: 原来, 原先 (word-classes.txt [old-level-words]). */
const OLD_LEVEL_ASKED = new RegExp(anyOf("old-level-words"));
/** The level a change started from asked by 从/由 ("从多少降的", "由几提高到"): the asking, its verb and particle. */
const FROM_LEVEL_ASKED = new RegExp(`[从由]${HOW_MANY_WORD}(?:${anyOf(["change-verbs", "colloquial-change"])})?[的了]?`);
/**
 * The level before a change asked by 前 after its verb ("下调关税前关税总水平", "增值税降之前的税率"): not a span
 * (前三年, 前五年) nor 提前; the verb's object may stand between them.
 */
const BEFORE_CHANGE_ASKED = new RegExp(
  `(?<!提)(?:${anyOf(["change-verbs", "colloquial-change", "adjust-verbs"])})[^，,。？?\\d]{0,4}?[之以]?前(?![一二三四五六七八九十两几\\d年期夕])`,
);
/** 从 or 由 before a figure typed (not before a year: "由1954年的97个" states an old level's year). */
const FROM_FIGURE_TYPED = /[从由](?=\d+(?:\.\d+)?(?:[^\d.年]|$))/g;
/** 争取 asked with what it won: "争取了多少", "争取到几个" (争取多少 alone is an aim: "今年争取多少"). */
const OBTAINED_ASKED = new RegExp(String.raw`争取(?:到|了)${HOW_MANY_WORD}`);
/** How much of a plan was done: 完成预算多少, 完成原定计划的百分之几, 完成年度计划多少. */
const FULFILMENT_ASKED = new RegExp(`完成(?:了)?的?(?:原定|年度|全年)?的?${anyOf("plan-words")}(?!收入|支出|草案|数)`);
const TOTAL_WORDS = new RegExp(`${alternation("total-words")}|共(?=多少|几)`);
/** …but not a balance: "社保基金累计结余" stands at a year's end (年末累计结余3568.3亿元), summing no years. */
const SPAN_WORDS = new RegExp(`(?:${anyOf("span-words")})(?!结余|结存)`);
/** A word of its own that asks for a target, or one ending in 目标/计划 (控制目标). */
/** 要 right before a time or money asked is "it takes" ("开办企业要几天", "办证要多久"), no plan. */
const TAKES_ASKED = /要(?=\s*(?:几\s*个?\s*(?:天|小时|工作日|月)|多少\s*(?:个?\s*(?:天|小时|工作日|月)|钱)|多久|多长时间))/g;
const TARGET_KIND_WORD = new RegExp(`^${anyOf("target-kind-words")}$|(目标|计划)$`);
/**
 * A ceiling asked ("零售物价涨幅控制在多少以内"): what a plan holds a figure under; what a year came to is
 * printed without one ("居民消费价格涨幅控制在2.6%").
 */
const CEILING_ASKED = new RegExp(String.raw`${HOW_MANY_WORD}(?:个百分点)?以内`);
/**
 * "16年登记失业率控制在多少": where a plan holds a figure, asked as a plan is (a target unless 实际 is asked),
 * though a year's result may be printed with 控制在 too.
 */
const HELD_AT_ASKED = new RegExp(String.raw`控制在${HOW_MANY_WORD}`);
/** Words a question's word starts with when it asks what was done: 实际, 决算, 完成 (done-kind-words). */
const DONE_KIND_WORDS = wordClass("done-kind-words");
/** 安排 (arranged-kind-words): a plan unless 实际 or 决算 is asked too. */
const ARRANGED_KIND_WORD = new RegExp(`^${anyOf("arranged-kind-words")}$`);
/** …where it is no false friend (安排就业: placing people in jobs). */
const ARRANGED_IN_TEXT = new RegExp(anyOf("arranged-kind-words", "target-mark-false-friends"));
/** A class by size typed without a number: 亿元以上, 千万元以上 (coverage.ts finds it only where no number leads it). */
const SIZE_CLASS = /(?<![\d.〇零一二两三四五六七八九十百千万亿])(?:千万|百万|万|亿)元以上/g;
/**
 * A figure with its unit typed in the question ("60岁", "2000元", "1000万", "3岁以下") is part of the
 * metric's name, not a year and not the answer: any unit of zh/units.ts, or a magnitude, but not 年.
 */
const NUMBER_TERM = new RegExp(`\\d+(?:\\.\\d+)?(?:(?:万亿|亿|万|千)(?:${UNIT_ALTERNATION})?|(?!年)(?:${UNIT_ALTERNATION}))`, "g");
/** A sum in Chinese numerals before 亿 or 万亿 ("四万亿", "三千亿"); not 千万 (an adverb too) nor 千亿 alone. */
const CHINESE_MAGNITUDE = /([一二三四五六七八九十两][一二三四五六七八九十两百千]*)(万亿|亿)/g;
/** pm2.5, gdp, r&d, m2: Latin letters with the digits and dots that belong to them. */
const LATIN_TERM = /\d*[a-z][a-z0-9&]*(?:\.\d+)?/g;
/** Asking words that jieba may glue to a metric word ("控制目标"): cut them off it. */
const ASKING_AFFIX = /^(实际|多少|几)|(目标|多少|是多少)$/g;

/** A plan period named as the plan itself (一五计划, 十四五规划), not as a span of years (十三五期间, 十五时期). */
const PLAN_DOCUMENT_NAMED = /计划|规划/;

/** A modal verb jieba keeps on a change verb ("要降", "将增"): the change is what names the question's sense. */
const MODAL_BEFORE_CHANGE = new RegExp(
  `^${anyOf(["modal-verbs", "adverbs-before-change"])}(?=${anyOf(["change-verbs", "colloquial-change", "change-to-verbs"])})`,
);

/** "06年单位GDP能耗要降多少": a target word jieba ran onto the change verb after it (要降, 拟增) asks the target as 要 alone does. */
function targetModalOnChange(word: string): boolean {
  const modal = MODAL_BEFORE_CHANGE.exec(word)?.[0];
  return modal !== undefined && TARGET_KIND_WORD.test(modal);
}

/** A word run into a spoken change verb after it: 社零涨, 社零降, 税涨. */
const TRAILING_SPOKEN_CHANGE = new RegExp(`^(\\p{Script=Han}+)(${alternation("colloquial-change")})$`, "u");

/** A start cut off a spoken change: a word, or one character when it is a noun (税涨 → 税 + 涨; 压降 is one verb). */
function startsWithNoun(start: string): boolean {
  return start.length > 1 || taggedWords(start)[0]?.tag.startsWith("n") === true;
}

/** The postposition 上 run into a one-character verb after it: 上花, 上投. */
const POSTPOSITION_LEAD = /^上(?=\p{Script=Han}$)/u;

/**
 * What a question leaves out after it is asked ("这五年一共降费多少 不算减税", "…实际是多少，不是年初预算", "…实际涨了多少，
 * 目标不是10%以内么"). (Not in brackets: "固投（不含农户）" is the bulletins' own name, "固定资产投资（不含农户）".)
 */
const LEFT_OUT = /(?<![（(])(?:(?:不算|不含|不包括|不计)[^，,。？?\s（）()]{1,8}|[，,]\s*[^，,。？?\s]{0,4}不是[^，,。？?\s]{1,10})$/g;

/** A modal verb at the start of a word of three characters at most: 能蓄, 可用. */
const MODAL_LEAD = new RegExp(`^${anyOf("modal-verbs")}(?=\\p{Script=Han}{1,2}$)`, "u");

/** 几个点, 多少个点 at a question's end: percentage points as spoken (not 几个测评点). */
const POINTS_AS_SPOKEN = new RegExp(String.raw`(${HOW_MANY_WORD})个?点(?=[了吧呢啊呀?？]*$)`, "u");
/** "多少人", "几所", "多少亿元", "多少钱": the unit the asker expects (any unit of zh/units.ts). */
/** An asking word and its 个 with the space that sets them apart from the unit after them. */
const ASKING_SET_APART = new RegExp(String.raw`(${HOW_MANY_WORD}个?)\s+`, "g");
const ASKED_UNIT = new RegExp(`${HOW_MANY_WORD}(?:万亿|亿|万)?(${UNIT_ALTERNATION}|钱|成)`);

/** The unit asked after 多少/几, unless it begins the word counted (多少家庭: no unit asked). */
function askedUnit(typed: string): string | undefined {
  // (The asking phrase set apart, " 几个 工作日", is read whole: 几个工作日 asks working days.)
  const text = typed.replace(ASKING_SET_APART, "$1");
  const asked = ASKED_UNIT.exec(text);
  const unit = asked?.[1];
  if (!asked || unit === undefined) return undefined;
  return [...unit].length === 1 && beginsCountedWord(unit, text.slice(asked.index + asked[0].length)) ? undefined : unit;
}

/** The measure word of a count asked ("多少列", "几所"): 个 counts anything, so it names none. */
function askedMeasureWord(text: string): string | null {
  const unit = askedUnit(text);
  return unit !== undefined && unit !== "个" && unitClassOf(unit) === "count" ? unit : null;
}

/** The verb of having right before the asking word: "县有多少个". */
const HAVE_BEFORE_ASKING = /(?:一共有|共有|有)$/;
/** A year (2023年, 今年) right before: 年度 after it says when. */
const YEAR_BEFORE = /(?:\d{2,4}\s*年|[今去前本上当]年)\s*$/;
/** Adverbs that may follow 多少个 and are never the thing counted (word-classes.txt). */
const NEVER_COUNTED: ReadonlySet<string> = new Set(wordClass("never-counted"));

/** The term a question counts: the one right after its 多少个/几所 ("有多少个城市建了…制度": 城市), or null. */
function countedWord(text: string, terms: readonly QueryTerm[]): string | null {
  for (const m of text.matchAll(COUNTED_AFTER_ASKING)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const term = terms.find((t) => !t.isShape && t.alternatives.some((alt) => (alt.length >= 2 || ONE_CHARACTER_COUNTED.has(alt)) && after.startsWith(alt)));
    // Not an adverb: "县有多少个基本解决温饱" counts the 县 before, not 基本.
    if (term && !NEVER_COUNTED.has(term.word)) return term.word;
    // …which is the one counted when an adverb or nothing counted follows: "…的县有多少个基本解决温饱".
    const before = text.slice(0, m.index ?? 0).replace(HAVE_BEFORE_ASKING, "");
    const owner = terms.find(
      (t) => !t.isShape && !t.isPlace && t.alternatives.some((alt) => (alt.length >= 2 || ONE_CHARACTER_COUNTED.has(alt)) && before.endsWith(alt)),
    );
    if (owner && m[0].endsWith("个")) return owner.word;
  }
  return null;
}

/** A magnitude of a number: 万, 亿, 万亿. */
const MAGNITUDE = /^(?:万亿|亿|万)$/;
/** A magnitude asked alone, no unit after it: "多少亿", "几万呢" (not 多少亿元, whose unit is asked). */
const MAGNITUDE_ASKED = new RegExp(String.raw`${HOW_MANY_WORD}(?:万亿|亿|万)(?=[吧呢啊呀了]|[^\p{Script=Han}]|$)`, "u");

/** A percentage asked in words: 百分之几, 百分之多少. */
const PERCENT_ASKED = /百分之\s*(?:几|多少)/;
/** A rate of change named as a noun: 增速, 增幅, 增长率, 增长速度. */
const RATE_NAMED_ALL = new RegExp(`${anyOf("rate-of-change-nouns")}|${anyOf("change-verbs")}率|增长速度`, "g");
const RATE_NAMED = new RegExp(RATE_NAMED_ALL.source);
/** How far a rate moved or how it compares: 提高了几个百分点, 比全国高多少, 快于全省. */
const RATE_MOVED = new RegExp(`百分点|${anyOf(["change-verbs", "colloquial-change"])}|[比较][^，。？]*[高低快慢多少]|[高低快慢]于|加快|放缓`);
/** Percentage points asked in words, counted with 个 or not: 几个百分点, 多少个百分点, 多少百分点. */
const POINTS_ASKED = /(?:几|多少)\s*个?\s*百分点/;

/**
 * The unit classes an asked unit admits: its own, and those a reply may carry for it. A count of
 * people may be printed as a bare 万 (count); 个 is the everyday measure word for anything,
 * people too ("有几个老师"); points are asked as 多少个百分点 of a rate printed in %.
 */
function askedClasses(text: string): UnitClass[] {
  // "营业税征收了多少年": how many years something lasted.
  if (YEARS_ASKED.test(text)) return ["duration"];
  // "增长了百分之几": a percentage, not percentage points.
  if (PERCENT_ASKED.test(text)) return ["percent"];
  // "比各项贷款平均高几个百分点": points, though 个 counts.
  if (POINTS_ASKED.test(text)) return ["points", "percent"];
  const unit = askedUnit(text);
  // "利润总额多少亿", "几万": a magnitude alone asks a sum or a count, never a rate.
  if (unit === undefined && MAGNITUDE_ASKED.test(text)) return [...SUM_CLASSES];
  // "高速公路有多长", "航道有多远": a length, unless a time is measured (停留时间多长, 多长时间).
  if (unit === undefined) return LENGTH_ASKED.test(text) && !TIME_MEASURED.test(text) ? ["length"] : [];
  if (unit === "钱") return ["money"];
  // 几成: how many tenths, a share or a rate (增长了几成: 增长近70%).
  if (unit === "成") return ["percent", "points"];
  if (unit === "个") return ["count", "people"];
  const cls = unitClassOf(unit);
  if (cls === "people") return ["people", "count"];
  if (cls === "points") return ["points", "percent"];
  return [cls];
}

/**
 * 多少年, 几年 asking how long: not a span named (近几年, 这几年, 前几年: the years themselves), nor a
 * time in or after them (几年来, 几年内), nor a school year (几年级).
 */
const YEARS_ASKED = new RegExp(String.raw`(?<![近前这那去最头后每])${HOW_MANY_WORD}年(?![来里中内前后间级度初底末的])`);

/** How long or how far: a length asked… */
const LENGTH_ASKED = /多(?:长|远)/;
/** …unless what is measured is a time. */
const TIME_MEASURED = new RegExp(anyOf("time-nouns"));

/** A verb of money right before 多少: "投了多少", "掏多少钱". */
const MONEY_ASKED = new RegExp(`${anyOf("money-verbs")}(?<!${alternation("money-verb-false-friends")})了?多少`);
/** "…的有多少", "…的有几个": a count of those the question describes. */
const WHO_ASKED = new RegExp(String.raw`的(?:有|共有|一共有)${HOW_MANY_WORD}`);

/** What the head of a metric implies about its unit: 率 is a percentage, 支出 money. */
const METRIC_CLASSES: Array<[RegExp, UnitClass[]]> = (
  [
    ["metric-heads-percent", ["percent", "points"]],
    ["metric-heads-people", ["people", "count", "person-times"]],
    ["metric-heads-output", ["mass", "count"]],
    ["metric-heads-length", ["length"]],
    ["metric-heads-area", ["area"]],
    ["metric-heads-energy", ["energy"]],
    ["metric-heads-concentration", ["concentration"]],
    ["metric-heads-money", ["money"]],
  ] as Array<[string, UnitClass[]]>
).map(([name, classes]) => [new RegExp(`${anyOf(name)}$`), classes]);

/** The most characters a word of the synonym data is taken back from the word jieba cut after it. */
const SYNONYM_TERM_CUT_MAX = 3;

/**
 * A word of the synonym data that jieba cut across ("社零增长" → 社 + 零增长, 零增长 being "zero growth"
 * in its dictionary; "每个月" → 每个 + 月) is made whole again: 社零 + 增长, 每个月. The words are the project's own; jieba's
 * dictionary does not know them.
 */
/** The words of wanting or being a word jieba may run onto a noun before it ("钢要到多少" cut 钢要): they ask, name nothing. */
const MODAL_TAIL = /^(\p{Script=Han})([要将会能是有])$/u;

/**
 * Splits a two-character word no dictionary holds whose second character is a modal or a copula (钢要, 煤将), or whose
 * first is the unit asked (钱建): jieba guessed it a word; it is two.
 */
function splitGuessedWords(tagged: TaggedWord[]): TaggedWord[] {
  return tagged.flatMap((t, i) => {
    if (t.word.length !== 2) return [t];
    const m = MODAL_TAIL.exec(t.word);
    // …or one opening with the unit asked right after 多少 ("多少钱建城市职工住宅": 钱 and 建).
    const unit = t.word[0]!;
    const unitAsked = HOW_MANY_ALONE.test(tagged[i - 1]?.word ?? "") && (UNIT_CLASS.has(unit) || unit === "钱");
    // (The dictionary is searched last: one search of jieba's whole dictionary, for the few words that could be split.)
    if ((!m && !unitAsked) || dictionaryFrequency(t.word) !== null) return [t];
    return m
      ? [
          { word: m[1]!, tag: "n" },
          { word: m[2]!, tag: "v" },
        ]
      : [
          { word: unit, tag: "q" },
          { word: t.word[1]!, tag: "v" },
        ];
  });
}

function keepSynonymTermsWhole(tagged: TaggedWord[]): TaggedWord[] {
  for (let i = 0; i + 1 < tagged.length; i++) {
    const [a, b] = [tagged[i]!, tagged[i + 1]!];
    if (isSynonymTerm(a.word)) continue;
    // "全市政府性基金预算收入" cut 全市/政府/性/基金预算: a name cut into three words, or starting inside
    // a word (政府 of 市政府), is that name.
    if (joinSplitName(tagged, i)) continue;
    for (let k = 1; k <= SYNONYM_TERM_CUT_MAX && k <= b.word.length; k++) {
      if (!isSynonymTerm(a.word + b.word.slice(0, k))) continue;
      tagged[i] = { word: a.word + b.word.slice(0, k), tag: "n" };
      // All of the next word ("每个" + "月"), or what is left of it.
      if (k === b.word.length) tagged.splice(i + 1, 1);
      else tagged[i + 1] = { word: b.word.slice(k), tag: b.tag };
      break;
    }
  }
  return tagged;
}

/** The longest start of a name inside a word that `joinSplitName` tries (政府 of 市政府). */
const SPLIT_NAME_START_MAX = 3;

/**
 * Joins word i, or its end, and the whole words after it (up to two) when they make a name of the
 * synonym data (政府 + 性 + 基金预算), leaving the start of word i a word of its own; whether it did.
 */
function joinSplitName(tagged: TaggedWord[], i: number): boolean {
  const a = tagged[i]!.word;
  for (let j = Math.min(SPLIT_NAME_START_MAX, a.length); j >= 1; j--) {
    let name = a.slice(-j);
    let fragment = j < a.length;
    for (let n = 1; n <= 2 && i + n < tagged.length; n++) {
      name += tagged[i + n]!.word;
      fragment ||= tagged[i + n]!.word.length === 1;
      // Only a cut that left a fragment (a part of a word, a lone character) is jieba's mistake: 农民 +
      // 人均 + 纯收入 are three words a report may print apart, each found by its own other names.
      if (!fragment || !isSynonymTerm(name)) continue;
      const start = a.slice(0, -j);
      tagged.splice(i, n + 1, ...(start ? [{ word: start, tag: tagged[i]!.tag }] : []), { word: name, tag: "n" });
      return true;
    }
  }
  return false;
}

/** Whether a word holds another name (two characters or more) of the word before it, not that word itself. */
function restates(word: QueryTerm, before: QueryTerm): boolean {
  return before.alternatives.some((alt) => alt !== before.word && alt.length >= 2 && word.word.includes(alt));
}

export function parseQuestion(raw: string, context: QuestionContext = { places: [], present: null }): Question {
  let text = asPrinted(fullYears(toSearchForm(raw.slice(0, MAX_QUESTION_CHARS)).replace(/\s+/g, " ").trim().replace(REQUEST_LEAD, "")));
  const original = text;

  let reportYear: number | null = null;
  const named = reportNamed(text);
  if (named) {
    reportYear = named.year;
    text = text.replace(named.words, named.kept ? ` ${named.kept} ` : " ");
  }
  // "第几届全运会", "全国排第几": an ordinal asked, and the asking words name nothing to find (not 第, not 届).
  const ordinal = ordinalAsked(text);
  // (…and the scope a place is ranked in, before it, is no place asked: "榆林市城市综合信用指数全国排第几".)
  if (ordinal !== null) text = text.replace(RANKED_IN_SCOPE, " ").replace(ORDINAL_ASKED, " ");
  // "突破多少", "超过多少": the qualifier asked shapes the question (score-table.ts), it names no metric.
  text = text.replace(QUALIFIER_BEFORE_ASKING, "$2");
  // "电价再降几个点": percentage points as spoken, a rate asked (降低10% answers it as well as 0.5个百分点).
  const pointsSpoken = POINTS_AS_SPOKEN.test(text);
  text = text.replace(POINTS_AS_SPOKEN, "$1");
  // "试点县有多少各": a homophone typed for the measure word that ends the question (各 for 个).
  text = text.replace(LAST_AFTER_ASKING, (all: string, asking: string, typed: string) => {
    if (MEASURE_WORD.test(typed) || UNIT_CLASS.has(typed) || QUESTION_WORDS.has(typed)) return all;
    const measures = [...homophonesOf(typed)].filter((c) => MEASURE_WORD.test(c));
    return measures.length === 1 ? asking + measures[0] : all;
  });
  // "多少头猪": the measure word goes with 多少 (an asking word), not with the thing counted.
  text = text.replace(COUNTED_AFTER_MEASURE, (asking: string, _: string, offset: number) =>
    beginsCountedWord(asking.at(-1)!, text.slice(offset + asking.length)) ? asking : `${asking} `,
  );
  const namesBase = text.search(COMPARISON_BASE) >= 0;
  // "关税总水平从多少降的": the level a change started from, asked as 原来 asks it; the change only says which way.
  const fromLevelAsked = FROM_LEVEL_ASKED.test(text);
  // "下调关税前关税总水平": the same asking, and 前 names nothing.
  const beforeChangeAsked = BEFORE_CHANGE_ASKED.test(text);
  text = text.replace(BEFORE_CHANGE_ASKED, (asking) => asking.replace(/[之以]?前$/, " "));
  // "从2187亿增加到多少": the old level typed is a figure to find, and 从 (由 as printed) no word.
  text = text.replace(FROM_LEVEL_ASKED, " 多少 ").replace(FROM_FIGURE_TYPED, " ");
  // "对外贸易是1950年的几倍": the year a multiple is of is its base, not the year asked about.
  const baseYear = Number(BASE_YEAR.exec(text)?.[1] ?? MULTIPLE_BASE_TYPED.exec(text)?.[1] ?? Number.NaN);
  text = text.replace(MULTIPLE_BASE_TYPED, (base) => base.replace(/(?:19|20)\d\d\s*年/, " "));
  // "1990年国民生产总值比上年增长多少": against the year before the one asked (set once that year is read).
  const againstYearBefore = PREVIOUS_YEAR_BASE_TYPED.test(text);
  // "比上年多多少", "比上年多发多少": how much more than the base, a change asked in other words.
  const moreThanBase = MORE_THAN_BASE.test(text) || LESS_SPOKEN.test(text);
  text = text.replace(MORE_THAN_BASE, " ").replace(LESS_SPOKEN, " ");
  // "比1964年增长几倍": a comparison base is not the year asked about; nor is the year of an old level
  // the question states ("由1954年的97个增加到多少个").
  text = text.replace(COMPARISON_BASE, " ").replace(OLD_LEVEL_YEAR, "$1 ").replace(COUNTING_METHOD_TYPED, " ");
  let dataYear: number | null = null;
  let multiYear = false;
  const sinceTerms: QueryTerm[] = [];
  const since = SINCE_YEAR.exec(text);
  const range = YEAR_RANGE.exec(text);
  if (since) {
    // "1998年以来国企下岗职工有多少": what the years since then add up to, as a report says it of
    // those very years ("1998年以来，国有企业下岗职工达2700多万人"): no one year is asked.
    sinceTerms.push({ ...term(since[0]), alternatives: [since[0], `${chineseYearDigits(Number(since[1]))}年以来`] });
    multiYear = true;
    text = text.replace(since[0], " ");
  } else if (SINCE_CONGRESS.test(text)) {
    multiYear = true;
    text = text.replace(SINCE_CONGRESS, " ");
  } else if (range) {
    dataYear = Number(range[2]);
    multiYear = true;
    text = text.replace(range[0], " ");
  } else {
    const dm = DATA_YEAR.exec(text);
    if (dm) {
      dataYear = Number(dm[1]);
      text = text.replace(dm[0], (year) => (beginsWordAfter(year, text.slice(dm.index + year.length)) ? " 初" : " "));
    }
  }

  const terms: QueryTerm[] = [...sinceTerms];
  // "十一五最后一年", "十四五开局之年": one year of the plan, its last or its first.
  const planYear = PLAN_END_YEAR.exec(text);
  const planYearSpan = planYear ? planYears(planYear[1]!) : null;
  if (planYear && planYearSpan && dataYear === null) {
    dataYear = planYear[2] ? planYearSpan[1] : planYearSpan[0];
    text = text.replace(planYear[0], " ");
  }
  const period = PLAN_PERIOD.exec(text);
  // "一五计划1957年小学学生人数达到多少", "十四五规划森林覆盖率": the plan named asks what it set, unless 实际 or 完成 is asked.
  const planNamedAsked = period !== null && PLAN_DOCUMENT_NAMED.test(period[0]);
  let periodYears = period?.[1] ? planYears(period[1]) : null;
  if (period?.[1]) {
    terms.push({ ...term(period[1]), isPeriod: true });
    multiYear = true;
    // "十一五前四年": the plan's first years only ("“十一五”前四年累计…下降14.38%").
    const first = PLAN_FIRST_YEARS.exec(text.slice(period.index + period[0].length));
    const count = first ? yearCount(first[1]!) : null;
    if (periodYears && first && count !== null && count < periodYears[1] - periodYears[0] + 1) {
      periodYears = [periodYears[0], periodYears[0] + count - 1];
      text = text.replace(first[0], " ");
    }
    text = text.replace(period[0], " ");
  }

  const asked = askedPlace(text, context.places);
  text = asked.rest;
  // 今年, 去年, 前年: relative to a report named ("2014年报告 去年…"), else to the latest report
  // about the place asked ("北京去年…" with Beijing's 2024 report: 2023), else to the corpus's latest.
  const relative = RELATIVE_YEAR.exec(text);
  let yearEndTyped = false;
  // The present of the place asked: a past year is past for its reports ("清苑区2024年…控制在多少",
  // asked of 清苑's report of 2024, is that year's aim, though other reports speak of 2025).
  const present = (asked.place ? context.presentOf?.(asked.place) : null) ?? context.present;
  if (relative) {
    const anchor = reportYear ?? present;
    if (dataYear === null && anchor !== null) dataYear = anchor + RELATIVE_YEARS[relative[0]]!;
    // "去年底": that year, as "2015年底" is; its 底 is looked for as 末 only of a rate (年末城镇调查失业率, not the year's
    // average), since a stock is at the year's end though a sentence does not say so ("贷款余额1460.7亿元").
    yearEndTyped = new RegExp(`${relative[0]}[底末]`).test(text);
    text = text.replace(new RegExp(`${relative[0]}[底末]?`), " ");
  }
  // "2018年报告 五年前贫困发生率": the level a review starts from, N years before the year it reviews last
  // ("贫困发生率由10.2%下降到3.1%": 10.2% is 2012's).
  const ago = YEARS_AGO.exec(text);
  const agoYears = ago ? yearCount(ago[1]!) : null;
  const countsBackYears = ago !== null && agoYears !== null && dataYear === null && (reportYear ?? present) !== null;
  if (countsBackYears) {
    dataYear = (reportYear ?? present)! - 1 - agoYears!;
    text = text.replace(ago[0], " ");
  }
  // "1997年粮食产量比五年前增加多少": a change against N years before is one over those years.
  if (COMPARED_WITH_YEARS_AGO.test(original)) multiYear = true;
  let recentSpan: number | null = null;
  const recent = RECENT_SPAN.exec(text);
  if (recent) {
    // Like a question without a year, it means the latest such span a report states: the answer
    // shows which years that is.
    recentSpan = recent[0].startsWith("本届") ? USUAL_SPAN_YEARS : yearCount(recent[1] ?? recent[2] ?? "");
    if (recentSpan !== null) multiYear = true;
    text = text.replace(recent[0], " ");
  }
  // "新农合参保率三年内提到多少", "93年定的今后五年…年均增长目标": the years a plan gives itself say when, not what
  // ("三年内参保率均提高到90%以上", "今后五年，争取…平均每年实际增长百分之四至百分之五").
  const horizonAsked = PLAN_HORIZON.test(text);
  // The years to come as a whole ("东莞未来五年单位GDP能耗降低目标": 19.5% over the five years, not this year's 4.25%).
  if (YEARS_AHEAD.test(text)) multiYear = true;
  text = text.replace(PLAN_HORIZON, " ");
  // "…降费多少 不算减税": what the asker leaves out is no word to find.
  text = text.replace(LEFT_OUT, " ");

  // "人口自然增涨率", "粮食曾产了多少": a homophone typed for a character of a word the corpus prints,
  // corrected before the question's kind and change are read from its words.
  if (context.sentencesWith) {
    const asks = (word: string) => QUESTION_WORDS.has(word) || ASKING_PART.test(word);
    text = correctTypos(text, context.sentencesWith, asks, setAskingPhrasesApart(text));
  }
  // 现在/目前, or 到多少了: the latest figure reached, not a plan (a year asked instead wins).
  const withoutNow = text.replace(NOW_WORDS, " ");
  const asksNow = withoutNow !== text || REACHED_ENDING.test(text);
  text = withoutNow;
  // 目标/计划/预算 ask for a target only as words of their own: 一般公共预算 is a name, and a goal
  // met (有多少个县实现了目标) asks what was done.
  // So does a plan's share done (完成预算多少: 为预算的84.4%).
  const goalMet = GOAL_MET.test(text) || FULFILMENT_ASKED.test(text);
  // (Asked of a plan's years, 实际增长 is growth in real terms: "今后五年城镇居民收入每年实际增长多少". Of a year it asks
  // what came of it: "2025年全年GDP实际增速是多少".)
  const kindText = text.replace(GOAL_MET, " ").replace(FULFILMENT_ASKED, " ").replace(TAKES_ASKED, " ");
  const typed = taggedWords(horizonAsked ? kindText.replace(REAL_GROWTH, "") : kindText).map((t) => t.word);
  // A target word first; then 实际, 决算 or 完成, what was done (also of what was arranged: "2009年中央财政
  // 社保资金实际安排了多少"); then what a budget arranges (安排), a plan.
  const doneAsked = typed.some((w) => DONE_KIND_WORDS.some((d) => w.startsWith(d)));
  // "对上争取资金多少": 争取 obtaining funds is part of the metric's name, not an aim (今年争取多少).
  // …nor is "争取了多少", "争取到多少" after the funds ("上级转移支付去年争取了多少"): what was won.
  const obtains = FUNDS_OBTAINED.test(text) || OBTAINED_ASKED.test(text);
  const wantedKind =
    typed.some((w) => (TARGET_KIND_WORD.test(w) && !(obtains && w === "争取")) || targetModalOnChange(w)) ||
    CEILING_ASKED.test(text) ||
    (horizonAsked && !doneAsked)
      ? "target"
      : doneAsked
        ? "actual"
        : (typed.some((w) => ARRANGED_KIND_WORD.test(w)) && ARRANGED_IN_TEXT.test(text)) || HELD_AT_ASKED.test(text) || (planNamedAsked && !asksNow && !goalMet)
          ? "target"
          : asksNow || goalMet
            ? "actual"
            : null;
  // "十年前定的GDP增速目标": a target is of the year of the report that sets it, N years before the latest report
  // (2015's 7%左右 asked in 2025), not of the year N before the last one reviewed.
  if (countsBackYears && wantedKind === "target") dataYear! += 1;
  // "听说今年专项债又加了，规模多少": a clause before the asking one, itself asking nothing, is what was heard; its
  // change is no change asked.
  const askingClause = ASKING_CLAUSE_AFTER_CONTEXT.exec(text)?.[1] ?? text;
  const mentionsChange = moreThanBase || CHANGE_WORDS.test(askingClause) || INCREMENT_ASKED.test(askingClause);
  // A share of the plan done (完成预算的96.1%) is a share like any other.
  const asksShare = SHARE_WORDS.test(text) || FULFILMENT_ASKED.test(text) || PORTION_OF_WHOLE_ASKED.test(text);
  const shareBase = SHARE_BASE.exec(text);
  const baseWords = shareBase ? (shareBase[1] ?? shareBase[2] ?? shareBase[3] ?? "") : "";
  if (SPAN_WORDS.test(text)) multiYear = true;
  const asksTotal = TOTAL_WORDS.test(text);

  const wantedClasses = new Set<UnitClass>();
  // The unit the question asks for (the longest unit wins: 多少人次 is not 多少人).
  askedClasses(text).forEach((c) => wantedClasses.add(c));
  if (pointsSpoken) ["points", "percent"].forEach((c) => wantedClasses.add(c as UnitClass));

  // "四万亿投资": a sum typed in Chinese numerals is read as the reports print it (4万亿元投资).
  text = text.replace(CHINESE_MAGNITUDE, (m, digits: string, magnitude: string) => {
    const value = parseChineseNumeral(digits);
    return value === null ? m : `${value}${magnitude}`;
  });
  for (const m of text.match(NUMBER_TERM) ?? []) terms.push({ ...term(m), isFigure: true });
  // "亿元以上项目": a class of projects by size, typed without its 1, is a word to find (never 10亿元以上).
  for (const m of text.match(SIZE_CLASS) ?? []) terms.push(term(m));
  text = text.replace(SIZE_CLASS, " ");
  text = text.replace(NUMBER_TERM, " ");
  // "多少万TEU": a unit in Latin letters is asked, not a word to find.
  const latinUnit = ASKED_UNIT.exec(text);
  if (latinUnit?.[1] && /^[a-z]/.test(latinUnit[1])) text = text.replace(latinUnit[0], " ");
  for (const m of text.match(LATIN_TERM) ?? []) terms.push(term(m));
  text = text.replace(LATIN_TERM, " ");

  // "开办一家企业现在要几天": one of a kind (一家, 一所) is "a", no word to find (not 一个月, a span; not 第一家).
  text = text.replace(ONE_OF_A_KIND, " ");

  let rateAsked = false;
  let countedMeasure: string | null = null;
  // "老年人口有多少", "帮扶县有几个", "安排了多大规模": the asking phrase stands apart, so that jieba
  // cuts 老年人口 (not 老年人 + 口有), 帮扶县 and 规模 (not 多 + 大规模); 得 typed for 的 before it asks nothing.
  text = setAskingPhrasesApart(text).replace(SHARE_VERB, "占 ");
  const tagged = keepSynonymTermsWhole(splitGuessedWords(taggedWords(text)));
  for (let i = 0; i < tagged.length; i++) {
    let { word, tag } = tagged[i]!;
    // "海东" + "市" is one place, 海东市.
    if (tag === "ns" && /^[市省县州]$/.test(tagged[i + 1]?.word ?? "")) word += tagged[++i]!.word;
    // "非煤行业", "非税收入": 非 cut off from the word it negates is that word's ("非" + "煤": 非煤, never 煤炭).
    if (word === "非" && /^\p{Script=Han}/u.test(tagged[i + 1]?.word ?? "")) word += tagged[++i]!.word;
    // "社零涨了多少": jieba joins a word it does not know to the spoken change after it (社零涨).
    const spokenChange = TRAILING_SPOKEN_CHANGE.exec(word);
    if (spokenChange && !isDictionaryWord(word) && startsWithNoun(spokenChange[1]!)) {
      tagged.splice(i + 1, 0, { word: spokenChange[2]!, tag: "v" });
      word = spokenChange[1]!;
    }
    word = word.replace(ASKING_AFFIX, "").replace(MODAL_BEFORE_CHANGE, "");
    // "官厅水库能蓄多少水": jieba joins a modal to a verb it does not know (能蓄); the verb is the word.
    // "文化上花了多少": jieba joins the postposition 上 to the verb after it (上花); the verb is the word.
    if (POSTPOSITION_LEAD.test(word) && !isDictionaryWord(word)) word = word.slice(1);
    // "累计地发了多少": jieba joins the adverb's 地 to the verb after it (地发); the verb, done (了), is the word.
    // (Not 地均 of "地均GDP", a noun the reports print.)
    if (DI_THEN_VERB.test(word) && tagged[i + 1]?.word === "了" && !isDictionaryWord(word)) word = word.slice(1);
    // "缓税缓费里制造业…": jieba joins the postposition 里 to a noun it does not know (缓费里); the noun is the word.
    if (NOUN_THEN_LI.test(word) && !isDictionaryWord(word)) word = word.slice(0, -1);
    const modal = MODAL_LEAD.exec(word);
    if (modal && !isDictionaryWord(word)) word = word.slice(modal[0].length);
    // "建了多少亩", "改了多少户": the verb, not its 了, is what a report prints (新建, 改造).
    if (DONE_VERB.test(word)) word = word.slice(0, -1);
    // (Not a word of one character and the count: 用户数 is the users' number, not 用 counted in 户.)
    const measureCount = isSynonymTerm(word) ? null : MEASURE_COUNT.exec(word);
    if (measureCount && [...measureCount[1]!].length !== 1) {
      countedMeasure = measureCount[2]!;
      word = measureCount[1]!;
      if (!word) continue;
    }
    // 增长率, 下降率: the 率 on a change verb says the change is a rate, printed "增长6.9%".
    const rateOfChange = CHANGE_RATE.exec(word);
    if (rateOfChange) {
      word = rateOfChange[1]!;
      rateAsked = true;
    }
    const extent = CHANGE_EXTENT.exec(word);
    if (extent) word = extent[1]!;
    else if (word === "幅度" && EXTENT_AFTER_CHANGE.test(text)) continue;
    // 财政赤字 + 率, 粮食 + 产量: a suffix jieba cut off belongs to the word before it.
    const previous = terms.at(-1);
    // "经济增长率": 率 after a known name of a change (经济增长) asks that change as a rate, as 增长率 does
    // (only of a name the synonym data knows: 人口自然增长率 is a metric of its own).
    if (word === "率" && previous && NAMED_CHANGE.test(previous.word) && isSynonymTerm(previous.word) && text.includes(previous.word + word)) {
      rateAsked = true;
      continue;
    }
    if (METRIC_SUFFIX.test(word) && previous && !previous.isPlace && text.includes(previous.word + word)) {
      terms[terms.length - 1] = term(previous.word + word);
      continue;
    }
    // An asking word jieba cut in two ("的多快" → 的多 快, 多 快): both halves ask.
    const next = tagged[i + 1]?.word ?? "";
    // "多少亩地", "多少部": a one-character unit right after the asking word is the unit asked, not a
    // word to find (a longer one, 美元 or 千瓦, still finds the paragraphs that print it).
    // So is a magnitude alone ("利润总额多少亿", "几万"): how large a sum or count is asked.
    if (word.length === 1 && (UNIT_CLASS.has(word) || MAGNITUDE.test(word)) && HOW_MANY_ALONE.test(tagged[i - 1]?.word ?? "")) continue;
    // "高速修了多少公里", "农田建多少亩": the verb of building asks the amount built; reports print
    // the level reached (总里程达到9000公里) or the plan (新建改造…) without it.
    // (…or typed with 的 for 了: "实际修的多少公里".)
    if (BUILD_VERBS.has(word) && /^(?:了|的|多少|几)/.test(next)) continue;
    // "个体户发展到多少人", "标准调整到多少": a verb of a level reached says how the figure is asked, as a shape word
    // does: found it counts a little ("一九五四年底已发展到将近五十万个"), missing it refuses nothing (reports print it
    // otherwise: "城镇个体劳动者从十五万人增加到一百四十七万人"), and it is never the metric's head.
    const reachedVerb = LEVEL_REACHED_VERBS.has(word) && /^[到至为]$/.test(next) && HOW_MANY_ALONE.test(tagged[i + 2]?.word ?? "");
    // "规模以上工业增加值": 规模 cut off before 以上 names the class of firms above the threshold, no shape ("规模以上工业
    // 企业实现利润总额82.9亿元" says 规模 of no size asked).
    if (SHAPE_WORDS.has(word) && /^以[上下]$/.test(next)) {
      word += next;
      i++;
    }
    // "装机总规模": 总 cut off before a shape word is part of the shape (总规模 asks what 规模 asks).
    if (word === "总" && SHAPE_WORDS.has(next)) continue;
    if (next && QUESTION_WORDS.has(word + next)) {
      i++;
      continue;
    }
    // 数字 of 数字经济, 数据 of 数据中心: a word for "figure" run straight into a noun names a thing.
    const namesThing = FIGURE_NOUNS.has(word) && text.includes(word + next) && next !== "" && !QUESTION_WORDS.has(next) && !ASKING_PART.test(next);
    const obtaining = word === "争取" && obtains;
    // 年度 run into a noun with no year before it names the year's part of a sum ("重点项目年度投资" against "总投资2139亿元，
    // 年度投资656亿元"); after a year ("2023年度") it only says when.
    const ofTheYear =
      word === "年度" &&
      namesThing === false &&
      /^\p{Script=Han}{2}/u.test(next) &&
      !QUESTION_WORDS.has(next) &&
      !YEAR_BEFORE.test(text.slice(0, text.indexOf(word + next)));
    if (!word || (QUESTION_WORDS.has(word) && !namesThing && !obtaining && !ofTheYear) || terms.some((t) => t.word === word)) continue;
    // jieba tags words of other senses as places too: common words (城镇, 惠及) and a county's short
    // name that is a word of its own (新建). Other place words no table holds stay (青南, 苏联).
    const countyShortNameOnly = placesNamed(word).length === 0 && placesNamed(word, true).length > 0;
    // One character (湖 of 退田还湖) is a common noun, not a place's name.
    const isPlace = tag === "ns" && [...word].length > 1 && !NOT_PLACES.has(word) && !countyShortNameOnly;
    // (A span of time it is counted per, 一个月 of "低保一个月多少", shapes it too: "城镇低保月保障标准提高到375元" prints it 月.)
    const made = SHAPE_WORDS.has(word) || PER_TIME_WORDS.has(word) || reachedVerb ? { ...term(word), isShape: true } : term(word, isPlace);
    // "外贸进出口总额": a word holding another name of the word before it (进出口 of 外贸) names the same
    // thing once more; the two are one word to find, either name of it enough ("全市实现外贸进出口2494亿元").
    if (previous && !previous.isPlace && !made.isPlace && !made.isShape && text.includes(previous.word + word) && restates(made, previous)) {
      terms[terms.length - 1] = { ...made, alternatives: [...new Set([...made.alternatives, ...previous.alternatives])] };
      continue;
    }
    // "空气质量优良天数": the word before run into this one is another name of this one (优良天数 ↔ 空气质量优良天数),
    // a report printing either ("优良天数比例上升至87.2%"): one word to find, not two.
    if (
      previous &&
      !previous.isPlace &&
      !made.isPlace &&
      !made.isShape &&
      text.includes(previous.word + word) &&
      made.alternatives.includes(previous.word + word)
    ) {
      terms[terms.length - 1] = made;
      continue;
    }
    // "R&D经费": an acronym's Chinese name (研发, of r&d) run into this word makes a name the synonym data knows
    // (研发经费 ↔ 研发投入): that name, with all its others, is the word to find. (Only an acronym's: 一般预算 + 收入
    // are two words a report may print apart.)
    const compound =
      previous &&
      ACRONYM.test(previous.word) &&
      !made.isPlace &&
      !made.isShape &&
      original.includes(previous.word + word) &&
      !isSynonymTerm(previous.word + word)
        ? previous.alternatives.map((alt) => alt + word).find(isSynonymTerm)
        : undefined;
    if (compound) {
      terms[terms.length - 1] = term(compound);
      continue;
    }
    terms.push(made);
  }
  // "外贸出口额": another name of a whole (外贸, of 进出口) run into one of its parts is found only so, as a report prints
  // it ("外贸出口从7月份开始大幅度回升"): 外贸 alone is the whole's, "外贸出口" the part's.
  for (let i = terms.length - 2; i >= 0; i--) {
    const [whole, next] = [terms[i]!, terms[i + 1]!];
    const part = partsOfWholeNamed(whole.word).find((p) => next.word.startsWith(p));
    if (!whole.isPlace && part !== undefined && text.includes(whole.word + next.word))
      terms[i] = { ...whole, word: whole.word + part, alternatives: [whole.word + part] };
  }
  // A change is asked ("GDP增长多少", "增加多少专项债务限额") unless the change word runs straight
  // into another metric word: 增长 in 经济增长贡献率 is part of the metric's name.
  // An increment asked outright ("试点新增了几个") is asked whatever change word a metric's name holds (扩大开放).
  const asksChange = INCREMENT_ASKED.test(text) || (mentionsChange && !changeWordNamesMetric(text, terms));
  if (baseWords)
    for (const t of terms) {
      if (t.isPlace || !baseWords.includes(t.word)) continue;
      t.isShareBase = true;
      // A share of GDP is printed as an intensity too (研发经费投入强度): its names name this base.
      if (t.alternatives.includes("国内生产总值")) t.namedAlsoBy = INTENSITY_OF_OUTPUT;
    }
  // An intensity (排放强度) is printed per unit of output ("单位国内生产总值…二氧化碳排放…降低18%").
  for (const t of terms) if (INTENSITY_WORDS.includes(t.word) && !t.isShareBase) t.namedAlsoBy = OUTPUT_UNIT_LEADS;
  // Single characters left over ("毛" of 毛入学率 when jieba splits it) only narrow the match.
  const metricTerms = terms.filter((t) => !t.isPlace && !t.isShape);
  // (A word that sums, 累计, heads no metric: "固定资产投资累计完成多少" asks an amount of 投资.)
  const headTerm = metricTerms.filter((t) => !SUM_WORDS.has(t.word)).at(-1);
  const head = headTerm?.word ?? "";
  if (asksShare) {
    // A share is a percentage, whatever the metric it is a share of.
    wantedClasses.clear();
    ["percent", "points"].forEach((c) => wantedClasses.add(c as UnitClass));
  } else if (wantedClasses.size === 0 && MONEY_ASKED.test(original)) {
    // "保障性安居工程实际投了多少": a verb of money before 多少 asks an amount, not a count of what it bought.
    wantedClasses.add("money");
  } else if (WHO_ASKED.test(original)) {
    // "享受生活补助的有多少": those who do it are counted, whatever the head (补助) measures.
    ["people", "count"].forEach((c) => wantedClasses.add(c as UnitClass));
  } else if (wantedClasses.size === 0) {
    // The metric's head word, or the question's last word when that is an asking word that names a
    // measure ("新农合参合人数": 人数 asks for people).
    const last = original.replace(TRAILING_ASKING, "");
    // …or, for an amount asked (多少, not a change nor 咋样), the head's full name when it is typed
    // short (社零: 社会消费品零售总额, an amount).
    // Only when the head as typed implies none: 生产总值 is money, though one of its other names (经济增速) is a rate.
    const headNames = !asksChange && /多少|几/.test(original) ? (headTerm?.alternatives ?? []) : [];
    for (const [re, classes] of METRIC_CLASSES) if (re.test(head) || re.test(last)) classes.forEach((c) => wantedClasses.add(c));
    if (wantedClasses.size === 0)
      for (const [re, classes] of METRIC_CLASSES) if (headNames.some((name) => re.test(name))) classes.forEach((c) => wantedClasses.add(c));
    // …or a unit ("惠及多少人次" typed "惠及得人次"): that unit's class.
    // (Not a time counted per: "低保标准一个月多少" asks no months.)
    const unit = PER_TIME_ENDING.test(last) ? undefined : ENDING_UNIT.exec(last)?.[1];
    if (unit) wantedClasses.add(unitClassOf(unit));
  }
  if (countedMeasure && wantedClasses.size === 0) wantedClasses.add(unitClassOf(countedMeasure));
  if (rateAsked) ["percent", "points"].forEach((c) => wantedClasses.add(c as UnitClass));
  // "GDP总量目标", "市内生产总值总量": a word for an amount asks the amount, never its rate of growth
  // ("地区生产总值增长7%、总量突破400亿元"), though the metric's other names (经济增速) are rates.
  const amountAsked =
    SIZE_ASKED.test(original) &&
    !asksChange &&
    !rateAsked &&
    !asksShare &&
    !METRIC_CLASSES[0]![0].test(head) &&
    [...wantedClasses].some((c) => c !== "percent" && c !== "points");
  // A 目标 (预期目标) is most often set for a growth ("GDP目标": 国内生产总值增长5%左右); a forecast
  // (预计) of a level is the level ("1954年钢产量预计多少").
  const rateImplied =
    /目标|预期/.test(text) &&
    wantedClasses.size > 0 &&
    !askedClasses(text).length &&
    !askedClasses(original).length &&
    !wantedClasses.has("percent") &&
    !amountAsked;
  if (rateImplied) ["percent", "points"].forEach((c) => wantedClasses.add(c as UnitClass));
  if (amountAsked) ["percent", "points"].forEach((c) => wantedClasses.delete(c as UnitClass));
  if (asksChange && wantedClasses.size > 0 && !(wantedClasses.size === 1 && wantedClasses.has("money") && askedClasses(original).includes("money"))) {
    // "提高多少" of a money metric may be answered by an amount or by a rate; by percentage points only
    // when the metric is itself a rate ("赤字比去年多安排多少" is 1.6万亿元, not 赤字率's 1个百分点).
    // Money typed says which ("比上年多了多少钱": the 320元, not the 15.8%).
    if (wantedClasses.has("percent")) wantedClasses.add("points");
    wantedClasses.add("percent");
  }
  if (PERCENT_ASKED.test(original)) wantedClasses.delete("points");
  if (yearEndTyped && wantedClasses.has("percent")) terms.push(term("末"));
  // "今年GDP预期增速": a rate named as a noun asks the rate (增长7.5%以上), not how far it moved
  // ("预期经济增长速度较上年只提高1个百分点"), unless the question asks that too.
  if (RATE_NAMED.test(original) && !RATE_MOVED.test(original.replace(RATE_NAMED_ALL, ""))) wantedClasses.delete("points");

  // An ordinal asked is answered by one (第十五届), never by an amount.
  if (ordinal !== null) {
    wantedClasses.clear();
    wantedClasses.add("ordinal");
  }
  const counted = countedWord(original, terms);
  // "多少个国家和地区参赛": 个 counts people only when the word counted is a person (几个老师).
  if (askedUnit(original) === "个" && counted !== null && !namesPeople(counted)) wantedClasses.delete("people");

  return {
    text: original,
    terms: withWordsOutside(terms, original),
    reportYear,
    dataYear,
    period: periodYears,
    multiYear,
    present,
    recentSpan,
    wantedKind,
    wantedClasses: [...wantedClasses],
    countedIn: askedMeasureWord(original),
    counted,
    ordinal,
    asksChange,
    changeAgainstBase: asksChange && namesBase,
    baseYear: !Number.isNaN(baseYear) ? baseYear : againstYearBefore && dataYear !== null ? dataYear - 1 : null,
    asksShare,
    asksOldLevel: fromLevelAsked || beforeChangeAsked || OLD_LEVEL_ASKED.test(text),
    asksShareOfPlan: FULFILMENT_ASKED.test(text),
    rateImplied,
    asksTotal,
    place: asked.place,
    scope: asked.scope,
  };
}

/**
 * An ordinal asked: 第几 (or 第多少) and the measure word after it (届, 次, 批…), or a ranking's place (排第几,
 * 排名第几, 第几位/名). The measure word's group is what an answer may print after 第 and its number.
 */
const ORDINAL_ASKED = new RegExp(`(?:排名?|位居|名列|位列|居)?第\\s*(?:几|多少)\\s*(${anyOf("ordinal-measure-words")}|${RANKING_MEASURES})?`);

/** The scope of a ranking asked, right before its asking words: 全国 of "全国排第几", 全疆 of "全疆排名第几". */
const RANKED_IN_SCOPE = new RegExp(`(?:${SCOPE_WORD_PATTERN}|全球|世界|国际)(?=(?:排名?|位居|名列|位列|居)第\\s*(?:几|多少))`);

function ordinalAsked(text: string): string | null {
  const m = ORDINAL_ASKED.exec(text);
  if (!m) return null;
  return m[1] === undefined || isRankingPlace(m[1]) ? RANKING_MEASURES : m[1];
}

/** What joins two items of a list in a question. */
const COORDINATORS = ["和", "与", "及", "、"];

/**
 * Each word asked with the longer words asked beside it in a list that hold it: "工业和手工业总产值" asks
 * 工业 and 手工业, and 工业 inside 手工业 ("手工业总产值达到了一百三十三亿七千万元") is not 工业. Not a word
 * and a longer one it heads ("建设项目中义务教育项目"), nor a character alone (减 of 减少).
 */
function withWordsOutside(terms: readonly QueryTerm[], text: string): QueryTerm[] {
  const listed = (a: string, b: string) => COORDINATORS.some((and) => text.includes(`${a}${and}${b}`) || text.includes(`${b}${and}${a}`));
  return terms.map((t) => {
    if (t.isPlace || t.word.length < 2) return t;
    const holders = terms
      .filter((o) => o !== t && !o.isPlace && o.word.length > t.word.length && o.word.includes(t.word) && listed(t.word, o.word))
      .map((o) => o.word);
    return holders.length > 0 ? { ...t, outside: holders } : t;
  });
}

function term(word: string, isPlace = false): QueryTerm {
  const alternatives = synonymsOf(word);
  // "钢产量" is printed "钢…万吨", "出口额" "出口…亿元", "游客接待量" "接待游客…万人次": the unit says 产量, 额
  // or 量, so the rest names the metric.
  // (投资总额: 投资, not 投资总; a 总量 is no 量 of a product: 经济总量 is not 经济.)
  const product = /^(.+?)(总)?产量$/.exec(word)?.[1] ?? /^(.{2,}?)(总)?额$/.exec(word)?.[1] ?? /^(.{2,})(?<!总)量$/.exec(word)?.[1];
  if (product) alternatives.push(product);
  // "人均绿地面积" is printed "人均公共绿地达到8.18平方米": the unit says 面积, so the rest names what is measured.
  const measured = /^(\p{Script=Han}{2,})面积$/u.exec(word)?.[1];
  if (measured && !alternatives.includes(measured)) alternatives.push(measured);
  // "钢铁行业" is printed "钢铁工业" as often: a 行业 is the 工业 or 产业 of its stem, or its 业 ("软件产业产值" is printed
  // "软件业产值达230亿元", 厦门 2010).
  const sector = /^(\p{Script=Han}{2,})(行业|产业)$/u.exec(word);
  if (sector)
    for (const name of sector[2] === "行业" ? SECTOR_NAMES : ["业"]) if (!alternatives.includes(sector[1] + name)) alternatives.push(sector[1] + name);
  // "高速公路总里程" is printed "高速公路里程…17.7万公里": a total is printed as the thing totalled.
  const whole = /^总(\p{Script=Han}{2,})$/u.exec(word)?.[1];
  if (whole && !alternatives.includes(whole)) alternatives.push(whole);
  // "工业产值" is printed "工业总产值": an output value is printed as the total of its sector.
  const sectorOutput = /^(\p{Script=Han}{2,})产值$/u.exec(word)?.[1];
  if (sectorOutput && !alternatives.includes(`${sectorOutput}总产值`)) alternatives.push(`${sectorOutput}总产值`);
  // "固投增速" is answered by "固定资产投资…比上年下降4.2%": a rate of change asked as a noun may be a fall.
  if (RATE_OF_CHANGE_NOUN.test(word)) for (const fall of FALL_VERBS) if (!alternatives.includes(fall)) alternatives.push(fall);
  return { word, alternatives, isPlace, isPeriod: false };
}

/** What the reports call a sector (行业) of the economy: 钢铁工业, 文化产业. */
const SECTOR_NAMES = ["工业", "产业", "业"];

/** A rate of change asked as a noun (增速, 增幅, 涨幅). */
const RATE_OF_CHANGE_NOUN = new RegExp(`^${anyOf("rate-of-change-nouns")}$`);
const FALL_VERBS = wordClass("fall-verbs");
