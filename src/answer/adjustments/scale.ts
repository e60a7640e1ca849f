/**
 * The scale and its tie-breaker: how much of the question the figure's words name (coverage), and the sentence's
 * retrieval score.
 */
import type { Adjustment } from "../score-table.ts";

export const coverage: Adjustment = {
  name: "coverage",
  weight: 10,
  why: "share of the question's words that name the figure (0…1): the scale",
  value: (s) => s.coverage.share,
};

export const retrieval: Adjustment = {
  name: "retrieval",
  weight: 0.2,
  why: "tie-breaker: log(1 + the sentence's BM25)",
  value: (s) => Math.log1p(s.retrievalScore),
};
