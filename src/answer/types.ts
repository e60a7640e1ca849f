/** The answer shape of the command-line contract (`npm run ask -- --jsonl`), shared by the CLI and the bot. */

import type { Genre } from "../ingest/types.ts";

export type FigureKind = "actual" | "target";

export interface Figure {
  /**
   * The figure as printed in the report (after full-width digits were made half-width): "95.62%",
   * "近20亿元"; a table cell printed bare with the unit its table states for it: "1,631,971万元".
   */
  text: string;
  /** Numeric value in the printed unit: 95.62 for "95.62%", 1.18 for "1.18万亿元". */
  value: number;
  /** Unit as printed, magnitude included: "%", "万亿元", "万人", "个百分点". */
  unit: string;
  /** The year the figure is about, when known. */
  year: number | null;
  /** A span the figure is about ("2016—2020" for 十三五), when it is about several years; else absent. */
  period?: string;
  /** The place the figure is about: its sentence's subject, or its report's place ("海东市", "全国"); "" when unknown. */
  place: string;
  /** 近/约/超过/以上/左右/多… as printed; "" when none. */
  qualifier: string;
  kind: FigureKind;
  /**
   * The words that govern the figure, from its clause ("高中阶段毛入学率"), when the engine
   * states them; absent, the reply reads them again from the sentence (format.ts metricLabel).
   */
  metric?: string;
}

export interface ReportRef {
  title: string;
  /** Path relative to the corpus folder. */
  file: string;
  date: string;
  /** The document model (ingest/document-model.ts): 工作报告 | 统计公报 | 预算决算 | 自评督导 | 规划 | 其他. */
  genre?: Genre;
  /** The place the report is about ("合肥市", "全国"); "" when unknown. */
  place?: string;
  /** The years its actual figures describe ("2024", "2021—2025"); "" when unknown. */
  period?: string;
  /** Publication date as printed (2025-03-28, 2023-03); "" when the report does not say. */
  published?: string;
}

export interface Candidate {
  found: boolean;
  figure: Figure | null;
  sentence: string;
  paragraph: string;
  report: ReportRef;
  /** Section path, "二、主要成效 › (六)统筹各级各类教育健康发展"; "" when the paragraph has no heading. */
  heading: string;
  score: number;
  /** Words of the question that were found in the sentence, for highlighting. */
  matched: string[];
}

/** One period of a series: its figure (null when no report states it: never filled in), sentence and report. */
export interface SeriesPoint {
  year: number;
  /** The figure is a later report's revision of an earlier one's (the table marks it 修订). */
  revised?: boolean;
  figure: Figure | null;
  sentence: string;
  paragraph: string;
  report: ReportRef;
  heading: string;
}

/** One side of a comparison (a year or a place), as a series point is. */
export interface ComparisonItem {
  /** How the reply names it: "2019年", "合肥市". */
  label: string;
  place: string;
  year: number | null;
  figure: Figure | null;
  sentence: string;
  paragraph: string;
  report: ReportRef;
  heading: string;
}

export interface Answer extends Candidate {
  query: string;
  alternatives: Candidate[];
  /** "series" (one figure per period), "comparison" (figures side by side), or absent for one figure. */
  kind?: "series" | "comparison";
  /** What a series or comparison is of, as asked ("粮食产量", "赤字率"): its headline. */
  subject?: string;
  /** In period order; the top-level fields are the latest point's that has a figure. */
  series?: SeriesPoint[];
  /** A note on the series: "只列最近15年" when the span asked was longer. */
  seriesNotice?: string;
  /** In the order asked; the top-level fields are the first item's that has a figure. */
  items?: ComparisonItem[];
  /**
   * Between the first two items, when both have a figure in the same unit and of the same kind:
   * the second less the first, worked out here and so labelled 计算值 ("+2.1个百分点").
   */
  difference?: string;
  /**
   * An earlier report's different figure for the same metric, place and year, which the answer's
   * later report revises (a preliminary GDP against the final one). Absent when there is none.
   */
  revises?: Candidate;
  /**
   * A later report's different figure for the same metric, place and year (a revised GDP, a
   * five-year review's level): shown beside the answer, and the one a series takes. Absent when
   * there is none.
   */
  revisedBy?: Candidate;
  /** The question as understood when the message followed up on an earlier one ("2018年 城镇新增就业"). */
  understood?: string;
  /**
   * The part of a long message that was searched (question/message.ts), when not the whole: the
   * reply says the rest was not read. Absent for a message searched whole.
   */
  asked?: string;
  /**
   * "no-words": the message had no word to search ("？？", an emoji): the reply is the usage hint.
   * "ambiguous": figures that answer exactly as well disagree (a city's and its government's own,
   * neither named): the reply offers them as passages and asks which is meant.
   */
  notice?: "no-words" | "ambiguous";
  /**
   * Other places (or years) whose figure answers the question about as well, offered first among
   * the alternatives ("南京市", "2023年"): the reply names them. Absent when there are none.
   */
  alsoFor?: string[];
}
