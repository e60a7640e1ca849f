import { extractFigures } from "../zh/figures.ts";
import { plansNamed } from "../zh/plan-periods.ts";
import { openingSpan, spanNamed, yearMentions, yearsNamed } from "../zh/years.ts";
import { placeOfFigure, sentenceSubjects } from "./figure-place.ts";
import { lastBudgetLevel, ledInByZone } from "./budget-level.ts";
import type { Fact, SentenceContext } from "./facts/types.ts";
import { GOES_ON_ABOUT_ITEM, PLAN_PASSED_BY } from "./facts/shared.ts";
import { BUDGETED, ESTIMATE, figureKind, FIRST_SET, SHARE_OF_PLAN, STATE_OF_THINGS } from "./facts/kind.ts";
import { ALREADY, reachedLevel, spanMarked, STANDS_NOW, YEARLY_AVERAGE } from "./facts/multi-year.ts";
import { EARLIER_TIME } from "./facts/role.ts";
import { runRole, separateLabelledRun } from "./facts/runs.ts";
import { assignRespectively } from "./facts/respectively.ts";
import { separateListItems } from "./facts/lists.ts";
import { readSectorShares } from "./facts/sectors.ts";
import { BREAKDOWN_LEAD, breaksDownFigure, clauseSpans, ITEMS_SENTENCE, listHead, parentOf, restateFigures } from "./facts/clauses.ts";
import {
  againstEarlierYear,
  BASE_YEAR_BEFORE,
  BASE_YEAR_MARK,
  CHANGE_OF_LEVEL_BEFORE,
  changeAfterPlanYear,
  comparedYearBefore,
  countedSpan,
  figureYear,
  fromToYears,
  lastReviewedYear,
  LEVEL_REACHED_ALONE,
  MULTIPLE_BASE_YEAR_MARK,
  PLAN_PERIOD_OPENING_CLAUSE,
  planOfColonLead,
  planPeriodOpening,
  planYearsOpening,
  RUN_BEFORE,
  THAT_YEAR,
  YEAR_BEFORE_LEVEL,
} from "./facts/years.ts";

/**
 * A fact is one figure in its sentence, with what governs it: the clause around it (its metric),
 * the year it is about, whether it is an actual or a target, and its role (a level, the "before"
 * of 由X增加到Y, a change 比上年增加X, a share 占…的X%). The answer engine ranks facts, not paragraphs:
 * one sentence often holds five figures for five metrics and two years.
 */

export type { FactRole, YearSource, Fact, SentenceSpan, SentenceContext } from "./facts/types.ts";
export { RATIO_COLON, PLAN_SHARE_LEAD } from "./facts/shared.ts";
export { marksYears } from "./facts/multi-year.ts";
export { multipleAsked, incrementNamed, isRateOfChange } from "./facts/asked.ts";
export { clauseSpans } from "./facts/clauses.ts";
export { namesPlanPeriod, planPeriodOpening } from "./facts/years.ts";

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
    // year of its own in a sentence that spans years runs over the same years; so does the yearly average right after
    // the level reached ("从2015年的1738亿元增加到2020年的2959亿元、年均增长8.8%", 曲靖 2021).
    const averageOfChange = sentenceSpan !== null && previous?.year === sentenceSpan.to && YEARLY_AVERAGE.test(before);
    const spanned =
      sentenceSpan && own.yearSource !== "clause" ? (role === "before" ? sentenceSpan.from : endsChange || averageOfChange ? sentenceSpan.to : null) : null;
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
      ...(ledInByZone(sentence, figure.start, ctx.leadIn) ? { ledInByZone: true } : {}),
    });
  });
  restateFigures(sentence, facts);
  assignRespectively(sentence, facts);
  separateListItems(sentence, facts);
  separateLabelledRun(sentence, facts);
  readSectorShares(sentence, facts);
  return facts;
}
