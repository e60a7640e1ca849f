/** The files of a corpus folder: which ones count, in which order, and the sidecars beside them. */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { isSidecar } from "./sidecar.ts";

export interface CorpusListing {
  /** The files that are reports (or are refused as such): every file but the sidecars. */
  files: string[];
  /** Sidecars (`X.txt.meta`): corrections of a report's metadata, never reports themselves (sidecar.ts). */
  sidecars: string[];
}

/**
 * Paths relative to corpusDir with forward slashes, sorted (by UTF-16 code unit, the same on every
 * machine); dotfiles, dot-folders (the bot's upload temp files) and a folder's notes (README.md, and SOURCES.md where
 * the repository records where each report came from) skipped; sidecars apart.
 */
export async function listCorpus(corpusDir: string): Promise<CorpusListing> {
  const all = (await walk(corpusDir, "")).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files: all.filter((f) => !isSidecar(f)), sidecars: all.filter(isSidecar) };
}

/** The files of a corpus that are reports or candidates for one (sidecars left out): see listCorpus. */
export async function listCorpusFiles(corpusDir: string): Promise<string[]> {
  return (await listCorpus(corpusDir)).files;
}

/** A folder's notes on its reports, never a report: its figures are file sizes and dates. */
const FOLDER_NOTES: ReadonlySet<string> = new Set(["readme.md", "sources.md"]);

async function walk(corpusDir: string, prefix: string): Promise<string[]> {
  const entries = await readdir(join(corpusDir, prefix), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".") || FOLDER_NOTES.has(entry.name.toLowerCase())) continue;
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) files.push(...(await walk(corpusDir, path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
