/**
 * Run-on lines: a report pasted as one long line, or with its paragraphs run together, is cut before its section
 * markers, then at sentence ends (splitRunOnLines, the last step of removeChrome's CHROME_STEPS in clean.ts).
 */

/**
 * A line this long is not one paragraph: the longest paragraph of the 52 national work reports has
 * 1,253 characters, of 20 scraped 2026 provincial reports 1,387.
 */
const RUN_ON_MIN_CHARS = 1500;
/** Past this, a piece with no section marker is cut at sentence ends into pieces of about PIECE_CHARS. */
const RUN_ON_SENTENCE_CHARS = 3000;
const PIECE_CHARS = 800;
/** Where a run-on line starts a section: after a sentence, a marker 一、 （一） 第一部分 1. */
const SECTION_START =
  /(?<=[。！？；][”」』）)]?)\s*(?=(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)))/u;

/**
 * A part's title run in between two sentences, a piece of its own: "…努力加以解决。2024年工作安排建议2024年是实施
 * “十四五”规划的关键一年。" (泸州 2024): what follows is the plan, as the title says on a line of its own elsewhere.
 */
const INLINE_PART_TITLE = /(?<=[。！？][”」』）)]?)\s*((?:19|20)\d\d年(?:政府)?工作(?:安排建议|总体要求|安排|任务|建议))(?=(?:19|20)\d\d年|[“"今做全]|\s)/u;

/**
 * A report pasted as one long line, or with its paragraphs run together: cut before each section
 * marker that follows a sentence; a piece still thousands of characters long is cut at sentence
 * ends. The pieces are separated by blank lines so that no joining puts them together again.
 */
export function splitRunOnLines(lines: string[]): string[] {
  return lines.flatMap((line) => {
    if ([...line].length < RUN_ON_MIN_CHARS) return [line];
    const sections = line
      .split(INLINE_PART_TITLE)
      .flatMap((part) => part.split(new RegExp(SECTION_START.source, "gu")))
      .filter((s) => s.trim() !== "");
    const pieces = sections.flatMap((section) => ([...section].length < RUN_ON_SENTENCE_CHARS ? [section] : cutAtSentences(section)));
    if (pieces.length < 2) return [line];
    return pieces.flatMap((piece, i) => (i === 0 ? [piece.trim()] : ["", piece.trim()]));
  });
}

function cutAtSentences(text: string): string[] {
  const sentences = text.match(/[^。！？]+(?:[。！？]+[”」』）)]?|$)/gu) ?? [text];
  const pieces: string[] = [];
  let current = "";
  for (const sentence of sentences) {
    if (current !== "" && [...current].length + [...sentence].length > PIECE_CHARS) {
      pieces.push(current);
      current = "";
    }
    current += sentence;
  }
  if (current !== "") pieces.push(current);
  return pieces;
}
