/** 分别, and runs read as if it were said: which figures of a run go with which items of a list before them. */
import { PAIRED_COMPOUNDS } from "../../zh/paired-compounds.ts";
import { anyOf } from "../../zh/word-classes.ts";
import { isCountingMethod } from "../../zh/text.ts";
import type { Fact } from "./types.ts";
import { GOES_ON_ABOUT_ITEM, PER_WHOM_OR_WHEN } from "./shared.ts";
import { pairWithList } from "./lists.ts";

/** Between a run of figures and 分别 pairing the next run with the same items: a comma, after a word closing the run (大关) and before a time (预计2011年). */
const RUN_THEN_RESPECTIVELY = /^[^，,；;。\d]{0,4}[，,][^，,；;。\d]{0,6}$/;
const YEAR_WORD = /\d{4}年/g;

/**
 * Pair the figures of a run with the items of the list before it, in order: after 分别 ("科技、
 * 教育…的支出分别为774亿元、536亿元…"), or a run of figures with no verb of their own right after a
 * list ("城镇和农村人均住房面积32.9平方米、37.1平方米"): read so by anyone, and otherwise the second
 * figure would have the first item's words.
 */
export function assignRespectively(sentence: string, facts: Fact[]): void {
  for (const m of sentence.matchAll(/分别/g)) {
    const at = m.index ?? 0;
    const figures = figureRun(
      sentence,
      facts.filter((f) => f.figure.start > at),
    );
    // Paired already with the run before ("分别达到42469元和26000元，分别同比增长5.8%和6.8%": pairNextRun).
    if (figures.length < 2 || figures.every((f) => f.listItem)) continue;
    // "分别再提高30元和5元": the figures after the first share its verb, and so its role.
    for (const f of figures) f.role = figures[0]!.role;
    // "城镇和农村人均住房面积32.9平方米、37.1平方米，分别比2007年增加2.8平方米和5.5平方米": right after a list's as many
    // figures, with nothing named between, the run goes with the same items.
    const listed = facts.filter((f) => f.figure.end <= at).slice(-figures.length);
    // (Past the words closing that run and a time: "…400亿元和100亿元大关，预计2011年分别达到1410亿元、…".)
    const listedRun =
      listed.length === figures.length &&
      RUN_THEN_RESPECTIVELY.test(sentence.slice(listed.at(-1)!.figure.end, at).replace(YEAR_WORD, "")) &&
      figureRun(sentence, listed).length === listed.length;
    if (listedRun && !listed.some((f) => f.listItem) && LIST_JOINT.test(sentence.slice(listed[0]!.figure.end, listed[1]!.figure.start)))
      pairWithList(sentence, listed[0]!.figure.start, listed, false);
    if (listedRun && listed.every((f) => f.listItem)) {
      figures.forEach((f, i) => {
        const { own, siblings, part, label } = listed[i]!.listItem!;
        f.listItem = { own, siblings, ...(part ? { part } : {}), ...(label ? { label } : {}) };
      });
      continue;
    }
    pairWithList(sentence, at, figures, true);
    // "二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个重点城市…": a figure after a comma may open the
    // next clause; the run up to the comma is paired when the whole run is not.
    const beforeComma = figures.findIndex((f, i) => i > 0 && /[，,]/.test(sentence.slice(figures[i - 1]!.figure.end, f.figure.start)));
    if (!figures[0]!.listItem && beforeComma >= 2) pairWithList(sentence, at, figures.slice(0, beforeComma), true);
    if (!figures[0]!.listItem) pairWithLabelledClauses(sentence, at, facts, figures);
    if (figures[0]!.listItem) pairNextRun(sentence, facts, figures);
    // The old levels the run rose from go with the same items: "城乡居民人均可支配收入分别由17979元和4931元增加到27763元
    // 和8076元" (4931元 is 农村's).
    const olds = facts.filter((f) => f.role === "before" && f.figure.start > at && f.figure.start < figures[0]!.figure.start);
    if (olds.length === figures.length && figures.every((f) => f.listItem) && !olds.some((f) => f.listItem)) {
      olds.forEach((f, i) => {
        f.listItem = { ...figures[i]!.listItem! };
      });
    }
  }
  // "城镇居民人均可支配收入17175元、农村居民人均纯收入5153元，实际增长9.8%和8.5%": a run whose clause says
  // nothing but its change, after as many labelled figures, goes with their labels as if 分别 were said.
  for (let i = 0; i < facts.length; i++) {
    const figures = figureRun(sentence, facts.slice(i));
    if (figures.length < 2 || figures.some((f) => f.listItem)) continue;
    const clauseStart = figures[0]!.clause[0];
    if (CHANGE_ALONE.test(sentence.slice(clauseStart, figures[0]!.figure.start))) pairWithLabelledClauses(sentence, clauseStart, facts, figures);
    i += figures.length - 1;
  }
  for (let i = 0; i < facts.length; i++) {
    const figures = figureRun(sentence, facts.slice(i));
    // Joined without a comma ("32.9平方米、37.1平方米", "725元/月、6084元/年"), and not paired already. Not a run of two
    // kinds of quantity after verbs joined: "新建和回购保障房9128套、64.1万平方米" counts the homes and measures them, both
    // of the two ways obtained (while "粮食播种面积、产量稳定在35万亩、15万吨左右" pairs its measures).
    const joined = figures.length >= 2 && LIST_JOINT.test(sentence.slice(figures[0]!.figure.end, figures[1]!.figure.start));
    if (!joined || figures.some((f) => f.listItem)) continue;
    const kinds = new Set(figures.map((f) => f.figure.unitClass)).size;
    if (kinds > 1 && VERBS_JOINED.test(sentence.slice(figures[0]!.clause[0], figures[0]!.figure.start))) continue;
    pairWithList(sentence, figures[0]!.figure.start, figures, false);
    i += figures.length - 1;
  }
}

