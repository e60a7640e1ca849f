/**
 * End to end: the real bot process (`node --import tsx src/main.ts`, what `npm start` runs)
 * against a fake Bot API server on 127.0.0.1, with a real index of the real corpus.
 * Checks: a question is answered with the figure and its source; a stranger is refused;
 * 429 / 500 / dropped connections are retried and the reply still arrives; a 200-message burst
 * from several users is answered or rate-limited message by message and the process stays up;
 * SIGTERM stops it cleanly. Prints the reply latency (update handed to the bot → sendMessage).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RATE_LIMITS } from "../../src/bot/rate-limit.ts";
import { realIndexPath } from "../support/real-index.ts";
import { launchBot } from "./bot-launcher.ts";
import { FakeBotApi, type RecordedCall } from "./fake-bot-api.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "123456:ABC-fake-token-for-tests-0123456789";
const OFFICIAL = 1001;
const SECOND = 1002;
const STRANGER = 999;
const BURST_USERS = [2001, 2002, 2003, 2004, 2005];
const BURST_SIZE = 200;
/** Questions from test/fixtures/dev.jsonl, varied so the burst exercises the engine. */
const QUESTIONS = ["高中毛入学率", "学前教育毛入园率", "全市义务教育巩固率是多少？", "普惠性幼儿园覆盖率", "2019年城镇新增就业多少？", "GDP增长 2018"];

let indexPath: string;
let api: FakeBotApi;
let bot: ChildProcess;
let workDir: string;
let botOutput: () => string = () => "";
let exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
/** update_id → ms from getUpdates handing the update over to the successful sendMessage answering it. */
const latencies: Array<{ updateId: number; ms: number; kind: LatencyKind }> = [];
/** single: one question at a time; faulted: a 429/500/drop was injected on the way; burst: queued behind up to 99 others. */
type LatencyKind = "single" | "faulted" | "burst";

/** Waits for the successful reply to a pushed message and records its latency. */
async function replyTo(update: Update, kind: LatencyKind = "single", timeoutMs = 15_000): Promise<RecordedCall> {
  const msg = update.message!;
  const call = await api.waitFor(
    (c) => c.method === "sendMessage" && c.outcome === "ok" && c.payload.chat_id === msg.chat.id && c.payload.reply_parameters?.message_id === msg.message_id,
    timeoutMs,
    `the reply to "${msg.text}" from ${msg.chat.id}`,
  );
  latencies.push({ updateId: update.update_id, ms: call.at - api.deliveredAt.get(update.update_id)!, kind });
  return call;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "zhaoshu-e2e-"));
  indexPath = join(workDir, "index.json");
  // A copy of the suite's real index, so the processes below only load it.
  await copyFile(realIndexPath(), indexPath);
}, 120_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function startBot(): Promise<void> {
  api = new FakeBotApi(TOKEN);
  const apiRoot = await api.listen();
  const launched = launchBot({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    CORPUS_DIR: join(ROOT, "corpus"),
    INDEX_PATH: indexPath,
    UNANSWERED_LOG: join(workDir, "unanswered.jsonl"),
    ALLOWED_USERS: [OFFICIAL, SECOND, ...BURST_USERS].join(","),
    ADMIN_USERS: String(OFFICIAL),
  });
  bot = launched.process;
  botOutput = launched.output;
  exit = new Promise((resolve) => bot.once("exit", (code, signal) => resolve({ code, signal })));
  // Started: commands registered and the first long poll is waiting.
  await api.waitFor((c) => c.method === "setMyCommands", 60_000, "setMyCommands at start");
  await api.waitFor((c) => c.method === "getUpdates", 10_000, "the first getUpdates");
}

async function stopBot(): Promise<void> {
  if (bot && bot.exitCode === null && bot.signalCode === null) bot.kill("SIGKILL");
  await api?.close();
  if (latencies.length > 0) {
    const fmt = (kind: LatencyKind | "all") => {
      const xs = latencies
        .filter((l) => kind === "all" || l.kind === kind)
        .map((l) => l.ms)
        .sort((a, b) => a - b);
      if (xs.length === 0) return `${kind}: none`;
      return `${kind.padEnd(7)} n=${String(xs.length).padEnd(3)} median=${percentile(xs, 0.5).toFixed(1)}ms p95=${percentile(xs, 0.95).toFixed(1)}ms max=${xs.at(-1)!.toFixed(1)}ms`;
    };
    console.log(
      "[e2e] reply latency, update handed over by getUpdates → sendMessage received by the fake API:\n  " +
        (["single", "faulted", "burst", "all"] as const).map(fmt).join("\n  "),
    );
  }
}

