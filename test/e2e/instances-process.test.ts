/**
 * End to end, several instances: two real bot processes in webhook mode behind a round-robin load
 * balancer, one PostgreSQL database (the suite's real server) holding the corpus and what the
 * instances share. The fake Bot API posts updates to the webhook as Telegram does; consecutive
 * updates reach different instances, and each carries on where the other left off: a follow-up,
 * a button under the other's reply, one rate limit for both.
 */
import type { ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../src/search/pg/local-server.ts";
import { freshDatabase } from "../support/postgres.ts";
import { launchBot } from "./bot-launcher.ts";
import { FakeBotApi, type RecordedCall } from "./fake-bot-api.ts";
import { RoundRobin } from "./round-robin.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "123456:ABC-fake-token-for-tests-0123456789";
const SECRET = "zhaoshu-webhook-secret-0123456789";
const OFFICIAL = 1001;
const BUSY = 1002;

let workDir: string;
let api: FakeBotApi;
let balancer: RoundRobin;
let db: Awaited<ReturnType<typeof freshDatabase>>;
const bots: Array<{ process: ChildProcess; output: () => string; port: number }> = [];

function replyTo(update: Update, timeoutMs = 30_000): Promise<RecordedCall> {
  const msg = update.message!;
  return api.waitFor(
    (c) => c.method === "sendMessage" && c.outcome === "ok" && c.payload.chat_id === msg.chat.id && c.payload.reply_parameters?.message_id === msg.message_id,
    timeoutMs,
    `the reply to "${msg.text}"`,
  );
}

/** Posts a message through the balancer; resolves with the update and the instance that took it. */
async function ask(user: number, text: string): Promise<{ update: Update; instance: number }> {
  const { update, status } = await api.postToWebhook(api.privateMessage(user, { text }));
  expect(status).toBe(200);
  return { update, instance: balancer.routed.at(-1)! };
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "zhaoshu-e2e-instances-"));
  db = await freshDatabase("instances");
  api = new FakeBotApi(TOKEN);
  const apiRoot = await api.listen();
  const ports = [await freePort(), await freePort()];
  balancer = new RoundRobin(ports.map((port) => `http://127.0.0.1:${port}`));
  const publicUrl = `${await balancer.listen()}/telegram`;
  for (const [i, port] of ports.entries()) {
    const launched = launchBot({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: apiRoot,
      // Both index the corpus folder into the database at start: the second waits for the first, then finds it done.
      CORPUS_DIR: join(ROOT, "corpus"),
      INDEX_PATH: join(workDir, `unused-${i}.json`),
      UNANSWERED_LOG: join(workDir, `unanswered-${i}.jsonl`),
      ALLOWED_USERS: [OFFICIAL, BUSY].join(","),
      ADMIN_USERS: "",
      DATABASE_URL: db.url,
      WEBHOOK_URL: publicUrl,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
    });
    bots.push({ ...launched, port });
  }
  const started = (i: number) => async () => {
    const end = Date.now() + 90_000;
    while (!bots[i]!.output().includes("bot started (webhook)")) {
      if (Date.now() > end || bots[i]!.process.exitCode !== null) throw new Error(`instance ${i} did not start:\n${bots[i]!.output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await Promise.all([started(0)(), started(1)()]);
}, 180_000);

afterAll(async () => {
  for (const bot of bots) {
    if (bot.process.exitCode === null && bot.process.signalCode === null) {
      const exited = new Promise((resolve) => bot.process.once("exit", resolve));
      bot.process.kill("SIGKILL");
      await exited;
    }
  }
  await balancer?.close();
  await api?.close();
  await db?.drop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("two bot instances behind one webhook", () => {
  it("set the webhook with its secret, and one of them indexed the corpus into the database", () => {
    expect(api.webhook).toMatchObject({ secret: SECRET });
    expect(api.calls.filter((c) => c.method === "setWebhook")).toHaveLength(2);
    const indexed = bots.filter((b) => b.output().includes("Indexed 53 reports into the database"));
    expect(indexed).toHaveLength(1);
  });

  it("answer a follow-up on the other instance than the question", async () => {
    const first = await ask(OFFICIAL, "2017年城镇新增就业");
    expect((await replyTo(first.update)).payload.text).toContain("1351万人");
    const followUp = await ask(OFFICIAL, "那2018年呢");
    expect(followUp.instance).not.toBe(first.instance);
    const reply = await replyTo(followUp.update);
    expect(reply.payload.text).toContain("1361万人");
    expect(reply.payload.text).toContain("2018年城镇新增就业");
  }, 60_000);

  it("show the paragraph when a button is pressed on the other instance than the one that answered", async () => {
    const question = await ask(OFFICIAL, "高中毛入学率");
    const reply = await replyTo(question.update);
    const buttons = (reply.payload.reply_markup?.inline_keyboard ?? []).flat() as Array<{ text: string; callback_data: string }>;
    const paragraph = buttons.find((b) => b.text === "原文段落");
    expect(paragraph, JSON.stringify(buttons)).toBeDefined();
    const { update, status } = await api.postToWebhook(api.privateCallbackQuery(OFFICIAL, paragraph!.callback_data, api.sentMessage(reply)));
    expect(status).toBe(200);
    expect(balancer.routed.at(-1)).not.toBe(question.instance);
    const shown = await api.waitFor(
      (c) =>
        (c.method === "sendMessage" || c.method === "editMessageText") && c.outcome === "ok" && String(c.payload.text).includes("95.62%") && c.at > reply.at,
      30_000,
      "the paragraph",
    );
    expect(String(shown.payload.text)).not.toContain("过期");
    await api.waitFor((c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === update.callback_query!.id, 10_000, "the press answered");
  }, 60_000);

  it("count one rate limit for a user across both instances", async () => {
    const asked = [];
    for (let i = 0; i < 12; i++) asked.push(await ask(BUSY, `${2008 + i}年城镇新增就业`));
    expect(new Set(asked.map((a) => a.instance)).size).toBe(2);
    await api.waitFor(
      (c) => c.method === "sendMessage" && String(c.payload.text).includes("请慢一点") && c.payload.chat_id === BUSY,
      30_000,
      "the slow-down notice",
    );
    // Ten answered (the limit), one notice, the twelfth dropped quietly.
    await new Promise((r) => setTimeout(r, 2_000));
    const toBusy = api.calls.filter((c) => c.method === "sendMessage" && c.outcome === "ok" && c.payload.chat_id === BUSY);
    expect(toBusy.filter((c) => String(c.payload.text).includes("请慢一点"))).toHaveLength(1);
    expect(toBusy).toHaveLength(11);
  }, 90_000);

  it("refuse an update without Telegram's secret", async () => {
    const { status } = await api.postToWebhook(api.privateMessage(OFFICIAL, { text: "高中毛入学率" }), "not-the-secret-0123456789");
    expect(status).toBe(401);
    const direct = await fetch(`http://127.0.0.1:${bots[0]!.port}/telegram`, { method: "POST", body: "{}" });
    expect(direct.status).toBe(401);
    expect((await fetch(`http://127.0.0.1:${bots[1]!.port}/healthz`)).status).toBe(200);
  });
});
