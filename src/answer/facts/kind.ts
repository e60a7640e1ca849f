/** Whether a figure is an actual or a target: the marks of a plan, an estimate, a budget, a target met or not. */
import type { FigureSpan } from "../../zh/figures.ts";
import { alternation, anyOf } from "../../zh/word-classes.ts";
import { FUNDS_OBTAINED } from "../../zh/text.ts";
import type { FigureKind } from "../types.ts";
import type { SentenceContext, YearSource } from "./types.ts";
import { GOES_ON_ABOUT_ITEM, PLAN_SHARE_LEAD } from "./shared.ts";

const TARGET_MARK = new RegExp(`(?!${FUNDS_OBTAINED.source})${anyOf("target-marks", "target-mark-false-friends")}`);
/**
 * 将 before a 从/由 in its clause ("将小规模纳税人增值税起征点从3万元提高到15万元") marks what is
 * moved, as 把 does, not a time to come: in a review it was done, in a plan the plan says so.
 */
const DISPOSAL_JIANG = /将(?=[^，,；;。]*?(?:从|由))/g;
/**
 * A report's own opening, "现将2024年财政决算情况报告如下：": 将 brings forward what is reported, as 把
 * does; the figures after the colon are the account, not a plan.
 */
const REPORTED_AS_FOLLOWS = /将[^，,；;。]*?(?:报告|汇报|说明|通报|公布|介绍)如下/g;
/** Marks that in the review of a past year tell what was done ("决定将…作为新的国家扶贫标准", "安排…资金"). */
const REVIEW_NEUTRAL_MARKS = new RegExp(alternation("review-neutral-target-marks"), "g");
/** A sentence announcing the year's plans: "政府工作的总体要求是：…", "今年发展的主要预期目标是：…". */
const PLAN_LEAD_IN = /^[^，,。；;]{0,16}(?:总体要求|主要预期目标|主要目标|预期目标)(?:是|为)[：:]/;
/** An estimate: of a year to come a plan, of a year past what was done (see extractFacts). */
export const ESTIMATE = /预计/;
/** Markers strong enough to govern a whole sentence ("预计全年…，其中…约1.5万亿元"). */
const SENTENCE_TARGET_MARK = new RegExp(anyOf("sentence-target-marks"));
/** Words that hold a mark after their first character (主要), blanked before marks are looked for. */
const TARGET_MARK_HOSTS = new RegExp(anyOf("target-mark-hosts"), "g");
/** Whether a text holds a target mark, not counting one inside a word that only hosts it (主要河流), nor a programme's name. */
function namesTarget(text: string): boolean {
  return TARGET_MARK.test(text.replace(TARGET_MARK_HOSTS, " ").replace(PROGRAMME_UNDERWAY, " "));
}

/** "我国有2.9亿在校学生": a state of things. */
export const STATE_OF_THINGS = new RegExp(`${anyOf("state-of-things")}有$`);

/** Right before an old level, the plan it was first set in: 原定, 原计划, 原规划. */
export const FIRST_SET = /原(?:定|计划|规划)[^，,；;。\d]{0,8}$/;

/** A clause saying the target after its figure was not met: 没有实现, 未能完成, 没能达到. */
const TARGET_NOT_MET = /(?:没有|没能|未能|未)(?:全面|如期)?(?:实现|完成|达到)/;
/** A clause saying the target after its figure was met: "实现高职院校扩招100万人目标", "完成…任务". */
const TARGET_MET_LEAD = /^\s*(?:全面|如期|提前|超额)?(?:实现|完成|达到|超过)/;
/** 按计划 is "as planned", no plan: "加上按计划提取的外国政府…贷款0.2亿元，截至2025年底，全市政府债务余额3671.16亿元". */
const AS_PLANNED = /按(?:照)?计划/g;
/**
 * A programme named as launched or carried out ("启动现代服务业“十百千”行动计划，2012年服务业增加值达2.4万亿元", 江苏 2013):
 * its 计划 is its name, no plan of the figures after it.
 */
const PROGRAMME_UNDERWAY = new RegExp(`(?:启动|实施|推进|开展|落实)了?[^，,；;。]{0,16}(?:${alternation("programme-names")})`, "g");
/**
 * A target said met ("预期目标全面完成", "超过预期目标", "由于第一个五年计划的完成和超额完成", gwr-1959) or neared ("接近了第一个
 * 五年计划最后一年的指标", gwr-1957): no mark of a plan
 * (…or a plan done: "1955年全国工业总产值完成了原定计划的101%，比1954年增长8%", gwr-1956; "提前两年实现了11950元的预期目标；
 * 财政总收入1115亿元", 湖北 2008.)
 */