describe("the bot process against a fake Bot API", () => {
  beforeAll(startBot, 60_000);
  afterAll(stopBot);

  it("started by registering its commands, without a webhook", () => {
    const commands = api.calls.find((c) => c.method === "setMyCommands")!.payload.commands as Array<{ command: string }>;
    expect(commands.map((c) => c.command)).toEqual(expect.arrayContaining(["help", "ask", "sources", "start"]));
    expect(api.calls.some((c) => c.method === "deleteWebhook")).toBe(true);
    expect(api.calls.some((c) => c.method === "getMe")).toBe(true);
  });

  it("answers 高中毛入学率 with 95.62% and its source", async () => {
    const update = api.push(api.privateMessage(OFFICIAL, { text: "高中毛入学率" }));
    const reply = await replyTo(update);
    const text = String(reply.payload.text);
    expect(reply.payload.parse_mode).toBe("HTML");
    expect(text).toContain("<b>95.62%</b>");
    expect(text).toContain("政府履行教育职责情况自查自评情况");
    expect(text).toContain("2020-11-26");
    expect(text).toContain("2019年,全市<b>高中</b>阶段<b>毛入学率</b>达到<b>95.62%</b>。");
  });

  it("answers questions one at a time, each with one reply", async () => {
    for (const question of QUESTIONS.slice(1)) {
      const reply = await replyTo(api.push(api.privateMessage(OFFICIAL, { text: question })));
      expect(String(reply.payload.text).length).toBeGreaterThan(0);
    }
  });

  it("refuses a stranger politely, once, with no data", async () => {
    const first = api.push(api.privateMessage(STRANGER, { text: "高中毛入学率" }));
    const refusal = await api.waitFor((c) => c.method === "sendMessage" && c.payload.chat_id === STRANGER, 10_000, "the refusal");
    expect(String(refusal.payload.text)).toContain("没有使用权限");
    expect(String(refusal.payload.text)).not.toContain("95.62");
    api.push(api.privateMessage(STRANGER, { text: "高中毛入学率" }));
    // An allowed user's question after it is answered, and the stranger got nothing more.
    await replyTo(api.push(api.privateMessage(SECOND, { text: "学前教育毛入园率" })));
    expect(api.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === STRANGER)).toHaveLength(1);
    expect(first.update_id).toBeGreaterThan(0);
  });

  it("retries a 429 (retry_after) and a 500 and still delivers the reply", async () => {
    api.inject("sendMessage", { kind: "429", retryAfter: 1 }, { kind: "500" });
    const update = api.push(api.privateMessage(OFFICIAL, { text: "高中毛入学率" }));
    const reply = await replyTo(update, "faulted", 20_000);
    expect(String(reply.payload.text)).toContain("95.62%");
    const attempts = api.calls.filter((c) => c.method === "sendMessage" && c.payload.reply_parameters?.message_id === update.message!.message_id);
    expect(attempts.map((c) => c.outcome)).toEqual(["429", "500", "ok"]);
    // The 429 was honoured: the retry came after retry_after.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
  }, 30_000);

  it("retries a dropped connection, on sendMessage and on getUpdates", async () => {
    api.inject("sendMessage", { kind: "drop" });
    const update = api.push(api.privateMessage(SECOND, { text: "普惠性幼儿园覆盖率" }));
    const reply = await replyTo(update, "faulted", 20_000);
    expect(String(reply.payload.text)).toContain("99.8");

    api.inject("getUpdates", { kind: "drop" });
    // Wake the waiting long poll so the next getUpdates is the dropped one.
    const next = api.push(api.privateMessage(SECOND, { text: "高中毛入学率" }));
    await replyTo(next, "faulted", 20_000);
    const later = api.push(api.privateMessage(SECOND, { text: "高中毛入学率" }));
    await replyTo(later, "faulted", 20_000);
    expect(api.calls.some((c) => c.method === "getUpdates" && c.outcome === "drop")).toBe(true);
  }, 45_000);

  it(`answers or rate-limits every one of ${BURST_SIZE} messages from ${BURST_USERS.length} users, and stays up`, async () => {
    const messages = Array.from({ length: BURST_SIZE }, (_, i) =>
      api.privateMessage(BURST_USERS[i % BURST_USERS.length]!, { text: QUESTIONS[i % QUESTIONS.length]! }),
    );
    const logMark = botOutput().length;
    const started = performance.now();
    const burst = api.pushMany(messages);
    const lastId = burst.at(-1)!.update_id;
    // All processed: the bot has confirmed every update of the burst with its next getUpdates.
    await api.waitFor((c) => c.method === "getUpdates" && Number(c.payload.offset) > lastId, 60_000, "the burst to be confirmed");
    const elapsed = performance.now() - started;

    let answered = 0;
    let notices = 0;
    for (const update of burst) {
      const replies = api.repliesTo(update.message!.chat.id, update.message!.message_id);
      expect(replies.length).toBeLessThanOrEqual(1);
      const text = String(replies[0]?.payload.text ?? "");
      if (!replies[0]) continue;
      if (text.includes("请慢一点")) notices++;
      else {
        answered++;
        latencies.push({ updateId: update.update_id, ms: replies[0].at - api.deliveredAt.get(update.update_id)!, kind: "burst" });
      }
    }
    // The bot's log lines reach this process through a pipe, after the replies and the confirming
    // getUpdates: read them until every message not answered is logged, or for 10 s at most.
    const rateLimitedSoFar = () =>
      (
        botOutput()
          .slice(logMark)
          .match(/rate-limited user=\d+ kind=message/g) ?? []
      ).length;
    for (let waited = 0; rateLimitedSoFar() < BURST_SIZE - answered && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    const rateLimited = rateLimitedSoFar();
    const perUser = BURST_SIZE / BURST_USERS.length;
    console.log(
      `[e2e] burst of ${BURST_SIZE} messages (${BURST_USERS.length} users × ${perUser}) processed in ${elapsed.toFixed(0)} ms: ` +
        `${answered} answered, ${rateLimited} rate-limited (${notices} "slow down" notices, ${rateLimited - notices} dropped quietly)`,
    );
    // Every message is accounted for: answered, or rate-limited (logged by the bot, one line each).
    expect(answered + rateLimited).toBe(BURST_SIZE);
    expect(answered).toBe(BURST_USERS.length * RATE_LIMITS.messages.limit);
    expect(notices).toBe(BURST_USERS.length);
    expect(bot.exitCode).toBeNull();

    // Still up and answering.
    await replyTo(api.push(api.privateMessage(SECOND, { text: "高中毛入学率" })));
  }, 90_000);

  it("never showed a stack trace or an internal error to a user", () => {
    for (const c of api.calls.filter((c) => c.method === "sendMessage")) {
      expect(String(c.payload.text)).not.toMatch(/\n\s+at |Error:|TypeError|\[object Object\]/);
    }
  });

  it("stops cleanly on SIGTERM within a few seconds", async () => {
    const sentAt = performance.now();
    bot.kill("SIGTERM");
    const result = await Promise.race([exit, new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 8_000))]);
    const took = performance.now() - sentAt;
    console.log(`[e2e] SIGTERM → exit in ${took.toFixed(0)} ms`);
    expect(result, botOutput().slice(-3000)).toEqual({ code: 0, signal: null });
    expect(took).toBeLessThan(6_000);
    expect(botOutput()).toContain("stopping");
    expect(botOutput()).not.toMatch(/Unhandled|uncaught/i);
  }, 15_000);
});

