/** The files of a corpus folder: which ones count, in which order. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Paths relative to corpusDir with forward slashes, sorted (by UTF-16 code unit, the same on every
 * machine); dotfiles, dot-folders (the bot's upload temp files) and README.md skipped.
 */
export async function listCorpusFiles(corpusDir: string): Promise<string[]> {
  return (await walk(corpusDir, "")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function walk(corpusDir: string, prefix: string): Promise<string[]> {
  const entries = await readdir(join(corpusDir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || entry.name.toLowerCase() === "readme.md") continue;
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await walk(corpusDir, path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
