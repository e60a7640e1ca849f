/**
 * What a message asks for, before its words are read: one figure, a series (one figure per year:
 * 历年, 近三年, 2015到2020年, "十三五"期间每年), or a comparison (2019年和2021年…, 合肥和南京…).
 * A series or a comparison is answered as one question per period or place, each the message with
 * that year or place written in ("2019年" + "赤字率目标"), so that every point is read, accepted and
 * refused exactly as a question asked alone would be.
 */
import { partsOf, questionText } from "./follow-up.ts";
import { YEAR_RANGE } from "./time-words.ts";
import { toSearchForm } from "../zh/normalize.ts";
import { planYears, PLAN_PERIOD } from "../zh/plan-periods.ts";
import { displayName, placeMentions, type Place } from "../zh/places.ts";
import { anyOf, METRIC_HEAD_AT_END } from "../zh/word-classes.ts";
import { COUNT_OF_YEARS, yearCount } from "../zh/years.ts";
import { DONE_ASKED } from "../zh/change-grammar.ts";
import { HOW_MANY_WORD } from "../zh/asking.ts";

/** 历年, 逐年, 变化 without a span: this many years up to the latest the corpus states. */
export const SERIES_DEFAULT_YEARS = 10;
/** A series asks for at most this many periods (1954到2024年 is cut to its latest years). */
export const SERIES_MAX_YEARS = 15;

type SeriesRequest = Extract<Request, { kind: "series" }>;

export type Request =
  | { kind: "figure"; text: string }
  /** spanTotalFirst: the span's own total, where a report states it, before its years one by one (SPAN_AMOUNT_ASKED). */
  | { kind: "series"; text: string; years: number[]; notice?: string; spanTotalFirst?: boolean }
  | { kind: "comparison"; text: string; items: ComparisonAsk[] };

/** One side of a comparison: the question to answer for it, and how the reply names it. */
export interface ComparisonAsk {
  question: string;
  label: string;
  year: number | null;
  place: string | null;
}

export interface RequestContext {
  /**
   * The latest year a report of the corpus (of the place asked, if any) states actual figures for (2024 when the latest is
   * the 2025 work report): asked only of a question counting years back (近三年, 历年), since finding the place costs a parse.
   */
  latestDataYear: () => number | null;
  /** The places the corpus's reports are about (a county's short name counts only for these). */
  places: readonly Place[];
}

/**
 * A series word, but not 每年 of a rate per person (中职助学金每人每年多少钱) or of a standard (农村低保标准每年多少钱:
 * the standard per year, word-classes.txt [standard-heads]), nor of an average per year (每年平均, 平均每年: 年均,
 * "1988年提出每年平均装机多少").
 */
const SERIES_WORDS = new RegExp(`(?<!每[人户生名]|平均|${anyOf("standard-heads")})${anyOf("series-words")}(?!平均)`);

/**
 * Words that ask for a span's total or average, not its years one by one: 共计, 累计, 年均; and 总量,
 * which with a span asks what it came to ("近五年民生支出总量": "五年来，全市民生支出总量达到14748670万元"),
 * though with one year it only shapes the question (GDP总量 is the level).
 */
/**
 * 共 right before the asking word ("79到81年…增支减收共多少"), or before its verb ("1955年到1959年粮食总产量共增加多少"):
 * the span's sum, not its years (公共 is no 共).
 */
const ALL_TOGETHER = new RegExp(String.raw`(?<!公)共(?:有|是|\p{Script=Han}{1,2}了?)?${HOW_MANY_WORD}`, "u");
const SPAN_TOTAL = new RegExp(`${anyOf("span-total-words")}|总量|${DONE_ASKED.source}|${ALL_TOGETHER.source}`, "u");
/**
 * "近五年提请…审议的法律议案有多少件", "2013到2017年新建改建农村公路多少公里": an amount asked over years is first what
 * a report states for them together ("…审议法律议案50件" in a review of five years); a rate or a change ("近三年GDP增速")
 * or a metric named alone ("近五年城镇新增就业") is asked year by year.
 */
const SPAN_AMOUNT_ASKED = /多少|几[个件项所次家座条人万亿]/;
const RATE_OR_CHANGE_ASKED = /增长|增速|增幅|涨|降|下降|提高|上升|回落|变化|走势|率|比重|占比|比例|每年|逐年|历年|分别/;
/**
 * A change done over the span, its verb then 了 ("1978年到1986年国家财政收入增长了百分之多少", "2013到2017年贫困人口减少了多少"):
 * first the one figure a report states for the whole span ("…由1121亿元增加到2220亿元，增长98%"), then its years.
 */
const CHANGE_DONE_ASKED = /(?:增长|增加|提高|上升|下降|减少|降低)了/;
const RECENT_YEARS = new RegExp(`(?:近|最近)(${COUNT_OF_YEARS})年(?:来|间|以来)?`);
/** Years joined for a comparison: 2019年和2021年, 2019、2020和2021年. */
const YEAR_LIST = /((?:19|20)\d\d)\s*年?(?:\s*(?:和|与|、|及|跟|同|以及|对比|vs)\s*((?:19|20)\d\d)\s*年?)+/;
const JOINER = /^\s*(?:和|与|、|及|跟|同|以及|对比|vs)\s*$/;
/** A target and what came of it, asked together: 目标和实际, 预期目标与实际完成. */
const KIND_PAIR =
  /(?:预期)?(?:目标|预期)(?:增长)?(?:和|与|及|跟|对比|vs)(?:实际)(?:增长|完成|值)?|实际(?:增长|完成|值)?(?:和|与|及|跟|对比|vs)(?:预期)?(?:目标|预期)/;
