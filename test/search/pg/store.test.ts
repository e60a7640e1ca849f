/**
 * The PostgreSQL store against a real server (test/support/postgres-setup.ts): written by a
 * reindex, read back as a corpus, and answering every question set exactly as the embedded index
 * does; incremental reindexing by file hash; versions that readers see whole.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../../src/answer/answer.ts";
import { corpusOf, type Corpus } from "../../../src/search/corpus.ts";
import { rebuildIndexFile } from "../../../src/search/index/build.ts";
import { loadIndex } from "../../../src/search/index/search-index.ts";
import { openDatabase } from "../../../src/search/pg/database.ts";
import { LivePgStore } from "../../../src/search/pg/live-store.ts";
import { loadPgCorpus, type PgCorpus } from "../../../src/search/pg/pg-corpus.ts";
import { migrate, SCHEMA_VERSION } from "../../../src/search/pg/schema.ts";
import { updateStore } from "../../../src/search/pg/store.ts";
import { createLogger } from "../../../src/logger.ts";
import { freshDatabase } from "../../support/postgres.ts";
import { realIndex } from "../../support/real-index.ts";
import { readQa } from "../../support/score-set.ts";
import { distinctCopy } from "../../../src/bench/corpus.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const silent = createLogger("silent");

/** An answer as JSON with object keys sorted: PostgreSQL's jsonb keeps a report's fields in its own order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/** The questions of a set whose answers differ between two corpora. */
async function differences(file: string, a: Corpus, b: Corpus): Promise<string[]> {
  const out: string[] = [];
  for (const { id, q } of readQa(file)) {
    if (canonical(await answerQuestion(a, q)) !== canonical(await answerQuestion(b, q))) out.push(`${id} ${q}`);
  }
  return out;
}

describe("the default corpus in PostgreSQL", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let pool: pg.Pool;
  let stored: PgCorpus;

  beforeAll(async () => {
    db = await freshDatabase("default");
    pool = await openDatabase(db.url);
    const update = await updateStore(pool, { corpusDir: join(ROOT, "corpus") });
    expect(update).toMatchObject({ written: true, version: 1, fullReason: "no corpus in the database yet" });
    stored = await loadPgCorpus(pool);
  });

  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it("holds what the index file holds: reports, paragraphs, sentences and the corpus dictionary", async () => {
    const index = await realIndex();
    const embedded = corpusOf(index);
    expect([stored.reportCount, stored.paragraphCount, stored.sentenceCount]).toEqual([embedded.reportCount, embedded.paragraphCount, embedded.sentenceCount]);
    expect(stored.reports.map((r) => r.file)).toEqual(embedded.reports.map((r) => r.file));
    expect(stored.gramFrequency).toEqual(new Map(index.gramFrequency));
    expect(stored.vocabulary.size).toBe(new Set(index.vocabulary).size);
    const { rows } = await pool.query("select dictionary from corpus_state");
    expect(rows[0].dictionary).toBe(index.dictionary);
  });

  it.each([
    "dev.jsonl",
    "heldout.jsonl",
    "heldout2.jsonl",
    "heldout3.jsonl",
    "heldout4.jsonl",
    "heldout5.jsonl",
    "heldout6.jsonl",
    "heldout7.jsonl",
    "heldout8.jsonl",
    "heldout9.jsonl",
    "heldout10.jsonl",
    "heldout11.jsonl",
    "heldout12.jsonl",
    "heldout13.jsonl",
    "heldout14.jsonl",
    "heldout15.jsonl",
    "heldout16.jsonl",
    "heldout17.jsonl",
    "heldout18.jsonl",
    "heldout19.jsonl",
    "heldout20.jsonl",
    "heldout21.jsonl",
    "heldout22.jsonl",
    "heldout-national.jsonl",
    "heldout-series.jsonl",
    // Its 1950s questions read the items of a list after its lead-in ("钢：从一百三十五万吨增加到四百十二万吨", gwr-1955), which
    // each store fetches on its own (SearchStore.fetchFollowing).
    "heldout106.jsonl",
  ])("answers every question of %s exactly as the embedded index does", { timeout: 180_000 }, async (file) => {
    expect(await differences(file, corpusOf(await realIndex()), stored)).toEqual([]);
  });

  it("answers a follow-up and a series from the database", async () => {
    const series = await answerQuestion(stored, "近五年GDP增长");
    expect(series.series?.map((p) => p.figure?.text ?? null)).toEqual(["2.3%", "8.1%", "3%", "5.2%", "5%"]);
  });

  it("is up to date on a second reindex: nothing read, nothing written", async () => {
    const update = await updateStore(pool, { corpusDir: join(ROOT, "corpus") });
    expect(update).toMatchObject({ written: false, changed: false, version: 1, fullReason: null });
  });

  it("migrates once, and refuses a database made by a newer program", async () => {
    await migrate(pool);
    const { rows } = await pool.query("select count(*)::int as n from schema_migrations");
    expect(rows[0].n).toBe(SCHEMA_VERSION);
    await pool.query("insert into schema_migrations (version) values ($1)", [SCHEMA_VERSION + 1]);
    await expect(migrate(pool)).rejects.toThrow(/newer than this program's/);
    await pool.query("delete from schema_migrations where version = $1", [SCHEMA_VERSION + 1]);
  });
});

