/**
 * Which year a figure is about when its sentence does not say, by the genre of its report: a work
 * report of year Y reviews Y−1 (its undated facts) and plans Y (its targets; a figure about Y or
 * later can only be a plan); a bulletin of year D states D; a budget or final account of year B
 * is about B (a report of B's budget executed and B+1's drafted is read as B+1's work report); a self-assessment or other report published in P speaks of P−1 and P.
 */
import type { Corpus, IndexedReport } from "../search/corpus.ts";
import { executionAndDraftYears } from "../zh/budget-titles.ts";

/** What the year rules read of a report (its publication date where known). */
type ReportDated = Pick<IndexedReport, "genre" | "year" | "title"> & Partial<Pick<IndexedReport, "published">>;

export interface YearRules {
  /** The year of 今年 (去年 is the one before). */
  speaksFrom: number | null;
  /** The year of an undated actual figure. */
  actualYear: number | null;
  /** The year of an undated target. */
  targetYear: number | null;
  /** Figures about this year or later are plans (work reports, given at the start of their year). */
  plansFrom: number | null;
  /**
   * Figures about this year or later can only be plans, the report having been written before it
   * ended: plansFrom, or for a budget the year after its own when it was written then (新乡's report
   * on 2025's budget, published 2026-02-09: its "2026年…安排6115万元，其中5000万元调入…" is a plan).
   */
  plansOnlyFrom: number | null;
  /** The whole document is a plan (a budget): its figures are targets unless they say they were done. */
  isPlan: boolean;
  /**
   * Given in the first half of its year (a work report of 2026-01-27): its undated actual figures are
   * the year before's, never its own year's. False when the date says no month (the older national
   * reports: some were given at the year's end, and speak of that year done).
   */
  givenEarly: boolean;
}

export function yearRules(report: ReportDated & { date?: string }): YearRules {
  const y = report.year;
  // "2025年预算执行情况和2026年预算草案的报告", given at the start of 2026: read as a work report is, its
  // execution section (2025) what was done and its draft (2026) the plan.
  const reviewsAndPlans = report.genre === "预算决算" && executionAndDraftYears(report.title) !== null;
  // A budget (预算, not 决算) plans its year's money; an account of its execution (莆田市2025年12月预算执行情况) does not.
  const isPlan =
    report.genre === "预算决算" && !reviewsAndPlans && report.title.includes("预算") && !report.title.includes("决算") && !BUDGET_EXECUTED.test(report.title);
  if (y === null) return { speaksFrom: null, actualYear: null, targetYear: null, plansFrom: null, plansOnlyFrom: null, isPlan, givenEarly: false };
  if (reviewsAndPlans) return { speaksFrom: y, actualYear: y - 1, targetYear: y, plansFrom: y, plansOnlyFrom: y, isPlan, givenEarly: true };
  switch (report.genre) {
    case "工作报告":
      return { speaksFrom: y, actualYear: y - 1, targetYear: y, plansFrom: y, plansOnlyFrom: y, isPlan, givenEarly: EARLY_IN_YEAR.test(report.date ?? "") };
    case "统计公报":
      return { speaksFrom: y, actualYear: y, targetYear: y, plansFrom: null, plansOnlyFrom: null, isPlan, givenEarly: false };
    case "预算决算": {
      // A final account (决算) of a year may report the next one's first months done: only a budget's are plans.
      const written = report.title.includes("决算") ? null : writtenIn(report);
      return {
        speaksFrom: y,
        actualYear: y,
        targetYear: y,
        plansFrom: null,
        plansOnlyFrom: written !== null && written > y ? written : null,
        isPlan,
        givenEarly: false,
      };
    }
    default:
      return { speaksFrom: y, actualYear: y - 1, targetYear: y, plansFrom: null, plansOnlyFrom: null, isPlan, givenEarly: false };
  }
}

/** A budget's title that says it is executed: "预算执行情况", "泰安市2025年预算执行". */
const BUDGET_EXECUTED = /预算执行/;

/** A date in the first half of its year: 2026-01-27, 2025-03. */
const EARLY_IN_YEAR = /^\d{4}-0[1-6]/;

