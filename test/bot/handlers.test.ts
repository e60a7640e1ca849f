import { corpusOf } from "../../src/search/corpus.ts";
import type { InputFile } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer.ts";
import { notFoundPassages } from "../../src/answer/format.ts";
import { formatAnswerHtml, TELEGRAM_MESSAGE_LIMIT } from "../../src/bot/telegram-html.ts";
import { refusalText } from "../../src/bot/features/access.ts";
import { RATE_LIMITS } from "../../src/bot/rate-limit.ts";
import type { SearchIndex } from "../../src/search/index/search-index.ts";
import {
  botMessage,
  buildTestIndex,
  buttons,
  callback,
  edited,
  GROUP,
  groupText,
  inlineQuery,
  isSafeHtml,
  makeHarness,
  photo,
  privateText,
  sticker,
  type ApiCall,
} from "./harness.ts";

let index: SearchIndex;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ index, cleanup } = await buildTestIndex());
}, 120_000);
afterAll(() => cleanup?.());

const OFFICIAL = 1001;
const STRANGER = 666;
const ADMIN = 7;

function sent(calls: ApiCall[], method = "sendMessage"): ApiCall[] {
  return calls.filter((c) => c.method === method);
}

/** No reply may ever carry a stack trace or an internal error. */
function expectNoInternals(calls: ApiCall[]) {
  for (const c of calls) {
    const text = String(c.payload.text ?? "");
    expect(text).not.toMatch(/\n\s+at |Error:|TypeError|undefined|\[object Object\]/);
  }
}