describe("an incremental reindex", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let pool: pg.Pool;
  let dir: string;

  beforeAll(async () => {
    db = await freshDatabase("incremental");
    pool = await openDatabase(db.url);
    dir = await mkdtemp(join(tmpdir(), "zhaoshu-pg-corpus-"));
    for (const year of [2017, 2018, 2019]) await cp(join(ROOT, "corpus/gwr", `gwr-${year}.txt`), join(dir, `gwr-${year}.txt`));
    await cp(join(ROOT, "corpus/seed"), join(dir, "seed"), { recursive: true });
  });

  afterAll(async () => {
    await pool?.end();
    await db?.drop();
    await rm(dir, { recursive: true, force: true });
    await rm(`${dir}.json`, { force: true });
  });

  it("adds, replaces and removes reports by file hash; the result equals a fresh build of the folder, and a reader keeps its version", async () => {
    expect((await updateStore(pool, { corpusDir: dir })).version).toBe(1);
    const before = await loadPgCorpus(pool);
    expect((await answerQuestion(before, "2018年城镇新增就业")).figure?.text).toBe("1361万人");

    // One report added, one changed (a sentence added), one removed.
    await cp(join(ROOT, "corpus/gwr/gwr-2021.txt"), join(dir, "gwr-2021.txt"));
    const report = await readFile(join(ROOT, "corpus/gwr/gwr-2019.txt"), "utf8");
    await writeFile(join(dir, "gwr-2019.txt"), report.replace("城镇新增就业1361万人", "城镇新增就业1361万人。全国新增公共图书馆1234个"));
    await rm(join(dir, "gwr-2017.txt"));
    const update = await updateStore(pool, { corpusDir: dir });
    expect(update).toMatchObject({ written: true, version: 2, removed: ["gwr-2017.txt"], fullReason: null });
    expect(update.reports.map((r) => [r.file, r.status])).toEqual([
      ["gwr-2018.txt", "unchanged"],
      ["gwr-2019.txt", "changed"],
      ["gwr-2021.txt", "new"],
      ["seed/haidong-2020-education-self-assessment.txt", "unchanged"],
    ]);

    const after = await loadPgCorpus(pool);
    await rebuildIndexFile(dir, `${dir}.json`);
    const fresh = corpusOf(await loadIndex(`${dir}.json`));
    expect([after.reportCount, after.paragraphCount, after.sentenceCount]).toEqual([fresh.reportCount, fresh.paragraphCount, fresh.sentenceCount]);
    expect(after.gramFrequency).toEqual(new Map(fresh.gramFrequency));
    for (const q of ["2018年新增公共图书馆多少个", "2018年城镇新增就业", "2016年城镇新增就业", "高中毛入学率", "2019年GDP增长"]) {
      expect(canonical(await answerQuestion(after, q)), q).toBe(canonical(await answerQuestion(fresh, q)));
    }
    expect((await answerQuestion(after, "2018年新增公共图书馆多少个")).figure?.text).toBe("1234个");

    // The reader loaded before still answers from version 1: the removed report's paragraphs are
    // kept for it, and the new report's are not its.
    expect(before.version).toBe(1);
    expect((await answerQuestion(before, "2016年城镇新增就业")).figure?.text).toBe("1314万人");
    expect((await answerQuestion(after, "2016年城镇新增就业")).figure?.text).not.toBe("1314万人");
    expect((await answerQuestion(before, "2018年新增公共图书馆多少个")).figure).toBeNull();
  });

  it("stores a passage printed by several reports once, and finds it in each", async () => {
    const count = async () =>
      (await pool.query("select (select count(*) from passages)::int as passages, (select count(*) from paragraphs)::int as paragraphs")).rows[0];
    const before = await count();
    // A copy of a report, told apart by its title and one sentence (as the benchmark's copies are).
    await writeFile(join(dir, "gwr-2018-copy.txt"), distinctCopy(await readFile(join(ROOT, "corpus/gwr/gwr-2018.txt"), "utf8"), 1));
    await updateStore(pool, { corpusDir: dir });
    const after = await count();
    const added = (await loadPgCorpus(pool)).reports.find((r) => r.file === "gwr-2018-copy.txt")!.paragraphs;
    expect(after.paragraphs - before.paragraphs).toBe(added);
    expect(after.passages - before.passages).toBeLessThanOrEqual(3);
    await rm(join(dir, "gwr-2018-copy.txt"));
    await updateStore(pool, { corpusDir: dir });
  });

  it("lets one reindex run at a time: two at once give one new version, not two half ones", async () => {
    await writeFile(join(dir, "note.txt"), "2021年全市新建图书馆十二座。\n");
    const other = await openDatabase(db.url);
    try {
      const [a, b] = await Promise.all([updateStore(pool, { corpusDir: dir }), updateStore(other, { corpusDir: dir })]);
      expect([a.written, b.written].sort()).toEqual([false, true]);
      expect(Math.max(a.version ?? 0, b.version ?? 0)).toBe(5);
    } finally {
      await other.end();
    }
  });

  it("is seen by a running reader at once: the live store loads the version a reindex notifies", async () => {
    const live = new LivePgStore(pool, db.url, await loadPgCorpus(pool), { logger: silent, pollMs: 60_000 });
    const reloaded = new Promise((resolve) => live.onReload(resolve));
    const stop = live.watch();
    try {
      // Give the LISTEN a moment to be in place, then reindex from another connection pool.
      await new Promise((r) => setTimeout(r, 300));
      await writeFile(join(dir, "note.txt"), "2022年全市新建图书馆十五座。\n");
      const other = await openDatabase(db.url);
      try {
        await updateStore(other, { corpusDir: dir });
      } finally {
        await other.end();
      }
      const outcome = (await reloaded) as { ok: boolean };
      expect(outcome.ok).toBe(true);
      expect(live.get().version).toBe(6);
      expect((await answerQuestion(live.get(), "2022年新建图书馆多少座")).figure?.text).toBe("十五座");
    } finally {
      stop();
    }
  });
});

describe("a database that goes away", () => {
  it("fails the question with an error (the bot apologises), and a reload keeps the corpus in service", async () => {
    const db = await freshDatabase("gone");
    const pool = await openDatabase(db.url, { onError: () => {} });
    const dir = await mkdtemp(join(tmpdir(), "zhaoshu-pg-gone-"));
    try {
      await cp(join(ROOT, "corpus/seed"), join(dir, "seed"), { recursive: true });
      await updateStore(pool, { corpusDir: dir });
      const live = new LivePgStore(pool, db.url, await loadPgCorpus(pool), { logger: silent, pollMs: 60_000 });
      expect((await answerQuestion(live.get(), "高中毛入学率")).figure?.text).toBe("95.62%");
      await db.drop();
      await expect(answerQuestion(live.get(), "高中阶段毛入学率是多少")).rejects.toThrow();
      const outcome = await live.reload("command");
      expect(outcome.ok).toBe(false);
      expect(live.get().reportCount).toBe(1);
    } finally {
      await pool.end().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    }
  });
});
