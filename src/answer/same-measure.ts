/**
 * Whether two accepted facts could be one measure: two years of one series, or two reports'
 * figures for one year (a revision). Both latest-by-default (figure-answer.ts) and revisions
 * (revisions.ts) compare facts this way.
 */
import type { Corpus } from "../search/corpus.ts";
import { displayName } from "../zh/places.ts";
import type { ScoredFact } from "./score-facts.ts";

/**
 * How far below the best a fact of the same measure may score and still be that measure: a series
 * is worded differently from year to year ("高技术制造业增加值增长18.2%" in 2021, "…分别增长8.9%"
 * in 2024), so its coverage and precision may differ by a few tenths of the question.
 */
export const SAME_MEASURE_WINDOW = 3;

/**
 * `other` could be the same measure as `best`: same kind, role, unit and place, and every metric
 * word of the question in its own sentence ("服务业对经济增长贡献率接近60%" lacks 消费).
 */
export function sameMeasure(corpus: Corpus, other: ScoredFact, best: ScoredFact): boolean {
  return (
    other.score.remote === 0 &&
    other.fact.kind === best.fact.kind &&
    roleOf(other) === roleOf(best) &&
    other.fact.figure.unit === best.fact.figure.unit &&
    placeOfFact(corpus, other) === placeOfFact(corpus, best)
  );
}

/** A fact's role, an old level dated by its span ("五年来…从54万亿元") counting as the level of its year. */
function roleOf(s: ScoredFact): string {
  return s.fact.role === "before" && s.fact.spanPoint === "start" ? "level" : s.fact.role;
}

/** The place a figure is about, as a reply names it: its sentence's, else its report's ("" when unknown). */
export function placeOfFact(corpus: Corpus, s: ScoredFact): string {
  if (s.fact.place !== null && s.fact.place !== "own") return displayName(s.fact.place);
  return corpus.report(corpus.paragraph(s.paragraphIndex).report).place?.name ?? "";
}
