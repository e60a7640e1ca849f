/**
 * Adjustments of a figure over several years for one year asked, or the reverse: the span mismatch, a span's end for its
 * total, one year's figure for a span, a span of another length than the plan period asked.
 */
import { DONE_ASKED, INCREMENT, LEVEL_MARK, nearestBaseYear, SUM_OR_TOTAL } from "../../zh/change-grammar.ts";
import { COUNT_OF_YEARS, spanNamed } from "../../zh/years.ts";
import { partStartBefore } from "../../zh/text.ts";
import type { Adjustment, ScoreInputs } from "../score-table.ts";
import { TOTAL_OWN, when } from "./shared.ts";

/** The end of a plan period asked: 十三五末, 十四五期末. */
const PERIOD_END_ASKED = /五(?:期)?末/;

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

/** The years up to a report's own: 近三年, 最近五年. */
const LATEST_YEARS = new RegExp(`(?:近|最近)${COUNT_OF_YEARS}年`);
/** Words that say a figure is one year's: 全年, 当年. */
const ONE_YEAR_MARK = /全年|当年/;

export const spanMismatch: Adjustment = {
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
};

export const spansEndForItsTotal: Adjustment = {
  name: "span's end for its total",
  weight: -1.5,
  why: "97到02年…一共多少: the level a change over the span reached (由1997年的664亿元增加到2002年的4025亿元) is no sum of its years (五年共计12319亿元)",
  value: (s) => when(s.q.asksTotal && s.q.multiYear && !s.fact.multiYear && s.fact.spanPoint === "end"),
};

export const oneYearForASpanAsked: Adjustment = {
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
};

export const spanOfAnotherLength: Adjustment = {
  name: "span of another length",
  weight: -0.7,
  why: "a plan period asked (1953到1957年, 一五期间), and the figure's sentence counts other years (两年来…增长百分之十四)",
  value: (s) => {
    if (s.q.period === null) return 0;
    const counted = spanNamed(s.sentence.slice(0, s.fact.figure.start));
    return when(counted !== null && counted !== s.q.period[1] - s.q.period[0] + 1);
  },
};
