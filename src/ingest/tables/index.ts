/**
 * Tables out of a report's text, each replaced by a placeholder line (table.ts) and handed back
 * as a Table: extractHtmlTables for web pages, Word (mammoth's HTML) and Markdown with HTML tables,
 * extractMarkdownTables for pipe tables, extractTextTables for PDF text. Text outside the tables
 * is left byte for byte as it was, but for the caption and unit lines taken into a table.
 */
export { extractHtmlTables } from "./html.ts";
export { extractMarkdownTables } from "./markdown.ts";
export { extractTextTables } from "./text.ts";
export { TABLE_PLACEHOLDER_LINE, tablePlaceholder, type Table } from "./table.ts";
