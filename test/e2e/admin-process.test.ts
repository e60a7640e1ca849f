/**
 * End to end, the admin side: the real bot process (`node --import tsx src/main.ts`) against the
 * fake Bot API, on a small corpus and its index in a temp folder. A corrupt index dropped on
 * INDEX_PATH is refused and reported to the admin while the bot keeps answering; `npm run reindex`
 * run beside the running bot is noticed and swapped in without a restart; a report sent as a
 * document by the admin is downloaded, saved, re-indexed and swapped in; /stats counts; the
 * unanswered question is in the log.
 */
import { execFile, type ChildProcess } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateIndexFile } from "../../src/search/index/build.ts";
import { launchBot } from "./bot-launcher.ts";
import { FakeBotApi, type RecordedCall } from "./fake-bot-api.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CORPUS = join(ROOT, "corpus");
const FORMATS = fileURLToPath(new URL("../fixtures/formats/", import.meta.url));
const TOKEN = "123456:ABC-fake-token-for-tests-0123456789";
const ADMIN = 1001;
const OFFICIAL = 1002;

let dir: string;
let corpus: string;
let indexPath: string;
let logPath: string;
let api: FakeBotApi;
let bot: ChildProcess;
let botOutput: () => string = () => "";

/** Sends a text and waits for the bot's first message to that chat after it. */
async function ask(userId: number, text: string): Promise<string> {
  const sentAt = performance.now();
  const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] : undefined;
  api.push(api.privateMessage(userId, { text, ...(entities ? { entities } : {}) }));
  const reply = await api.waitFor(
    (c) => c.method === "sendMessage" && c.payload.chat_id === userId && c.at >= sentAt && !answered.has(c),
    20_000,
    `the reply to ${text}`,
  );
  answered.add(reply);
  return String(reply.payload.text);
}
/** Messages already looked at by a test. */
const answered = new Set<RecordedCall>();

/** The next message the bot sends to `chatId` that contains `text`. */
function nextMessageTo(chatId: number, text: string, timeoutMs = 30_000): Promise<RecordedCall> {
  return api.waitFor(
    (c) => c.method === "sendMessage" && c.payload.chat_id === chatId && String(c.payload.text).includes(text) && !answered.has(c),
    timeoutMs,
    `"${text}" sent to ${chatId}`,
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-e2e-admin-"));
  corpus = join(dir, "corpus");
  indexPath = join(dir, "data", "index.json");
  logPath = join(dir, "data", "unanswered.jsonl");
  for (const f of ["seed/haidong-2020-education-self-assessment.txt", "gwr/gwr-2019.txt"]) {
    await mkdir(join(corpus, f, ".."), { recursive: true });
    await copyFile(join(CORPUS, f), join(corpus, f));
  }
  await updateIndexFile({ corpusDir: corpus, indexPath });

  api = new FakeBotApi(TOKEN);
  const apiRoot = await api.listen();
  const launched = launchBot({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    CORPUS_DIR: corpus,
    INDEX_PATH: indexPath,
    UNANSWERED_LOG: logPath,
    ALLOWED_USERS: String(OFFICIAL),
    ADMIN_USERS: String(ADMIN),
  });
  bot = launched.process;
  botOutput = launched.output;
  await api.waitFor((c) => c.method === "getUpdates", 60_000, "the first getUpdates");
}, 90_000);

