/**
 * Footnote marks printed in report text: "（GDP）[2]13507.69亿元", "生产总值②达到", "常住人口¹" (and a list item's
 * bracketed number opening its sentence, "（28）继续…"). The
 * printed text keeps them (answers quote it as printed); what reads the text — the search form and
 * the figure reader — sees them as spaces of the same length, so offsets stay those of the text.
 */

/** A mark as [n] or ［n］ (with the spaces before it). */
const BRACKETED = /[ \t\u00a0\u3000]*[[［][0-9０-９]{1,2}[\]］]/g;
/** A circled number after a word, a figure or a closing bracket (after punctuation it is a list item: "措施：①加强…"). */
const CIRCLED = /(?<=[\p{Script=Han}A-Za-z0-9%‰）)”」])[\u2460-\u2473\u2776-\u277f]/gu;
/** Superscript digits, not after a Latin letter (m², km³ are units). */
const SUPERSCRIPT = /(?<![A-Za-z])(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\u207d[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\u207e)/gu;

/**
 * A list item's number in brackets opening a sentence or a line ("…。（28）继续大力推进棚户区改造，…", 黑龙江 2011): it
 * counts the items, and is no figure of them.
 */
const ITEM_NUMBER = /(?<=^|[。；;：:！!？?\n][ \t\u3000]*)[（(][0-9０-９]{1,3}[）)](?=[ \t\u3000]*\p{Script=Han})/gu;

const ITEM_NUMBER_HINT = /[（(][0-9０-９]/;

const spaces = (mark: string) => " ".repeat(mark.length);

/** The text with its footnote marks turned into spaces (the same length). */
export function blankNoteMarks(text: string): string {
  // (Brackets are everywhere: an item's number is looked for only where a bracket holds a digit.)
  const marks = /[[［\u2460-\u2473\u2776-\u277f\u00b9\u00b2\u00b3\u2070\u2074-\u207e]/u.test(text);
  const items = ITEM_NUMBER_HINT.test(text);
  if (!marks && !items) return text;
  const blanked = marks ? text.replace(BRACKETED, spaces).replace(CIRCLED, spaces).replace(SUPERSCRIPT, spaces) : text;
  return items ? blanked.replace(ITEM_NUMBER, spaces) : blanked;
}
