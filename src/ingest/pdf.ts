/**
 * PDF (with a text layer) → report text. unpdf (PDF.js) gives positioned runs of text per page;
 * layoutPdf (pure) puts them back into lines, drops page numbers and running headers/footers,
 * and cuts the lines into paragraphs by the signs a printed page gives: a larger vertical gap, a
 * first-line indent, a short last line ending a sentence, a change of type size. Lines in larger
 * type than the body are headings. A PDF without text (a scan) or with a password is refused.
 */
import { fileURLToPath } from "node:url";
import type { ReportSource, SourceError } from "./types.ts";
import { columnPieces } from "./pdf-columns.ts";
import { HEADING_SIZE_RATIO, mode, percentile } from "./pdf-metrics.ts";
import { cellsOf, pdfTables, type PdfCell } from "./pdf-tables.ts";
import { PAGE_NUMBER } from "./repair.ts";
import { tablePlaceholder, type Table } from "./tables/table.ts";

/**
 * Adobe's CMaps for Chinese (the GB, CNS and Big5 ones and Adobe-GB1/CNS1-UCS2), as pdfjs-dist
 * 5.6.205 ships them (see data/cmaps/LICENSE). A PDF set in a standard Chinese font that is not
 * embedded (STSong-Light with UniGB-UCS2-H, as many Chinese tools write them) has no text for
 * PDF.js without them.
 */
const CMAPS = fileURLToPath(new URL("data/cmaps/", import.meta.url));

/** A run of text as PDF.js places it: x, y of its baseline start (y grows upwards), its width and type size. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPage {
  runs: PdfRun[];
}

/** Fewer printable characters than this in the whole file: no text layer (a scanned document). */
const MIN_TEXT_CHARS = 20;
/** More of the text than this in private-use or replacement characters: a text layer without Unicode. */
const MAX_UNREADABLE_SHARE = 0.2;

export async function readPdf(bytes: Uint8Array): Promise<ReportSource | SourceError> {
  let pdf;
  try {
    // A copy: PDF.js may take over (detach) the buffer it is given.
    // Loaded on first use, as mammoth is for Word: most runs read no PDF, and PDF.js takes a while to import.
    const { getDocumentProxy } = await import("unpdf");
    pdf = await getDocumentProxy(new Uint8Array(bytes), {
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      cMapUrl: CMAPS,
      cMapPacked: true,
    });
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === "PasswordException") {
      return { kind: "password", reason: "password-protected PDF: save a copy without the password and add that" };
    }
    return { kind: "damaged", reason: `damaged PDF (cannot be opened: ${firstLine(error)})` };
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        // Upright text only; rotated stamps and watermarks are not report text.
        if (Math.abs(b ?? 0) > 0.01 || Math.abs(c ?? 0) > 0.01) continue;
        runs.push({ text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, size: Math.abs(d ?? a ?? 0) || item.height });
      }
      pages.push({ runs: withoutOverprint(runs) });
      page.cleanup();
    }
    const text = pages
      .map((p) => p.runs.map((r) => r.text).join(""))
      .join("")
      .replace(/\s/g, "");
    if (text.length < MIN_TEXT_CHARS) {
      return { kind: "no-text", reason: "no text found in the PDF (a scanned image? run it through OCR, or add the Word or text version)" };
    }
    // Fonts without a map to Unicode give private-use or replacement characters instead of text.
    const unreadable = (text.match(/[\ue000-\uf8ff\ufffd\u0000-\u001f]/g) ?? []).length;
    if (unreadable / text.length > MAX_UNREADABLE_SHARE) {
      return { kind: "no-text", reason: "the PDF's text cannot be read (its fonts do not map to Unicode): add the Word or text version" };
    }
    return layoutPdf(pages);
  } catch (error) {
    return { kind: "damaged", reason: `damaged PDF (${firstLine(error)})` };
  } finally {
    await pdf.destroy();
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.trim();
}

// ── Layout (pure) ────────────────────────────────────────────────────────────

