/** A sentence's clauses: where they break, the clause one inherits its subject from, 其中-lists, figures restated or broken down. */
import { extractFigures, type FigureSpan } from "../../zh/figures.ts";
import { alternation, METRIC_HEAD_AT_END } from "../../zh/word-classes.ts";
import { isCountingMethod, isPeriodChange, isRanking, withoutAnyAsides } from "../../zh/text.ts";
import type { Fact } from "./types.ts";
import { BASE_LEAD, CHANGE_VERB, EXCEEDED, GOES_ON_ABOUT_ITEM, PLAN_SHARE_LEAD } from "./shared.ts";

const CLAUSE_BREAK = /[，,；;：:、]|(?=其中)|(?=以及)/g;

/**
 * A sentence that opens by saying how a whole is broken down ("分产业看，…", "按常住地分，…",
 * "分城乡看：…") lists its parts: each of its figures is an item, not the whole.
 */
export const BREAKDOWN_LEAD = /^(?:分|按)[^，,：:。]{1,8}(?:分|看|统计|划分)[，,：:]/;
/** A sentence that opens with 其中 ("其中：医院38710个，基层医疗卫生机构1040023个") is all parts of the one before. */
export const ITEMS_SENTENCE = /^其中/;

/**
 * The clause whose subject a clause inherits: the one before it, or for an item of a 其中-list
 * ("56项,其中普通高中4项、义务教育46项") the clause before the 其中.
 */
export function parentOf(sentence: string, clauses: Array<[number, number]>, ci: number): [number, number] | null {
  // "其中九大类民生支出3048.8亿元、占财政支出比重67.7%": after 、, a clause going on about the item before it
  // is no item of a list; it speaks of that item.
  const [start, end] = clauses[ci]!;
  if (ci > 0 && sentence[start - 1] === "、" && GOES_ON_ABOUT_ITEM.test(sentence.slice(start, end).trim())) return clauses[ci - 1]!;
  const head = listHead(sentence, clauses, ci);
  if (head !== null && head > 0) return clauses[head - 1]!;
  // "生产总值达到5481.6亿元，按可比价计算，比上年增长3.5%": past the clause that says how it was counted.
  let parent = ci - 1;
  // …and past one that ranks it ("地区生产总值增长7.1%、居全省第2位，总量达到5756.35亿元").
  // …and past the parts of the year before it ("…三季度累计增长6.6%，全年累计增长6.7%").
  // …and past how much of the plan it came to ("…完成278.26亿元，为调整预算的95.64%（…），下降16.25%"), or passed it by
  // ("…预计达到六百二十八亿一千万元，超过年度计划百分之四点一，比上一年增长百分之六点九"); and past a clause naming
  // nothing (预计达到…) or only what is included (包括…在内), to the one naming the subject.
  // …and past a change against a base, which has no subject either ("…支出2147829万元，比上年汇总预算数增加329775万元，增长18.1%").
  const passed = (clause: string) =>
    isCountingMethod(clause) ||
    isRanking(clause) ||
    isPeriodChange(clause) ||
    PLAN_SHARE_CLAUSE.test(clause) ||
    PLAN_EXCEEDED_CLAUSE.test(clause) ||
    BASE_LEAD.test(clause.trim()) ||
    namesNothing(clause);
  // (An aside in brackets aside: "为调整预算（以下简称“预算”）的98.6%".)
  // …and past a sibling whose figure measures the same metric head ("实施省市重点项目25个，计划总投资111.8亿元，当年完成
  // 投资26.9亿元": both 投资 are the projects'), to the clause both speak of.
  const ownHead = metricHeadOf(sentence, clauses[ci]!);
  const sameHeadAsOwn = (k: number) => ownHead !== undefined && metricHeadOf(sentence, clauses[k]!) === ownHead;
  while (parent > 0 && (passed(withoutAnyAsides(sentence.slice(...clauses[parent]!))) || sameHeadAsOwn(parent))) parent--;
  return parent >= 0 ? clauses[parent]! : null;
}

