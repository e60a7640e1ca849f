import { UNIT_CLASS, unitClassOf, type UnitClass } from "../zh/units.ts";
import { homophonesOf } from "../zh/homophones.ts";
import { askedPlace } from "./places.ts";
import { placesNamed } from "../zh/places.ts";
import type { Question, QueryTerm, QuestionContext } from "./types.ts";
import { toSearchForm } from "../zh/normalize.ts";
import { isDictionaryWord, taggedWords } from "../zh/segment.ts";
import { isSynonymTerm } from "../zh/synonyms.ts";
import { planYears, PLAN_PERIOD } from "../zh/plan-periods.ts";
import { namesPeople, SUM_WORDS } from "../zh/word-classes.ts";
import { COUNTING_METHOD_TYPED, FUNDS_OBTAINED } from "../zh/text.ts";
import { partsOfWholeNamed } from "../zh/paired-compounds.ts";
import { PREVIOUS_YEAR_BASE_TYPED } from "../zh/change-grammar.ts";
import { chineseYearDigits, PLAN_HORIZON, USUAL_SPAN_YEARS, yearCount, YEARS_AHEAD } from "../zh/years.ts";
import { asPrinted } from "./spoken-forms.ts";
import { correctTypos, NOUN_THEN_PARTICLE } from "./typos.ts";
import { parseChineseNumeral } from "../zh/numerals.ts";
import { fullYears, RELATIVE_YEAR, RELATIVE_YEARS, reportNamed, YEAR_RANGE } from "./time-words.ts";
import {
  QUESTION_WORDS,
  TRAILING_ASKING,
  ASKING_CLAUSE_AFTER_CONTEXT,
  ASKING_PART,
  beginsCountedWord,
  setAskingPhrasesApart,
  REQUEST_LEAD,
  COUNTED_AFTER_MEASURE,
  MEASURE_WORD,
  LAST_AFTER_ASKING,
  QUALIFIER_BEFORE_ASKING,
  ASKING_AFFIX,
  LEFT_OUT,
} from "./understand/asking-phrases.ts";
import {
  YEARS_AGO,
  COMPARED_WITH_YEARS_AGO,
  RECENT_SPAN,
  DATA_YEAR,
  SINCE_YEAR,
  SINCE_CONGRESS,
  beginsWordAfter,
  TOTAL_WORDS,
  SPAN_WORDS,
  YEAR_BEFORE,
} from "./understand/years-asked.ts";
import { PLAN_END_YEAR, PLAN_FIRST_YEARS, PLAN_DOCUMENT_NAMED } from "./understand/plan-period-asked.ts";
import {
  changeWordNamesMetric,
  COMPARISON_BASE,
  BASE_YEAR,
  MULTIPLE_BASE_TYPED,
  OLD_LEVEL_YEAR,
  MORE_THAN_BASE,
  LESS_SPOKEN,
  CHANGE_WORDS,
  INCREMENT_ASKED,
  CHANGE_RATE,
  NAMED_CHANGE,
  CHANGE_EXTENT,
  CHANGE_THEN_DE,
  EXTENT_AFTER_CHANGE,
  OLD_LEVEL_ASKED,
  FROM_LEVEL_ASKED,
  BEFORE_CHANGE_ASKED,
  FROM_FIGURE_TYPED,
  RATE_NAMED_ALL,
  RATE_NAMED,
  RATE_MOVED,
} from "./understand/change-asked.ts";
import {
  INTENSITY_OF_OUTPUT,
  OUTPUT_UNIT_LEADS,
  INTENSITY_WORDS,
  PER_UNIT_OF_OUTPUT,
  PER_UNIT_PRINTED,
  PER_UNIT_TYPED,
  SHARE_WORDS,
  SHARE_BASE,
  SHARE_VERB,
  PORTION_OF_WHOLE_ASKED,
  FULFILMENT_ASKED,
} from "./understand/share-asked.ts";
import {
  REAL_GROWTH,
  NOW_WORDS,
  REACHED_ENDING,
  GOAL_MET,
  OBTAINED_ASKED,
  TAKES_ASKED,
  TARGET_KIND_WORD,
  CEILING_ASKED,
  HELD_AT_ASKED,
  SET_AT_ASKED,
  DONE_KIND_WORDS,
  ARRANGED_KIND_WORD,
  ARRANGED_IN_TEXT,
  MODAL_BEFORE_CHANGE,
  targetModalOnChange,
} from "./understand/kind-asked.ts";
import {
  ENDING_UNIT,
  PER_TIME_ENDING,
  SIZE_ASKED,
  POINTS_AS_SPOKEN,
  ASKED_UNIT,
  askedUnit,
  askedMeasureWord,
  MAGNITUDE,
  PERCENT_ASKED,
  askedClasses,
  MONEY_ASKED,
  WHO_ASKED,
  METRIC_CLASSES,
  OUTPUT_NAMES,
  OUTPUT_SHORT_WORD,
} from "./understand/units-asked.ts";
import { MEASURE_COUNT, countedWord, ORDINAL_ASKED, RANKED_IN_SCOPE, ordinalAsked } from "./understand/counts-asked.ts";
import {
  DONE_VERB,
  HOW_MANY_ALONE,
  DI_THEN_VERB,
  METRIC_SUFFIX,
  TRAILING_SPOKEN_CHANGE,
  startsWithNoun,
  POSTPOSITION_LEAD,
  MODAL_LEAD,
  splitGuessedWords,
  keepSynonymTermsWhole,
} from "./understand/word-cuts.ts";
import {
  ACRONYM,
  BUILD_VERBS,
  PER_TIME_WORDS,
  ONE_OF_A_KIND,
  SHAPE_WORDS,
  DEGREE_WORDS,
  LEVEL_REACHED_VERBS,
  NOT_PLACES,
  FIGURE_NOUNS,
  SIZE_CLASS,
  NUMBER_TERM,
  TOP_LISTS_NAMED,
  CHINESE_MAGNITUDE,
  LATIN_TERM,
  restates,
  withWordsOutside,
  term,
} from "./understand/query-terms.ts";

