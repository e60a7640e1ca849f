/**
 * The fingerprint of the code that turns corpus files into an index: every file (code and data)
 * of the folders that read reports (ingest/), hold the Chinese text rules they use (zh/: the
 * segmenter and its dictionary, the search form, figures) and lay the index out (search/index/),
 * and the versions of the libraries they use. Stored in the index header; when it differs, an
 * incremental reindex would mix old and new segmentation, so the next reindex is a full one.
 * Whole folders, not a list of files: a new file in them cannot be forgotten.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { inParallel, PARALLEL_READS } from "./in-parallel.ts";

const SRC = new URL("../../", import.meta.url);
const FOLDERS = ["ingest/", "zh/", "search/index/"];
const PACKAGES = ["nodejs-jieba", "opencc-js", "minisearch", "mammoth", "unpdf"];

let cached: Promise<string> | null = null;

export function builderFingerprint(): Promise<string> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<string> {
  const hash = createHash("sha1");
  for (const folder of FOLDERS) {
    const root = fileURLToPath(new URL(folder, SRC));
    const names = (await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`.slice(root.length))
      .sort();
    const contents = await inParallel(names, PARALLEL_READS, (name) => readFile(root + name));
    names.forEach((name, i) => {
      hash.update(`${folder}${name}\0`);
      hash.update(contents[i]!);
    });
  }
  for (const name of PACKAGES) {
    const manifest = await readFile(new URL(`../node_modules/${name}/package.json`, SRC), "utf8").catch(() => "{}");
    hash.update(`${name}@${(JSON.parse(manifest) as { version?: string }).version ?? "?"}`);
  }
  return hash.digest("hex").slice(0, 16);
}
