/**
 * Revisions: two reports state different figures for one metric, place and year (a preliminary and
 * a final GDP, "经最终核实，2022年…增长2.3%"). Asked for that year, the later report's figure answers
 * and the earlier one is shown beside it, never silently dropped or averaged.
 */
import type { Corpus } from "../search/corpus.ts";
import type { ScoredFact } from "./score-facts.ts";

/** Figures that score within this of the best answer about as well: candidates for one metric's revision. */
const REVISION_WINDOW = 1;

export interface Revision {
  /** The accepted facts, the later report's first. */
  accepted: ScoredFact[];
  /** The earlier report's different figure, when there is one. */
  earlier: ScoredFact | null;
}

export function withRevision(corpus: Corpus, accepted: ScoredFact[], askedYear: number | null): Revision {
  const best = accepted[0];
  if (!best || askedYear === null) return { accepted, earlier: null };
  const reportOf = (s: ScoredFact) => corpus.paragraph(s.paragraphIndex).report;
  const same = accepted.filter(
    (s) =>
      s.score.score >= best.score.score - REVISION_WINDOW &&
      s.score.year === best.score.year &&
      s.fact.kind === "actual" &&
      best.fact.kind === "actual" &&
      s.fact.role === best.fact.role &&
      s.fact.figure.unit === best.fact.figure.unit &&
      placeKey(s) === placeKey(best),
  );
  const differing = same.filter((s) => s.fact.figure.value !== best.fact.figure.value && reportOf(s) !== reportOf(best));
  if (differing.length === 0) return { accepted, earlier: null };
  const when = (s: ScoredFact) => {
    const r = corpus.report(reportOf(s));
    return `${r.year ?? 0}|${r.published}`;
  };
  const byDate = [best, ...differing].sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0));
  const latest = byDate[0]!;
  const earlier = byDate.find((s) => s.fact.figure.value !== latest.fact.figure.value && reportOf(s) !== reportOf(latest)) ?? null;
  return { accepted: latest === best ? accepted : [latest, ...accepted.filter((s) => s !== latest)], earlier };
}

/** The place a figure's sentence names for it, as a key: a place's code, "own" (its report's), or "". */
function placeKey(s: ScoredFact): string {
  const place = s.fact.place;
  return place === null ? "" : place === "own" ? "own" : place.code;
}
