/** What ingest produces from one corpus file: the report's identity and its paragraphs. */

export interface Report {
  /** Path relative to the corpus folder, with forward slashes: the report's id. */
  file: string;
  title: string;
  /** ISO date (2020-11-26) or a bare year (2019) when only the year is known; "" when unknown. */
  date: string;
  /** The year the report speaks from: 今年 means this year, 去年 the year before. Null when unknown. */
  year: number | null;
  /** Publisher or site, when the file says so. */
  source: string;
}

export interface Paragraph {
  /** Section headings above the paragraph, outermost first: ["二、主要成效", "(六)统筹各级各类教育健康发展"]. */
  headings: string[];
  /** The cleaned paragraph text, lines broken mid-sentence joined. */
  text: string;
  /** The paragraph cut into sentences (on 。！？ and their ASCII forms); joined they give `text`. */
  sentences: string[];
}

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
}

/** A reader's refusal: the kind and the words for the admin. */
export interface SourceError {
  kind: RejectKind;
  reason: string;
}
