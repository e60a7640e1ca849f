/**
 * Word (.docx) → report text: mammoth turns the document into plain HTML (heading styles become
 * h1…h6, paragraphs p, tables and lists their tags), which is then read like a web page. Heading
 * styles are kept as headings; everything else as paragraphs.
 */
import { htmlToSource } from "./read.ts";
import type { ReportSource, SourceError } from "./types.ts";

/** Word's own title styles are headings too (mammoth maps Heading 1–6 by itself). */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh", "p[style-name='标题'] => h1:fresh"];

/** Compound File Binary: the container of Word 97-2003 files and of password-protected .docx. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readDocx(bytes: Uint8Array): Promise<ReportSource | SourceError> {
  if (startsWith(bytes, CFB_MAGIC)) {
    // An encrypted .docx is a CFB container holding an "EncryptedPackage" stream (names are UTF-16LE).
    if (Buffer.from(bytes).includes(Buffer.from("EncryptedPackage", "utf16le"))) {
      return { kind: "password", reason: "password-protected Word file: remove the password in Word (File › Info › Protect Document) and add it again" };
    }
    return { kind: "damaged", reason: "a Word 97-2003 document named .docx: open it in Word and save it as .docx" };
  }
  if (!startsWith(bytes, ZIP_MAGIC)) return { kind: "damaged", reason: "damaged Word file: not a .docx package" };
  let html: string;
  try {
    // Loaded on first use: most runs read no Word file, and mammoth takes a while to import.
    const { default: mammoth } = await import("mammoth");
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
  } catch (error) {
    return { kind: "damaged", reason: `damaged Word file: ${firstLine(error)}` };
  }
  return htmlToSource(html);
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.trim();
}
