import { describe, expect, it } from "vitest";
import { AnswerCache } from "../../src/bot/answer-cache.ts";
import { RateLimiter } from "../../src/bot/rate-limit.ts";
import { answerKeyboard, CALLBACK } from "../../src/bot/reply.ts";
import { notFoundPassages } from "../../src/answer/format.ts";
import { ConfigError, parseConfig } from "../../src/config.ts";
import { notFoundAnswer, seedAnswer } from "../fixtures/answers.ts";

describe("RateLimiter", () => {
  it("passes `limit` hits per window, notifies once, then drops until the window resets", () => {
    let t = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 1000, now: () => t });
    expect([1, 2, 3, 4, 5, 6].map(() => limiter.hit(1))).toEqual(["pass", "pass", "pass", "notify", "drop", "drop"]);
    expect(limiter.hit(2)).toBe("pass");
    t = 400;
    expect(limiter.secondsLeft(1)).toBe(1);
    t = 1000;
    expect(limiter.hit(1)).toBe("pass");
  });
  it("forgets the oldest users beyond maxUsers", () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 1000, now: () => 0, maxUsers: 2 });
    limiter.hit(1);
    limiter.hit(2);
    limiter.hit(3);
    expect(limiter.hit(1)).toBe("pass"); // forgotten, so a fresh window
  });
});

describe("AnswerCache", () => {
  it("is a bounded LRU with short keys", () => {
    const cache = new AnswerCache(2);
    const a = cache.put(seedAnswer);
    const b = cache.put(notFoundAnswer);
    expect(cache.get(a)).toBe(seedAnswer); // a is now the most recent
    const c = cache.put(seedAnswer);
    expect(cache.get(b)).toBeUndefined();
    expect(cache.get(a)).toBeDefined();
    expect(cache.get(c)).toBeDefined();
    expect(a).toMatch(/^[0-9a-z]{4,12}$/);
  });
});

describe("answerKeyboard", () => {
  it("offers the paragraph and the alternatives, with callback data under 64 bytes", () => {
    const kb = answerKeyboard("abc123", seedAnswer, 0)!;
    const row = kb.inline_keyboard.flat() as Array<{ text: string; callback_data: string }>;
    expect(row.map((b) => b.text)).toEqual(["原文段落", "其他结果 (2)"]);
    const last = answerKeyboard("abc123", seedAnswer, 2)!.inline_keyboard.flat() as Array<{ text: string; callback_data: string }>;
    expect(last.map((b) => b.text)).toEqual(["◀ 上一个", "原文段落"]);
    for (const b of [...row, ...last]) {
      expect(Buffer.byteLength(b.callback_data)).toBeLessThan(64);
      expect(CALLBACK.pattern.test(b.callback_data)).toBe(true);
    }
  });
  it("gives a not-found answer one paragraph button per passage it lists, and none that repeats them", () => {
    const row = answerKeyboard("k", notFoundAnswer, 0)!.inline_keyboard.flat() as Array<{ text: string; callback_data: string }>;
    const listed = notFoundPassages(notFoundAnswer);
    expect(row.map((b) => b.text)).toEqual(listed.map((_, i) => `原文 ${i + 1}`));
    expect(row.map((b) => b.callback_data)).toEqual(listed.map((pos) => CALLBACK.paragraph("k", pos)));
    expect(row.some((b) => b.text.startsWith("其他结果"))).toBe(false);
  });
});

describe("parseConfig", () => {
  it("applies defaults", () => {
    const config = parseConfig({});
    expect(config.BOT_TOKEN).toBeUndefined();
    expect(config).toMatchObject({
      TELEGRAM_API_ROOT: "https://api.telegram.org",
      ALLOWED_USERS: [],
      CORPUS_DIR: "./corpus",
      INDEX_PATH: "./data/index.json",
      LOG_LEVEL: "info",
    });
  });
  it("parses ids and strips a trailing slash from the API root", () => {
    const config = parseConfig({
      BOT_TOKEN: "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789",
      ALLOWED_USERS: " 1, 22 ,333",
      ADMIN_USERS: "4",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
    });
    expect(config.ALLOWED_USERS).toEqual([1, 22, 333]);
    expect(config.ADMIN_USERS).toEqual([4]);
    expect(config.TELEGRAM_API_ROOT).toBe("http://127.0.0.1:8081");
  });
  it("takes a PostgreSQL URL and a webhook with its secret; refuses a webhook without one, a bad URL and a bad port", () => {
    const config = parseConfig({
      DATABASE_URL: "postgres://zhaoshu:pw@db:5432/zhaoshu",
      WEBHOOK_URL: "https://bot.example/telegram",
      WEBHOOK_SECRET: "a-secret-of-sixteen-or-more",
      PORT: "9000",
    });
    expect(config).toMatchObject({ DATABASE_URL: "postgres://zhaoshu:pw@db:5432/zhaoshu", WEBHOOK_URL: "https://bot.example/telegram", PORT: 9000 });
    expect(parseConfig({}).PORT).toBe(8080);
    expect(() => parseConfig({ WEBHOOK_URL: "https://bot.example/telegram" })).toThrow(/WEBHOOK_SECRET: must be set with WEBHOOK_URL/);
    expect(() => parseConfig({ DATABASE_URL: "mysql://db/zhaoshu" })).toThrow(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(() => parseConfig({ WEBHOOK_URL: "https://x/t", WEBHOOK_SECRET: "short" })).toThrow(/WEBHOOK_SECRET: must be 16 to 256/);
    expect(() => parseConfig({ PORT: "70000" })).toThrow(/PORT/);
  });
  it("reports one clear line per bad variable", () => {
    let error: unknown;
    try {
      parseConfig({ BOT_TOKEN: "not-a-token", ALLOWED_USERS: "12,abc", LOG_LEVEL: "chatty", TELEGRAM_API_ROOT: "api.telegram.org" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^BOT_TOKEN: malformed token/);
    expect(problems.find((p) => p.startsWith("ALLOWED_USERS"))).toContain('"abc"');
    expect((error as Error).message).not.toMatch(/\bat \S+:\d+/);
  });
});
