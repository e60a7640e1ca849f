import { readFileSync } from "node:fs";

/**
 * Word lists kept as data in zh/data/*.txt, read here and nowhere else. A file is UTF-8 text;
 * a line starting with # is a comment; words are separated by white space. A list is every word
 * of the file; a group file has one group a line (a synonym group, a compound and its parts).
 */

function dataLines(name: string): string[] {
  return readFileSync(new URL(`data/${name}.txt`, import.meta.url), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** Every word of zh/data/NAME.txt, in file order. */
export function wordList(name: string): string[] {
  return dataLines(name).flatMap((line) => line.split(/\s+/));
}

/** One group per line of zh/data/NAME.txt, each the words of its line. */
export function wordGroups(name: string): string[][] {
  return dataLines(name).map((line) => line.split(/\s+/));
}
