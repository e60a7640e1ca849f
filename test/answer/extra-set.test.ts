import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.ts";
import { isRight, type QaItem } from "../../src/bench/score.ts";
import { entryPointCommand } from "../../src/entry-points.ts";
import { loadIndex, type SearchIndex } from "../../src/search/index/search-index.ts";

/**
 * Reports of other kinds (corpus-extra/: provincial and city work reports, statistical bulletins,
 * budgets; scraped pages, PDF text, tables, GB18030) beside the default corpus, and the public
 * question set over them (test/fixtures/extra.jsonl, written to have one right answer across all
 * of them): answered right at least 90% of the time, and a wrong figure in at most 2% of answers.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
let dir: string;
let index: SearchIndex;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-extra-"));
  await cp(join(ROOT, "corpus"), join(dir, "corpus"), { recursive: true });
  await cp(join(ROOT, "corpus-extra"), join(dir, "corpus", "extra"), { recursive: true });
  await rm(join(dir, "corpus", "extra", "SOURCES.md"));
  // Built by `npm run reindex` in a process of its own: one that answers segments questions with
  // the dictionary the index carries, as the bot and `npm run ask` do (search/segment.ts).
  const { command, args } = entryPointCommand("reindex", ["--corpus", join(dir, "corpus"), "--index", join(dir, "index.json")]);
  await promisify(execFile)(command, args, { cwd: ROOT });
  index = await loadIndex(join(dir, "index.json"));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe("reports of other kinds beside the national ones (test/fixtures/extra.jsonl)", () => {
  it("are answered right at least 90% of the time, with a wrong figure in at most 2% of answers", async () => {
    const qa = (await readFile(new URL("../fixtures/extra.jsonl", import.meta.url), "utf8"))
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as QaItem);
    const answers = qa.map((item) => ({ item, answer: answerQuestion(index, item.q) }));
    const right = answers.filter(({ item, answer }) => isRight(item, answer));
    const given = answers.filter(({ answer }) => answer.found && answer.figure !== null);
    const wrong = given.filter(({ item, answer }) => !isRight(item, answer));
    const failed = answers.filter(({ item, answer }) => !isRight(item, answer)).map(({ item }) => item.id);
    expect(right.length / qa.length, `not right: ${failed.join(" ")}`).toBeGreaterThanOrEqual(0.9);
    expect(wrong.length / given.length, `wrong figures: ${wrong.map(({ item }) => item.id).join(" ")}`).toBeLessThanOrEqual(0.02);
  });

  it("name the place of every figure and the document model of every report", () => {
    const hefei = answerQuestion(index, "合肥常住人口");
    expect(hefei.figure).toMatchObject({ text: "1000.2万人", place: "合肥市", year: 2024 });
    expect(hefei.report).toMatchObject({ genre: "统计公报", place: "合肥市", period: "2024", published: "2025-03-28" });
    // 全国's maternal mortality is not 合肥's, nor its infant mortality.
    expect(answerQuestion(index, "全国孕产妇死亡率").figure).toMatchObject({ text: "14.3/10万", place: "全国" });
  });
});
