/**
 * The admin side of the running bot, through bot.handleUpdate with the real engine on a real
 * index file: /stats, the unanswered log, /reload and the file watcher refusing a corrupt index
 * while questions keep being answered, and reports sent as documents (admins only; checked
 * before anything is written; re-indexed by the real `npm run reindex` in a child process).
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { NOT_ADMIN, safeFileName } from "../../src/bot/features/upload.ts";
import { notifyAdminsOfReloads } from "../../src/bot/notify.ts";
import { childProcessReindexer, inProcessReindexer, type Reindexer } from "../../src/bot/reindex-runner.ts";
import { createLogger } from "../../src/logger.ts";
import { updateIndexFile } from "../../src/search/index/build.ts";
import { LiveIndex } from "../../src/search/live-index.ts";
import { loadIndex } from "../../src/search/index/search-index.ts";
import { UnansweredLog } from "../../src/unanswered.ts";
import { documentMessage, makeHarness, privateText, type ApiCall, type Harness } from "./harness.ts";

const CORPUS = fileURLToPath(new URL("../../corpus/", import.meta.url));
const FORMATS = fileURLToPath(new URL("../fixtures/formats/", import.meta.url));
const FILES = ["seed/haidong-2020-education-self-assessment.txt", "gwr/gwr-2019.txt"];
const ADMIN = 7;
const OFFICIAL = 1001;
const STRANGER = 666;

let dir: string;
/** A built index of FILES, copied for each test. */
let builtIndex: string;
let corpus: string;
let indexPath: string;
let logPath: string;
let live: LiveIndex;
let stopWatching: () => void = () => {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "zhaoshu-admin-"));
  const base = join(dir, "base-corpus");
  for (const f of FILES) {
    await mkdir(join(base, f, ".."), { recursive: true });
    await copyFile(join(CORPUS, f), join(base, f));
  }
  builtIndex = join(dir, "base-index.json");
  await updateIndexFile({ corpusDir: base, indexPath: builtIndex });
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let run = 0;
beforeEach(async () => {
  const here = join(dir, `run-${++run}`);
  corpus = join(here, "corpus");
  indexPath = join(here, "data", "index.json");
  logPath = join(here, "data", "unanswered.jsonl");
  for (const f of FILES) {
    await mkdir(join(corpus, f, ".."), { recursive: true });
    await copyFile(join(CORPUS, f), join(corpus, f));
  }
  await mkdir(join(here, "data"));
  await copyFile(builtIndex, indexPath);
  live = await new LiveIndex(indexPath, await loadIndex(indexPath), { logger: createLogger("silent"), debounceMs: 30, pollMs: 100 }).adoptFile();
});
afterEach(() => stopWatching());

interface Setup {
  reindex?: Reindexer;
  files?: Record<string, Buffer>;
}

function harness({ reindex, files = {} }: Setup = {}): Harness & { downloads: string[] } {
  const downloads: string[] = [];
  const h = makeHarness(
    live.current,
    { ALLOWED_USERS: String(OFFICIAL), ADMIN_USERS: String(ADMIN), CORPUS_DIR: corpus, INDEX_PATH: indexPath },
    {
      live,
      unanswered: new UnansweredLog(logPath, createLogger("silent")),
      reindex: reindex ?? inProcessReindexer({ corpusDir: corpus, indexPath }),
      download: async (filePath) => {
        downloads.push(filePath);
        const name = Object.keys(files).find((n) => filePath.endsWith(n)) ?? Object.keys(files)[0];
        if (!name) throw new Error("no such file");
        return files[name]!;
      },
    },
  );
  return Object.assign(h, { downloads });
}

const texts = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe("/stats and the unanswered log", () => {
  it("counts questions answered and not found since start, with the median time and the index's size and age", async () => {
    const h = harness();
    expect(texts(await h.send(privateText(OFFICIAL, "高中毛入学率")))[0]).toContain("95.62%");
    expect(texts(await h.send(privateText(OFFICIAL, "火星基地的氧气储备量是多少")))[0]).toContain("没有写明");
    const [stats] = texts(await h.send(privateText(ADMIN, "/stats")));
    expect(stats).toContain("报告：2 份，段落");
    expect(stats).toMatch(/索引：\d+(\.\d)? (MB|KB)，生成于 \d{4}-\d\d-\d\dT.*（\d+ (秒|分钟)前）/);
    expect(stats).toMatch(/提问 2 个，已回答 1，未找到 1/);
    expect(stats).toMatch(/回答用时中位数：[\d.]+ 毫秒/);
    expect(texts(await h.send(privateText(OFFICIAL, "/stats")))[0]).toContain("仅限管理员");
  });

  it("appends each question without an answer to the log (time, user, question), not the answered ones", async () => {
    const h = harness();
    await h.send(privateText(OFFICIAL, "高中毛入学率"));
    await h.send(privateText(OFFICIAL, "火星基地的氧气储备量是多少"));
    await h.send(privateText(ADMIN, "月球土壤样品有多少克？"));
    // The log is appended after the reply: wait for both lines.
    let text = "";
    for (let i = 0; i < 100 && text.split("\n").length < 3; i++) {
      text = await readFile(logPath, "utf8").catch(() => "");
      await new Promise((r) => setTimeout(r, 20));
    }
    const lines = text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), user: OFFICIAL, question: "火星基地的氧气储备量是多少", reason: "not-found" },
      { time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), user: ADMIN, question: "月球土壤样品有多少克？", reason: "not-found" },
    ]);
  });
});

