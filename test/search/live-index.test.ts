/**
 * The swappable index: a good new file is swapped in (the old index still answers the question
 * that holds it), a corrupt, truncated or incompatible one is refused and the old one stays; the
 * watcher notices a file replaced by rename, refuses a bad one once, takes the next good one.
 */
import { corpusOf } from "../../src/search/corpus.ts";
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.ts";
import { silentLogger } from "../../src/logger.ts";
import { updateIndexFile } from "../../src/search/index/build.ts";
import { LiveIndex, type ReloadOutcome } from "../../src/search/live-index.ts";
import { buildIndex, INDEX_SCHEMA_VERSION, loadIndex, saveIndex } from "../../src/search/index/search-index.ts";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
let dir: string;
/** Index files: the seed alone, and the seed with the 2019 work report. */
let small: string;
let larger: string;

async function buildFrom(files: string[], path: string): Promise<void> {
  const corpus = join(dir, `corpus-${files.length}`);
  for (const f of files) {
    await mkdir(join(corpus, f, ".."), { recursive: true });
    await copyFile(join(CORPUS, f), join(corpus, f));
  }
  await updateIndexFile({ corpusDir: corpus, indexPath: path });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-live-"));
  small = join(dir, "small.json");
  larger = join(dir, "larger.json");
  await buildFrom(["seed/haidong-2020-education-self-assessment.txt"], small);
  await buildFrom(["seed/haidong-2020-education-self-assessment.txt", "gwr/gwr-2019.txt"], larger);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A live index serving a copy of `small`. */
async function serving(
  name: string,
  options: { debounceMs?: number; pollMs?: number } = {},
): Promise<{ live: LiveIndex; path: string; outcomes: ReloadOutcome[] }> {
  const path = join(dir, `${name}.json`);
  await copyFile(small, path);
  const live = await new LiveIndex(path, await loadIndex(path), { logger: silentLogger, ...options }).adoptFile();
  const outcomes: ReloadOutcome[] = [];
  live.onReload((o) => outcomes.push(o));
  return { live, path, outcomes };
}

/** Replaces a file the way `npm run reindex` does: a whole new file renamed over it. */
async function replace(path: string, content: string | Buffer): Promise<void> {
  await writeFile(`${path}.new`, content);
  await rename(`${path}.new`, path);
}

async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("reload", () => {
  it("swaps in a good new file; a question holding the old index still gets its answer", async () => {
    const { live, path } = await serving("swap");
    const before = live.current;
    expect(before.reports).toHaveLength(1);
    await copyFile(larger, path);
    const outcome = await live.reload("command");
    expect(outcome.ok).toBe(true);
    expect(live.current.reports).toHaveLength(2);
    expect(live.get()).toBe(corpusOf(live.current));
    expect((await answerQuestion(corpusOf(before), "高中毛入学率")).figure?.text).toBe("95.62%");
    expect(live.info.bytes).toBe((await readFile(larger)).length);
  });

  it("refuses a truncated, an incompatible and an empty index, keeping the old one", async () => {
    const { live, path } = await serving("refuse");
    const old = live.current;
    const good = await readFile(small, "utf8");
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ["truncated", good.slice(0, good.length / 2), /cannot be read \(truncated or corrupt\)/],
      ["garbage", Buffer.from([0, 1, 2, 3, 255]), /not valid JSON/],
      ["other version", good.replace(`"version":${INDEX_SCHEMA_VERSION}`, '"version":99'), /schema version 99, this program reads version/],
      ["version 1", JSON.stringify({ version: 1, reports: [] }), /schema version 1/],
    ];
    for (const [what, content, message] of cases) {
      await writeFile(path, content);
      const outcome = await live.reload("command");
      expect(outcome.ok, what).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error.message, what).toMatch(message);
        expect(outcome.error.message).toContain("npm run reindex");
      }
      expect(live.current).toBe(old);
    }
    const empty = join(dir, "empty-index.json");
    await saveIndex(buildIndex([], []), empty);
    await copyFile(empty, path);
    const outcome = await live.reload("command");
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error.message).toBe("the new index holds no report");
    expect(live.current).toBe(old);
  });

  it("runs reloads one at a time, in order", async () => {
    const { live, path } = await serving("queue");
    await copyFile(larger, path);
    const [a, b] = await Promise.all([live.reload("command"), live.reload("upload")]);
    expect([a.trigger, a.ok, b.trigger, b.ok]).toEqual(["command", true, "upload", true]);
  });
});

