/**
 * End to end, series and conversations: the real bot process (`node --import tsx src/main.ts`)
 * against the fake Bot API, with the suite's real index of the real corpus. A series question is
 * answered with a PNG chart (sendPhoto, multipart) whose caption, or the message before it, is the
 * table, under a 导出表格 button; pressing it sends the table as an .xlsx (sendDocument). A
 * follow-up (那2018年呢) is read against the question before it and says how it was understood.
 */
import type { ChildProcess } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { realIndexPath } from "../support/real-index.ts";
import { launchBot } from "./bot-launcher.ts";
import { FakeBotApi, isUploadedFile, PNG_SIGNATURE, type RecordedCall } from "./fake-bot-api.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TOKEN = "123456:ABC-fake-token-for-tests-0123456789";
const OFFICIAL = 1001;
const FOLLOWER = 1002;
const ZIP_SIGNATURE = Buffer.from("PK\x03\x04", "latin1");

let workDir: string;
let api: FakeBotApi;
let bot: ChildProcess;
let botOutput: () => string = () => "";

/** The bot's calls (sendMessage, sendPhoto…) that reply to this message. */
function repliesTo(update: Update): RecordedCall[] {
  const msg = update.message!;
  return api.calls.filter((c) => c.outcome === "ok" && c.payload.chat_id === msg.chat.id && c.payload.reply_parameters?.message_id === msg.message_id);
}

/** Waits for the reply to a message sent with `method` (sendMessage, sendPhoto). */
function replyTo(update: Update, method: string, timeoutMs = 30_000): Promise<RecordedCall> {
  const msg = update.message!;
  return api.waitFor(
    (c) => c.method === method && c.outcome === "ok" && c.payload.chat_id === msg.chat.id && c.payload.reply_parameters?.message_id === msg.message_id,
    timeoutMs,
    `${method} replying to "${msg.text}" from ${msg.chat.id}`,
  );
}

/** Text of Telegram HTML without its tags and with its entities decoded. */
function plain(html: unknown): string {
  return String(html ?? "")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "zhaoshu-e2e-series-"));
  const indexPath = join(workDir, "index.json");
  // A copy of the suite's real index, so the bot only loads it.
  await copyFile(realIndexPath(), indexPath);

  api = new FakeBotApi(TOKEN);
  const apiRoot = await api.listen();
  const launched = launchBot({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    CORPUS_DIR: join(ROOT, "corpus"),
    INDEX_PATH: indexPath,
    UNANSWERED_LOG: join(workDir, "unanswered.jsonl"),
    ALLOWED_USERS: [OFFICIAL, FOLLOWER].join(","),
    ADMIN_USERS: "",
  });
  bot = launched.process;
  botOutput = launched.output;
  // Started: commands registered and the first long poll is waiting.
  await api.waitFor((c) => c.method === "setMyCommands", 60_000, "setMyCommands at start");
  await api.waitFor((c) => c.method === "getUpdates", 10_000, "the first getUpdates");
}, 120_000);