/** The years an undated figure of the report may be about: the ones a bare data year asked may be answered from. */
export function undatedYears(rules: YearRules): number[] {
  return [...new Set([rules.actualYear, rules.givenEarly ? null : rules.speaksFrom].filter((y): y is number => y !== null))];
}

/** Per corpus, a year per place key ("" for every place): a hot swap brings a new corpus and so an empty cache. */
type YearsByPlace = WeakMap<Corpus, Map<string, number | null>>;

/** The year `compute` gives a place in a corpus, computed once per corpus and place. */
function cachedYear(cache: YearsByPlace, corpus: Corpus, key: string, compute: () => number | null): number | null {
  let byPlace = cache.get(corpus);
  if (!byPlace) cache.set(corpus, (byPlace = new Map()));
  if (byPlace.has(key)) return byPlace.get(key)!;
  const year = compute();
  byPlace.set(key, year);
  return year;
}

const latestByCorpus: YearsByPlace = new WeakMap();
const presentByCorpus: YearsByPlace = new WeakMap();

/**
 * The latest year any report of the corpus states actual figures for: 近三年 counts back from it. Of a place's reports
 * when a place is given and the corpus holds any ("海东近五年…": 海东's 2020 self-assessment, not the 2025 national report).
 */
export function latestDataYear(corpus: Corpus, placeCode: string | null = null): number | null {
  return cachedYear(latestByCorpus, corpus, placeCode ?? "", () => {
    const { latest, reports } = latestOfPlace(corpus, placeCode, (report) => yearRules(report).actualYear);
    // A place with no report of its own is spoken of in the reports of the place it is part of (成都 in 四川's): their
    // latest year is its 去年 (place codes nest: 5101 in 51). One whose reports say no year: the corpus's.
    if (latest === null && placeCode !== null) return latestDataYear(corpus, reports === 0 ? enclosingPlace(placeCode) : null);
    return latest;
  });
}

/**
 * The year a report was written in: a statistical bulletin or a final account of year Y after Y
 * ended (in Y+1), and so a budget report of Y whose title names Y+1's budget ("关于新乡市2025年预算
 * 执行情况和2026年预算草案的报告") or that was published in Y+1; any other report in its own year (a
 * work report or a budget at its year's start).
 */
function writtenIn(report: ReportDated): number | null {
  if (report.year === null) return null;
  const next = report.year + 1;
  const budget = report.genre === "预算决算";
  // (Or published then: a title the page cut short, "新乡日报--《关于新乡市2025年预算执行情况", published 2026-02-09.)
  const nextNamed = report.title.includes(`${next}年`) || (report.published ?? "").startsWith(`${next}`);
  const afterItsYear = report.genre === "统计公报" || (budget && (report.title.includes("决算") || nextNamed));
  return afterItsYear ? report.year + 1 : report.year;
}

/**
 * The present of a place's reports: the year the latest of them was written in. "抚顺去年…" asked of
 * 抚顺's final account of 2025 (written in 2026) means 2025.
 */
export function presentOf(corpus: Corpus, placeCode: string): number | null {
  return cachedYear(presentByCorpus, corpus, placeCode, () => {
    const { latest, reports } = latestOfPlace(corpus, placeCode, writtenIn);
    // (A place with no report of its own: the present of the place it is part of, as latestDataYear.)
    const enclosing = reports === 0 ? enclosingPlace(placeCode) : null;
    return latest ?? (enclosing !== null ? presentOf(corpus, enclosing) : null);
  });
}

/** The latest year `yearOf` gives a place's reports (every report's, for null), and how many reports the place has. */
function latestOfPlace(corpus: Corpus, placeCode: string | null, yearOf: (report: IndexedReport) => number | null): { latest: number | null; reports: number } {
  let latest: number | null = null;
  let reports = 0;
  for (let id = 0; id < corpus.reportCount; id++) {
    const report = corpus.report(id);
    if (placeCode !== null && report.place?.code !== placeCode) continue;
    reports++;
    const year = yearOf(report);
    if (year !== null && (latest === null || year > latest)) latest = year;
  }
  return { latest, reports };
}

/** The code of the place one is part of (51 of 5101, 5101 of 510104), or null for a province. */
function enclosingPlace(placeCode: string): string | null {
  return placeCode.length > 2 ? placeCode.slice(0, -2) : null;
}