interface Line {
  page: number;
  text: string;
  /** Its runs as cells: runs set apart by a visible gap (pdf-tables.ts). */
  cells: PdfCell[];
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Characters around which a space in a PDF is only typesetting (CJK/Latin auto-spacing). */
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019";
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+|[ \\t\\u00a0]+(?=[${CJK}])`, "gu");
const SENTENCE_END = /[。！？；：…”」』!?;:）)]$/;

export function layoutPdf(pages: PdfPage[]): ReportSource {
  const lines = dropRunningLines(pages.map((page, n) => toLines(page, n)));
  const body = bodyMetrics(lines);
  const headings = new Map<string, number>();
  const headingSizes = [...new Set(lines.filter((l) => isHeadingSize(l, body.size)).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const spans = new Map(pdfTables(lines).map((span) => [span.first, span]));
  const tables: Table[] = [];

  const blocks: { text: string; heading: boolean; size: number }[] = [];
  let previous: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const span = spans.get(i);
    if (span) {
      // A table stands as its placeholder, a paragraph of its own; its notes follow it.
      blocks.push({ text: tablePlaceholder(tables.length).trim(), heading: false, size: line.size });
      if (span.after) blocks.push({ text: span.after.trim(), heading: false, size: line.size });
      tables.push(span.table);
      i = span.last;
      previous = null;
      continue;
    }
    const heading = isHeadingSize(line, body.size);
    const current = blocks.at(-1);
    if (current && previous && !startsBlock(previous, line, body)) {
      current.text = joinLines(current.text, line.text);
    } else {
      blocks.push({ text: line.text, heading, size: line.size });
    }
    previous = line;
  }
  for (const block of blocks) {
    if (block.heading) headings.set(block.text, headingSizes.indexOf(Math.round(block.size)) + 1);
  }
  return { text: blocks.map((b) => b.text).join("\n\n"), headings, ...(tables.length > 0 ? { tables } : {}) };
}

function isHeadingSize(line: Line, bodySize: number): boolean {
  return line.size > bodySize * HEADING_SIZE_RATIO;
}

/** How near (in type sizes) a run printed again must stand to the first to be one printed over it. */
const OVERPRINT_OFFSET = 0.3;

/**
 * The runs without those printed twice over themselves, a hair apart: the fake bold of a heading
 * ("（（六六））晋城经济技术开发区预算执行情况晋城经济技术开发区预算执行情况" read as both prints).
 */
export function withoutOverprint(runs: readonly PdfRun[]): PdfRun[] {
  const seen = new Map<string, PdfRun[]>();
  const kept: PdfRun[] = [];
  for (const printed of runs) {
    const run = withoutRepeatedStart(printed, kept.at(-1));
    if (run.text === "") continue;
    const same = seen.get(run.text) ?? [];
    const near = (other: PdfRun) => Math.abs(other.x - run.x) < run.size * OVERPRINT_OFFSET && Math.abs(other.y - run.y) < run.size * OVERPRINT_OFFSET;
    if (run.text.trim() !== "" && same.some(near)) continue;
    same.push(run);
    seen.set(run.text, same);
    kept.push(run);
  }
  return kept;
}

/**
 * A run printed over the end of the one before it on its line, its first characters those same
 * characters ("（六" then "六）" a character to the right): without them ("）"), where they stand.
 */
function withoutRepeatedStart(run: PdfRun, before: PdfRun | undefined): PdfRun {
  if (!before || Math.abs(before.y - run.y) >= run.size * OVERPRINT_OFFSET || run.size <= 0) return run;
  const overlap = before.x + before.width - run.x;
  const characters = Math.round(overlap / run.size);
  if (characters < 1 || characters > run.text.length || !before.text.endsWith(run.text.slice(0, characters))) return run;
  const trimmed = characters * run.size;
  return { ...run, text: run.text.slice(characters), x: run.x + trimmed, width: Math.max(0, run.width - trimmed) };
}

/** Runs → lines, in reading order: a page set in columns column by column (pdf-columns.ts). */
function toLines(page: PdfPage, pageNumber: number): Line[] {
  return columnPieces(page).flatMap((piece) => linesOf(piece, pageNumber));
}

/** Runs → lines: runs whose baselines are within half a type size of each other, left to right. */
function linesOf(page: PdfPage, pageNumber: number): Line[] {
  const runs = [...page.runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const run of runs) {
    const group = groups.at(-1);
    if (group && Math.abs(group[0]!.y - run.y) <= Math.max(group[0]!.size, run.size) * 0.5) group.push(run);
    else groups.push([run]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    for (const run of group) {
      // A visible gap between two Latin runs is a word space the PDF did not write out.
      if (text && run.x - end > run.size * 0.25 && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(run.text)) text += " ";
      text += run.text;
      end = run.x + run.width;
    }
    text = text
      .replace(SPACE_BY_CJK, "")
      .replace(/[ \t\u00a0]+/g, " ")
      .trim();
    if (!text) continue;
    const printed = group.filter((r) => r.text.trim() !== "");
    lines.push({
      page: pageNumber,
      text,
      cells: cellsOf(printed),
      x0: Math.min(...printed.map((r) => r.x)),
      x1: Math.max(...printed.map((r) => r.x + r.width)),
      y: group[0]!.y,
      size: Math.max(...printed.map((r) => r.size)),
    });
  }
  return lines;
}

/**
 * Page numbers, and headers or footers repeated on at least half the pages (three or more) as the
 * first or last line of the page ("国务院公报 2019年第9号", digits aside), are not report text.
 */
function dropRunningLines(pages: Line[][]): Line[] {
  const edges = pages.map((lines) => new Set([lines[0], lines.at(-1)].filter((l): l is Line => l !== undefined)));
  const shape = (line: Line) => line.text.replace(/\d+/g, "#");
  const seen = new Map<string, number>();
  for (const edge of edges) {
    for (const text of new Set([...edge].map(shape))) seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  const repeated = (line: Line) => pages.length >= 3 && (seen.get(shape(line)) ?? 0) >= Math.max(3, pages.length / 2);
  return pages.flatMap((lines, n) => lines.filter((line) => !(edges[n]!.has(line) && (PAGE_NUMBER.test(line.text) || repeated(line)))));
}

interface BodyMetrics {
  size: number;
  left: number;
  right: number;
  spacing: number;
}

/** Lines of prose hold clause marks; table cells and captions seldom do. */
const PROSE_MARKS = /[，。；]/;
/** How many prose lines make the prose's type size the body's (else every line's counts). */
const PROSE_LINES_MIN = 20;

/**
 * The body text's type size, left and right edges and line spacing: the most common ones. The size
 * is the prose's: a report whose appended tables are set smaller (guangdong-2024-final: prose at
 * 16pt, 42 pages of tables at 12pt) would otherwise have every line of its prose read as a heading.
 */
function bodyMetrics(lines: Line[]): BodyMetrics {
  const prose = lines.filter((l) => PROSE_MARKS.test(l.text));
  const sized = prose.length >= PROSE_LINES_MIN ? prose : lines;
  const size =
    mode(
      sized.map((l) => Math.round(l.size * 2) / 2),
      sized.map((l) => l.text.length),
    ) ?? 12;
  const body = lines.filter((l) => Math.abs(l.size - size) < 0.75);
  const left = mode(body.map((l) => Math.round(l.x0))) ?? 0;
  const right =
    percentile(
      body.map((l) => l.x1),
      0.9,
    ) ?? left + size * 30;
  const gaps: number[] = [];
  for (let i = 1; i < body.length; i++) {
    const a = body[i - 1]!;
    const b = body[i]!;
    if (a.page === b.page && a.y > b.y) gaps.push(Math.round((a.y - b.y) * 10) / 10);
  }
  const spacing = mode(gaps) ?? size * 1.5;
  return { size, left, right, spacing };
}

/** Does `line` start a new paragraph after `previous`? */
function startsBlock(previous: Line, line: Line, body: BodyMetrics): boolean {
  const previousHeading = isHeadingSize(previous, body.size);
  const heading = isHeadingSize(line, body.size);
  if (previousHeading !== heading || Math.abs(previous.size - line.size) > 0.75) return true;
  // Same page: a gap clearly larger than the line spacing is a paragraph break.
  if (previous.page === line.page && previous.y - line.y > body.spacing * 1.2) return true;
  // A first-line indent (Chinese documents indent two characters), or a centred or right-set line.
  if (line.x0 > body.left + line.size * 1.5) return true;
  // The previous line was centred or set right as well, and stood alone (a signature, a date). Not
  // a paragraph's indented first line that ends short because the next word would not fit.
  if (previous.x0 > body.left + previous.size * 3 && previous.x1 < body.right - previous.size * 2) return true;
  // A short last line that ends a sentence.
  return previous.x1 < body.right - previous.size * 2 && SENTENCE_END.test(previous.text);
}

/** Lines of one paragraph are joined without a space, except between two Latin words. */
function joinLines(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}