afterAll(async () => {
  if (bot && bot.exitCode === null && bot.signalCode === null) {
    bot.kill("SIGTERM");
    await new Promise((resolve) => bot.once("exit", resolve));
  }
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the running bot's admin side, as a process", () => {
  it("answers from the index it started with, and sets the admin's command menu", async () => {
    expect(await ask(OFFICIAL, "高中毛入学率")).toContain("<b>95.62%</b>");
    const adminMenu = api.calls.find((c) => c.method === "setMyCommands" && c.payload.scope?.chat_id === ADMIN);
    expect(((adminMenu?.payload.commands ?? []) as Array<{ command: string }>).map((c) => c.command)).toEqual(expect.arrayContaining(["stats", "reload"]));
  });

  it("refuses a corrupt index dropped on INDEX_PATH, tells the admin, keeps answering", async () => {
    const good = await readFile(indexPath);
    await writeFile(`${indexPath}.part`, good.subarray(0, good.length / 2));
    await rename(`${indexPath}.part`, indexPath);
    const notice = await nextMessageTo(ADMIN, "新索引无法使用");
    answered.add(notice);
    expect(String(notice.payload.text)).toContain("truncated or corrupt");
    expect(await ask(OFFICIAL, "高中毛入学率")).toContain("<b>95.62%</b>");
    expect(botOutput()).toMatch(/new index refused; the old one stays in service/);
  }, 40_000);

  it("takes the index `npm run reindex` writes beside it, without a restart", async () => {
    await copyFile(join(CORPUS, "gwr/gwr-2018.txt"), join(corpus, "gwr/gwr-2018.txt"));
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/reindex.ts", "--corpus", corpus, "--index", indexPath], {
      cwd: ROOT,
    });
    expect(stdout).toMatch(/Wrote .*index\.json: 3 reports/);
    const notice = await nextMessageTo(ADMIN, "新索引已启用");
    answered.add(notice);
    expect(String(notice.payload.text)).toContain("报告 3 份（原 2 份）");
    expect(await ask(OFFICIAL, "/sources")).toContain("已收录 3 份报告");
  }, 60_000);

  it("adds a report the admin sends as a document: downloaded, saved, re-indexed, swapped in (and announced once)", async () => {
    const pdf = await readFile(join(FORMATS, "haidong-excerpt.pdf"));
    api.addFile("haidong-pdf", pdf);
    const sentAt = performance.now();
    api.push(
      api.privateMessage(ADMIN, { document: { file_id: "haidong-pdf", file_unique_id: "uh", file_name: "海东教育自评（摘录）.pdf", file_size: pdf.length } }),
    );
    const report = await nextMessageTo(ADMIN, "uploads/海东教育自评（摘录）.pdf", 60_000);
    answered.add(report);
    // Not a duplicate (an excerpt of the seed, not the same text), so it is added.
    expect(String(report.payload.text)).toContain("<b>新增：</b>");
    expect(String(report.payload.text)).toContain("政府履行教育职责情况自查自评情况 · 自评督导 · 海东市 · 2019年数据 · 2020-11-26发布 · 2 段");
    answered.add(await nextMessageTo(ADMIN, "新索引已启用", 30_000));
    // The file watcher sees the index the upload's reindex wrote too: it must not load and announce it again.
    // (Its debounce is 0.5 s after the write; the second load, when there was one, came within a second.)
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const swaps = api.calls.filter(
      (c) => c.method === "sendMessage" && c.payload.chat_id === ADMIN && c.at >= sentAt && String(c.payload.text).includes("新索引已启用"),
    );
    expect(swaps).toHaveLength(1);
    expect(
      botOutput()
        .match(/index swapped in trigger=(upload|watch)/g)
        ?.slice(-1),
    ).toEqual(["index swapped in trigger=upload"]);
    expect(api.calls.some((c) => c.method === "download")).toBe(true);
    expect(await readFile(join(corpus, "uploads/海东教育自评（摘录）.pdf"))).toEqual(pdf);
    expect(await ask(OFFICIAL, "/sources")).toContain("已收录 4 份报告");
  }, 90_000);

  it("logs the unanswered question and counts it in /stats", async () => {
    expect(await ask(OFFICIAL, "火星基地的氧气储备量是多少")).toContain("没有写明");
    const stats = await ask(ADMIN, "/stats");
    expect(stats).toMatch(/报告：4 份/);
    expect(stats).toMatch(/提问 \d+ 个，已回答 \d+，未找到 1/);
    // The log is appended after the reply is sent (never delaying an answer): wait for the line.
    // appendFile creates the file before it writes, so a read can see it empty: parse inside the retry.
    const log = await eventually(async () => parseJsonLines(await readFile(logPath, "utf8")));
    expect(log).toEqual([{ time: expect.any(String), user: OFFICIAL, question: "火星基地的氧气储备量是多少", reason: "not-found" }]);
  }, 30_000);
});

/** One JSON value per line; throws on an empty or torn file, so `eventually` reads again. */
function parseJsonLines(text: string): unknown[] {
  if (!text.endsWith("\n")) throw new Error("the log's last line is not complete yet");
  return text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
}

/** Retries a read until it succeeds, for a few seconds: for files a process writes a moment later. */
async function eventually<T>(read: () => Promise<T>, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return await read();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
