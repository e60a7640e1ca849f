/**
 * The lines of an index body that a process answering questions scans rather than parses
 * (index-file.ts's readIndexForSearch): the search postings, kept as each term's JSON text, and
 * the bigram counts. Each line is what JSON.stringify wrote (gzip's checksum vouches for it), and
 * anything else in it is refused.
 */

/** The end of the JSON string whose text starts at `from`: its closing quote (not an escaped one). */
function closingQuote(line: string, from: number): number {
  for (let quote = from; ; quote++) {
    quote = line.indexOf('"', quote);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (line.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
}

/** A JSON string's text (between its quotes) as the string it stands for. */
function unquote(raw: string): string {
  return raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
}

/** How a line of search postings starts: JSON.stringify(["miniSearch.index", [[term, postings], …]]). */
export const POSTINGS_LINE = '["miniSearch.index",[';
/** How a line of bigram counts starts: JSON.stringify(["gramFrequency", [[gram, count], …]]). */
export const GRAMS_LINE = '["gramFrequency",[';

function unexpected(at: number): Error {
  return new Error(`unexpected text at character ${at} of a line`);
}

/**
 * A line of search postings → term → the JSON text of its postings, without parsing them. The
 * line is what JSON.stringify made of [[term, {fieldId: {shortId: frequency, …}, …}], …]: a term is
 * a JSON string, and its postings an object of objects of numbers, so they end at the first "}}]"
 * after their "{" (or are "{}"). Anything else is refused: parsing a term's postings later is then
 * parsing what JSON.stringify wrote, which gzip's checksum vouches for.
 */
export function scanPostings(line: string, into: Map<string, string>): void {
  scanEntries(line, POSTINGS_LINE, (term, quote) => {
    // ,{…}] after the term's closing quote
    const open = quote + 2;
    if (line.charCodeAt(quote + 1) !== 0x2c || line.charCodeAt(open) !== 0x7b) throw unexpected(quote);
    const close = line.startsWith("{}]", open) ? open + 2 : line.indexOf("}}]", open) + 2;
    if (close < open + 2) throw unexpected(open);
    into.set(term, line.slice(open, close));
    return close + 1;
  });
}

/** A whole line of bigram counts as JSON.stringify writes it: [[gram, count], …], counts whole numbers. */
const GRAMS_LINE_SHAPE = /^\["gramFrequency",\[(?:\["(?:[^"\\]|\\.)*",\d+\](?:,(?=\[)|(?=\]\]$)))*\]\]$/;

/** Whether a line of bigram counts has their shape: one regex test (1 ms for all of them at 1×), no Map made. */
export function isGramsLine(line: string): boolean {
  return GRAMS_LINE_SHAPE.test(line);
}

/** A line of bigram counts, [[gram, count], …] (counts are whole numbers), into a Map. */
export function scanGrams(line: string, into: Map<string, number>): void {
  scanEntries(line, GRAMS_LINE, (gram, quote) => {
    // ,count] after the gram's closing quote
    if (line.charCodeAt(quote + 1) !== 0x2c) throw unexpected(quote);
    let i = quote + 2;
    let c = line.charCodeAt(i);
    if (!(c >= 0x30 && c <= 0x39)) throw unexpected(i);
    let count = 0;
    for (; c >= 0x30 && c <= 0x39; c = line.charCodeAt(++i)) count = count * 10 + (c - 0x30);
    if (c !== 0x5d) throw unexpected(i);
    into.set(gram, count);
    return i + 1;
  });
}

/**
 * The entries of a line `prefix` [["key", …], …]]: each key (a JSON string) to `readEntry`, with
 * the offset of its closing quote; it reads the rest of the entry and returns the offset after its
 * closing ]. Then a comma and the next entry, or the line's end.
 */
function scanEntries(line: string, prefix: string, readEntry: (key: string, quote: number) => number): void {
  let at = prefix.length;
  if (line.length === at + 2 && line.endsWith("]]")) return;
  for (;;) {
    if (line.charCodeAt(at) !== 0x5b || line.charCodeAt(at + 1) !== 0x22) throw unexpected(at);
    const quote = closingQuote(line, at + 2);
    if (quote < 0) throw unexpected(at);
    at = readEntry(unquote(line.slice(at + 2, quote)), quote);
    const next = line.charCodeAt(at);
    if (next === 0x2c) at++;
    else if (next === 0x5d && at + 2 === line.length && line.charCodeAt(at + 1) === 0x5d) return;
    else throw unexpected(at);
  }
}
