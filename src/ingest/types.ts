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

/** A corpus file that could not be used, and why, in words an admin understands. */
export interface RejectedFile {
  file: string;
  reason: string;
}