describe("a file written and loaded by the program, seen by the watcher too", () => {
  /** Loading takes a while, as a real index does (0.3 s to seconds): long enough for the watcher's debounce. */
  const slowLoad = (path: string) => new Promise<void>((r) => setTimeout(r, 150)).then(() => loadIndex(path));

  it("an upload's reload, then the watcher's event for the same write: loaded and announced once", async () => {
    const path = join(dir, "upload-then-watch.json");
    await copyFile(small, path);
    const live = await new LiveIndex(path, await loadIndex(path), { logger: silentLogger, load: slowLoad, debounceMs: 20, pollMs: 60_000 }).adoptFile();
    const outcomes: ReloadOutcome[] = [];
    live.onReload((o) => outcomes.push(o));
    const stop = live.watch();
    try {
      await replace(path, await readFile(larger));
      // The upload reloads at once; the watcher's debounce ends while that load is still running.
      const outcome = await live.reload("upload");
      expect(outcome).toMatchObject({ ok: true, trigger: "upload" });
      await new Promise((r) => setTimeout(r, 400));
      expect(outcomes.map((o) => o.trigger)).toEqual(["upload"]);
      expect(live.current.reports).toHaveLength(2);
    } finally {
      stop();
    }
  });

  it("reloadAfter: the write and its load are one step, whenever the watcher wakes", async () => {
    const path = join(dir, "reload-after.json");
    await copyFile(small, path);
    const live = await new LiveIndex(path, await loadIndex(path), { logger: silentLogger, load: slowLoad, debounceMs: 20, pollMs: 60_000 }).adoptFile();
    const outcomes: ReloadOutcome[] = [];
    live.onReload((o) => outcomes.push(o));
    const stop = live.watch();
    try {
      const outcome = await live.reloadAfter("upload", async () => {
        await replace(path, await readFile(larger));
        // The reply to the admin: the watcher's debounce ends before the load starts.
        await new Promise((r) => setTimeout(r, 200));
        return true;
      });
      expect(outcome).toMatchObject({ ok: true, trigger: "upload" });
      await new Promise((r) => setTimeout(r, 400));
      expect(outcomes.map((o) => o.trigger)).toEqual(["upload"]);

      // Nothing written: nothing loaded. A write that fails: its error, nothing loaded.
      expect(await live.reloadAfter("upload", async () => false)).toBeNull();
      await expect(live.reloadAfter("upload", async () => Promise.reject(new Error("reindex crashed")))).rejects.toThrow("reindex crashed");
      expect(outcomes).toHaveLength(1);
      // The queue carries on.
      await replace(path, await readFile(small));
      await until(() => outcomes.length === 2);
      expect(outcomes[1]).toMatchObject({ ok: true, trigger: "watch" });
    } finally {
      stop();
    }
  });
});

describe("watch", () => {
  it("takes a new file, refuses a corrupt one once, takes the next good one", async () => {
    const { live, path, outcomes } = await serving("watch", { debounceMs: 30, pollMs: 100 });
    const stop = live.watch();
    try {
      await replace(path, await readFile(larger));
      await until(() => outcomes.length === 1);
      expect(outcomes[0]).toMatchObject({ ok: true, trigger: "watch" });
      expect(live.current.reports).toHaveLength(2);

      const good = live.current;
      await replace(path, '{"version":2, "builtAt": tru');
      await until(() => outcomes.length === 2);
      expect(outcomes[1]).toMatchObject({ ok: false, trigger: "watch" });
      expect(live.current).toBe(good);
      // The same bad file is not tried again at every poll.
      await new Promise((r) => setTimeout(r, 400));
      expect(outcomes).toHaveLength(2);

      await replace(path, await readFile(small));
      await until(() => outcomes.length === 3);
      expect(outcomes[2]).toMatchObject({ ok: true, trigger: "watch" });
      expect(live.current.reports).toHaveLength(1);
    } finally {
      stop();
    }
  });
});
