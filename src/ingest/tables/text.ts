/**
 * Tables out of PDF text: `pdftotext -layout` output (cells in columns, layout.ts) and plain
 * `pdftotext` output (a cell a line, cell-lines.ts). Each table, with its caption and unit line,
 * is replaced by a placeholder; every other line stays as it was.
 */
import { cellLineTableCuts } from "./cell-lines.ts";
import { layoutTableCuts } from "./layout.ts";
import { textLines } from "./lines.ts";
import { spliceTables } from "./splice.ts";
import type { Table } from "./table.ts";

/**
 * @param first number of the first placeholder (tables taken out of this text before)
 */
export function extractTextTables(text: string, first = 0): { text: string; tables: Table[] } {
  const lines = textLines(text);
  const columned = layoutTableCuts(lines);
  const lined = cellLineTableCuts(lines).filter((cut) => !columned.some((c) => cut.start < c.end && c.start < cut.end));
  return spliceTables(text, [...columned, ...lined], first);
}
