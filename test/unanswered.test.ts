/**
 * The unanswered log: appended line by line, read back even with a torn line, grouped by question
 * (spacing, width and closing punctuation aside), and summarised by `npm run unanswered`.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSince, runUnanswered } from "../src/cli/unanswered.ts";
import { silentLogger } from "../src/logger.ts";
import { parseUnansweredLog, questionKey, summariseUnanswered, UnansweredLog, type UnansweredEntry } from "../src/unanswered.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-unanswered-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const entry = (time: string, user: number, question: string, reason: UnansweredEntry["reason"] = "not-found"): UnansweredEntry => ({
  time,
  user,
  question,
  reason,
});

const ENTRIES = [
  entry("2026-03-01T08:00:00.000Z", 1001, "2024年粮食产量"),
  entry("2026-03-02T09:30:00.000Z", 1002, "2024年粮食产量？"),
  entry("2026-03-03T10:00:00.000Z", 1001, "２０２４年 粮食产量"),
  entry("2026-03-03T11:00:00.000Z", 1003, "海东市幼儿园教师数量", "error"),
  entry("2026-03-04T12:00:00.000Z", 1003, "海东市幼儿园教师数量"),
  entry("2026-03-05T13:00:00.000Z", 1004, "火星基地的氧气储备量是多少"),
];

describe("the log", () => {
  it("appends one JSON line per question, in order, creating its folder", async () => {
    const path = join(dir, "nested", "unanswered.jsonl");
    const log = new UnansweredLog(path, silentLogger);
    await Promise.all(ENTRIES.map((e) => log.append(e)));
    const { entries, skipped } = parseUnansweredLog(await readFile(path, "utf8"));
    expect(entries).toEqual(ENTRIES);
    expect(skipped).toBe(0);
  });

  it("skips a torn or foreign line instead of failing", () => {
    const text = `${JSON.stringify(ENTRIES[0])}\n{"time":"2026-03-0\nnot json\n${JSON.stringify({ time: "yesterday", question: "x" })}\n`;
    expect(parseUnansweredLog(text)).toEqual({ entries: [ENTRIES[0]], skipped: 3 });
  });
});

describe("the summary", () => {
  it("groups the same question asked differently, most asked first, with users and dates", () => {
    expect(questionKey("２０２４年 粮食产量？")).toBe(questionKey("2024年粮食产量"));
    const summary = summariseUnanswered(ENTRIES);
    expect(summary).toMatchObject({ total: 6, distinct: 3, users: 4, first: "2026-03-01T08:00:00.000Z", last: "2026-03-05T13:00:00.000Z" });
    expect(summary.rows).toEqual([
      { question: "2024年粮食产量", count: 3, users: 2, first: "2026-03-01T08:00:00.000Z", last: "2026-03-03T10:00:00.000Z", errors: 0 },
      { question: "海东市幼儿园教师数量", count: 2, users: 1, first: "2026-03-03T11:00:00.000Z", last: "2026-03-04T12:00:00.000Z", errors: 1 },
      { question: "火星基地的氧气储备量是多少", count: 1, users: 1, first: "2026-03-05T13:00:00.000Z", last: "2026-03-05T13:00:00.000Z", errors: 0 },
    ]);
    expect(summariseUnanswered(ENTRIES, new Date("2026-03-04T00:00:00Z")).rows.map((r) => [r.question, r.count])).toEqual([
      ["火星基地的氧气储备量是多少", 1],
      ["海东市幼儿园教师数量", 1],
    ]);
  });

  it("reads --since as days, hours or a date", () => {
    const now = new Date("2026-03-08T00:00:00Z");
    expect(parseSince("7d", now)?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(parseSince("24h", now)?.toISOString()).toBe("2026-03-07T00:00:00.000Z");
    expect(parseSince("2026-03-04", now)?.toISOString()).toBe("2026-03-04T00:00:00.000Z");
    expect(parseSince("last week", now)).toBeNull();
  });
});

describe("npm run unanswered", () => {
  it("prints the admins' list, most asked first", async () => {
    const path = join(dir, "cli.jsonl");
    await writeFile(path, ENTRIES.map((e) => JSON.stringify(e)).join("\n") + "\n");
    await appendFile(path, '{"time":"2026-03-0');
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/unanswered.ts", "--log", path], { cwd: ROOT });
    expect(stdout).toMatch(/^Unanswered questions in .*cli\.jsonl: 6 \(3 distinct\) from 4 users, 2026-03-01 08:00 … 2026-03-05 13:00\n/);
    const rows = stdout.split("\n").filter((l) => /^\s+\d+\s+\d+\s+2026/.test(l));
    expect(rows).toEqual([
      "      3      2  2026-03-03 10:00  2024年粮食产量",
      "      2      1  2026-03-04 12:00  海东市幼儿园教师数量  (engine failed 1×)",
      "      1      1  2026-03-05 13:00  火星基地的氧气储备量是多少",
    ]);
    expect(stdout).toContain("1 line(s) of the log could not be read and were skipped.");
  });

  it("says so when nothing is logged; --json and --top", async () => {
    let out = "";
    const sink = { write: (s: string) => (out += s) };
    expect(await runUnanswered(["--log", join(dir, "none.jsonl")], {}, sink, sink)).toBe(0);
    expect(out).toMatch(/^No unanswered question in .*none\.jsonl\.\n$/);
    const path = join(dir, "json.jsonl");
    await writeFile(path, ENTRIES.map((e) => JSON.stringify(e)).join("\n"));
    out = "";
    expect(await runUnanswered(["--log", path, "--json", "--top", "1"], {}, sink, sink)).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ total: 6, distinct: 3, rows: [{ question: "2024年粮食产量", count: 3 }] });
    expect(await runUnanswered(["--since", "soon"], {}, sink, sink)).toBe(2);
  });
});
