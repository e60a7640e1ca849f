/**
 * The fingerprint of the code that turns corpus files into an index: every file (code and data)
 * of the folders that read reports (ingest/), hold the Chinese text rules they use (zh/: the
 * segmenter and its dictionary, the search form, figures) and lay the index out (search/index/),
 * and the versions of the libraries they use. Stored in the index header; when it differs, an
 * incremental reindex would mix old and new segmentation, so the next reindex is a full one.
 * Whole folders, not a list of files: a new file in them cannot be forgotten.
 */
import { createHash } from "node:crypto";
import { type Dirent, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SRC = new URL("../../", import.meta.url);
const FOLDERS = ["ingest/", "zh/", "search/index/"];
const PACKAGES = ["nodejs-jieba", "opencc-js", "minisearch", "mammoth", "unpdf"];

let cached: string | null = null;

/**
 * Read synchronously: its hundred small files cost 3 ms so, and 20–30 ms of the main thread's
 * bookkeeping as asynchronous reads (open, stat, read, close each), at every start.
 */
export async function builderFingerprint(): Promise<string> {
  cached ??= compute();
  return cached;
}

function compute(): string {
  const hash = createHash("sha1");
  for (const folder of FOLDERS) {
    const root = fileURLToPath(new URL(folder, SRC));
    let entries: Dirent[] = [];
    try {
      entries = readdirSync(root, { recursive: true, withFileTypes: true });
    } catch {
      // A folder that is not there (a partial install) hashes as empty.
    }
    const names = entries
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath ?? entry.path}/${entry.name}`.slice(root.length))
      .sort();
    for (const name of names) {
      hash.update(`${folder}${name}\0`);
      hash.update(readFileSync(root + name));
    }
  }
  for (const name of PACKAGES) {
    let manifest = "{}";
    try {
      manifest = readFileSync(new URL(`../node_modules/${name}/package.json`, SRC), "utf8");
    } catch {
      // Not installed: hashed as "?".
    }
    hash.update(`${name}@${(JSON.parse(manifest) as { version?: string }).version ?? "?"}`);
  }
  return hash.digest("hex").slice(0, 16);
}
