/**
 * Follow-ups in a conversation: "那2018年呢", "前一年呢", "全国呢", "目标是多少", "城镇新增就业呢",
 * "比上年增长多少". A message that changes only the year, the place, the kind or the metric of the
 * question before is that question so changed; anything else is a question of its own. The parts of
 * the last question are kept (Understood) and put together again as one question's text, which the
 * engine then answers as if it had been typed so; the reply shows it ("理解为：2018年城镇新增就业").
 */
import { toSearchForm } from "../zh/normalize.ts";
import { CHINA, displayName, type Place } from "../zh/places.ts";
import { anyOf } from "../zh/word-classes.ts";
import { askedPlace } from "./places.ts";
// 今年, 去年 are read against the corpus' present, as in a question of its own.
import { RELATIVE_YEAR as PRESENT_RELATIVE_YEAR, RELATIVE_YEARS, reportNamed, YEAR_RANGE } from "./time-words.ts";

/** The parts of a question a follow-up may change. */
export interface Understood {
  /** The metric as asked, without its year, place, kind or asking words: "城镇新增就业", "GDP增长". */
  metric: string;
  /** The year asked ("2019年"), or null. */
  year: number | null;
  /** A span of years asked ("2015到2020年", "近三年"), kept as typed, or null. */
  span: string | null;
  /** The report named ("2019年报告"), or null. */
  reportYear: number | null;
  /** The place named, as the reply names it ("合肥市", "全国"), or null. */
  place: string | null;
  /** 目标 asked, or 实际, or neither. */
  kind: "target" | "actual" | null;
}

export interface Turn {
  /** The question to answer: the message itself, or the question before as it changes it. */
  question: string;
  understood: Understood;
  /** Whether the message followed up on the question before. */
  followUp: boolean;
}

const LEAD = /^(?:那么?|那就|还有|再问一下|再看)\s*/;
const TAIL = /\s*(?:的?呢|怎么样|如何|是多少|有多少|多少|是几|吗)?\s*[？?。！!]*\s*$/;
const SPAN = new RegExp(`${YEAR_RANGE.source}|(?:近|最近|过去)[两二三四五六七八九十\\d]{1,2}年|历年|逐年`);
const YEAR = /((?:19|20)\d\d)\s*年(?!度)|((?:19|20)\d\d)(?=\s*(?:呢|的|$))/;
/** Years relative to the year of the question before: 前一年, 上一年, 后一年, 下一年. */
const RELATIVE: Record<string, number> = { 前一年: -1, 上一年: -1, 后一年: 1, 下一年: 1, 次年: 1, 第二年: 1, 当年: 0, 同年: 0, 那年: 0, 该年: 0, 那一年: 0 };
const RELATIVE_YEAR = new RegExp(Object.keys(RELATIVE).join("|"));
const TARGET = new RegExp(anyOf("target-kind-words"));
const ACTUAL = /实际|完成|执行/;
/** Words that ask for the actual figure: dropped from the metric ("实际完成多少" names none). */
const ACTUAL_WORDS = /实际完成|实际|完成情况|完成了?|执行情况/g;
/** What a follow-up about a change of the same metric says: 比上年增长多少, 增长了多少, 增速呢. */
const CHANGE_ONLY = new RegExp(`^(?:比上年|比去年|同比)?${anyOf(["change-verbs", "rate-of-change-nouns", "colloquial-change"])}(?:了|率)?$`);

/** A change at the end of a metric (GDP增长, 收入增速): replaced by the change a follow-up asks. */
const TRAILING_CHANGE = new RegExp(`(?:比上年|比去年|同比)?${anyOf(["change-verbs", "rate-of-change-nouns", "colloquial-change"])}(?:了|率)?$`);

