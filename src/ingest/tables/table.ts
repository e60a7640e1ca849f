/**
 * A table as a report prints it, and how it travels through ingest: a format reader (HTML, Markdown,
 * Word, PDF text) takes each table out of the text, leaves a placeholder line in its place, and hands
 * the table on beside the text; structure.ts turns the placeholder back into one paragraph per body
 * row, whose figures are read with the row's and the columns' headers as their metric.
 */

export interface Table {
  /** The caption above it, as printed: "表3 2022年主要工业产品产量" ("" when none). */
  title: string;
  /** The unit of its figures from a unit line or the caption ("单位：万元" → "万元"; "" when none). */
  unit: string;
  /**
   * Header rows, outermost first, each as wide as the body rows: a cell spanning several columns
   * is repeated in each ("2022年" over "金额" and "比上年增长%"), an empty corner is "".
   * A column's header is its non-empty cells read top to bottom. From PDF text (tables/layout.ts)
   * a header row is a printed line, so a header cell wrapped over two lines is two rows' cells in
   * its column ("事业单位" above, "经营收入" below), and a rowspan cell stands in one row only.
   */
  header: string[][];
  /**
   * Body rows, cells as printed (trimmed, inner white space kept; "" for an empty cell). The
   * label columns name the row ("其中：一般贸易"; in a budget the classification codes too:
   * "201", "03", "01", "行政运行", codes that read as numbers but head no figure column). A row may
   * hold labels only ("二、事业收入" in a budget summary, its figure left blank).
   */
  rows: string[][];
}

/** The text a reader leaves where table `n` stood: a line of its own, between blank lines. */
export function tablePlaceholder(n: number): string {
  return `\n\n\uE000table ${n}\uE000\n\n`;
}

/** A placeholder line: group 1 is the table's number. */
export const TABLE_PLACEHOLDER_LINE = /^\uE000table (\d+)\uE000$/;
