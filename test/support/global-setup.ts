import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { rebuildIndexFile } from "../../src/search/index/build.ts";

/** One real index of the real corpus, built before the suite and shared by every test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "zhaoshu-test-index-"));
  const indexPath = join(dir, "index.json");
  await rebuildIndexFile(fileURLToPath(new URL("../../corpus", import.meta.url)), indexPath);
  project.provide("indexPath", indexPath);
  return () => rm(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    indexPath: string;
  }
}
