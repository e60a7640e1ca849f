/** HTML character references (&nbsp; &ldquo; &#8220; &#x201C;) as the text they stand for. */

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  middot: "·",
  ensp: " ",
  emsp: " ",
  times: "×",
  permil: "‰",
};

/**
 * Decodes named, decimal and hexadecimal references; one it does not know stays as written.
 * `nbsp` is what &nbsp; becomes: a space for running text, U+00A0 where a table cell must keep it
 * apart from the white space its markup collapses.
 */
export function decodeEntities(text: string, nbsp = " "): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const key = name.toLowerCase();
    return key === "nbsp" ? nbsp : (NAMED_ENTITIES[key] ?? whole);
  });
}
