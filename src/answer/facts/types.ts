/** The types of extractFacts (facts.ts): a Fact, its role, where its year was read, and the context a sentence is read in. */
import type { FigureSpan } from "../../zh/figures.ts";
import type { NamedPlace } from "../figure-place.ts";
import type { BudgetLevel } from "../budget-level.ts";
import type { FigureKind } from "../types.ts";
import type { Place } from "../../zh/places.ts";

export type FactRole = "level" | "before" | "change" | "share";
/** Where a fact's year was read: "report" when the report's date implies it (the start of a span it reviews). */
export type YearSource = "clause" | "sentence" | "paragraph" | "heading" | "report";

export interface Fact {
  figure: FigureSpan;
  /** Text governed by the figure alone: from the previous figure (or clause start) to the next. */
  segment: [number, number];
  /** The figure's clause (split on ，；：、 and before 其中/以及). */
  clause: [number, number];
  /** The clause before it, whose subject a clause without one inherits (其中-items too). */
  parentClause: [number, number] | null;
  /** An item of a 其中-list ("其中普通高中4项、义务教育46项"). */
  isItem: boolean;
  year: number | null;
  yearSource: YearSource | null;
  kind: FigureKind;
  role: FactRole;
  /** The figure speaks of several years: 五年累计, 过去五年, “十二五”时期. */
  multiYear: boolean;
  /**
   * A level a change started from or reached ("从45.3%上升到51.6%"): a point in time even in a span
   * of years, so it answers a question about one year as well as one about the span. "start" is
   * an old level dated by its span ("五年来…从54万亿元增加到82.7万亿元": 54万亿元 is 2012's).
   */
  spanPoint: "start" | "end" | null;
  /**
   * The years of the reviewed span a level reached ends, when the old level before it starts that span
   * ("过去五年…城乡居民医保人均财政补助标准从450元提高到610元": 5); else null. It answers "过去五年…提到多少".
   */
  spanYears: number | null;
  /**
   * "科技、教育、卫生和文化事业的支出分别为774亿元、536亿元、138亿元和123亿元": the list item this
   * figure belongs to, and its siblings (whose words are not this figure's).
   */
  listItem: {
    own: [number, number];
    siblings: Array<[number, number]>;
    part?: string;
    label?: string;
    /** For one part of a paired compound (城乡 → 城镇, 农村): that part, and the others. */
    pairPart?: { part: string; others: string[] };
  } | null;
  /** A table cell's row label (search form, its numbering dropped); absent for a sentence's figure. */
  rowLabel?: string;
  /** The place its sentence names for it (figure-place.ts); null: its report's place. */
  place: NamedPlace;
  /**
   * The budget level it is of (budget-level.ts): the nearest level word before it in its sentence,
   * else in its paragraph, else the one its section's heading names ("关于2019年市级政府性基金预算收入
   * 执行情况的说明").
   */
  budgetLevel: BudgetLevel | null;
  /** Its sentence has no subject and goes on about the zone the sentence before opened with (budget-level.ts ledInByZone). */
  ledInByZone?: boolean;
}

/** A span of years a review speaks of: its changes run from the level of `from` to that of `to`. */
export interface SentenceSpan {
  from: number;
  to: number;
}

export interface SentenceContext {
  /** Year the report speaks from (今年). */
  reportYear: number | null;
  /** Year named by the nearest heading above the paragraph ("一、2018年工作回顾"), if any. */
  headingYear: number | null;
  /** Whether the nearest headings read as plans (总体要求, 任务, 部署) rather than a review. */
  headingIsPlan: boolean;
  /** A year that opened an earlier sentence of the paragraph ("2019年,全市…"). */
  paragraphYear: number | null;
  /** An earlier sentence opened with a span of years (五年来, "十四五"时期) and no year took over since. */
  paragraphSpan: boolean;
  /** That span is an earlier paragraph's, the one announcing this one ("过去五年极不寻常…。" then "——…"). */
  spanInherited: boolean;
  /** The span of years this sentence or an earlier one of its paragraph opened with (五年来, "十三五"时期), dated. */
  span: SentenceSpan | null;
  /**
   * The span the section's heading reviews ("一、过去五年政府工作的回顾"), dated: the years the levels of a change
   * with no year of their own run between ("城镇居民人均住房建筑面积由17.8平方米增加到近22平方米": 1997's, then 2002's).
   */
  headingSpan?: SentenceSpan | null;
  /**
   * This sentence or an earlier one opened with a review of past years (过去五年, 五年来) and no
   * year took over since: what it states was done, even under a heading that also announces plans
   * ("二、“十三五”时期发展成就和“十四五”时期主要目标任务").
   */
  paragraphReviews: boolean;
  /**
   * For reports given at the start of their year (government work reports are dated by year
   * alone): figures about this year or later can only be plans.
   */
  plansFromYear: number | null;
  /** Figures about this year or later can only be plans (year-rules.ts plansOnlyFrom). */
  plansOnlyFromYear: number | null;
  /** The sentence before this one (the previous paragraph's last when this one opens a paragraph). */
  leadIn: string;
  /** The report's place, to tell namesakes apart (普陀区 of 上海 or of 舟山). */
  reportPlace: Place | null;
  /** The report is a plan (a budget): a figure is a target unless its words say it was done. */
  planDocument: boolean;
  /** The budget level an earlier sentence of the paragraph names, else the nearest heading naming one (市级, 全市), if any. */
  contextBudgetLevel: BudgetLevel | null;
}
