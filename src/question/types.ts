/** A question as understood: what the later stages (retrieve, read figures, rank) are given. */
import type { Place, PlaceLevel } from "../zh/places.ts";
import type { UnitClass } from "../zh/units.ts";

export interface QueryTerm {
  /** The word as typed (search form). */
  word: string;
  /** The word and its synonyms; a text matches the term when it contains any of them. */
  alternatives: string[];
  /** Place words (海东市, 全国) may be matched by the report as a whole. */
  isPlace: boolean;
  /** Plan periods (十二五) scope the whole paragraph, like a year. */
  isPeriod: boolean;
  /** Words that shape what is asked (总量, 规模) more than they name it: never the head, never missed. */
  isShape?: boolean;
  /** A figure typed in the question ("8.7万元" of 从人均8.7万元提高到多少): a word of the metric, never its answer. */
  isFigure?: boolean;
  /** What a share is asked of (GDP in 服务业占GDP比重): print often leaves it unsaid ("服务业比重…51.6%"). */
  isShareBase?: boolean;
  /**
   * Words a text may name it by that the search does not look for (投入强度 of a share of GDP asked: "研发经费投入强度
   * 2.5%以上"): too common to rank by, they only say, once a sentence is found, that it names the term.
   */
  namedAlsoBy?: readonly string[];
  /** Longer words asked beside it in a list that hold it (手工业 for 工业 in 工业和手工业总产值): it is found only outside them. */
  outside?: string[];
}

export interface Question {
  text: string;
  terms: QueryTerm[];
  /** "2019年报告", "2019年政府工作报告": only that report answers. */
  reportYear: number | null;
  /** "2018年城镇新增就业": the year the figure is about. */
  dataYear: number | null;
  /** "十二五": the years of the five-year plan asked about. */
  period: [number, number] | null;
  /** "1998到2002年…五年共计": a span of years was asked. */
  multiYear: boolean;
  /** The year the corpus speaks from (its latest report's), when known: a year before it is past. */
  present: number | null;
  /** 近五年, 过去三年, 本届: a span of this many recent years was asked (the latest a report states); else null. */
  recentSpan: number | null;
  wantedKind: "actual" | "target" | null;
  /** Unit classes the answer may have; empty when the question does not say. */
  wantedClasses: UnitClass[];
  /** The measure word asked for a count ("多少列" → 列, "几所" → 所); null for 个 (any) or none. */
  countedIn: string | null;
  /** The word the question counts, right after 多少个/几所 ("有多少个城市…": 城市); null: its metric's head. */
  counted: string | null;
  /**
   * An ordinal asked ("今年办第几届全运会": 届; "全国排第几": 位 or 名), as the measure words that may follow 第 and
   * its number in the answer (a regex alternation); null when none is asked.
   */
  ordinal: string | null;
  /** 增长/提高/涨…: a change or a rate is wanted, not a level. */
  asksChange: boolean;
  /** 比上年多多少, 同比增长多少: the change against a base named, which a level reached never answers. */
  changeAgainstBase: boolean;
  /** The year a change is asked against ("比1978年增长多少": 1978), or null. */
  baseYear: number | null;
  /** 占/比重/比例: a share is wanted. */
  asksShare: boolean;
  /** 原来, 原先: the level a change started from is wanted ("普及率原来多少": the 80% of 从80%提高到87%). */
  asksOldLevel: boolean;
  /** 完成预算的百分之几: the share of the plan done is wanted, not a share of anything else. */
  asksShareOfPlan: boolean;
  /**
   * A rate was allowed only because a target was asked of a metric measured otherwise ("收入预期多少":
   * money, but a target is most often set as a growth): where the plan states the amount, that wins.
   */
  rateImplied: boolean;
  /** 一共/总共/总计…: the total is wanted, not one of its items. */
  asksTotal: boolean;
  /** The place asked about (合肥 → 合肥市, 全国 → the country), or null. */
  place: Place | null;
  /** 全市, 我省: the level of the asker's own place, when the question names it only so. */
  scope: PlaceLevel | null;
}

/** What understanding a question may know of the corpus: the places its reports are about. */
export interface QuestionContext {
  places: readonly Place[];
  /** The year the corpus speaks from (its latest report's): 今年 is this year, 去年 the one before. */
  present: number | null;
  /** The year the latest report about a place speaks from, when the corpus has one. */
  presentOf?: (place: Place) => number | null;
  /** How many sentences of the corpus hold a bigram: a word it never prints may be a typo (typos.ts). */
  sentencesWith?: (gram: string) => number;
}
