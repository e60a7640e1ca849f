import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, extname, join } from "node:path";

/**
 * Scaled corpora for the benchmark: N× the default corpus is the reports themselves plus N−1
 * copies of each, every copy a distinct report: its title gets "（副本k）", its file name a "-ck"
 * suffix (gwr/gwr-2019.txt → gwr/gwr-2019-c3.txt), and its body one more sentence
 * naming the copy (the indexer rejects a file whose paragraphs repeat another's as a duplicate).
 * Years, figures and wording stay, so a question meets N copies of each passage: the load of a
 * corpus N times larger of similar reports.
 */

/** The report files of a corpus folder (the ingest's rules: no dotfiles, no README.md), relative paths. */
export async function corpusFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name.toLowerCase() === "readme.md") continue;
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await corpusFiles(dir, path)));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

export async function corpusBytes(dir: string): Promise<number> {
  let total = 0;
  for (const file of await corpusFiles(dir)) total += (await stat(join(dir, file))).size;
  return total;
}

/** "gwr/gwr-2019.txt", 3 → "gwr/gwr-2019-c3.txt". */
export function copyName(file: string, copy: number): string {
  const ext = extname(file);
  return `${file.slice(0, file.length - ext.length)}-c${copy}${ext}`;
}

/** How many of the first lines may hold the title (the seed repeats it under a "site—title" line). */
const HEAD_LINES = 10;

const STEMS = "甲乙丙丁戊己庚辛壬癸";

/** 3 → "丁", 42 → "戊丙": a copy's number without digits or numerals, which would read as figures. */
function stems(copy: number): string {
  return [...String(copy)].map((d) => STEMS[Number(d)]).join("");
}

/**
 * Copy number `copy` of a report's text. The title is the first non-blank line, or the part after
 * "—" of a "site—title" line; every occurrence of it in the head lines gets the suffix. The first
 * line after the head that ends a sentence gets "此为基准副本丁。".
 */
export function distinctCopy(text: string, copy: number): string {
  const lines = text.split("\n");
  const first = lines.find((line) => line.trim() !== "")?.trim() ?? "";
  const title = first.split(/[—–]+/).at(-1)!.trim();
  if (!title) return text;
  for (let i = 0; i < Math.min(HEAD_LINES, lines.length); i++) {
    lines[i] = lines[i]!.replaceAll(title, `${title}（副本${copy}）`);
  }
  const body = lines.findIndex((line, i) => i >= HEAD_LINES && line.trimEnd().endsWith("。"));
  if (body !== -1) lines[body] = `${lines[body]!.trimEnd()}此为基准副本${stems(copy)}。`;
  return lines.join("\n");
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Writes sourceDir × scale into targetDir (the originals plus scale−1 retitled copies). */
export async function writeScaledCorpus(sourceDir: string, targetDir: string, scale: number): Promise<void> {
  for (const file of await corpusFiles(sourceDir)) {
    const bytes = await readFile(join(sourceDir, file));
    let text: string | null = null;
    try {
      text = utf8.decode(bytes);
    } catch {
      // Not UTF-8 (a GBK report): copied byte for byte, under a new name only.
    }
    await mkdir(dirname(join(targetDir, file)), { recursive: true });
    await writeFile(join(targetDir, file), bytes);
    for (let copy = 1; copy < scale; copy++) {
      await writeFile(join(targetDir, copyName(file, copy)), text === null ? bytes : distinctCopy(text, copy));
    }
  }
}