describe("a question in a private chat", () => {
  it("gets one reply, figure first, with the sentence, the report and the buttons", async () => {
    const h = makeHarness(index);
    const calls = await h.send(privateText(OFFICIAL, "高中毛入学率"));
    const replies = sent(calls);
    expect(replies).toHaveLength(1);
    const reply = replies[0]!;
    expect(reply.payload.parse_mode).toBe("HTML");
    const text = String(reply.payload.text);
    expect(text.startsWith("<b>95.62%</b>")).toBe(true);
    expect(text).toContain("2019年");
    expect(text).toContain("政府履行教育职责情况自查自评情况");
    expect(text).toContain("2020-11-26");
    expect(text).toBe(formatAnswerHtml(await answerQuestion(corpusOf(index), "高中毛入学率")));
    expect(isSafeHtml(text)).toBe(true);
    const labels = buttons(reply).map((b) => b.text);
    expect(labels).toContain("原文段落");
    for (const b of buttons(reply)) expect(Buffer.byteLength(b.callback_data)).toBeLessThan(64);
  });

  it("原文段落 sends the whole paragraph; 其他结果 pages through the alternatives and back", async () => {
    const h = makeHarness(index);
    const [reply] = sent(await h.send(privateText(OFFICIAL, "高中毛入学率")));
    const paragraphButton = buttons(reply!).find((b) => b.text === "原文段落")!;
    const message = botMessage(OFFICIAL, "answer");

    const onParagraph = await h.send(callback(OFFICIAL, paragraphButton.callback_data, message));
    expect(sent(onParagraph, "answerCallbackQuery")).toHaveLength(1);
    const paragraphs = sent(onParagraph);
    expect(paragraphs.length).toBeGreaterThanOrEqual(1);
    expect(paragraphs.map((c) => c.payload.text).join("")).toContain("<b>2019年,全市高中阶段毛入学率达到95.62%。</b>");
    for (const p of paragraphs) expect(String(p.payload.text).length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);

    const more = buttons(reply!).find((b) => b.text.startsWith("其他结果"));
    expect(Boolean(more)).toBe((await answerQuestion(corpusOf(index), "高中毛入学率")).alternatives.length > 0);
    if (!more) return; // the engine found no alternative for this one
    const onMore = await h.send(callback(OFFICIAL, more.callback_data, message));
    const edit = sent(onMore, "editMessageText")[0]!;
    expect(edit.payload.message_id).toBe(message.message_id);
    expect(String(edit.payload.text)).toMatch(/^<i>其他结果 1\/\d+<\/i>/);
    const back = buttons(edit).find((b) => b.text === "◀ 回到答案")!;
    const onBack = await h.send(callback(OFFICIAL, back.callback_data, message));
    expect(String(sent(onBack, "editMessageText")[0]!.payload.text).startsWith("<b>95.62%</b>")).toBe(true);
  });

  it("falls back to a new message when the answer can no longer be edited", async () => {
    const h = makeHarness(index);
    const [reply] = sent(await h.send(privateText(OFFICIAL, "高中毛入学率")));
    const more = buttons(reply!).find((b) => b.text.startsWith("其他结果"));
    if (!more) return;
    h.failWith = (c) => (c.method === "editMessageText" ? { error_code: 400, description: "Bad Request: message can't be edited" } : undefined);
    const calls = await h.send(callback(OFFICIAL, more.callback_data));
    expect(sent(calls)).toHaveLength(1);
    expect(String(sent(calls)[0]!.payload.text)).toContain("其他结果 1/");
  });

  it("answers a stale or unknown button politely", async () => {
    const h = makeHarness(index);
    for (const data of ["a:zzzz9:1", "p:zzzz9:0", "whatever", "a:zzzz9:999"]) {
      const calls = await h.send(callback(OFFICIAL, data));
      expect(calls).toHaveLength(1);
      expect(calls[0]!.method).toBe("answerCallbackQuery");
      expect(String(calls[0]!.payload.text)).toMatch(/过期|失效/);
    }
  });

  it("says plainly when the reports do not state the figure", async () => {
    const h = makeHarness(index);
    const question = "火星基地的氧气储备量是多少";
    const answer = await answerQuestion(corpusOf(index), question);
    expect(answer.found).toBe(false);
    const [reply] = sent(await h.send(privateText(OFFICIAL, question)));
    const text = String(reply!.payload.text);
    expect(text).toContain("没有写明");
    expect(text).toContain("换个说法");
    expect(text).toBe(formatAnswerHtml(answer));
  });

  it("gives a not-found reply one 原文 button per passage it lists, and none that repeats them", async () => {
    const h = makeHarness(index);
    const question = "九年义务教育巩固率";
    const [reply] = sent(await h.send(privateText(OFFICIAL, question)));
    const labels = buttons(reply!).map((b) => b.text);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => /^原文 \d$/.test(l))).toBe(true);
    // Each opens the paragraph of the passage with that number, its sentence in bold.
    const answer = await answerQuestion(corpusOf(index), question);
    const second = answer.alternatives[notFoundPassages(answer)[1]! - 1]!;
    const button = buttons(reply!).find((b) => b.text === "原文 2")!;
    const paragraphs = sent(await h.send(callback(OFFICIAL, button.callback_data, botMessage(OFFICIAL, "answer"))));
    expect(paragraphs.map((c) => c.payload.text).join("")).toContain(`<b>${second.sentence}</b>`);
  });

  it("says which part of a long message it searched, and answers it", async () => {
    const h = makeHarness(index);
    const pasted = "2019年,全市共有各级各类学校1089所,在校学生29.5万人。".repeat(40);
    const [reply] = sent(await h.send(privateText(OFFICIAL, `${pasted}\n高中毛入学率是多少？`)));
    const text = String(reply!.payload.text);
    expect(text).toMatch(/^<i>消息较长，只查了其中的问题“高中毛入学率是多少？”，其余内容未读。<\/i>/);
    expect(text).toContain("<b>95.62%</b>  高中阶段毛入学率 · 海东市 · 2019年");
  });

  it("answers a message with nothing to search with the usage hint, and no buttons", async () => {
    const h = makeHarness(index);
    const [reply] = sent(await h.send(privateText(OFFICIAL, "？？")));
    expect(String(reply!.payload.text)).toMatch(/^请发送要查的指标/);
    expect(reply!.payload.reply_markup).toBeUndefined();
  });

  it("says what, where and when in the headline, and names the other places that answer as well", async () => {
    const h = makeHarness(index);
    const [reply] = sent(await h.send(privateText(OFFICIAL, "义务教育巩固率")));
    const text = String(reply!.payload.text);
    expect(text.split("\n")[0]).toBe("<b>95.5%</b>  义务教育巩固率 · 全国 · 2022年");
    expect(text).toContain("另有海东市的数字，见“其他结果”。");
    expect(buttons(reply!).map((b) => b.text)).toContain(`其他结果 (${(await answerQuestion(corpusOf(index), "义务教育巩固率")).alternatives.length})`);
  });

  it("answers an ordinal asked with the ordinal and what it numbers in the headline", async () => {
    const h = makeHarness(index);
    const [reply] = sent(await h.send(privateText(OFFICIAL, "今年全运会是第几届")));
    expect(String(reply!.payload.text).split("\n")[0]).toBe("<b>第十五届</b>  全国运动会 · 全国 · 2025年");
  });

  it("answers a series with its chart, the table as the caption, and a 导出表格 button that sends a workbook", async () => {
    const h = makeHarness(index);
    const calls = await h.send(privateText(OFFICIAL, "近三年GDP增速"));
    const [photo] = sent(calls, "sendPhoto");
    expect(photo).toBeDefined();
    const png = Buffer.from((await (photo!.payload.photo as InputFile).toRaw()) as Uint8Array);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const caption = String(photo!.payload.caption);
    expect(caption).toContain("GDP增速 · 全国 · 2022—2024年");
    for (const line of ["2022年  <b>3%</b>", "2023年  <b>5.2%</b>", "2024年  <b>5%</b>"]) expect(caption).toContain(line);
    expect(isSafeHtml(caption)).toBe(true);
    const button = buttons(photo!).find((b) => b.text === "导出表格")!;
    const [document] = sent(await h.send(callback(OFFICIAL, button.callback_data, botMessage(OFFICIAL, "chart"))), "sendDocument");
    const file = document!.payload.document as InputFile;
    expect(file.filename).toMatch(/\.xlsx$/);
    expect(
      Buffer.from((await file.toRaw()) as Uint8Array)
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("PK\x03\x04");
  });

  it("shows a later report's revised figure beside the answer, and a series takes the revision, marked 修订", async () => {
    const h = makeHarness(index);
    // The 2013 report reviewing 2012 says 51.9万亿元; the 2018 report's five-year review starts from 2012's revised 54万亿元.
    const [reply] = sent(await h.send(privateText(OFFICIAL, "2012年国内生产总值")));
    const text = String(reply!.payload.text);
    expect(text.split("\n")[0]).toBe("<b>51.9万亿元</b>  国内生产总值 · 全国 · 2012年");
    expect(text).toContain("修订：较新的2018年中华人民共和国国务院政府工作报告为 54万亿元。");
    const [photo] = sent(await h.send(privateText(OFFICIAL, "2010年到2014年国内生产总值")), "sendPhoto");
    expect(String(photo!.payload.caption)).toContain("2012年  <b>54万亿元</b>（修订）");
  });

  it("answers a comparison side by side, the difference marked as worked out", async () => {
    const h = makeHarness(index);
    const [reply] = sent(await h.send(privateText(OFFICIAL, "2018年和2017年城镇新增就业")));
    const text = String(reply!.payload.text);
    expect(text).toContain("2018年  <b>1361万人</b>");
    expect(text).toContain("2017年  <b>1351万人</b>");
    expect(text).toContain("差值 −10万人（计算值）");
    expect(buttons(reply!).map((b) => b.text)).toEqual(["导出表格"]);
  });

  it("reads a follow-up against the question before in the same chat, and says how it read it", async () => {
    const h = makeHarness(index);
    await h.send(privateText(OFFICIAL, "2019年城镇新增就业"));
    const [reply] = sent(await h.send(privateText(OFFICIAL, "那2018年呢")));
    const text = String(reply!.payload.text);
    expect(text.split("\n")[0]).toBe("<i>理解为：2018年城镇新增就业</i>");
    expect(text).toContain("<b>1361万人</b>");
    // Another user's chat has its own conversation: there, 那2018年呢 follows nothing and names no metric.
    const [other] = sent(await h.send(privateText(OFFICIAL + 1, "那2018年呢")));
    expect(String(other!.payload.text)).toMatch(/^请发送要查的指标/);
  });

  it("escapes whatever the user typed", async () => {
    const h = makeHarness(index);
    const calls = await h.send(privateText(OFFICIAL, "<b>高中</b>毛入学率 & <script>alert(1)</script>"));
    const [reply] = sent(calls);
    expect(isSafeHtml(String(reply!.payload.text))).toBe(true);
  });
});

