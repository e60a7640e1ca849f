/**
 * Revisions: two reports state different figures for one metric, place and year (a preliminary and
 * a final GDP, "经最终核实，2022年…增长2.3%", a five-year review's revised level). Asked for that year,
 * the best match answers and the other report's figure is shown beside it, never silently dropped
 * or averaged; a series takes the later report's (series.ts).
 */
import type { Question } from "../question/types.ts";
import type { Corpus } from "../search/corpus.ts";
import { SAME_MEASURE_WINDOW, sameMeasure } from "./same-measure.ts";
import type { ScoredFact } from "./score-facts.ts";

export interface Revision {
  /** Another report's different figure for the same measure and year as the best, or null. */
  other: ScoredFact;
  /** Whether that report is the later one (it revises the answer's), or the earlier (the answer's revises it). */
  later: boolean;
}

/** The revision of the best accepted fact for the asked year, when another report states it differently. */
export function revisionOf(corpus: Corpus, q: Question, accepted: readonly ScoredFact[]): Revision | null {
  const best = accepted[0];
  if (!best || q.dataYear === null || best.fact.kind !== "actual") return null;
  const reportOf = (s: ScoredFact) => corpus.paragraph(s.paragraphIndex).report;
  const differing = accepted.filter(
    (s) =>
      s.score.score >= best.score.score - SAME_MEASURE_WINDOW &&
      s.score.year === best.score.year &&
      // Values compared in one unit as printed (54万亿元 against 51.9万亿元).
      s.fact.figure.unit === best.fact.figure.unit &&
      s.fact.figure.value !== best.fact.figure.value &&
      reportOf(s) !== reportOf(best) &&
      sameMeasure(corpus, q, s, best),
  );
  if (differing.length === 0) return null;
  const when = (s: ScoredFact) => {
    const r = corpus.report(reportOf(s));
    return `${r.year ?? 0}|${r.published}`;
  };
  // The latest other report's figure, else the best of the earlier ones.
  const other = [...differing].sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0))[0]!;
  return { other, later: when(other) > when(best) };
}