/** Index of the clause that opens the 其中-list this clause belongs to, or null. */
export function listHead(sentence: string, clauses: Array<[number, number]>, ci: number): number | null {
  const goesOnAboutItem = (k: number) => k > 0 && GOES_ON_ABOUT_ITEM.test(sentence.slice(...clauses[k]!).trim());
  for (let k = ci; k >= 0; k--) {
    const [s] = clauses[k]!;
    // "其中，一般债务余额232.9亿元，…": 其中 may stand alone before the list's first clause.
    if (sentence.startsWith("其中", s) || /其中[，,]\s*$/.test(sentence.slice(0, s))) return k;
    // A clause going on about the item before it ("…一般债务余额222.4亿元，占64.5%；专项债务余额…") is that
    // item's: the siblings are the clauses either side of it.
    if (k < ci && goesOnAboutItem(k)) continue;
    let p = k - 1;
    while (p >= 0 && goesOnAboutItem(p)) p--;
    // Siblings are joined by 、, or by a comma when they are short label-and-figure items
    // ("其中教师544名,校长68名").
    const previous = clauses[p];
    const shortItem = previous && previous[1] - previous[0] <= 10 && /\d|[一二三四五六七八九十百千万亿]/.test(sentence.slice(...previous));
    if (sentence[s - 1] !== "、" && !(shortItem && k === ci) && !(previous && sameHead(sentence, previous, clauses[k]!))) break;
  }
  return null;
}

/**
 * Two clauses naming the same head before their figures are items of one list, even joined by a
 * comma: "其中：一般债务余额213.03亿元，专项债务余额645.79亿元" (jingdezhen-2025-budget).
 */
function sameHead(sentence: string, a: [number, number], b: [number, number]): boolean {
  const label = ([s, e]: [number, number]) => /^[^\d０-９]*/.exec(sentence.slice(s, e).replace(/^其中[：:]?/, ""))![0];
  const [first, second] = [label(a), label(b)];
  return first.length >= 3 && second.length >= 3 && first !== second && first.slice(-2) === second.slice(-2);
}

/** Between a figure and the next, 即 saying the same again in another unit: "增产二千二百万吨，即百分之七点八", "增长966,485,000元，即增长3.68%". */
const RESTATED = new RegExp(`^\\s*[，,]\\s*即\\s*(?:${CHANGE_VERB})?了?\\s*$`);

/**
 * A figure that restates the one before it ("比上一年增产二千二百万吨，即百分之七点八") says what that one says: its
 * role, year and kind, and it speaks of the same subject in the same words (its clause runs from the one before's).
 */
export function restateFigures(sentence: string, facts: Fact[]): void {
  for (let i = 1; i < facts.length; i++) {
    const [before, fact] = [facts[i - 1]!, facts[i]!];
    if (!RESTATED.test(sentence.slice(before.figure.end, fact.figure.start))) continue;
    // With a change verb of its own, only a change restates a change ("已经有四十四万人，即增加一倍多" says what the
    // level came to).
    if (fact.role === "change" && before.role !== "change") continue;
    Object.assign(fact, {
      role: before.role,
      year: before.year,
      yearSource: before.yearSource,
      kind: before.kind,
      multiYear: before.multiYear,
      // Its words are the figure before's, and then its own.
      segment: [before.segment[0], fact.segment[1]],
      clause: [before.clause[0], fact.clause[1]],
      parentClause: before.parentClause,
    });
  }
}

/** The metric head a clause's label ends in, right before its first figure (two clauses with the same one measure one thing). */
function metricHeadOf(sentence: string, [s, e]: [number, number]): string | undefined {
  return METRIC_HEAD_AT_END.exec(/^[^\d０-９]*/.exec(sentence.slice(s, e))![0])?.[0];
}