describe("commands", () => {
  it("/start and /help explain in Chinese with example questions", async () => {
    const h = makeHarness(index);
    for (const cmd of ["/start", "/help"]) {
      const [reply] = sent(await h.send(privateText(OFFICIAL, cmd)));
      expect(String(reply!.payload.text)).toContain("高中毛入学率");
      expect(String(reply!.payload.text)).toContain("/sources");
    }
  });

  it("/sources lists the indexed reports with date and paragraphs, paged within the limit", async () => {
    const h = makeHarness(index);
    const [reply] = sent(await h.send(privateText(OFFICIAL, "/sources")));
    const text = String(reply!.payload.text);
    expect(text).toContain(`已收录 ${index.reports.length} 份报告`);
    expect(text.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(text).toMatch(/· \d+段/);
    const next = buttons(reply!).find((b) => b.text.startsWith("下一页"));
    if (index.reports.length > 20) {
      expect(next).toBeDefined();
      const page2 = sent(await h.send(callback(OFFICIAL, next!.callback_data)), "editMessageText")[0]!;
      expect(String(page2.payload.text)).toContain("21. ");
    }
    const all = [];
    for (let page = 0; page * 20 < index.reports.length; page++) {
      const edit = sent(await h.send(callback(OFFICIAL, `s:${page}`)), "editMessageText")[0]!;
      all.push(String(edit.payload.text));
    }
    expect(all.join("\n")).toContain("政府履行教育职责情况自查自评情况");
  });

  it("/status is for admins only", async () => {
    const h = makeHarness(index, { ALLOWED_USERS: String(OFFICIAL), ADMIN_USERS: String(ADMIN) });
    const [forAdmin] = sent(await h.send(privateText(ADMIN, "/status")));
    expect(String(forAdmin!.payload.text)).toContain(`报告：${index.reports.length} 份`);
    const [forOfficial] = sent(await h.send(privateText(OFFICIAL, "/status")));
    expect(String(forOfficial!.payload.text)).toContain("仅限管理员");
  });
});

describe("groups", () => {
  it("ignores chatter, answers /ask, mentions and replies to the bot", async () => {
    const h = makeHarness(index);
    expect(await h.send(groupText(OFFICIAL, "今天开会吗"))).toHaveLength(0);
    expect(await h.send(groupText(OFFICIAL, "/ask@other_bot 高中毛入学率"))).toHaveLength(0);
    expect(await h.send(sticker(OFFICIAL, "group"))).toHaveLength(0);

    for (const update of [
      groupText(OFFICIAL, "/ask 高中毛入学率"),
      groupText(OFFICIAL, "/ask@zhaoshu_bot 高中毛入学率"),
      groupText(OFFICIAL, "@zhaoshu_bot 高中毛入学率"),
      groupText(OFFICIAL, "高中毛入学率", { reply_to_message: botMessage(GROUP.id) }),
    ]) {
      const replies = sent(await h.send(update));
      expect(replies).toHaveLength(1);
      expect(replies[0]!.payload.chat_id).toBe(GROUP.id);
      expect(String(replies[0]!.payload.text)).toContain("95.62%");
      expect(replies[0]!.payload.reply_parameters.message_id).toBe(update.message!.message_id);
    }
    const [usage] = sent(await h.send(groupText(OFFICIAL, "/ask")));
    expect(String(usage!.payload.text)).toContain("/ask 高中毛入学率");
  });
});

describe("inline mode", () => {
  it("returns answer articles, personal and uncached", async () => {
    const h = makeHarness(index);
    const [call] = await h.send(inlineQuery(OFFICIAL, "高中毛入学率"));
    expect(call!.method).toBe("answerInlineQuery");
    expect(call!.payload.cache_time).toBe(0);
    expect(call!.payload.is_personal).toBe(true);
    const results = call!.payload.results as Array<Record<string, any>>;
    expect(results.length).toBeGreaterThanOrEqual(1);
    expect(results[0]!.title).toContain("95.62%");
    expect(results[0]!.input_message_content.message_text).toContain("<b>95.62%</b>");
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);

    const [empty] = await h.send(inlineQuery(OFFICIAL, "   "));
    expect(empty!.payload.results).toEqual([]);
    expect(empty!.payload.cache_time).toBe(0);
  });
});