describe("a corrupt index under the running bot", () => {
  it("/reload refuses it and says why; questions are answered from the old index; a good one is then taken", async () => {
    const h = harness();
    const good = await readFile(indexPath, "utf8");
    await writeFile(indexPath, good.slice(0, good.length / 3));
    const [refused] = texts(await h.send(privateText(ADMIN, "/reload")));
    expect(refused).toContain("新索引无法使用，已拒绝");
    expect(refused).toContain("原索引继续服务");
    expect(refused).toMatch(/truncated or corrupt/);
    expect(texts(await h.send(privateText(OFFICIAL, "高中毛入学率")))[0]).toContain("<b>95.62%</b>");
    expect(texts(await h.send(privateText(OFFICIAL, "/reload")))[0]).toContain("仅限管理员");

    // A good index of three reports replaces it.
    await copyFile(join(CORPUS, "gwr/gwr-2018.txt"), join(corpus, "gwr/gwr-2018.txt"));
    await writeFile(indexPath, good);
    await updateIndexFile({ corpusDir: corpus, indexPath });
    const [taken] = texts(await h.send(privateText(ADMIN, "/reload")));
    expect(taken).toContain("新索引已启用");
    expect(taken).toContain("报告 3 份（原 2 份）");
    expect(texts(await h.send(privateText(OFFICIAL, "/sources")))[0]).toContain("已收录 3 份报告");
  });

  it("the watcher refuses a corrupt file dropped in place, tells the admins, and the bot keeps answering", async () => {
    const h = harness();
    stopWatching = live.watch();
    notifyAdminsOfReloads(h.bot.api, live, { ADMIN_USERS: [ADMIN] }, createLogger("silent"));
    const before = live.current;
    await writeFile(`${indexPath}.part`, '{"version":2,"builtAt":"2026-');
    await rename(`${indexPath}.part`, indexPath);
    await until(() => h.calls.some((c) => c.method === "sendMessage" && c.payload.chat_id === ADMIN));
    const notice = h.calls.find((c) => c.method === "sendMessage" && c.payload.chat_id === ADMIN)!;
    expect(String(notice.payload.text)).toContain("新索引无法使用，已拒绝");
    expect(live.current).toBe(before);
    expect(texts(await h.send(privateText(OFFICIAL, "高中毛入学率")))[0]).toContain("<b>95.62%</b>");
  });
});

