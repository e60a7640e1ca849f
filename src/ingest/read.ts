/** Bytes → text: the encoding is detected, never guessed from the file name. HTML → plain text. */
import { decodeEntities } from "./html-entities.ts";
import { extractHtmlTables, type Table } from "./tables/index.ts";

export type DecodedReport = { text: string; encoding: "utf-8" | "gb18030" } | { error: string };

/** Bytes looked at to decide whether a file is binary. */
const SNIFF_BYTES = 8192;
/** Share of control bytes (other than tab, newline, carriage return, form feed) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.1;

export function decodeReportBytes(bytes: Uint8Array): DecodedReport {
  if (bytes.length === 0) return { error: "empty file" };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { error: "UTF-16 text is not supported: save the file as UTF-8" };
  }
  if (looksBinary(bytes)) return { error: "binary file" };

  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  // UTF-8 first: valid GBK text is almost never valid UTF-8, while the reverse is often true.
  const utf8 = tryDecode("utf-8", body);
  const decoded = utf8 !== null ? { text: utf8, encoding: "utf-8" as const } : tryDecodeGb(body);
  if (!decoded) return { error: "undecodable (not UTF-8 or GBK)" };
  if (/^[\s\u200b\u200d\ufeff]*$/.test(decoded.text)) return { error: "empty file" };
  return decoded;
}

function tryDecodeGb(bytes: Uint8Array): { text: string; encoding: "gb18030" } | null {
  const text = tryDecode("gb18030", bytes);
  return text === null ? null : { text, encoding: "gb18030" };
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}

/** True when text that came without an .html extension is a web page all the same. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/<!doctype\s+html|<html[\s>]/i.test(head)) return true;
  const tags = head.match(/<\/?(?:p|div|br|span|table|tr|td|body|head|li|h[1-6])\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 5;
}

const BLOCK_TAGS = /<\/?(?:p|div|br|li|tr|h[1-6]|table|ul|ol|section|article|header|footer|title)\b[^>]*>/gi;

/**
 * The meta tags a government site's pages carry by the national guideline for government websites
 * (政府网站发展指引: SiteName, ArticleTitle, PubDate): the article's own title, its site and date, where
 * the page's <title> may name only the site ("中山市财政局政务网站 - 中山市财政局政务网站").
 */
const ARTICLE_META = { title: "ArticleTitle", site: "SiteName", date: "PubDate" } as const;

function metaContent(html: string, name: string): string {
  const tag = new RegExp(`<meta\\s+[^>]*name\\s*=\\s*["']${name}["'][^>]*>`, "i").exec(html)?.[0] ?? "";
  return decodeEntities(/content\s*=\s*["']([^"']*)["']/i.exec(tag)?.[1] ?? "").trim();
}

/**
 * The page's <title> as the article's header: its ArticleTitle and SiteName when the page has them
 * ("中山市财政局2025年工作总结与2026年工作安排_中山市财政局"), and its PubDate as a publication line.
 */
function articleHeader(html: string): string | null {
  const title = metaContent(html, ARTICLE_META.title);
  if (!title) return null;
  const site = metaContent(html, ARTICLE_META.site);
  const date = /^\d{4}-\d{1,2}-\d{1,2}/.exec(metaContent(html, ARTICLE_META.date))?.[0];
  return [`${title}${site && !title.includes(site) ? `_${site}` : ""}`, ...(date ? [`发布日期：${date}`] : [])].join("\n");
}

/** Web page → text: scripts and styles dropped, block tags become line breaks, entities decoded. */
export function stripHtml(html: string): string {
  const header = articleHeader(html);
  if (header !== null) {
    const asMarkup = `<title>${header.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</title>`;
    html = /<title\b/i.test(html) ? html.replace(/<title\b[^>]*>[\s\S]*?<\/title\s*>/i, () => asMarkup) : asMarkup + html;
  }
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "")
      .replace(BLOCK_TAGS, "\n")
      .replace(/<[^>]*>/g, ""),
  );
}

/** One line of text from an HTML fragment: tags dropped, entities decoded, white space collapsed. */
function inlineText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ""))
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/**
 * Clean HTML (as mammoth makes from a Word file) → text with each block on its own lines and
 * blocks separated by blank lines, plus its h1…h6 as headings with their level. Not used for
 * scraped pages, whose h tags are often site chrome.
 */
export function htmlToSource(html: string): { text: string; headings: Map<string, number>; tables: Table[] } {
  const taken = extractHtmlTables(html);
  html = taken.html;
  const headings = new Map<string, number>();
  for (const match of html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi)) {
    const text = inlineText(match[2] ?? "");
    if (text && !headings.has(text)) headings.set(text, Number(match[1]));
  }
  // Heading content on one line, so the line is the heading text.
  const flat = html.replace(
    /<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1\s*>/gi,
    (_, level: string, inner: string) => `<h${level}>${inlineText(inner).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</h${level}>`,
  );
  return { text: stripHtml(flat).replace(/\n[ \t\u00a0]+\n/g, "\n\n"), headings, tables: taken.tables };
}
