/**
 * Handler-test harness: the real bot (createBot) fed real update objects through
 * `bot.handleUpdate`, with an API transformer that records every outgoing call and returns
 * a plausible successful result instead of reaching Telegram. grammY itself is not mocked.
 */
import { corpusOf } from "../../src/search/corpus.ts";
import type { Bot } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { createBot, type BotDeps } from "../../src/bot/create-bot.ts";
import { parseConfig, type Config } from "../../src/config.ts";
import { createLogger, type Logger } from "../../src/logger.ts";
import { realIndex } from "../support/real-index.ts";
import type { SearchIndex } from "../../src/search/index/search-index.ts";

export const BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: "找数",
  username: "zhaoshu_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};
export const TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789";

/** The real index of the real corpus, built once for the suite by test/support/global-setup.ts. */
export async function buildTestIndex(): Promise<{ index: SearchIndex; cleanup: () => Promise<void> }> {
  return { index: await realIndex(), cleanup: async () => {} };
}

export interface ApiCall {
  method: string;
  payload: Record<string, any>;
}

/** Lets a test make one API method fail, the way Telegram would answer. */
export type FailWith = (call: ApiCall) => { error_code: number; description: string } | undefined;

export interface Harness {
  bot: Bot;
  calls: ApiCall[];
  logs: string[];
  send(update: Update): Promise<ApiCall[]>;
  failWith: FailWith | undefined;
}

let nextMessageId = 1000;

function fakeResult(call: ApiCall): unknown {
  const { method, payload } = call;
  if (method === "getFile") {
    return { file_id: payload.file_id, file_unique_id: `u-${payload.file_id}`, file_path: `documents/${payload.file_id}` };
  }
  if (method === "sendMessage" || method === "editMessageText") {
    return {
      message_id: method === "sendMessage" ? nextMessageId++ : payload.message_id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: payload.chat_id, type: payload.chat_id < 0 ? "supergroup" : "private" },
      from: BOT_INFO,
      text: String(payload.text ?? "").replace(/<[^>]+>/g, ""),
    };
  }
  return true;
}

/**
 * @param extra the admin side (live index, unanswered log, reindexer, downloader); getCorpus
 *   follows extra.live when one is given
 */
export function makeHarness(index: SearchIndex, env: Record<string, string> = {}, extra: Partial<BotDeps> = {}): Harness {
  const config: Config = parseConfig({ TELEGRAM_API_ROOT: "http://127.0.0.1:9", ...env });
  const logs: string[] = [];
  const logger: Logger = extra.logger ?? createLogger("debug", (line) => logs.push(line));
  const getCorpus = extra.live ? extra.live.get : () => corpusOf(index);
  const bot = createBot(TOKEN, { getCorpus, config, logger, ...extra }, { botInfo: BOT_INFO });
  const harness: Harness = {
    bot,
    calls: [],
    logs,
    failWith: undefined,
    async send(update) {
      const before = harness.calls.length;
      await bot.handleUpdate(update);
      return harness.calls.slice(before);
    },
  };
  bot.api.config.use(async (_prev, method, payload) => {
    const call = { method, payload: payload as Record<string, any> };
    harness.calls.push(call);
    const failure = harness.failWith?.(call);
    if (failure) return { ok: false, ...failure } as any;
    return { ok: true, result: fakeResult(call) } as any;
  });
  return harness;
}

// ── Real update objects, as Telegram sends them ──────────────────────────────

let nextUpdateId = 1;
const now = () => Math.floor(Date.now() / 1000);

export function user(id: number, first_name = `用户${id}`) {
  return { id, is_bot: false, first_name, language_code: "zh-hans" };
}

export const GROUP = { id: -100123456, type: "supergroup" as const, title: "工作群" };

export function privateText(userId: number, text: string, extra: Record<string, unknown> = {}): Update {
  const message_id = nextMessageId++;
  const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length }] : undefined;
  return {
    update_id: nextUpdateId++,
    message: {
      message_id,
      date: now(),
      chat: { id: userId, type: "private", first_name: `用户${userId}` },
      from: user(userId),
      text,
      ...(entities ? { entities } : {}),
      ...extra,
    },
  } as Update;
}

export function groupText(userId: number, text: string, extra: Record<string, unknown> = {}): Update {
  const message_id = nextMessageId++;
  const entities: Array<Record<string, unknown>> = [];
  if (text.startsWith("/")) entities.push({ type: "bot_command", offset: 0, length: text.split(/\s/)[0]!.length });
  const mention = text.indexOf("@zhaoshu_bot");
  if (mention > 0 || (mention === 0 && !text.startsWith("/"))) entities.push({ type: "mention", offset: mention, length: "@zhaoshu_bot".length });
  return {
    update_id: nextUpdateId++,
    message: { message_id, date: now(), chat: GROUP, from: user(userId), text, ...(entities.length ? { entities } : {}), ...extra },
  } as Update;
}

export function botMessage(chatId: number, text = "…") {
  return { message_id: nextMessageId++, date: now(), chat: chatId < 0 ? GROUP : { id: chatId, type: "private", first_name: "x" }, from: BOT_INFO, text };
}

export function callback(userId: number, data: string, message = botMessage(userId)): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: { id: String(nextUpdateId * 7), from: user(userId), message, chat_instance: "ci-1", data },
  } as Update;
}

export function inlineQuery(userId: number, query: string): Update {
  return { update_id: nextUpdateId++, inline_query: { id: `iq${nextUpdateId}`, from: user(userId), query, offset: "" } } as Update;
}

/** A message update from a user, in their private chat or in the test group, with these fields. */
function messageUpdate(userId: number, chat: "private" | "group", fields: Record<string, unknown>): Update {
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextMessageId++,
      date: now(),
      chat: chat === "private" ? { id: userId, type: "private", first_name: "x" } : GROUP,
      from: user(userId),
      ...fields,
    },
  } as Update;
}

export function sticker(userId: number, chat: "private" | "group" = "private"): Update {
  return messageUpdate(userId, chat, {
    sticker: { file_id: "CAAC", file_unique_id: "u1", type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍" },
  });
}

export function photo(userId: number): Update {
  return messageUpdate(userId, "private", {
    photo: [{ file_id: "AgAC", file_unique_id: "p1", width: 90, height: 90 }],
    caption: "这是什么",
  });
}

/** A document message (as Telegram sends it: file_id only; the bot must call getFile to fetch it). */
export function documentMessage(userId: number, fileName: string, fileSize: number, chat: "private" | "group" = "private"): Update {
  const id = nextMessageId;
  return messageUpdate(userId, chat, {
    document: { file_id: `doc${id}_${fileName}`, file_unique_id: `d${id}`, file_name: fileName, file_size: fileSize, mime_type: "application/octet-stream" },
  });
}

export function edited(userId: number, text: string): Update {
  return {
    update_id: nextUpdateId++,
    edited_message: {
      message_id: nextMessageId++,
      date: now(),
      edit_date: now(),
      chat: { id: userId, type: "private", first_name: "x" },
      from: user(userId),
      text,
    },
  } as Update;
}

/** Tags we emit are <b> and <i> only; everything else in the text must be escaped. */
export function isSafeHtml(html: string): boolean {
  const stripped = html.replace(/<\/?(?:b|i)>/g, "");
  return !/[<>]/.test(stripped) && !/&(?!amp;|lt;|gt;)/.test(stripped);
}

export function buttons(call: ApiCall): Array<{ text: string; callback_data: string }> {
  return (call.payload.reply_markup?.inline_keyboard ?? []).flat();
}
