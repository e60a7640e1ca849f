/**
 * Adjustments of a share (占…的X%), asked or not.
 */
import { namesAShare } from "../coverage.ts";
import type { Adjustment } from "../score-table.ts";
import { when } from "./shared.ts";

export const shareAsked: Adjustment = {
  name: "share asked",
  weight: 1,
  why: "占/比重 asked, and the figure is a share",
  value: (s) => when(s.fact.role === "share" && s.q.asksShare),
};

export const shareNotAsked: Adjustment = {
  name: "share not asked",
  weight: -2,
  why: "a share (占…的X%) when the question does not ask one",
  // (研发强度 asks a share by its name: "研发投入占gdp比重".)
  value: (s) => when(s.fact.role === "share" && !s.q.asksShare && !s.q.terms.some(namesAShare)),
};
