/** A text cut into lines that remember where they start, so that a cut can be made at exact offsets. */

export interface TextLine {
  /** Offset of the line's first character in the text. */
  start: number;
  /** The line without its line break (a CRLF file's \r dropped too). */
  text: string;
}

export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ start, text: part.endsWith("\r") ? part.slice(0, -1) : part });
    start += part.length + 1;
  }
  return lines;
}
