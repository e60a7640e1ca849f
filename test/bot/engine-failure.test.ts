/**
 * When the engine fails on a question (a defect, or an index it cannot read), the user gets a
 * polite apology and no details, the failure is logged by the structured logger, counted in
 * /stats, and the question goes to the unanswered log with reason "error". The engine is made to
 * fail for real: the bot's index is the real one behind a proxy whose `paragraphs` throws, so
 * answerQuestion throws from inside retrieval, as a defect would.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ENGINE_FAILED } from "../../src/answer/format.ts";
import type { SearchIndex } from "../../src/search/index/search-index.ts";
import type { UnansweredEntry, UnansweredLog } from "../../src/unanswered.ts";
import { botMessage, buildTestIndex, buttons, callback, groupText, inlineQuery, makeHarness, privateText, type ApiCall, type Harness } from "./harness.ts";

const OFFICIAL = 1001;
const ADMIN = 7;
const DEFECT = "Cannot read properties of undefined (reading 'sentenceEnds')";

let real: SearchIndex;
beforeAll(async () => {
  ({ index: real } = await buildTestIndex());
}, 120_000);

interface Broken {
  h: Harness;
  entries: UnansweredEntry[];
  /** Whether the engine fails now (the index stays readable for /stats and /sources). */
  setBroken(on: boolean): void;
}

function brokenBot(): Broken {
  let broken = true;
  const index = new Proxy(real, {
    get(target, property) {
      if (property === "paragraphs" && broken) throw new TypeError(DEFECT);
      return Reflect.get(target, property, target);
    },
  });
  const entries: UnansweredEntry[] = [];
  const unanswered = { append: async (entry: UnansweredEntry) => void entries.push(entry) } as unknown as UnansweredLog;
  const h = makeHarness(index, { ALLOWED_USERS: String(OFFICIAL), ADMIN_USERS: String(ADMIN) }, { unanswered });
  return { h, entries, setBroken: (on) => (broken = on) };
}

const texts = (calls: ApiCall[]) => calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));

async function statsLine(b: Broken): Promise<string> {
  b.setBroken(false);
  const [stats] = texts(await b.h.send(privateText(ADMIN, "/stats")));
  b.setBroken(true);
  return stats!.split("\n").find((l) => l.startsWith("启动以来"))!;
}

describe("the engine fails on a question", () => {
  it("in a private chat: an apology, the error logged, /stats counts it, the unanswered log has it as an error", async () => {
    const b = brokenBot();
    const calls = await b.h.send(privateText(OFFICIAL, "高中毛入学率"));
    expect(texts(calls)).toEqual([ENGINE_FAILED]);
    const logged = b.h.logs.filter((l) => l.includes("ERROR engine failed"));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(`user=${OFFICIAL}`);
    expect(logged[0]).toContain(DEFECT);
    // The stack goes to the debug log, not to the user.
    expect(b.h.logs.some((l) => l.includes("TypeError: Cannot read properties") && l.includes("\n    at "))).toBe(true);
    expect(b.entries).toEqual([{ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), user: OFFICIAL, question: "高中毛入学率", reason: "error" }]);
    expect(await statsLine(b)).toMatch(/提问 1 个，已回答 0，未找到 0，出错 1$/);

    // The same bot, the engine working again: answered, and counted as such.
    b.setBroken(false);
    expect(texts(await b.h.send(privateText(OFFICIAL, "高中毛入学率")))[0]).toContain("<b>95.62%</b>");
    expect(await statsLine(b)).toMatch(/提问 2 个，已回答 1，未找到 0，出错 1$/);
  });

  it("asked in a group with /ask: the apology as a reply there", async () => {
    const b = brokenBot();
    const [reply] = (await b.h.send(groupText(OFFICIAL, "/ask 高中毛入学率"))).filter((c) => c.method === "sendMessage");
    expect(reply!.payload.text).toBe(ENGINE_FAILED);
    expect(reply!.payload.reply_parameters?.message_id).toBeGreaterThan(0);
    expect(b.entries.map((e) => e.reason)).toEqual(["error"]);
  });

  it("in inline mode: no article, the apology above the results; counted and logged", async () => {
    const b = brokenBot();
    const [call] = await b.h.send(inlineQuery(OFFICIAL, "高中毛入学率"));
    expect(call!.method).toBe("answerInlineQuery");
    expect(call!.payload.results).toEqual([]);
    expect(call!.payload.button).toEqual({ text: ENGINE_FAILED, start_parameter: "engine_error" });
    expect(call!.payload.is_personal).toBe(true);
    expect(b.entries).toEqual([expect.objectContaining({ user: OFFICIAL, question: "高中毛入学率", reason: "error" })]);
    expect(await statsLine(b)).toMatch(/出错 1$/);
    expect(b.h.logs.some((l) => l.includes("ERROR engine failed") && l.includes("source=inline"))).toBe(true);
  });

  it("the buttons under an answer given before keep working: they read the cached answer, not the engine", async () => {
    const b = brokenBot();
    b.setBroken(false);
    const [reply] = (await b.h.send(privateText(OFFICIAL, "高中毛入学率"))).filter((c) => c.method === "sendMessage");
    b.setBroken(true);
    const paragraph = buttons(reply!).find((x) => x.text === "原文段落")!;
    const calls = await b.h.send(callback(OFFICIAL, paragraph.callback_data, botMessage(OFFICIAL, "answer")));
    expect(texts(calls).join("")).toContain("<b>2019年,全市高中阶段毛入学率达到95.62%。</b>");
    expect(b.entries).toEqual([]);
  });
});
