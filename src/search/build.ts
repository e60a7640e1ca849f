import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ingestCorpus } from "../ingest/ingest.ts";
import type { RejectedFile } from "../ingest/types.ts";
import { buildIndex, saveIndex, sha1, type ManifestEntry, type SearchIndex } from "./search-index.ts";

/** Corpus folder → index file: ingest every report, build, write atomically. */

export interface BuildResult {
  index: SearchIndex;
  rejected: RejectedFile[];
}

export async function buildIndexFromCorpus(corpusDir: string): Promise<BuildResult> {
  const { reports, rejected } = await ingestCorpus(corpusDir);
  const manifest: ManifestEntry[] = [];
  for (const { report } of reports) {
    const bytes = await readFile(join(corpusDir, report.file));
    manifest.push({ file: report.file, bytes: bytes.length, sha1: sha1(bytes) });
  }
  return { index: buildIndex(reports, manifest), rejected };
}

export async function rebuildIndexFile(corpusDir: string, indexPath: string): Promise<BuildResult> {
  const result = await buildIndexFromCorpus(corpusDir);
  if (result.index.reports.length > 0) await saveIndex(result.index, indexPath);
  return result;
}
