/**
 * What an extractor took out of a text: the output split at its placeholders must be pieces of the
 * input, in order and byte for byte; what lies between them in the input is what was taken.
 */
export function takenOut(input: string, output: string): string[] {
  const pieces = output.split(/\n\n\uE000table \d+\uE000\n\n/);
  const taken: string[] = [];
  let at = 0;
  pieces.forEach((piece, k) => {
    const last = k === pieces.length - 1 && k > 0;
    const found = last ? (input.endsWith(piece) ? input.length - piece.length : -1) : input.indexOf(piece, at);
    if (found < at || (k === 0 && found !== 0)) throw new Error(`text outside the tables changed near: ${JSON.stringify(piece.slice(0, 80))}`);
    if (k > 0) taken.push(input.slice(at, found));
    at = found + piece.length;
  });
  if (at !== input.length) throw new Error("the end of the text changed");
  return taken;
}

export function fixture(name: string): URL {
  return new URL(`../../fixtures/tables/${name}`, import.meta.url);
}

/**
 * The non-blank lines of `input` that `output` no longer has: the output's own non-blank lines
 * (placeholders aside) must be lines of the input, in order. For texts where tables follow one
 * another with only a line break between them, which takenOut cannot split.
 */
export function takenLines(input: string, output: string): string[] {
  const kept = output.split("\n").filter((l) => l.trim() !== "" && !l.includes("\uE000"));
  const taken: string[] = [];
  let k = 0;
  for (const line of input.split("\n")) {
    if (line.trim() === "") continue;
    if (k < kept.length && kept[k] === line) k++;
    else taken.push(line);
  }
  if (k !== kept.length) throw new Error(`text outside the tables changed near: ${JSON.stringify(kept[k]?.slice(0, 80))}`);
  return taken;
}