describe("access control", () => {
  it("gives a stranger one polite refusal and no data", async () => {
    const h = makeHarness(index, { ALLOWED_USERS: `${OFFICIAL},1002` });
    const first = await h.send(privateText(STRANGER, "高中毛入学率"));
    expect(sent(first)).toHaveLength(1);
    expect(first[0]!.payload.text).toBe(refusalText(STRANGER));
    expect(String(first[0]!.payload.text)).not.toContain("95.62");
    expect(await h.send(privateText(STRANGER, "高中毛入学率"))).toHaveLength(0);
    expect(await h.send(privateText(STRANGER, "/sources"))).toHaveLength(0);

    const [onButton] = await h.send(callback(STRANGER, "a:zzz:1"));
    expect(onButton!.method).toBe("answerCallbackQuery");
    expect(onButton!.payload.show_alert).toBe(true);
    const [onInline] = await h.send(inlineQuery(STRANGER, "高中毛入学率"));
    expect(onInline!.payload.results).toEqual([]);
    expect(await h.send(groupText(STRANGER, "随便聊聊"))).toHaveLength(0);

    expect(String(sent(await h.send(privateText(OFFICIAL, "高中毛入学率")))[0]!.payload.text)).toContain("95.62%");
    expect(h.logs.some((l) => l.includes("refused") && l.includes(`user=${STRANGER}`))).toBe(true);
  });

  it("lets admins in even when they are not in ALLOWED_USERS", async () => {
    const h = makeHarness(index, { ALLOWED_USERS: String(OFFICIAL), ADMIN_USERS: String(ADMIN) });
    expect(String(sent(await h.send(privateText(ADMIN, "高中毛入学率")))[0]!.payload.text)).toContain("95.62%");
  });
});