/** Two metrics joined (城镇新增就业和城镇调查失业率): each side names a metric of three characters or more. */
const METRIC_JOINER = /和|与|以及|及/;
const MIN_JOINED_METRIC = 3;

export function readRequest(message: string, context: RequestContext): Request {
  const text = toSearchForm(message).trim();
  const asksTotal = SPAN_TOTAL.test(text);

  const range = YEAR_RANGE.exec(text);
  if (range && !asksTotal) {
    const [from, to] = [Number(range[1]), Number(range[2])].sort((a, b) => a - b) as [number, number];
    return spanTotalFirst(text, series(without(text, range[0]), yearsFrom(from, to)));
  }
  const list = YEAR_LIST.exec(text);
  if (list) {
    const years = [...list[0].matchAll(/(?:19|20)\d\d/g)].map((m) => Number(m[0]));
    const rest = without(text, list[0]);
    return { kind: "comparison", text: rest, items: years.map((year) => ({ question: `${year}年${rest}`, label: `${year}年`, year, place: null })) };
  }
  const places = joinedPlaces(text, context.places);
  if (places) {
    return {
      kind: "comparison",
      text: places.rest,
      items: places.places.map((place) => ({
        question: `${displayName(place)}${places.rest}`,
        label: displayName(place),
        year: null,
        place: displayName(place),
      })),
    };
  }
  const kinds = KIND_PAIR.exec(text);
  if (kinds) {
    const rest = without(text, kinds[0]);
    return {
      kind: "comparison",
      text: rest,
      items: [
        { question: `${rest}目标`, label: "目标", year: null, place: null },
        { question: `${rest}实际`, label: "实际", year: null, place: null },
      ],
    };
  }
  const metrics = joinedMetrics(text, context);
  if (metrics) return metrics;
  const recent = asksTotal ? null : RECENT_YEARS.exec(text);
  const count = recent ? yearCount(recent[1]!) : null;
  const latest = recent || SERIES_WORDS.test(text) ? context.latestDataYear() : null;
  if (recent && count !== null && latest !== null) return spanTotalFirst(text, series(without(text, recent[0]), yearsFrom(latest - count + 1, latest)));
  const plan = PLAN_PERIOD.exec(text);
  const seriesWord = SERIES_WORDS.exec(text);
  if (seriesWord && !asksTotal) {
    const rest = without(text, seriesWord[0]);
    // "十三五"期间每年: the plan's years, the period named no more.
    if (plan?.[1]) {
      const [from, to] = planYears(plan[1])!;
      return series(without(rest, plan[0]), yearsFrom(from, to));
    }
    if (latest !== null) return series(rest, yearsFrom(latest - SERIES_DEFAULT_YEARS + 1, latest));
  }
  return { kind: "figure", text: message };
}

/** A series of years whose amount asked is first the span's total (SPAN_AMOUNT_ASKED). */
function spanTotalFirst(text: string, request: SeriesRequest): SeriesRequest {
  return (SPAN_AMOUNT_ASKED.test(text) && !RATE_OR_CHANGE_ASKED.test(text)) || CHANGE_DONE_ASKED.test(text) ? { ...request, spanTotalFirst: true } : request;
}

function series(text: string, years: { years: number[]; cut: boolean }): SeriesRequest {
  return { kind: "series", text, years: years.years, ...(years.cut ? { notice: `只列最近${SERIES_MAX_YEARS}年` } : {}) };
}

function yearsFrom(from: number, to: number): { years: number[]; cut: boolean } {
  const start = Math.max(from, to - SERIES_MAX_YEARS + 1);
  return { years: Array.from({ length: to - start + 1 }, (_, i) => start + i), cut: start > from };
}

/** Two places or more named one after the other with 和, 与, 、: 合肥和南京, 北京、上海、广州. */
function joinedPlaces(text: string, known: readonly Place[]): { places: Place[]; rest: string } | null {
  const mentions = placeMentions(text, true).filter((m) => m.places.some((p) => p.level !== "county" || known.some((k) => k.code === p.code)));
  for (let i = 0; i + 1 < mentions.length; i++) {
    const run = [mentions[i]!];
    while (run.length + i < mentions.length && JOINER.test(text.slice(run.at(-1)!.end, mentions[i + run.length]!.start))) run.push(mentions[i + run.length]!);
    if (run.length < 2) continue;
    const places = run.map((m) => m.places.find((p) => known.some((k) => k.code === p.code)) ?? m.places[0]!);
    return { places, rest: without(text, text.slice(run[0]!.start, run.at(-1)!.end)) };
  }
  return null;
}

/** Two metrics asked together, with one year or place: "2022年城镇新增就业和城镇调查失业率". */
function joinedMetrics(text: string, context: RequestContext): Request | null {
  // Most questions join nothing: read their parts (places and all) only when they do.
  if (!METRIC_JOINER.test(text)) return null;
  const parts = partsOf(text, { places: context.places, present: null });
  const sides = parts.metric.split(METRIC_JOINER);
  // Each side a metric of its own, ending in a metric's head (就业, 失业率): "中小学和幼儿园党支部" and
  // "经济建设和文化教育建设支出" join the parts of one metric's subject.
  if (sides.length !== 2 || sides.some((side) => (side.match(/\p{Script=Han}/gu) ?? []).length < MIN_JOINED_METRIC || !METRIC_HEAD_AT_END.test(side)))
    return null;
  return {
    kind: "comparison",
    text,
    items: sides.map((metric) => ({ question: questionText({ ...parts, metric }), label: metric, year: parts.year, place: parts.place })),
  };
}

function without(text: string, part: string): string {
  return text.replace(part, " ").replace(/\s+/g, " ").trim();
}
