import { parseChineseYear } from "./chinese-numerals.ts";
import { extractFigures, type FigureSpan } from "./figures.ts";
import type { FigureKind } from "./types.ts";

/**
 * A fact is one figure in its sentence, with what governs it: the clause around it (its metric),
 * the year it is about, whether it is an actual or a target, and its role (a level, the "before"
 * of 由X增加到Y, a change 比上年增加X, a share 占…的X%). The answer engine ranks facts, not paragraphs:
 * one sentence often holds five figures for five metrics and two years.
 */

export type FactRole = "level" | "before" | "change" | "share";
export type YearSource = "clause" | "sentence" | "paragraph" | "heading" | "report";

export interface Fact {
  figure: FigureSpan;
  /** Text governed by the figure alone: from the previous figure (or clause start) to the next. */
  segment: [number, number];
  /** The figure's clause (split on ，；：、 and before 其中/以及). */
  clause: [number, number];
  /** The clause before it, whose subject a clause without one inherits (其中-items too). */
  parentClause: [number, number] | null;
  year: number | null;
  yearSource: YearSource | null;
  kind: FigureKind;
  role: FactRole;
  /** The figure speaks of several years: 五年累计, 过去五年, “十二五”时期. */
  multiYear: boolean;
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
}

const CLAUSE_BREAK = /[，,；;：:、]|(?=其中)|(?=以及)/g;
const YEAR_EXPR = /((?:19|20)\d\d|[零〇一二三四五六七八九]{4})年(?!代)|(今年|本年|去年|过去一年|上一年|明年)(?!度)/g;
const TARGET_MARK = /预期|目标|计划|规划|拟|力争|争取|预计|将(?!近)|要(?!求|素|点|是)|安排|确保|控制在/;
const MULTI_YEAR = /五年来|过去五年|五年累计|五年共|五年间|年均|累计|时期|期间|以来/;

export function extractFacts(sentence: string, ctx: SentenceContext): Fact[] {
  const figures = extractFigures(sentence);
  if (figures.length === 0) return [];
  const clauses = clauseSpans(sentence);
  const years = yearMentions(sentence, ctx.reportYear);
  return figures.map((figure, i) => {
    const ci = clauses.findIndex(([s, e]) => figure.start >= s && figure.start < e);
    const clause = clauses[ci] ?? [0, sentence.length];
    const prevFigureEnd = figures[i - 1] && figures[i - 1]!.end > clause[0] ? figures[i - 1]!.end : clause[0];
    const nextFigureStart = figures[i + 1] && figures[i + 1]!.start < clause[1] ? figures[i + 1]!.start : clause[1];
    const segment: [number, number] = [prevFigureEnd, nextFigureStart];
    const before = sentence.slice(clause[0], figure.start);
    const after = sentence.slice(figure.end, clause[1]);
    const { year, yearSource } = figureYear(figure, clause, years, ctx);
    return {
      figure,
      segment,
      clause,
      parentClause: ci > 0 ? clauses[ci - 1]! : null,
      year,
      yearSource,
      kind: figureKind(sentence, clause, figure, ctx, yearSource),
      role: figureRole(before, after, sentence, figure, figures[i + 1]),
      multiYear: MULTI_YEAR.test(sentence.slice(0, figure.start)),
    };
  });
}

export function clauseSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    // A comma between digits is a thousands separator, not a clause break.
    if (m[0] === "," && /\d/.test(sentence[at - 1] ?? "") && /\d/.test(sentence[at + 1] ?? "")) continue;
    if (at > start) spans.push([start, at]);
    start = at + m[0].length;
  }
  if (start < sentence.length) spans.push([start, sentence.length]);
  return spans.length ? spans : [[0, sentence.length]];
}

interface YearMention {
  at: number;
  year: number;
}

export function yearMentions(text: string, reportYear: number | null): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(YEAR_EXPR)) {
    const at = m.index ?? 0;
    let year: number | null = null;
    if (m[1]) year = /^\d/.test(m[1]) ? Number(m[1]) : parseChineseYear(m[1]);
    else if (reportYear !== null) {
      const word = m[2];
      year = word === "今年" || word === "本年" ? reportYear : word === "明年" ? reportYear + 1 : reportYear - 1;
    }
    // "从2004年…提高到现在": a year followed by 到/至 opens a span; so does 2016—2020年.
    if (year !== null && !/^\d/.test(text.slice(at - 1, at))) out.push({ at, year });
  }
  return out;
}

function figureYear(
  figure: FigureSpan,
  clause: [number, number],
  years: YearMention[],
  ctx: SentenceContext,
): { year: number | null; yearSource: YearSource | null } {
  const preceding = years.filter((y) => y.at < figure.start);
  const nearest = preceding[preceding.length - 1];
  if (nearest) return { year: nearest.year, yearSource: nearest.at >= clause[0] ? "clause" : "sentence" };
  // "国内生产总值增长6.6%…(2018年)": a year right after the figure in its own clause.
  const following = years.find((y) => y.at >= figure.end && y.at < clause[1]);
  if (following) return { year: following.year, yearSource: "clause" };
  if (ctx.paragraphYear !== null) return { year: ctx.paragraphYear, yearSource: "paragraph" };
  if (ctx.headingYear !== null) return { year: ctx.headingYear, yearSource: "heading" };
  return { year: null, yearSource: null };
}

function figureKind(
  sentence: string,
  clause: [number, number],
  figure: FigureSpan,
  ctx: SentenceContext,
  yearSource: YearSource | null,
): FigureKind {
  const ownLead = sentence.slice(clause[0], figure.start);
  if (TARGET_MARK.test(ownLead)) return "target";
  // "低于13%左右的预期目标": the words right after the figure name it a target.
  if (/^[^，,；;。]{0,3}(预期)?目标/.test(sentence.slice(figure.end))) return "target";
  // "主要预期目标是：国内生产总值增长6%左右；…": a lead-in ending in a colon governs the list.
  const colon = sentence.search(/[：:]/);
  if (colon >= 0 && colon < figure.start && TARGET_MARK.test(sentence.slice(0, colon))) return "target";
  if (yearSource === null && ctx.headingIsPlan) return "target";
  return "actual";
}

function figureRole(
  before: string,
  after: string,
  sentence: string,
  figure: FigureSpan,
  next: FigureSpan | undefined,
): FactRole {
  // "由10.2%下降到3.1%", "从1997年的8651亿元增加到…": the first figure is the old level.
  if (next && /^[^，,；;。]{0,10}?(到|至)/.test(sentence.slice(figure.end, next.start)) && /[由从]/.test(before)) {
    return "before";
  }
  if (/(比|较)(上年|去年|前年|上年同期|年初|\d{4}年|[^，,；;。]{0,6}年)[^，,；;。]{0,4}(增加|增长|减少|下降|提高|降低|多|少|上升|扩大|缩小)了?$/.test(before)) {
    return "change";
  }
  if (/^(增加|增长|下降|提高)?$/.test(after.trim()) && /同比(增加|增长|减少|下降)$/.test(before)) return "change";
  if (/占[^，,；;。]{0,30}$/.test(before) && figure.unitClass === "percent") return "share";
  return "level";
}