afterAll(async () => {
  if (bot && bot.exitCode === null && bot.signalCode === null) {
    const exited = new Promise((resolve) => bot.once("exit", resolve));
    bot.kill("SIGKILL");
    await exited;
  }
  await api?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe("series and follow-ups in the bot process", () => {
  let chart: RecordedCall;

  it("answers 近三年GDP增速 with a PNG chart, the table and a 导出表格 button", async () => {
    const update = api.push(api.privateMessage(OFFICIAL, { text: "近三年GDP增速" }));
    chart = await replyTo(update, "sendPhoto");

    const photo = chart.payload.photo;
    expect(isUploadedFile(photo), `photo was ${JSON.stringify(photo)}`).toBe(true);
    if (!isUploadedFile(photo)) return;
    expect(photo.bytes.subarray(0, 8).equals(PNG_SIGNATURE), `photo starts ${photo.bytes.subarray(0, 8).toString("hex")}`).toBe(true);
    expect(photo.size).toBe(photo.bytes.length);
    expect(photo.size).toBeGreaterThan(10_000);
    expect(photo.fileName).toMatch(/\.png$/);

    // The table: in the caption, or (too long for a caption) in a message sent before the chart.
    expect(chart.payload.parse_mode).toBe("HTML");
    const before = repliesTo(update).filter((c) => c.method === "sendMessage" && c.at <= chart.at);
    const table = plain([chart.payload.caption, ...before.map((c) => c.payload.text)].join("\n"));
    expect(table).toMatch(/2022年\s*3%/);
    expect(table).toMatch(/2023年\s*5\.2%/);
    expect(table).toMatch(/2024年\s*5%/);
    expect(table).toContain("GDP");

    const buttons = (chart.payload.reply_markup?.inline_keyboard ?? []).flat() as Array<{ text: string; callback_data?: string }>;
    const exportButton = buttons.find((b) => b.text === "导出表格");
    expect(exportButton, JSON.stringify(buttons)).toBeDefined();
    expect(exportButton!.callback_data).toMatch(/^x:[0-9a-z]+:0$/);
    // One reply with the chart: no second chart, and no text reply after it.
    expect(repliesTo(update).filter((c) => c.method === "sendPhoto")).toHaveLength(1);
  }, 60_000);

  it("sends the table as an .xlsx when 导出表格 is pressed", async () => {
    const buttons = (chart.payload.reply_markup.inline_keyboard as Array<Array<{ text: string; callback_data: string }>>).flat();
    const data = buttons.find((b) => b.text === "导出表格")!.callback_data;
    const press = api.push(api.privateCallbackQuery(OFFICIAL, data, api.sentMessage(chart)));
    const queryId = press.callback_query!.id;

    const sent = await api.waitFor(
      (c) => c.method === "sendDocument" && c.outcome === "ok" && c.payload.chat_id === OFFICIAL,
      30_000,
      "the .xlsx after 导出表格",
    );
    const document = sent.payload.document;
    expect(isUploadedFile(document), `document was ${JSON.stringify(document)}`).toBe(true);
    if (!isUploadedFile(document)) return;
    expect(document.fileName).toMatch(/\.xlsx$/);
    expect(document.bytes.subarray(0, 4).equals(ZIP_SIGNATURE), `document starts ${document.bytes.subarray(0, 4).toString("hex")}`).toBe(true);
    expect(document.size).toBe(document.bytes.length);
    // The press was answered, so the client stops its spinner.
    await api.waitFor((c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === queryId, 10_000, "answerCallbackQuery for 导出表格");
    expect(api.calls.filter((c) => c.method === "sendDocument")).toHaveLength(1);
  }, 60_000);

  it("reads 那2018年呢 after 2019年城镇新增就业 as 2018年城镇新增就业", async () => {
    const first = api.push(api.privateMessage(FOLLOWER, { text: "2019年城镇新增就业" }));
    const firstReply = await replyTo(first, "sendMessage");
    expect(String(firstReply.payload.text)).not.toContain("理解为");

    const followUp = api.push(api.privateMessage(FOLLOWER, { text: "那2018年呢" }));
    const reply = await replyTo(followUp, "sendMessage");
    const html = String(reply.payload.text);
    expect(html.split("\n")[0]).toMatch(/^<i>理解为：2018年城镇新增就业<\/i>$/);
    expect(plain(html)).toContain("理解为：2018年城镇新增就业");
    expect(plain(html)).toContain("1361万人");
  }, 60_000);

  it("never showed a stack trace or an internal error, and logged no handler failure", () => {
    for (const c of api.calls.filter((c) => ["sendMessage", "sendPhoto", "sendDocument"].includes(c.method))) {
      expect(String(c.payload.text ?? c.payload.caption ?? "")).not.toMatch(/\n\s+at |Error:|TypeError|\[object Object\]/);
    }
    expect(botOutput()).not.toMatch(/handler failed|chart failed|update failed/);
  });
});
