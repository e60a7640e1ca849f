import type { Table } from "./tables/table.ts";

/** What ingest produces from one corpus file: the report's identity and its paragraphs. */

/** What a report is: it decides which year an undated figure is about, and whether it is a plan. */
export type Genre = "工作报告" | "统计公报" | "预算决算" | "自评督导" | "规划" | "其他";

export interface ReportPlace {
  /** With its parents where needed: 安徽省合肥市, 上海市普陀区, 四川省; 全国 for the country. */
  name: string;
  /** GB/T 2260 code ("0" for the country). */
  code: string;
  level: "country" | "province" | "city" | "county";
}

export interface Report {
  /** Path relative to the corpus folder, with forward slashes: the report's id. */
  file: string;
  /** As printed; made up from place, year and genre when the report prints none ("北京市2024年政府工作报告"). */
  title: string;
  /** ISO date (2020-11-26), a month (2023-03) or a bare year (2019), as precise as known; "" when unknown. */
  date: string;
  /** The year the report speaks from: 今年 means this year, 去年 the year before. Null when unknown. */
  year: number | null;
  /** Publisher or site, when the file says so. */
  source: string;
  genre: Genre;
  /** The issuing body as printed: "合肥市统计局 国家统计局合肥调查队", "国务院"; "" when not said. */
  issuer: string;
  /** The place the report is about; null when it cannot be told. */
  place: ReportPlace | null;
  /** The years its actual figures describe: a work report of 2019 reviews 2018; a 2024 bulletin states 2024. */
  period: { from: number; to: number } | null;
  /** The publication (or signature, or delivery) date as printed; "" when the report does not say. */
  published: string;
}

/** What a table row's figures are read with: its table's caption and unit, and each column's header. */
export interface TableRowContext {
  /** "表4  2022年南京进出口情况" ("" when the table has none). */
  title: string;
  /** The table's unit ("万元"), applied to a figure whose column and row give none; "" when none. */
  unit: string;
  /** Each column's header, its header rows joined outermost first ("2022年 金额（亿元）"): as many as the row's cells. */
  columns: string[];
}

export interface Paragraph {
  /** Section headings above the paragraph, outermost first: ["二、主要成效", "(六)统筹各级各类教育健康发展"]. */
  headings: string[];
  /** The cleaned paragraph text, lines broken mid-sentence joined. */
  text: string;
  /** The paragraph cut into sentences (on 。！？ and their ASCII forms); joined they give `text`. */
  sentences: string[];
  /** A table row: its cells joined by TABLE_CELL_SEPARATOR in `text` (one sentence), and what they are read with. */
  table?: TableRowContext;
}

/** Between the cells of a table row in its paragraph's text. */
export const TABLE_CELL_SEPARATOR = " | ";

export interface IngestedReport {
  report: Report;
  paragraphs: Paragraph[];
}

/** Why a corpus file could not be used, as a code (the table groups by it; tests check it). */
export type RejectKind =
  | "unsupported" // a file type ingest does not read (.doc, .xlsx, .png…)
  | "too-large" // over the size limit: not read at all
  | "unreadable" // the file system refused it
  | "empty"
  | "binary" // a text file that holds binary data
  | "undecodable" // neither UTF-8 nor GBK/GB18030 (or UTF-16)
  | "password" // a password-protected PDF or Word file
  | "damaged" // a PDF or Word file that cannot be opened (truncated, corrupt, not what its name says)
  | "no-text" // nothing left after cleaning, or a PDF without a text layer (a scan)
  | "duplicate"; // the same content as another corpus file

/** A corpus file that could not be used, and why, in words an admin understands. */
export interface RejectedFile {
  file: string;
  kind: RejectKind;
  reason: string;
  /** A duplicate: the corpus file whose content it repeats. */
  duplicateOf?: string;
  /** Too large: its size and the limit, in bytes. */
  size?: { bytes: number; limit: number };
}

/**
 * What a format reader (text, HTML, Word, PDF) hands to ingestText: the report's text, one
 * paragraph candidate per line, blocks separated by blank lines, and the lines the format itself
 * marks as headings (Word heading styles, larger type in a PDF, Markdown #) with their level.
 */
export interface ReportSource {
  text: string;
  headings?: ReadonlyMap<string, number>;
  /** Tables taken out of the text, each standing there as a placeholder line (tables/table.ts). */
  tables?: readonly Table[];
}

/** A reader's refusal: the kind and the words for the admin. */
export interface SourceError {
  kind: RejectKind;
  reason: string;
}
