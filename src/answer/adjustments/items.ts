/**
 * Adjustments of an item or a part: the subgroup named, an amount earmarked for a use not asked, a size class not asked,
 * an item of a 其中-list when its total answers too, a part after its total.
 */
import { found, isChangeTerm } from "../coverage.ts";
import { alternation } from "../../zh/word-classes.ts";
import { partStartBefore } from "../../zh/text.ts";
import { extractFigures } from "../../zh/figures.ts";
import type { Adjustment, ScoreInputs } from "../score-table.ts";
import { when } from "./shared.ts";
import { precision } from "./precision.ts";

/** Verbs that may stand before an item's figure without labelling it: 增长, 达到, 为. */
const LABEL_VERBS = new RegExp(`^(?:${alternation("change-verbs", "non-subject-words", "size-nouns")})+$`);

/** An amount's use right after it, in its clause ("3000亿元支持消费品以旧换新", "…专项用于…"): group 1 the use. */
const EARMARKED_FOR = /^\s*(?:专项|专门|重点)?(?:用于|支持|用来)([^，,；;。]+)/;

export const subgroupNamed: Adjustment = {
  name: "subgroup named",
  weight: 1.5,
  why: "其中教师544名: the item whose label is exactly the asked word",
  value: (s) => when(!s.q.asksTotal && isNamedSubgroup(s)),
};

export const earmarkedForAUseNotAsked: Adjustment = {
  name: "earmarked for a use not asked",
  weight: -0.5,
  why: "超长期特别国债规模 against '安排超长期特别国债3000亿元支持消费品以旧换新': an amount put to one use the question does not name is a part of the whole ('拟发行超长期特别国债1.3万亿元')",
  value: (s) => {
    const use = EARMARKED_FOR.exec(s.sentence.slice(s.fact.figure.end))?.[1];
    return when(use !== undefined && !s.q.terms.some((t) => !t.isPlace && !t.isShape && found(t, use)));
  },
};

/**
 * What is counted, narrowed to a size class by an amount of money: "亿元以上项目", "投资2000万元以上设施农业项目",
 * "5000万元以上的工业企业".
 */
const SIZE_CLASS_BY_AMOUNT = /元以上的?\p{Script=Han}{0,8}?(?:项目|企业|工程)/u;
/** A question that names a size class itself (亿元以上, question/understand/query-terms.ts SIZE_CLASS; "亿元项目"). */
const SIZE_CLASS_ASKED = /以上|亿元项目|万元项目/;

export const sizeClassNotAsked: Adjustment = {
  name: "size class not asked",
  weight: -0.6,
  why: "新签约项目合同投资额 against '新签约亿元以上项目204个…合同投资额1076.7亿元' (贵港 2024): the projects of one size are a part of those asked ('新签约项目282个，合同投资额…1112亿元')",
  value: (s) => {
    if (SIZE_CLASS_ASKED.test(s.q.text)) return 0;
    return when(SIZE_CLASS_BY_AMOUNT.test(s.sentence.slice(partStartBefore(s.sentence, s.fact.figure.start), s.fact.figure.start)));
  },
};

export const item: Adjustment = {
  name: "item",
  weight: -0.5,
  why: "an item of a 其中-list is the narrower reading when its total answers too (not when the item's own words are all the question asks: 出口额 of 进出口总额…其中出口总额)",
  value: (s) => when(s.fact.isItem && !s.q.asksTotal && !ownWordsAreAsked(s)),
};

export const partAfterItsTotal: Adjustment = {
  name: "part after its total",
  weight: -1,
  why: "a part listed in the sentence after its total's (…902.61万吨。其中，夏粮…508.58万吨), when the question names nothing only the parts' sentence has (出口 of 进出口 is named by both)",
  value: (s) => when(s.coverage.partUnasked),
};

/** A sum named as such after a metric: 出口总额, 贷款总量 (the item "出口总额" names 出口). */
const SUM_NAMED = /总额|总量|总数/g;

/** The figure's own words before it name only what the question asks (a sum's 总额 aside). */
function ownWordsAreAsked(s: ScoreInputs): boolean {
  const asked = (text: string) => precision(text.replace(SUM_NAMED, ""), s.q, s.fact.figure.unitClass) >= 1;
  const own = s.sentence.slice(s.fact.segment[0], s.fact.figure.start);
  if (!asked(own)) return false;
  // (Only where its own words name nothing of the metric, but how it changed: "年均增长20.7%".)
  const metric = s.q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isPeriod && !isChangeTerm(t) && !YEARLY_WORD.test(t.word));
  if (metric.length === 0 || metric.some((t) => found(t, own))) return true;
  // A clause of only asked words goes on about the item before it ("…其中地方级财政收入从273亿元增加到700亿元，年均增长20.7%"
  // for 财政总收入年均增长): that item's words must be asked too.
  const listed = s.sentence.lastIndexOf("其中", s.fact.clause[0] - 1);
  const itemWords = withoutFigures(s.sentence.slice(listed, s.fact.clause[0])).replace(/^其中/, "");
  return listed < partStartBefore(s.sentence, s.fact.clause[0]) || !/\p{Script=Han}/u.test(itemWords) || asked(itemWords);
}

/** A question word of how often or on average: 年均, 平均每年, 每年. */
const YEARLY_WORD = /年均|平均|每年/;

/** A text with its figures (and their units) taken out. */
function withoutFigures(text: string): string {
  return extractFigures(text).reduceRight((rest, f) => rest.slice(0, f.start) + rest.slice(f.end), text);
}

/**
 * "其中教师544名,校长68名": an item whose label is exactly what was asked (教师) is the subgroup the
 * asker singled out, even when the total's wording also contains the word (中小学校长教师).
 */
function isNamedSubgroup({ fact, sentence, q }: ScoreInputs): boolean {
  // A verb is no label: "其中，第一产业增加值315.56亿元，增长3.4%" does not single out 增长.
  const lead = sentence.slice(fact.segment[0], fact.figure.start);
  // An item's label opens its item (其中教师544名,校长68名). Where semicolons part the items, a comma
  // parts two figures of one item ("夏粮播种面积1101.60万亩，总产量508.58万吨；秋粮…": 总产量 is not
  // the subgroup, 夏粮 is).
  if (/[；;]/.test(sentence) && /[，,]\s*$/.test(sentence.slice(0, fact.segment[0])) && !/其中/.test(lead)) return false;
  // A label with a figure the question does not type is another group: "…5000万元以上项目407个，其中5亿元以上项目60个"
  // for 5000万元以上项目多少个.
  const clauseLead = sentence.slice(fact.clause[0], fact.figure.start);
  if (/\d/.test(clauseLead) && !q.terms.some((term) => term.isFigure && clauseLead.includes(term.word))) return false;
  const label = lead
    .replace(/^[，,、]?其中/, "")
    .replace(/[^\p{Script=Han}]/gu, "")
    .replace(LABEL_VERBS, "");
  // Not an item named by another name of the asked word when the total before it is named by the
  // word as typed: "全口径财政支出205.5亿元，其中，一般公共预算支出144.7亿元" for 全口径财政支出.
  const totalNamed = (word: string) => word !== label && sentence.slice(0, fact.segment[0]).includes(word);
  return fact.isItem && label.length >= 2 && q.terms.some((term) => term.alternatives.includes(label) && !totalNamed(term.word));
}