describe("npm start without BOT_TOKEN", () => {
  it("is the terminal chat over the same engine and reply text, saying how to connect Telegram", async () => {
    const chat = spawn("npm", ["start", "--silent"], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        INDEX_PATH: indexPath,
        CORPUS_DIR: join(ROOT, "corpus"),
        BOT_TOKEN: "",
        UNANSWERED_LOG: join(workDir, "unanswered.jsonl"),
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let out = "";
    chat.stdout!.on("data", (chunk) => (out += chunk));
    chat.stderr!.on("data", (chunk) => (out += chunk));
    chat.stdin!.end("高中毛入学率\n:p\n");
    const code = await new Promise<number | null>((resolve) => chat.once("exit", resolve));
    expect(code, out).toBe(0);
    expect(out).toContain("BOT_TOKEN");
    expect(out).toContain("95.62%  高中阶段毛入学率 · 海东市 · 2019年");
    expect(out).toContain("政府履行教育职责情况自查自评情况 · 2020-11-26");
    expect(out).not.toMatch(/<\/?b>/);
    expect(out).toContain("四是特殊教育发展成效明显"); // :p showed the paragraph
  }, 60_000);

  it("refuses a malformed configuration with one line per bad variable and no stack trace", async () => {
    const run = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, BOT_TOKEN: "12345", ALLOWED_USERS: "1,two", INDEX_PATH: indexPath },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let err = "";
    run.stderr!.on("data", (chunk) => (err += chunk));
    const code = await new Promise<number | null>((resolve) => run.once("exit", resolve));
    expect(code).toBe(2);
    expect(err).toMatch(/^\s+- BOT_TOKEN: malformed token/m);
    expect(err).toMatch(/^\s+- ALLOWED_USERS: "two" is not a numeric Telegram user id/m);
    expect(err).not.toMatch(/\n\s+at /);
  }, 30_000);
});
