/** Puts placeholders where tables were taken out; every other character of the text stays as it was. */
import { tablePlaceholder, type Table } from "./table.ts";

export interface Cut {
  /** Offsets of what the table replaces: its caption and unit lines, the table itself. */
  start: number;
  end: number;
  table: Table;
  /** Text that was inside the table but is not part of it (its notes), put back after the placeholder. */
  after?: string;
}

/**
 * @param first the number of the first table: tables already taken out of this text by another
 *   extractor keep theirs (extractMarkdownTables, then extractHtmlTables on its result)
 */
export function spliceTables(text: string, cuts: readonly Cut[], first: number): { text: string; tables: Table[] } {
  const sorted = [...cuts].sort((a, b) => a.start - b.start);
  const tables: Table[] = [];
  let out = "";
  let at = 0;
  for (const cut of sorted) {
    if (cut.start < at) continue; // overlapping cuts cannot happen; keep the first if they do
    out += text.slice(at, cut.start) + tablePlaceholder(first + tables.length);
    if (cut.after) out += `${cut.after}\n\n`;
    tables.push(cut.table);
    at = cut.end;
  }
  return { text: out + text.slice(at), tables };
}
