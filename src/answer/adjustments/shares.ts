/**
 * Adjustments of a share (占…的X%), asked or not.
 */
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
  value: (s) => when(s.fact.role === "share" && !s.q.asksShare),
};