/** A message read against the question before it (null at the start of a conversation). */
export function readTurn(message: string, previous: Understood | null, context: { places: readonly Place[]; present: number | null }): Turn {
  const own = partsOf(message, context);
  if (!previous || !isFollowUp(message, own)) return { question: message, understood: own, followUp: false };
  const relative = RELATIVE_YEAR.exec(toSearchForm(message));
  const year = relative && previous.year !== null ? previous.year + RELATIVE[relative[0]]! : own.year;
  const understood: Understood = {
    // A change asked of the same metric ("比上年增长多少") adds to it; a metric named replaces it.
    metric: own.metric === "" ? previous.metric : CHANGE_ONLY.test(own.metric) ? `${previous.metric.replace(TRAILING_CHANGE, "")}${own.metric}` : own.metric,
    year: year ?? (own.span ? null : previous.year),
    span: own.span ?? (year !== null ? null : previous.span),
    reportYear: own.reportYear ?? (year !== null ? null : previous.reportYear),
    place: own.place ?? previous.place,
    kind: own.kind ?? (own.metric === "" || CHANGE_ONLY.test(own.metric) ? previous.kind : null),
  };
  return { question: questionText(understood), understood, followUp: true };
}

/**
 * A follow-up names no metric of its own (那2018年呢, 全国呢, 目标是多少, 前一年呢), or only a change of
 * the metric before (比上年增长多少), or names a metric but opens with 那 or ends with 呢 and names no
 * year or place (城镇新增就业呢: the year and place stay).
 */
function isFollowUp(message: string, own: Understood): boolean {
  const text = toSearchForm(message).trim();
  if (own.metric === "" || CHANGE_ONLY.test(own.metric)) return true;
  return (LEAD.test(text) || /呢\s*[？?]*$/.test(text)) && own.year === null && own.span === null && own.place === null;
}

/** The parts of one message, as far as it names them. */
export function partsOf(message: string, context: { places: readonly Place[]; present: number | null }): Understood {
  let text = toSearchForm(message).trim().replace(LEAD, "").replace(TAIL, "");
  const report = reportNamed(text);
  if (report) text = text.replace(report.words, " ");
  const span = SPAN.exec(text);
  if (span) text = text.replace(span[0], " ");
  const year = YEAR.exec(text);
  if (year) text = text.replace(year[0], " ");
  text = text.replace(RELATIVE_YEAR, " ");
  // 今年, 去年: a year of the corpus' present, written out so that a follow-up can count from it.
  // (当年, 上一年 of a follow-up were read above against the question before.)
  const presentRelative = PRESENT_RELATIVE_YEAR.exec(text);
  const relativeYear = presentRelative && context.present !== null ? context.present + RELATIVE_YEARS[presentRelative[0]]! : null;
  if (presentRelative) text = text.replace(presentRelative[0], " ");
  const asked = askedPlace(text, context.places);
  text = asked.rest;
  const kind = TARGET.test(text) ? "target" : ACTUAL.test(text) ? "actual" : null;
  text = text.replace(new RegExp(TARGET.source, "g"), " ").replace(ACTUAL_WORDS, " ");
  const metric = text
    .replace(TAIL, "")
    .replace(/\s+/g, "")
    .replace(/^的|的$/g, "");
  return {
    metric,
    year: year ? Number(year[1] ?? year[2]) : relativeYear,
    span: span ? span[0].replace(/\s+/g, "") : null,
    reportYear: report ? report.year : null,
    place: asked.place ? (asked.place.code === CHINA.code ? "全国" : displayName(asked.place)) : null,
    kind,
  };
}

/** The parts put together as one question: "2019年报告 2018年合肥市城镇新增就业目标". */
export function questionText(u: Understood): string {
  const when = u.span ?? (u.year !== null ? `${u.year}年` : "");
  const report = u.reportYear !== null ? `${u.reportYear}年报告 ` : "";
  // Latin abbreviations are written in capitals (GDP, CPI, PM2.5), as officials type them.
  const metric = u.metric.replace(/[a-z]+/g, (w) => w.toUpperCase());
  return `${report}${when}${u.place ?? ""}${metric}${u.kind === "target" ? "目标" : ""}`.trim();
}