/**
 * "城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%": 分别
 * after as many clauses of a label and a figure each (and a counting method) pairs with their labels.
 */
function pairWithLabelledClauses(sentence: string, at: number, facts: Fact[], figures: Fact[]): void {
  const before = facts.filter((f) => f.figure.end <= at);
  const labelled = before.slice(-figures.length);
  if (labelled.length !== figures.length || new Set(labelled.map((f) => f.clause[0])).size !== labelled.length) return;
  // Between the last of them and 分别: nothing but a counting method (扣除价格因素) and commas.
  const between = sentence
    .slice(labelled.at(-1)!.clause[1], at)
    .split(/[，,]/)
    .filter((c) => c.trim() !== "");
  if (!between.every(isCountingMethod)) return;
  const labels = labelled.map((f): [number, number] => [f.clause[0], f.figure.start]);
  // Each clause joins the next by a comma (or 、), and each label names something (not 比上年增长…).
  if (labels.some(([a, b], i) => b - a < 2 || (i > 0 && !/[，,、]/.test(sentence[a - 1] ?? "")) || GOES_ON_ABOUT_ITEM.test(sentence.slice(a, b)))) return;
  figures.forEach((f, i) => {
    f.listItem = { own: labels[i]!, siblings: labels.filter((_, k) => k !== i) };
  });
}

/**
 * "…和城镇居民人均可支配收入，2000年分别达到2253元和6280元，平均每年实际增长4.7％和5.7％": a run of as
 * many figures in the next clause, with no list of its own, goes with the same items.
 */
function pairNextRun(sentence: string, facts: Fact[], paired: Fact[]): void {
  const end = paired.at(-1)!.figure.end;
  const next = figureRun(
    sentence,
    facts.filter((f) => f.figure.start > end),
  );
  if (next.length !== paired.length || next.some((f) => f.listItem)) return;
  const lead = sentence.slice(end, next[0]!.figure.start);
  if (!/^[，,]/.test(lead) || /[、和及与；;。]/.test(lead) || sentence.slice(next[0]!.figure.end, next[1]!.figure.start).length > 1) return;
  // (A run whose lead names a paired compound of its own is that compound's: "城乡最低生活保障标准分别提高11%和17%，城乡居民人均
  // 可支配收入达到43714元和21125元" (浙江 2016) gives 21125元 to 农村居民, not to 农村's 低保.)
  if (PAIRED_COMPOUNDS.some(([compound]) => lead.includes(compound))) return;
  next.forEach((f, i) => {
    const { own, siblings, part } = paired[i]!.listItem!;
    f.listItem = { own, siblings, ...(part ? { part } : {}) };
    // "…，比上年增长29.2%、39.4%、65.4%和23.9%": the figures after the first share its verb, and so its role and clause.
    f.role = next[0]!.role;
    if (i > 0) {
      f.clause = [next[0]!.clause[0], f.clause[1]];
      f.parentClause = next[0]!.parentClause;
    }
  });
}

/** A clause opening with verbs of obtaining joined ("新建和回购保障房", "新建、改造…"): their object is one thing. */
const VERBS_JOINED = new RegExp(
  `^\\s*${anyOf(["increment-verbs", "build-verbs", "obtain-verbs"])}[和、及与]${anyOf(["increment-verbs", "build-verbs", "obtain-verbs"])}`,
);

/** A clause that says nothing but a change, before its figures: "实际增长", "比上年分别增长" aside (分别 is read above). */
const CHANGE_ALONE = new RegExp(`^\\s*(?:实际|名义|同比)?(?:${anyOf("change-verbs")})了?\\s*$`);

/** After a figure, its unit's "per" ("2520元/月"), which the next figure of its list repeats. */
const UNIT_PER = String.raw`(?:\/\p{Script=Han})?`;

/** Before a figure, whom and when it is counted per, which each figure of its run may repeat. */
const PER_BEFORE = `(?:${PER_WHOM_OR_WHEN}){0,2}`;
/** Between two figures of a run: a joint, with white space or a comma. */
const RUN_JOINT = new RegExp(String.raw`^${UNIT_PER}\s*[、和及与，,]\s*${PER_BEFORE}$`, "u");
/**
 * Between two figures of a list printed without a comma: "32.9平方米、37.1平方米", "725元/月、6084元/年", and with
 * whom or when the next is counted per ("城乡最低生活保障标准提高到每月410元和每年1718元", 哈尔滨 2013).
 */
const LIST_JOINT = new RegExp(`^${UNIT_PER}[、和及与]${PER_BEFORE}$`, "u");

/** The figures from the first of these joined by 、 和 及 与 (or a comma) to the next: an old level ("分别由A、B提高到…") is none of them. */
function figureRun(sentence: string, after: Fact[]): Fact[] {
  const figures: Fact[] = [];
  for (const f of after) {
    const gap = figures.length ? sentence.slice(figures.at(-1)!.figure.end, f.figure.start) : "";
    // (White space around the joint is a page's layout: "下降8.7% 和5.7%"; a unit's "per" may end each
    // figure: "分别提升至2520元/月、2268元/月、1535元/月".)
    if (figures.length && !RUN_JOINT.test(gap)) break;
    if (f.role !== "before") figures.push(f);
  }
  return figures;
}