describe("abuse", () => {
  it("rate-limits a user with one friendly notice per window, others unaffected", async () => {
    const h = makeHarness(index);
    const { limit } = RATE_LIMITS.messages;
    const outcomes: number[] = [];
    for (let i = 0; i < limit + 5; i++) outcomes.push(sent(await h.send(privateText(OFFICIAL, "高中毛入学率"))).length);
    expect(outcomes.slice(0, limit)).toEqual(new Array(limit).fill(1));
    expect(outcomes.slice(limit)).toEqual([1, 0, 0, 0, 0]);
    const notice = sent(h.calls).at(-1)!;
    expect(String(notice.payload.text)).toMatch(/请慢一点.*\d+ 秒后再试/);
    expect(String(sent(await h.send(privateText(1002, "高中毛入学率")))[0]!.payload.text)).toContain("95.62%");
  });

  it("survives a 5,000-character message, stickers, photos, edits, blanks and unknown commands", async () => {
    const h = makeHarness(index);
    const long = sent(await h.send(privateText(OFFICIAL, "高中毛入学率".repeat(834))));
    expect(long).toHaveLength(1);
    expect(String(long[0]!.payload.text).length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);

    for (const update of [sticker(OFFICIAL), photo(OFFICIAL), edited(OFFICIAL, "高中毛入学率"), privateText(OFFICIAL, "   "), privateText(OFFICIAL, "/foo")]) {
      const replies = sent(await h.send(update));
      expect(replies).toHaveLength(1);
      expect(String(replies[0]!.payload.text).length).toBeGreaterThan(0);
    }
    expectNoInternals(h.calls);
  });

  it("logs a failing Telegram call and apologises without details; the next update works", async () => {
    const h = makeHarness(index);
    let failures = 1;
    h.failWith = (c) => (c.method === "sendMessage" && failures-- > 0 ? { error_code: 400, description: "Bad Request: can't parse entities" } : undefined);
    const calls = await h.send(privateText(OFFICIAL, "高中毛入学率"));
    expect(sent(calls)).toHaveLength(2);
    expect(sent(calls)[1]!.payload.text).toContain("抱歉");
    expectNoInternals(calls);
    expect(h.logs.some((l) => l.includes("handler failed"))).toBe(true);
    expect(String(sent(await h.send(privateText(OFFICIAL, "高中毛入学率")))[0]!.payload.text)).toContain("95.62%");
  });
});
