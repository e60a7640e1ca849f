/**
 * A fake Telegram Bot API server (node:http on 127.0.0.1) for end-to-end tests of the real bot
 * process. It speaks the methods the bot uses — getMe, getUpdates (long polling), sendMessage,
 * editMessageText, answerCallbackQuery, answerInlineQuery, setMyCommands, deleteWebhook, getFile
 * and the file download endpoint — records
 * every call with its arrival time, and can inject faults: a 429 with retry_after, a 5xx, or a
 * dropped connection.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";

export interface RecordedCall {
  method: string;
  payload: Record<string, any>;
  /** performance.now() when the request arrived. */
  at: number;
  /** What the fake answered: "ok", or the injected fault. */
  outcome: "ok" | Fault["kind"];
}

export type Fault = { kind: "429"; retryAfter: number } | { kind: "500" } | { kind: "drop" };

interface Poller {
  offset: number;
  limit: number;
  res: ServerResponse;
  timer: NodeJS.Timeout;
}

export const FAKE_BOT_USER = {
  id: 123456,
  is_bot: true,
  first_name: "找数",
  username: "zhaoshu_test_bot",
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

export class FakeBotApi {
  readonly calls: RecordedCall[] = [];
  /** performance.now() when each update was first handed to the bot by getUpdates. */
  readonly deliveredAt = new Map<number, number>();
  private readonly server: Server;
  private readonly updates: Update[] = [];
  private pollers: Poller[] = [];
  private readonly faults = new Map<string, Fault[]>();
  private listeners: Array<(call: RecordedCall) => void> = [];
  private nextUpdateId = 1;
  private nextMessageId = 1;
  /** Highest offset the bot has confirmed with getUpdates (all updates below it are processed). */
  confirmedOffset = 0;

  constructor(private readonly token: string) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    for (const p of this.pollers) {
      clearTimeout(p.timer);
      p.res.destroy();
    }
    this.pollers = [];
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next `faults.length` calls of `method` fail as given, in order. */
  inject(method: string, ...faults: Fault[]): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), ...faults]);
  }

  /** A message from a user in their private chat, with these fields (text, document, entities…). */
  privateMessage(userId: number, fields: Record<string, unknown>): Omit<Update, "update_id"> {
    return {
      message: {
        message_id: this.newMessageId(),
        date: Math.floor(Date.now() / 1000),
        chat: { id: userId, type: "private", first_name: `用户${userId}` },
        from: { id: userId, is_bot: false, first_name: `用户${userId}` },
        ...fields,
      },
    } as Omit<Update, "update_id">;
  }

  newMessageId(): number {
    return this.nextMessageId++;
  }

  /** Queues an update (its update_id is assigned here) and wakes a waiting getUpdates. */
  push(update: Omit<Update, "update_id">): Update {
    const full = { ...update, update_id: this.nextUpdateId++ } as Update;
    this.updates.push(full);
    this.flushPollers();
    return full;
  }

  pushMany(updates: Array<Omit<Update, "update_id">>): Update[] {
    const full = updates.map((u) => ({ ...u, update_id: this.nextUpdateId++ }) as Update);
    this.updates.push(...full);
    this.flushPollers();
    return full;
  }

  /** Resolves with the first call (past or future) matching `predicate`. */
  waitFor(predicate: (call: RecordedCall) => boolean, timeoutMs = 15_000, what = "a matching call"): Promise<RecordedCall> {
    const seen = this.calls.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error(`fake Bot API: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const listener = (call: RecordedCall) => {
        if (!predicate(call)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(call);
      };
      this.listeners.push(listener);
    });
  }

  /** Successful sendMessage calls replying to message `messageId` in chat `chatId`. */
  repliesTo(chatId: number, messageId: number): RecordedCall[] {
    return this.calls.filter(
      (c) => c.method === "sendMessage" && c.outcome === "ok" && c.payload.chat_id === chatId && c.payload.reply_parameters?.message_id === messageId,
    );
  }

  /** Files the bot may fetch: getFile answers with a path, GET /file/bot<token>/<path> with the bytes. */
  private readonly files = new Map<string, Uint8Array>();

  /** Makes a file available to getFile and the file endpoint, as if a user had sent it. */
  addFile(fileId: string, bytes: Uint8Array): void {
    this.files.set(fileId, bytes);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const download = /^\/file\/bot([^/]+)\/documents\/([\w-]+)$/.exec(req.url ?? "");
    if (download && req.method === "GET") {
      const bytes = download[1] === this.token ? this.files.get(download[2]!) : undefined;
      this.calls.push({ method: "download", payload: { file_id: download[2] }, at, outcome: "ok" });
      if (!bytes) {
        this.send(res, 404, { ok: false, error_code: 404, description: "Not Found" });
        return;
      }
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
      res.end(bytes);
      return;
    }
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    let body = "";
    for await (const chunk of req) body += chunk;
    if (!match || match[1] !== this.token) {
      this.send(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }
    const method = match[2]!;
    let payload: Record<string, any> = {};
    try {
      payload = body ? JSON.parse(body) : {};
    } catch {
      this.send(res, 400, { ok: false, error_code: 400, description: "Bad Request: invalid JSON" });
      return;
    }
    const fault = this.faults.get(method)?.shift();
    const call: RecordedCall = { method, payload, at, outcome: fault?.kind ?? "ok" };
    this.calls.push(call);
    for (const listener of [...this.listeners]) listener(call);

    if (fault?.kind === "429") {
      this.send(res, 429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${fault.retryAfter}`,
        parameters: { retry_after: fault.retryAfter },
      });
      return;
    }
    if (fault?.kind === "500") {
      this.send(res, 500, { ok: false, error_code: 500, description: "Internal Server Error" });
      return;
    }
    if (fault?.kind === "drop") {
      req.socket.destroy();
      return;
    }
    this.answer(method, payload, res);
  }

  private answer(method: string, payload: Record<string, any>, res: ServerResponse): void {
    switch (method) {
      case "getMe":
        return this.ok(res, FAKE_BOT_USER);
      case "getUpdates":
        return this.getUpdates(payload, res);
      case "sendMessage":
        return this.ok(res, {
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: payload.chat_id < 0 ? "supergroup" : "private" },
          from: FAKE_BOT_USER,
          text: String(payload.text ?? "").replace(/<[^>]+>/g, ""),
        });
      case "editMessageText":
        return this.ok(res, {
          message_id: payload.message_id,
          date: Math.floor(Date.now() / 1000),
          edit_date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: "private" },
          from: FAKE_BOT_USER,
          text: String(payload.text ?? "").replace(/<[^>]+>/g, ""),
        });
      case "getFile": {
        const bytes = this.files.get(String(payload.file_id));
        if (!bytes) return this.send(res, 400, { ok: false, error_code: 400, description: "Bad Request: invalid file_id" });
        return this.ok(res, {
          file_id: payload.file_id,
          file_unique_id: `u${payload.file_id}`,
          file_size: bytes.length,
          file_path: `documents/${payload.file_id}`,
        });
      }
      case "deleteWebhook":
      case "setMyCommands":
      case "answerCallbackQuery":
      case "answerInlineQuery":
        return this.ok(res, true);
      default:
        this.send(res, 404, { ok: false, error_code: 404, description: `Not Found: method ${method} is not faked` });
    }
  }

  private getUpdates(payload: Record<string, any>, res: ServerResponse): void {
    const offset = Number(payload.offset ?? 0);
    if (offset > this.confirmedOffset) this.confirmedOffset = offset;
    // Updates below the offset are confirmed: forget them, as Telegram does.
    while (this.updates.length > 0 && this.updates[0]!.update_id < offset) this.updates.shift();
    const limit = Math.min(100, Math.max(1, Number(payload.limit ?? 100)));
    const timeout = Math.max(0, Number(payload.timeout ?? 0));
    if (this.updates.length > 0 || timeout === 0) {
      this.deliver(res, limit);
      return;
    }
    const poller: Poller = { offset, limit, res, timer: setTimeout(() => this.release(poller), timeout * 1000) };
    this.pollers.push(poller);
    // The bot aborts its long poll when it stops.
    res.on("close", () => {
      if (!res.writableEnded) this.release(poller, false);
    });
  }

  private release(poller: Poller, respond = true): void {
    clearTimeout(poller.timer);
    this.pollers = this.pollers.filter((p) => p !== poller);
    if (respond && !poller.res.writableEnded) this.deliver(poller.res, poller.limit);
  }

  private flushPollers(): void {
    for (const poller of [...this.pollers]) this.release(poller);
  }

  private deliver(res: ServerResponse, limit: number): void {
    const batch = this.updates.slice(0, limit);
    const now = performance.now();
    for (const u of batch) if (!this.deliveredAt.has(u.update_id)) this.deliveredAt.set(u.update_id, now);
    this.ok(res, batch);
  }

  private ok(res: ServerResponse, result: unknown): void {
    this.send(res, 200, { ok: true, result });
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  }
}