describe("reports sent to the bot", () => {
  it("an admin's PDF is checked, saved in the corpus, re-indexed by npm run reindex, swapped in, and reported", async () => {
    const pdf = await readFile(join(FORMATS, "gwr-2019-excerpt.pdf"));
    const h = harness({ reindex: childProcessReindexer({ corpusDir: corpus, indexPath }, createLogger("silent")), files: { "gwr-2019-excerpt.pdf": pdf } });
    const calls = await h.send(documentMessage(ADMIN, "gwr-2019-excerpt.pdf", pdf.length));
    const replies = texts(calls);
    expect(replies[0]).toContain("已收到 gwr-2019-excerpt.pdf，正在检查并重建索引");
    expect(replies[1]).toContain("<b>新增：</b>");
    expect(replies[1]).toContain(
      "• uploads/gwr-2019-excerpt.pdf：2019年中华人民共和国国务院政府工作报告 · 工作报告 · 全国 · 2018年数据 · 发布日期不详 · 11 段",
    );
    expect(replies[1]).toMatch(/共 3 份报告（2 份未变）/);
    expect(replies[1]).toContain("索引已重建");
    expect(replies[2]).toContain("新索引已启用");
    expect(calls.filter((c) => c.method === "getFile")).toHaveLength(1);
    expect(await readFile(join(corpus, "uploads/gwr-2019-excerpt.pdf"))).toEqual(pdf);
    expect((await readdir(join(corpus, "uploads"))).filter((f) => f.startsWith("."))).toEqual([]);
    expect(live.current.reports.map((r) => r.file)).toContain("uploads/gwr-2019-excerpt.pdf");
  }, 60_000);

  it("an admin's upload is swapped in and announced once, though the file watcher sees the new index too", async () => {
    // Loading takes a while, as the real index's does (0.3 s and more): longer than the watcher's debounce.
    const slowLoad = (path: string) => new Promise<void>((r) => setTimeout(r, 150)).then(() => loadIndex(path));
    live = await new LiveIndex(indexPath, live.current, { logger: createLogger("silent"), load: slowLoad, debounceMs: 20, pollMs: 60_000 }).adoptFile();
    const pdf = await readFile(join(FORMATS, "haidong-excerpt.pdf"));
    const h = harness({ files: { "haidong-excerpt.pdf": pdf } });
    stopWatching = live.watch();
    notifyAdminsOfReloads(h.bot.api, live, { ADMIN_USERS: [ADMIN] }, createLogger("silent"));
    await h.send(documentMessage(ADMIN, "haidong-excerpt.pdf", pdf.length));
    await new Promise((r) => setTimeout(r, 500));
    const swapped = h.calls.filter((c) => c.method === "sendMessage" && String(c.payload.text).includes("新索引已启用"));
    expect(swapped).toHaveLength(1);
    expect(live.current.reports.map((r) => r.file)).toContain("uploads/haidong-excerpt.pdf");
    // Sent again: the same bytes as the version indexed.
    expect(texts(await h.send(documentMessage(ADMIN, "haidong-excerpt.pdf", pdf.length))).at(-1)).toBe(
      "未收录 haidong-excerpt.pdf：与已收录的版本完全相同，无需更新。",
    );
  });

  it("a scanned PDF, a copy of an indexed report (its bytes or its text), an unsupported or too large file: refused, nothing written", async () => {
    let reindexed = 0;
    const spy: Reindexer = async () => {
      reindexed++;
      throw new Error("must not reindex");
    };
    const scanned = await readFile(join(FORMATS, "scanned.pdf"));
    const copy = await readFile(join(CORPUS, "gwr/gwr-2019.txt"));
    // The seed page in GB18030: other bytes, the same text.
    const gbk = await readFile(fileURLToPath(new URL("../fixtures/haidong-gb18030.txt", import.meta.url)));
    const h = harness({ reindex: spy, files: { "scan.pdf": scanned, "copy.txt": copy, "gbk.txt": gbk } });

    const onScan = texts(await h.send(documentMessage(ADMIN, "scan.pdf", scanned.length)));
    expect(onScan.at(-1)).toBe("未收录：\n• uploads/scan.pdf：没有文字，可能是扫描件，请先做文字识别（OCR），或发送 Word、文本版本。");
    const onCopy = texts(await h.send(documentMessage(ADMIN, "copy.txt", copy.length)));
    expect(onCopy.at(-1)).toContain("与已收录的 gwr/gwr-2019.txt 内容完全相同");
    const onGbk = texts(await h.send(documentMessage(ADMIN, "gbk.txt", gbk.length)));
    expect(onGbk.at(-1)).toBe("未收录 gbk.txt：与已收录的 seed/haidong-2020-education-self-assessment.txt 文字相同。");

    const before = h.calls.filter((c) => c.method === "getFile").length;
    expect(texts(await h.send(documentMessage(ADMIN, "数据.xlsx", 1000)))[0]).toBe(
      "未收录 数据.xlsx：不支持的文件类型（.xlsx），请发送 .txt .md .html .htm .docx .pdf 文件。",
    );
    expect(texts(await h.send(documentMessage(ADMIN, "旧版.doc", 1000)))[0]).toBe("未收录 旧版.doc：不支持的文件类型（.doc），请另存为 .docx 再发送。");
    expect(texts(await h.send(documentMessage(ADMIN, "big.pdf", 30 * 1024 * 1024)))[0]).toBe(
      "未收录 big.pdf：文件过大（30 MB，上限 20 MB），请确认它是一份报告。",
    );
    expect(h.calls.filter((c) => c.method === "getFile").length).toBe(before);

    expect(reindexed).toBe(0);
    await expect(readdir(join(corpus, "uploads"))).rejects.toThrow(/ENOENT/);
  });

  it("a non-admin's document is refused without being downloaded or written; a stranger's too", async () => {
    const h = harness({ files: { "report.pdf": await readFile(join(FORMATS, "haidong-excerpt.pdf")) } });
    const calls = await h.send(documentMessage(OFFICIAL, "report.pdf", 1000));
    expect(texts(calls)).toEqual([NOT_ADMIN]);
    const stranger = await h.send(documentMessage(STRANGER, "report.pdf", 1000));
    expect(texts(stranger)[0]).toContain("没有使用权限");
    expect(h.calls.some((c) => c.method === "getFile")).toBe(false);
    expect(h.downloads).toEqual([]);
    await expect(readdir(join(corpus, "uploads"))).rejects.toThrow(/ENOENT/);
  });
});

describe("safeFileName", () => {
  it("keeps a Chinese name, drops folders, leading dots and control characters", () => {
    expect(safeFileName("2024年海东市政府工作报告.PDF")).toBe("2024年海东市政府工作报告.pdf");
    expect(safeFileName("../../etc/passwd")).toBe("passwd");
    expect(safeFileName("..\\..\\报告.docx")).toBe("报告.docx");
    expect(safeFileName(".hidden.txt")).toBe("hidden.txt");
    expect(safeFileName("a\u0000b|c?.txt")).toBe("a_b_c_.txt");
    expect(safeFileName("..")).toBe("report");
    expect(safeFileName(undefined)).toBe("report");
  });
});
