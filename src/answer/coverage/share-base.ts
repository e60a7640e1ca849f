/**
 * A share's base and a scope before a figure: the base a share's clause states (占…比重), a share asked whose part lies
 * inside its base (在…中), the question's head named only inside a scope or a share's base.
 */
import type { QueryTerm, Question } from "../../question/types.ts";
import type { Fact } from "../facts.ts";
import { metricHeadOf } from "./terms.ts";
import { found } from "./naming.ts";

/** The base a share is of, as a clause states it up to its figure: 占一般公共预算支出比重达, 占财政支出的比例, 占一般公共预算支出. */
export const SHARE_BASE_IN_CLAUSE = /占[^，,；;。\d]{1,20}/;

/** Whether a share's clause states its base and the question asks no base of its own (占规上工业比重: understand.ts). */
export function shareBaseNotAsked(fact: Fact, clause: string, metric: readonly QueryTerm[]): boolean {
  return fact.role === "share" && SHARE_BASE_IN_CLAUSE.test(clause) && !metric.some((term) => term.isShareBase);
}

/** A scope a clause opens with: "在全国的…少数民族人口中，", "在工业基本建设的投资里". */
// (Not 在校, "at school": "中等职业学校的在校生占高中阶段的56%以上" frames nothing; nor 在建, "under construction", nor the 里 of
// 里程: "在建里程达275公里", 深圳 2019.)
const SCOPE_FRAME = /在(?!校|建)[^，,；;。在]{1,24}?(?:当中|中|里(?!程))/g;

/**
 * Whether a share asked has its part inside the share's base ("一五计划基建投资里工业占比" against
 * "在五年内的工业基本建设的投资中，制造生产资料工业的投资占百分之八十八点八"): a share within the part asked.
 */
export function sharePartInBase(q: Question, before: string): boolean {
  const part = q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isShareBase && !t.isPeriod).at(-1);
  if (!part || !before.includes("在")) return false;
  return [...before.matchAll(SCOPE_FRAME)].some((m) => found(part, m[0]));
}

/** The base of a share a clause states (its words only): 全市固定资产投资 of "占全市固定资产投资比重". */
const SHARE_BASE_FRAME = /(?<=占)[^，,；;。占]{1,24}?(?=的?(?:比重|比例))/g;

/**
 * Whether the question's head is named before the figure only inside a scope (在…中) or a share's
 * base (占…比重: "产业投资…占全市固定资产投资比重为39.4%" is 产业投资's, not 固定资产投资's), not as
 * what is counted.
 */
export function headOnlyInScope(q: Question, before: string): boolean {
  // Of a change asked ("固投增速"), the metric changing: "…占固定资产投资比重分别提升7.4、2.8个百分点" is the shares'.
  const head = metricHeadOf(q);
  if (!head || !/[在占]/.test(before)) return false;
  const scopes = [...before.matchAll(SCOPE_FRAME), ...before.matchAll(SHARE_BASE_FRAME)].map((m) => m[0]);
  if (!scopes.some((scope) => found(head, scope))) return false;
  return !found(
    head,
    before.replace(SCOPE_FRAME, (m) => " ".repeat(m.length)).replace(SHARE_BASE_FRAME, (m) => " ".repeat(m.length)),
  );
}