export function clauseSpans(sentence: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const bracketed = insideBrackets(sentence);
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    // "2343个县（市、区）开展…试点": a mark inside brackets breaks no clause.
    if (bracketed[at]) continue;
    // A comma between digits is a thousands separator, not a clause break.
    if (m[0] === "," && /\d/.test(sentence[at - 1] ?? "") && /\d/.test(sentence[at + 1] ?? "")) continue;
    // "其中：A、B": the colon opens the list, it does not end a clause.
    if (/[：:]/.test(m[0]) && sentence.slice(0, at).endsWith("其中")) continue;
    if (at > start) spans.push([start, at]);
    start = at + m[0].length;
  }
  if (start < sentence.length) spans.push([start, sentence.length]);
  // "二万六千多个大规模的、工农商学兵相结合的、政社合一的人民公社": modifiers joined by 、 still
  // await their noun, so a clause ending in 的 runs on into the next.
  for (let i = spans.length - 2; i >= 0; i--) {
    const [s, e] = spans[i]!;
    if (sentence[e - 1] === "的" && sentence[e] === "、") spans.splice(i, 2, [s, spans[i + 1]![1]]);
  }
  return spans.length ? spans : [[0, sentence.length]];
}

/** Words that leave something out of a figure: 不含, 不包括…在内. */
const EXCLUDED = /不含|不包括|未含|未包括|不计/;

/**
 * A figure in brackets that open right after another figure is a part of it: "政府债务限额7016194万元
 * （一般债务限额2068994万元、专项债务限额4947200万元）", "债券465.6亿元（含再融资债券226亿元）".
 */
export function breaksDownFigure(sentence: string, figures: readonly FigureSpan[], figure: FigureSpan): boolean {
  const open = Math.max(sentence.lastIndexOf("（", figure.start), sentence.lastIndexOf("(", figure.start));
  if (open < 0 || /[）)]/.test(sentence.slice(open, figure.start))) return false;
  // What the figure leaves out is no part of it: "农业产值达到七百八十三亿元（社办工业的产值一百亿元不包括在内）".
  const close = sentence.slice(open).search(/[）)]/);
  if (EXCLUDED.test(sentence.slice(open, close < 0 ? undefined : open + close))) return false;
  return figures.some((f) => f.end === open);
}

/**
 * For each offset of a text, whether it stands inside round brackets that hold no figure: "县（市、区）"
 * names one thing, where "(其中:教师4616人次、校长169人次)" lists parts, each with its figure.
 */
function insideBrackets(text: string): boolean[] {
  const inside: boolean[] = new Array(text.length).fill(false);
  for (const m of text.matchAll(/[（(][^（()）]*[）)]/g)) {
    if (/\d/.test(m[0])) continue;
    for (let i = m.index ?? 0; i < (m.index ?? 0) + m[0].length; i++) inside[i] = true;
  }
  return inside;
}

/** A clause saying how much of the plan the figure before came to: "为调整预算的95.64%". */
// (…with the plan's own amount perhaps: "占年初预算84.17亿元的108.23%".)
const PLAN_SHARE_CLAUSE = new RegExp(`^\\s*(?:${PLAN_SHARE_LEAD.source}|(?:为|完成|达到?|占)(?:${alternation("plan-words")})[\\d.,]+[万亿]*元的)`);

/** A clause saying by how much the figure before passed the plan: "超过年度计划百分之四点一" (gwr-1958). */
const PLAN_EXCEEDED_CLAUSE = new RegExp(`^\\s*${EXCEEDED}(?:${alternation("plan-words")})`);

/** What a clause says before its figure when it names nothing: "预计达到", "实现". */
const NAMES_NOTHING = new RegExp(`^(?:${alternation("non-subject-words", "size-nouns")}|\\s)*$`);
/** A clause that only says what a figure before or after includes: "包括原有企业和新建企业的在内". */
const INCLUSION_ASIDE = /^\s*包括[^，,；;。]*在内\s*$/;

/**
 * A clause whose words beside its figures name nothing ("预计达到六百二十八亿一千万元（按…计算）"), or one only saying what
 * is included. Not a figure alone (an item of a list, "536亿元"), nor one whose noun follows it ("41个…安置区全部建成").
 */
function namesNothing(clause: string): boolean {
  const bare = withoutAnyAsides(clause);
  const figures = extractFigures(bare);
  if (figures.length === 0) return INCLUSION_ASIDE.test(clause);
  let rest = bare;
  for (const f of [...figures].reverse()) rest = rest.slice(0, f.start) + rest.slice(f.end);
  return /\p{Script=Han}/u.test(rest) && NAMES_NOTHING.test(rest.replace(/[\s\p{P}]+/gu, ""));
}
