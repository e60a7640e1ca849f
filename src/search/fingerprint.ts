/**
 * The fingerprint of the code that turns corpus files into an index: the ingest pipeline, the
 * segmenter and its dictionary, the search-form normaliser, the figure counter, the index layout,
 * and the versions of the libraries they use. Stored in the index header; when it differs, an
 * incremental reindex would mix old and new segmentation, so the next reindex is a full one.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";

const SOURCE_FOLDERS = ["../ingest/"];
const SOURCE_FILES = [
  "./segment.ts",
  "./normalize.ts",
  "./report-paragraphs.ts",
  "./paragraph-index.ts",
  "./search-index.ts",
  "./index-file.ts",
  "./build.ts",
  "./merge-index.ts",
  "./data/user-dict.txt",
  "../answer/figures.ts",
  "../answer/chinese-numerals.ts",
];
const PACKAGES = ["nodejs-jieba", "opencc-js", "minisearch", "mammoth", "unpdf"];

let cached: Promise<string> | null = null;

export function builderFingerprint(): Promise<string> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<string> {
  const hash = createHash("sha1");
  const files: URL[] = SOURCE_FILES.map((f) => new URL(f, import.meta.url));
  for (const folder of SOURCE_FOLDERS) {
    const url = new URL(folder, import.meta.url);
    const names = (await readdir(url).catch(() => [] as string[])).filter((n) => n.endsWith(".ts")).sort();
    files.push(...names.map((n) => new URL(n, url)));
  }
  for (const file of files) {
    hash.update(file.pathname.split("/src/").pop() ?? file.pathname);
    hash.update(await readFile(file).catch(() => Buffer.from("missing")));
  }
  for (const name of PACKAGES) {
    const manifest = await readFile(new URL(`../../node_modules/${name}/package.json`, import.meta.url), "utf8").catch(() => "{}");
    hash.update(`${name}@${(JSON.parse(manifest) as { version?: string }).version ?? "?"}`);
  }
  return hash.digest("hex").slice(0, 16);
}
