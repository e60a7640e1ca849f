/**
 * The fingerprint of the code that turns corpus files into an index: every file (code and data)
 * of the folders that read reports (ingest/), hold the Chinese text rules they use (zh/: the
 * segmenter and its dictionary, the search form, figures) and lay the index out (search/index/),
 * and the versions of the libraries they use. Stored in the index header; when it differs, an
 * incremental reindex would mix old and new segmentation, so the next reindex is a full one.
 * Whole folders, not a list of files: a new file in them cannot be forgotten.
 */
import { createHash } from "node:crypto";
import { type Dirent, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { settledBefore } from "./file-times.ts";

const SRC = new URL("../../", import.meta.url);
const FOLDERS = ["ingest/", "zh/", "search/index/"];
const PACKAGES = ["nodejs-jieba", "opencc-js", "minisearch", "mammoth", "unpdf"];

let cached: string | null = null;

/**
 * Every start needs the fingerprint, and its files rarely change: it is kept in a file of the
 * temp folder with the size and time of each file it hashed, and worked out again only when one of
 * them differs (or was written too close to the keeping to be trusted: file-times.ts). Files are
 * read synchronously: a hundred small ones cost less so than the main thread's bookkeeping of as
 * many asynchronous reads.
 */
export async function builderFingerprint(): Promise<string> {
  cached ??= remembered();
  return cached;
}

function remembered(): string {
  const files = fingerprintedFiles();
  const signature = createHash("sha1")
    .update(files.map(([path, size, mtimeMs]) => `${path}\0${size}\0${mtimeMs}`).join("\n"))
    .update(packageVersions())
    .digest("hex");
  const keep = join(tmpdir(), `zhaoshu-builder-${createHash("sha1").update(fileURLToPath(SRC)).digest("hex").slice(0, 16)}.json`);
  try {
    const kept = JSON.parse(readFileSync(keep, "utf8")) as { signature?: string; fingerprint?: string; keptAt?: number };
    const settled = files.every(([, , mtimeMs]) => settledBefore(mtimeMs, kept.keptAt ?? 0));
    if (kept.signature === signature && typeof kept.fingerprint === "string" && settled) return kept.fingerprint;
  } catch {
    // None kept yet, or unreadable: worked out below.
  }
  const fingerprint = compute(files);
  try {
    const tmp = `${keep}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ signature, fingerprint, keptAt: Date.now() }));
    renameSync(tmp, keep);
  } catch {
    // A temp folder that cannot be written: the next start works it out again.
  }
  return fingerprint;
}

/** The fingerprinted folders' files, each as [path relative to src/, size, mtime], in order. */
function fingerprintedFiles(): Array<[string, number, number]> {
  const files: Array<[string, number, number]> = [];
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
      const { size, mtimeMs } = statSync(root + name);
      files.push([`${folder}${name}`, size, mtimeMs]);
    }
  }
  return files;
}

function compute(files: ReadonlyArray<[string, number, number]>): string {
  const hash = createHash("sha1");
  for (const [path] of files) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(fileURLToPath(new URL(path, SRC))));
  }
  hash.update(packageVersions());
  return hash.digest("hex").slice(0, 16);
}

/** The versions of the libraries that read reports, as one string ("?" for one not installed). */
function packageVersions(): string {
  return PACKAGES.map((name) => {
    let manifest = "{}";
    try {
      manifest = readFileSync(new URL(`../node_modules/${name}/package.json`, SRC), "utf8");
    } catch {
      // Not installed: hashed as "?".
    }
    return `${name}@${(JSON.parse(manifest) as { version?: string }).version ?? "?"}`;
  }).join("");
}
