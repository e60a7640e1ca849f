/**
 * Makes the Word and PDF fixtures in test/fixtures/formats/ from real report text: excerpts of
 * corpus/gwr/gwr-2019.txt and the seed page, ingested by the real pipeline, written as HTML
 * (title h1, section headings h2/h3, paragraphs p), then converted by LibreOffice as an office
 * would: HTML → .docx → .pdf. Also a password-protected PDF (qpdf), a scanned PDF without a text
 * layer (a page rendered to an image by pdftoppm, then made a PDF by img2pdf) and a Word 97-2003 .doc.
 *
 * And a PDF set in a standard Chinese font that is not embedded (STSong-Light, by ReportLab), as
 * many Chinese tools write them: its text needs Adobe's CMaps.
 *
 * Run once, by hand: `npm run fixtures:formats`. It needs Debian's libreoffice-writer-nogui, qpdf,
 * poppler-utils, img2pdf, fonts-noto-cjk and python3-reportlab; the tests read the committed files
 * and need none of them.
 */
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ingestFile, isRejected } from "../src/ingest/ingest.ts";
import type { IngestedReport, Paragraph } from "../src/ingest/types.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CORPUS = join(ROOT, "corpus");
const OUT = join(ROOT, "test", "fixtures", "formats");

/** Which paragraphs of which report go into each fixture (indexes into the ingested paragraphs). */
const EXCERPTS = [
  { name: "gwr-2019-excerpt", file: "gwr/gwr-2019.txt", paragraphs: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], signature: null },
  { name: "haidong-excerpt", file: "seed/haidong-2020-education-self-assessment.txt", paragraphs: [7, 8], signature: "2020年11月26日" },
] as const;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The excerpt as a web page: each change of section path opens h2 (outer) / h3 (inner) headings. */
function excerptHtml(report: IngestedReport, paragraphs: Paragraph[], signature: string | null): string {
  const body: string[] = [`<h1>${escapeHtml(report.report.title)}</h1>`];
  let open: string[] = [];
  for (const p of paragraphs) {
    // A paragraph's own inline heading ("(一)深化教育综合改革。…") is part of its text, not a heading line.
    const path = p.headings.filter((h) => !p.text.startsWith(h));
    path.forEach((heading, depth) => {
      if (open[depth] === heading) return;
      body.push(`<h${Math.min(depth + 2, 6)}>${escapeHtml(heading)}</h${Math.min(depth + 2, 6)}>`);
    });
    open = path;
    body.push(`<p>${escapeHtml(p.text)}</p>`);
  }
  if (signature) body.push(`<p style="text-align:right">${escapeHtml(signature)}</p>`);
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(report.report.title)}</title></head>\n<body>\n${body.join("\n")}\n</body></html>\n`;
}

/** ReportLab: a title, then the paragraphs, in STSong-Light (one of the PDF standard CJK fonts, not embedded). */
const STANDARD_FONT_PDF = `
import json, sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
title, paragraphs, out = json.load(open(sys.argv[1]))
body = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=18, firstLineIndent=22, wordWrap="CJK")
head = ParagraphStyle("head", fontName="STSong-Light", fontSize=16, leading=24, alignment=1)
story = [Paragraph(title, head), Spacer(1, 12)] + [Paragraph(p, body) for p in paragraphs]
SimpleDocTemplate(out, pagesize=A4).build(story)
`;

function run(command: string, args: string[], cwd: string): void {
  execFileSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), "zhaoshu-fixtures-"));
  await mkdir(OUT, { recursive: true });
  try {
    for (const excerpt of EXCERPTS) {
      const result = await ingestFile(CORPUS, excerpt.file);
      if (isRejected(result)) throw new Error(`${excerpt.file}: ${result.reason}`);
      const paragraphs = excerpt.paragraphs.map((i) => result.paragraphs[i]!);
      const html = excerptHtml(result, paragraphs, excerpt.signature);
      await writeFile(join(OUT, `${excerpt.name}.html`), html);
      await writeFile(join(work, `${excerpt.name}.html`), html);
      run("soffice", ["--headless", "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, `${excerpt.name}.html`], work);
      run("soffice", ["--headless", "--convert-to", "pdf:writer_pdf_Export", "--outdir", work, `${excerpt.name}.docx`], work);
      await copyFile(join(work, `${excerpt.name}.docx`), join(OUT, `${excerpt.name}.docx`));
      await copyFile(join(work, `${excerpt.name}.pdf`), join(OUT, `${excerpt.name}.pdf`));
    }
    const seed = EXCERPTS[1].name;
    // A standard Chinese font, not embedded: the seed excerpt's paragraphs.
    const haidong = await ingestFile(CORPUS, EXCERPTS[1].file);
    if (isRejected(haidong)) throw new Error(haidong.reason);
    const job = join(work, "standard-font.json");
    await writeFile(
      job,
      JSON.stringify([haidong.report.title, EXCERPTS[1].paragraphs.map((i) => escapeHtml(haidong.paragraphs[i]!.text)), join(OUT, "standard-cjk-font.pdf")]),
    );
    run("python3", ["-c", STANDARD_FONT_PDF, job], work);
    // Password-protected: AES-256, user password "secret".
    run("qpdf", ["--encrypt", "secret", "owner-secret", "256", "--", `${seed}.pdf`, join(OUT, "password-protected.pdf")], work);
    // Scanned: the first page as a picture, no text layer.
    run("pdftoppm", ["-r", "50", "-f", "1", "-l", "1", "-singlefile", "-png", `${seed}.pdf`, "scan"], work);
    run("img2pdf", ["scan.png", "-o", "scan.pdf"], work);
    await copyFile(join(work, "scan.pdf"), join(OUT, "scanned.pdf"));
    // Word 97-2003: not read (the admin is told to save it as .docx).
    run("soffice", ["--headless", "--convert-to", "doc:MS Word 97", "--outdir", work, `${seed}.docx`], work);
    await copyFile(join(work, `${seed}.doc`), join(OUT, "word-97.doc"));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  console.log(`Fixtures written to ${OUT}`);
}

await main();