const MET_TARGETS =
  /[^，,；;]*(预期目标|目标)[^，,；;]*(完成|实现|超过|低于|高于)|(?:计划|规划|目标)的(?:胜利|全面)?(?:完成|超额完成|实现)|(完成|实现|超过|低于|高于|达到)了?(?:[^，,；;。]{1,16}?的)?(预期)?目标|(?:完成|超额完成|实现)了?(?:原定|预定|年度|全年)?(?:计划|指标)|接近了?[^，,；;]{0,16}?(?:目标|指标)/g;

export function figureKind(
  sentence: string,
  clause: [number, number],
  figure: FigureSpan,
  ctx: SentenceContext,
  yearSource: YearSource | null,
  /** The figure stands in the review of a past year: the sentence's words around it do not make it a plan. */
  reviewed: boolean,
): FigureKind {
  const ownLead = sentence.slice(clause[0], figure.start);
  // "…提出…降到10%左右，…实际回落到6.1%": said to be actual in so many words; "截至目前，组织
  // 安排…总计88项": a count so far is what was done, whatever the verb.
  // "已建成的主要有：…新增公路通车里程1.2万公里": a sentence saying what is already done reviews it.
  // (实际增长 is growth in real terms, of a plan as of a review: "今后五年，争取…平均每年实际增长百分之四至百分之五".)
  if (/实际(?!增长|增速)|实现了|完成了/.test(ownLead) || /(截至|截止)(到)?目前|已经?(?:建成|完成)/.test(sentence.slice(0, figure.start))) return "actual";
  // A budget's figures are what it plans, but for what was spent (执行数, 决算). A clause going on about
  // the item before ("支出完成107.8亿元，为预算数的90.3%，同比下降14.4%") is of that item's kind.
  if (ctx.planDocument) {
    const itemStart = Math.max(...["；", ";", "。"].map((mark) => sentence.lastIndexOf(mark, clause[0]))) + 1;
    const lead = GOES_ON_ABOUT_ITEM.test(ownLead) ? sentence.slice(itemStart, figure.start) : ownLead;
    return /执行|决算|完成|支出了|上年/.test(lead) ? "actual" : "target";
  }
  const planWords = ownLead.replace(DISPOSAL_JIANG, "");
  if (namesTarget(reviewed ? planWords.replace(REVIEW_NEUTRAL_MARKS, "") : planWords)) return "target";
  // "低于13%左右的预期目标": the words right after the figure name it a target; unless its clause says the target
  // was met ("实现高职院校扩招100万人目标": what was done).
  if (/^[^，,；;。]{0,3}(预期)?目标/.test(sentence.slice(figure.end))) return TARGET_MET_LEAD.test(ownLead) ? "actual" : "target";
  // "全国没有实现年初确定的单位国内生产总值能耗降低4%左右、主要污染物排放总量减少2%的目标": a target not met is a target.
  if (TARGET_NOT_MET.test(ownLead) && /^[^，,；;。]*的(?:预期)?目标/.test(sentence.slice(figure.end))) return "target";
  if (reviewed) return "actual";
  // "主要预期目标是：国内生产总值增长6%左右；…": a lead-in ending in a colon governs the list.
  const colon = sentence.search(/[：:]/);
  if (colon >= 0 && colon < figure.start && namesTarget(sentence.slice(0, colon).replace(REPORTED_AS_FOLLOWS, ""))) return "target";
  // The lead-in may end the sentence or paragraph before ("主要预期目标是：" on its own line).
  if (/[：:]$/.test(ctx.leadIn) && namesTarget(ctx.leadIn.replace(REPORTED_AS_FOLLOWS, ""))) return "target";
  // A report without headings says where its plans start: "政府工作的总体要求是：…。" closing the paragraph
  // before opens the year's targets ("地区生产总值增长7%左右，规上工业增加值增长8%，…", 绵阳 2024).
  if (PLAN_LEAD_IN.test(ctx.leadIn)) return "target";
  if (SENTENCE_TARGET_MARK.test(sentence.slice(0, figure.start).replace(MET_TARGETS, "").replace(AS_PLANNED, "").replace(PROGRAMME_UNDERWAY, "")))
    return "target";
  if (yearSource === null && ctx.headingIsPlan && !ctx.paragraphReviews) return "target";
  return "actual";
}

/**
 * A figure's own lead ending in what was budgeted: 年初预算合计, 收入预算, 批准的预算为, 执行中(按法定程序)调整为,
 * 支出预算调整为, "批准的…收入和支出预算总计均为206.2亿元", "…会议批准的全市2025年一般公共预算收入为53.03亿元".
 */
export const BUDGETED = /(?:预算(?:数|为|是|合计|总额|总计|调整为)?(?:均|分别|共)?为?|执行中[^，,；;。]{0,12}?调整为|批准的[^，,；;。]*?(?:为|是))$/;

/** …right before its figure. */
export const SHARE_OF_PLAN = new RegExp(`${PLAN_SHARE_LEAD.source}$`);
