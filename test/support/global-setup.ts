import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { rebuildIndexFile } from "../../src/search/index/build.ts";

/**
 * One real index of the real corpus, built before the suite and shared by every test file of the
 * projects that list this setup (corpus and process in vitest.config.ts). Each project loads its
 * global setup in its own module graph, but all run in one Node process: the build is shared
 * through globalThis, made once, and removed after the last of them tears down.
 */
interface Shared {
  index: Promise<{ dir: string; indexPath: string }>;
  users: number;
}
const KEY = Symbol.for("zhaoshu.test.real-index");
const registry = globalThis as { [KEY]?: Shared };

async function build(): Promise<{ dir: string; indexPath: string }> {
  const dir = await mkdtemp(join(tmpdir(), "zhaoshu-test-index-"));
  const indexPath = join(dir, "index.json");
  await rebuildIndexFile(fileURLToPath(new URL("../../corpus", import.meta.url)), indexPath);
  return { dir, indexPath };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[KEY] ??= { index: build(), users: 0 });
  shared.users++;
  const { dir, indexPath } = await shared.index;
  project.provide("indexPath", indexPath);
  return async () => {
    if (--shared.users > 0) return;
    delete registry[KEY];
    await rm(dir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    indexPath: string;
  }
}
