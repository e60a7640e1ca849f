/** The kind wanted: a target (目标, 要, a ceiling, a plan's years) or what was done (实际, a goal met, the latest reached). */
import { anyOf, wordClass } from "../../zh/word-classes.ts";
import { HOW_MANY_WORD } from "../../zh/asking.ts";

/** 实际 of growth in real terms (实际增长, 实际增速), in a question about a plan's years: no asking of what was done. */
export const REAL_GROWTH = /实际(?=增长|增速)/g;

/** Words of now (现在, 目前): the latest figure reached. */
export const NOW_WORDS = new RegExp(anyOf("now-words"), "g");

/** "覆盖面到多少了", "有几个了": 了 after the asking word asks how far it has come, not a plan. */
export const REACHED_ENDING = /(?:多少|几\p{Script=Han}?|多大|多高|多长)了[?？!！]*$/u;

/** A goal met: 实现了目标, 完成目标, 达到预期目标 (what was done, not the target). */
export const GOAL_MET = /(?:实现|完成|达到|达成)了?(?:预期)?目标/;

/** 争取 asked with what it won: "争取了多少", "争取到几个" (争取多少 alone is an aim: "今年争取多少"). */
export const OBTAINED_ASKED = new RegExp(String.raw`争取(?:到|了)${HOW_MANY_WORD}`);

/** 要 right before a time or money asked is "it takes" ("开办企业要几天", "办证要多久"), no plan. */
export const TAKES_ASKED = /要(?=\s*(?:几\s*个?\s*(?:天|小时|工作日|月)|多少\s*(?:个?\s*(?:天|小时|工作日|月)|钱)|多久|多长时间))/g;

/** A word of its own that asks for a target, or one ending in 目标/计划 (控制目标). */
export const TARGET_KIND_WORD = new RegExp(`^${anyOf("target-kind-words")}$|(目标|计划)$`);
/**
 * A ceiling asked ("零售物价涨幅控制在多少以内"): what a plan holds a figure under; what a year came to is
 * printed without one ("居民消费价格涨幅控制在2.6%").
 */
export const CEILING_ASKED = new RegExp(String.raw`${HOW_MANY_WORD}(?:个百分点)?以内`);
/**
 * "16年登记失业率控制在多少": where a plan holds a figure, asked as a plan is (a target unless 实际 is asked),
 * though a year's result may be printed with 控制在 too.
 */
export const HELD_AT_ASKED = new RegExp(String.raw`控制在${HOW_MANY_WORD}`);
/** What a plan set, as asked: "赤字率定的多少", "目标定了多少", "增速定为多少" (not 确定, 认定, 制定… of what was done). */
export const SET_AT_ASKED = new RegExp(`(?<![确认核审鉴评制指限约锁稳决判])定(?:的|了|为|在|成)?${HOW_MANY_WORD}`);
/** Words a question's word starts with when it asks what was done: 实际, 决算, 完成 (done-kind-words). */
export const DONE_KIND_WORDS = wordClass("done-kind-words");
/** 安排 (arranged-kind-words): a plan unless 实际 or 决算 is asked too. */
export const ARRANGED_KIND_WORD = new RegExp(`^${anyOf("arranged-kind-words")}$`);
/** …where it is no false friend (安排就业: placing people in jobs). */
export const ARRANGED_IN_TEXT = new RegExp(anyOf("arranged-kind-words", "target-mark-false-friends"));

/** A modal verb jieba keeps on a change verb ("要降", "将增"): the change is what names the question's sense. */
export const MODAL_BEFORE_CHANGE = new RegExp(
  `^${anyOf(["modal-verbs", "adverbs-before-change"])}(?=${anyOf(["change-verbs", "colloquial-change", "change-to-verbs"])})`,
);

/** "06年单位GDP能耗要降多少": a target word jieba ran onto the change verb after it (要降, 拟增) asks the target as 要 alone does. */
export function targetModalOnChange(word: string): boolean {
  const modal = MODAL_BEFORE_CHANGE.exec(word)?.[0];
  return modal !== undefined && TARGET_KIND_WORD.test(modal);
}
