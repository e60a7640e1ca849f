/**
 * A budget report's title as people's congresses receive it each spring: "关于上海市2025年预算执行
 * 情况和2026年预算草案的报告" (or 2019年财政预算（草案）, 2020年预算编制说明) reviews one year (its
 * execution, what was done) and plans the next (its draft), as a work report does.
 */
import { halfWidthAlphanumeric } from "./normalize.ts";
import { DIGIT_YEAR } from "./years.ts";

const EXECUTION_AND_DRAFT = new RegExp(`(${DIGIT_YEAR})\\s*年.{0,12}?预算执行情况.{0,6}?(${DIGIT_YEAR})\\s*年.{0,12}?预算[（(]?(?:草案|安排|编制)`);

/** The year executed and the year drafted of a budget report that reviews one and plans the next, or null. */
export function executionAndDraftYears(title: string): { executed: number; drafted: number } | null {
  const m = EXECUTION_AND_DRAFT.exec(halfWidthAlphanumeric(title));
  if (!m) return null;
  const [executed, drafted] = [Number(m[1]), Number(m[2])];
  return drafted === executed + 1 ? { executed, drafted } : null;
}
