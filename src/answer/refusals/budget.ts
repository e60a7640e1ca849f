/**
 * Refusals in a budget's terms: a share of the plan against a share of another whole, a budget's grand total, an
 * amount added to the one before (加上…), a fund.
 */
import type { QueryTerm } from "../../question/types.ts";
import { found } from "../coverage.ts";
import { PLAN_SHARE_LEAD } from "../facts.ts";
import { clauseStartBefore, withoutAnyAsides } from "../../zh/text.ts";
import { alternation, wordClass } from "../../zh/word-classes.ts";
import type { Assessment, Refusal } from "./types.ts";

/** A table column's header of how much of the plan was done: "占预算%", "完成调整预算%", "为预算%". */
const PLAN_SHARE_HEADER = new RegExp(`(?:为|完成|占)(?:${alternation("plan-words")})数?(?:的|%|（%）)`);

/** A budget's grand total, its own revenue or spending with the transfers, debt and balances added: 收入总计, 支出合计. */
const GRAND_TOTAL = /(?:收入|支出|收支)(?:总计|合计)/;

export const shareOfAnotherBaseForThePlans: Refusal = {
  name: "share of another base for the plan's",
  cheap: true,
  // "朝阳一般公共预算支出完成预算百分之几" against "全市民生支出232.6亿元，占一般公共预算支出77.2%": how much of
  // the plan was done is a share of the plan ("为预算（指调整后预算数，下同）的90.2%"), not of the asked metric.
  refuses: (a) =>
    a.q.asksShareOfPlan &&
    a.fact.figure.unitClass === "percent" &&
    !PLAN_SHARE_LEAD.test(withoutAnyAsides(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)))
      ? "a share of something else, and the share of the plan was asked"
      : null,
};

export const shareOfThePlanForAnotherBases: Refusal = {
  name: "share of the plan for another base's",
  cheap: true,
  // "吴忠去年税收占一般预算收入的比重" against "税收收入33.3亿元，为预算的102.5%": how much of its plan an item
  // came to is no share of another whole.
  // So is a table's cell under a header of the plan's share ("2025年执行数 占预算%": 济南's 税收收入 114.71).
  refuses: (a) =>
    a.q.asksShare &&
    !a.q.asksShareOfPlan &&
    a.fact.figure.unitClass === "percent" &&
    (PLAN_SHARE_LEAD.test(withoutAnyAsides(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))) ||
      (a.fact.rowLabel !== undefined && PLAN_SHARE_HEADER.test(a.fact.listItem?.part ?? "")))
      ? "a share of the plan, and a share of another whole was asked"
      : null,
};

export const budgetsGrandTotalNotAsked: Refusal = {
  name: "budget's grand total not asked",
  cheap: true,
  // "收入总计和支出总计实际完成均为87.9亿元": a budget's grand total adds the transfers, debt and balances to its
  // own revenue; it answers 一般公共预算收入 no more than a part does the whole.
  refuses: (a) =>
    !a.q.asksTotal && GRAND_TOTAL.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)) ? "a budget's grand total, and none was asked" : null,
};

export const anAddend: Refusal = {
  name: "an addend",
  cheap: true,
  // "预算支出271.57亿元，加上上解上级等支出共353.49亿元": what is added to the amount before (transfers
  // to or from the level above) is neither it nor the sum, unless the question names what is added (by a
  // word of its own: 级 of 市级 is in 上级 too; nor by a budget's name, where transfers go: "加上调出至一般公共预算等
  // 转移性支出29.3亿元" is no 一般公共预算支出).
  refuses: (a) => {
    const addend = ADDEND.exec(a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start));
    const names = (t: QueryTerm) => !t.isPlace && t.word.length > 1 && !MONEY_HEADS.has(t.word) && !t.alternatives.some((alt) => BUDGET_NAMES.has(alt));
    return addend && !a.q.terms.some((t) => names(t) && found(t, addend[1]!)) ? "an amount added to the one before (加上…)" : null;
  },
};

export const aFundForAnotherAmount: Refusal = {
  name: "a fund for another amount",
  cheap: true,
  // "浙江2009年外贸进出口总额多少" against "安排3.5亿元外贸发展财政专项资金": an amount followed by the fund it is
  // (…资金, …经费, …基金) is that fund, not the trade, output or revenue its modifiers name.
  // So is one the fund's name leads to: "争取国家外贸扶持资金1.5亿元" is no 厦门外贸进出口总额.
  refuses: (a) =>
    a.fact.figure.unitClass === "money" &&
    !FUND_ASKED.test(a.q.text) &&
    (FUND_AFTER.test(a.sentence.slice(a.fact.figure.end)) || (fundNamedBefore(a) && !CAPITAL_ASKED.test(a.q.text)))
      ? "an amount of a fund, and no fund was asked"
      : null,
};

/** A clause adding an amount to the one before: "加上上解上级等支出共353.49亿元" (what is added captured). */
const ADDEND = /^\s*加上([^，,；;。]*)$/;
/** Heads that name money of any kind (支出, 收入): in an addend's words they do not say the question asks it. */
const MONEY_HEADS = new Set(wordClass("metric-heads-money"));
const BUDGET_NAMES = new Set(wordClass("budget-names"));

/** Right after an amount, the fund it is: "3.5亿元外贸发展财政专项资金", "200万元奖补资金". */
const FUND_AFTER = /^[^，,；;。：:、（(]{0,14}?(?:资金|经费|基金)/;
/** Right before an amount, the fund it is, and the words before the fund's word: "外贸扶持资金1.5亿元", "专项资金达". */
const FUND_BEFORE = /([^，,；;。：:、]*?)(?:资金|经费|基金)[^，,；;。：:、]{0,2}$/;

/**
 * A fund named right before the amount, which is not the asked word's own (资金 of the 转移支付资金 asked as 转移支付:
 * "上级累计下达我市各类转移支付资金346.51亿元").
 */
function fundNamedBefore(a: Assessment): boolean {
  const m = FUND_BEFORE.exec(a.sentence.slice(a.fact.clause[0], a.fact.figure.start));
  return m !== null && !a.q.terms.some((t) => t.alternatives.some((alt) => m[1]!.endsWith(alt)));
}
/** A question asking an amount given or spent rather than a level of the economy: 资金, 经费, 补助, 投入, 安排…. */
const FUND_ASKED = /资金|经费|基金|补助|补贴|奖补|奖励|专项|钱|款|投入|安排|拨|花|用于|支持|支出|投资/;
/** Capital asked that reports print as a fund before its amount: "国外资金达二十六亿六千万美元" for 外资, "再融资债券资金" for 债券. */
const CAPITAL_ASKED = /外资|债/;
