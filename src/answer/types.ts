/** The answer shape of the command-line contract (../shared/DESIGN.md), shared by the CLI and the bot. */

export type FigureKind = "actual" | "target";

export interface Figure {
  /** The figure as printed in the report (after full-width digits were made half-width): "95.62%", "近20亿元". */
  text: string;
  /** Numeric value in the printed unit: 95.62 for "95.62%", 1.18 for "1.18万亿元". */
  value: number;
  /** Unit as printed, magnitude included: "%", "万亿元", "万人", "个百分点". */
  unit: string;
  /** The year the figure is about, when known. */
  year: number | null;
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

export interface Answer extends Candidate {
  query: string;
  alternatives: Candidate[];
}