export type { Question, QueryTerm, QuestionContext } from "./types.ts";

/**
 * A question parsed into what to look for: metric words (each with its synonyms), the year it is
 * about or the report it names, whether a target or an actual is wanted, and what kind of unit
 * the answer should carry. Pure apart from jieba.
 */

export { questionWords } from "./understand/asking-phrases.ts";

/** Longest question we read; anything longer is cut (a question is a line, not an essay). */
export const MAX_QUESTION_CHARS = 200;

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
        : (typed.some((w) => ARRANGED_KIND_WORD.test(w)) && ARRANGED_IN_TEXT.test(text)) ||
            HELD_AT_ASKED.test(text) ||
            SET_AT_ASKED.test(text) ||
            (planNamedAsked && !asksNow && !goalMet)
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
  // "民企500强有几家": the list is named whole, and qualifies what is counted (民企), which stays the head.
  for (const m of text.match(TOP_LISTS_NAMED) ?? []) terms.push({ ...term(m), isFigure: true });
  text = text.replace(TOP_LISTS_NAMED, " ");
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
    // "缓税缓费里制造业…", "外储得规模": jieba joins the postposition 里, or 得 typed for 的, to a noun it does not know
    // (缓费里, 外储得); the noun is the word.
    if (NOUN_THEN_PARTICLE.test(word) && !isDictionaryWord(word)) word = word.slice(0, -1);
    const modal = MODAL_LEAD.exec(word);
    if (modal && !isDictionaryWord(word)) word = word.slice(modal[0].length);
    // "建了多少亩", "改了多少户": the verb, not its 了, is what a report prints (新建, 改造).
    if (DONE_VERB.test(word)) word = word.slice(0, -1);
    // "cpi涨得幅度多少": 得 (typed for 的) run onto the change verb before 幅度; the verb is the word.
    if (CHANGE_THEN_DE.test(word) && tagged[i + 1]?.word === "幅度") word = word.slice(0, -1);
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
    const made =
      SHAPE_WORDS.has(word) || DEGREE_WORDS.has(word) || PER_TIME_WORDS.has(word) || reachedVerb ? { ...term(word), isShape: true } : term(word, isPlace);
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
  // "单位GDP能耗" is printed "万元GDP能耗" too.
  const typedLower = original.toLowerCase();
  if (PER_UNIT_OF_OUTPUT.some((lead) => typedLower.includes(lead))) for (const t of terms) if (t.word === PER_UNIT_TYPED) t.namedAlsoBy = PER_UNIT_PRINTED;
  // 粮食总产 is printed 粮食产量 too.
  for (const t of terms) if (t.word === OUTPUT_SHORT_WORD) t.namedAlsoBy = OUTPUT_NAMES;
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
