/**
 * Adjustments of budgets: an asked word only inside another budget's name, an insurance fund for a bare 基金, the budget
 * level asked or not.
 */
import type { Question, QueryTerm } from "../../question/types.ts";
import { alternation } from "../../zh/word-classes.ts";
import { budgetLevelOf, budgetLevelsNamed } from "../budget-level.ts";
import type { Adjustment } from "../score-table.ts";
import { BUDGET_NAMES, when } from "./shared.ts";

/** The social insurance funds' names (word-classes.txt's insurance-fund-names). */
const INSURANCE_FUNDS = new RegExp(alternation("insurance-fund-names"), "g");

/** The question asks of 基金 alone (基金收入), naming no insurance fund (社保基金, 养老保险基金). */
function asksBareFund(q: Question): boolean {
  return q.terms.some((t) => t.word === "基金") && q.text.search(INSURANCE_FUNDS) < 0;
}

/** Every 基金 in these words is an insurance fund's. */
function namesOnlyInsuranceFund(words: string): boolean {
  return words.includes("基金") && !words.replace(INSURANCE_FUNDS, "").includes("基金");
}

const namesBudget = (text: string) => text.search(BUDGET_NAMES) >= 0;
/** A word of the question is a budget's name (一般预算收入 as 一般公共预算收入). */
const asksBudget = (q: Question) => q.terms.some((t) => t.alternatives.some(namesBudget));

/**
 * Whether an asked budget's name stands in these words only ever inside the name of another budget
 * (基金预算 in 社保基金预算). A word that names no budget (基金 of 政府性基金收入) is not judged.
 */
function onlyInAnotherBudget(term: QueryTerm, ownWords: string): boolean {
  if (!term.alternatives.some((alt) => alt.endsWith("预算"))) return false;
  const names = [...ownWords.matchAll(BUDGET_NAMES)].map((m) => ({ at: m.index ?? 0, name: m[0] }));
  let inside = false;
  for (const alt of term.alternatives) {
    for (let at = ownWords.indexOf(alt); at >= 0; at = ownWords.indexOf(alt, at + 1)) {
      const other = names.find((n) => n.at <= at && at + alt.length <= n.at + n.name.length && !term.alternatives.includes(n.name));
      if (!other) return false;
      inside = true;
    }
  }
  return inside;
}

export const anotherBudgetsName: Adjustment = {
  name: "another budget's name",
  weight: -2,
  why: "宣城基金预算收入 against '全市社保基金预算收入78.3亿元': an asked word found only inside another budget's name",
  // The words of a clause without a subject are its parent's ("…社会保险基金预算收入合计1440342万元，实际完成1424166万元").
  value: (s) => when(s.q.terms.some((t) => !t.isPlace && onlyInAnotherBudget(t, s.coverage.subjectWords))),
};

export const insuranceFundForABareFund: Adjustment = {
  name: "insurance fund for a bare 基金",
  weight: -2,
  why: "汕头基金收入 against '预计市本级社会保险基金预算收入139.2亿元，增长2.5%': a bare 基金 of a budget is the government funds' (政府性基金)",
  // The fund may be named by the section only: "4.社会保险基金预算收支情况。本级收入…；本级支出1733913万元…".
  value: (s) =>
    when(
      asksBareFund(s.q) &&
        (namesOnlyInsuranceFund(s.coverage.subjectWords) || (!s.coverage.subjectWords.includes("基金") && namesOnlyInsuranceFund(s.headings))),
    ),
};

export const budgetLevelAsked: Adjustment = {
  name: "budget level asked",
  weight: 0.5,
  why: "固原全市…收入 against '全市地方一般公共预算收入15.32亿元' over a figure whose level is not printed ('1.地方一般公共预算收入60,700万元')",
  value: (s) => {
    const asked = budgetLevelsNamed(s.q.text);
    const stated = budgetLevelOf(s.fact);
    // A budget asked with no level named asks the whole place's (洛阳一般预算收入 is 全市's), in
    // a sentence about a budget. Not a bulletin's "对全市经济增长的贡献率", nor a work report's
    // "全县…居民储蓄存款余额突破百亿元": their 全市, 全县 says nothing of a budget's level.
    const wholeByDefault = asked.size === 0 && stated === "whole" && asksBudget(s.q) && namesBudget(s.sentence);
    return when(stated !== null && (asked.size === 1 ? asked.has(stated) : wholeByDefault));
  },
};

export const ownOrPartBudgetLevelNotAsked: Adjustment = {
  name: "own or part budget level not asked",
  weight: -0.6,
  why: "抚顺一般公共预算收入 without 市级 or 全市: the whole area's figure (全市…增长6.5%) before the city government's own (市本级…增长43%) or a zone's (高新区)",
  value: (s) => {
    const stated = budgetLevelOf(s.fact);
    return when(budgetLevelsNamed(s.q.text).size === 0 && (stated === "own" || stated === "part"));
  },
};
