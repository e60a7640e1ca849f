/**
 * A fake Telegram Bot API server (node:http on 127.0.0.1) for end-to-end tests of the real bot
 * process. It speaks the methods the bot uses — getMe, getUpdates (long polling), sendMessage,
 * sendPhoto, sendDocument, editMessageText, answerCallbackQuery, answerInlineQuery, setMyCommands,
 * deleteWebhook, getFile and the file download endpoint — records every call with its arrival
 * time, and can inject faults: a 429 with retry_after, a 5xx, or a dropped connection. It also
 * delivers updates the way Telegram does to a bot in webhook mode: setWebhook records the URL and
 * secret token, and `postToWebhook` POSTs an update there with the X-Telegram-Bot-Api-Secret-Token header.
 *
 * A call comes as JSON, or as multipart/form-data when it uploads a file (grammY's InputFile, on
 * any method). A multipart call is recorded as a JSON one would be: its fields parsed back
 * (reply_markup an object, chat_id a number), and each uploaded file, in the field that named it
 * with attach://, as an UploadedFile.
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

/** A file uploaded in a multipart call, in place of the field that referred to it. */
export interface UploadedFile {
  fileName: string;
  size: number;
  bytes: Buffer;
}

export function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === "object" && value !== null && Buffer.isBuffer((value as UploadedFile).bytes);
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
  private nextCallbackId = 1;
  private nextFileId = 1;
  /** The result answered to each successful call that sent a message. */
  private readonly results = new Map<RecordedCall, Record<string, unknown>>();
  /** Highest offset the bot has confirmed with getUpdates (all updates below it are processed). */
  confirmedOffset = 0;
  /** The webhook the bot set (setWebhook), if any. */
  webhook: { url: string; secret: string | undefined } | null = null;

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

  /**
   * Delivers an update to the webhook as Telegram would (its update_id assigned here): POSTed as
   * JSON with the secret the bot set, or `secret` instead. Resolves with the HTTP status.
   */
  async postToWebhook(update: Omit<Update, "update_id">, secret?: string): Promise<{ update: Update; status: number }> {
    if (!this.webhook) throw new Error("fake Bot API: no webhook set");
    const full = { ...update, update_id: this.nextUpdateId++ } as Update;
    const token = secret ?? this.webhook.secret;
    const response = await fetch(this.webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token === undefined ? {} : { "x-telegram-bot-api-secret-token": token }) },
      body: JSON.stringify(full),
    });
    await response.arrayBuffer();
    return { update: full, status: response.status };
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

  /**
   * A press of an inline button with `data` by a user in their private chat, under the bot's message
   * `message` (the result the fake answered when the bot sent it; a bare text message if omitted).
   */
  privateCallbackQuery(userId: number, data: string, message?: Record<string, unknown>): Omit<Update, "update_id"> {
    const chat = { id: userId, type: "private", first_name: `用户${userId}` };
    return {
      callback_query: {
        id: `cq${this.nextCallbackId++}`,
        from: { id: userId, is_bot: false, first_name: `用户${userId}` },
        chat_instance: `ci${userId}`,
        data,
        message: { message_id: this.newMessageId(), date: Math.floor(Date.now() / 1000), from: FAKE_BOT_USER, text: "", ...message, chat },
      },
    } as Omit<Update, "update_id">;
  }

  /** The Message the fake answered for a successful send call (what Telegram would have returned). */
  sentMessage(call: RecordedCall): Record<string, unknown> | undefined {
    return this.results.get(call);
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
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    if (!match || match[1] !== this.token) {
      this.send(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }
    const method = match[2]!;
    let payload: Record<string, any> = {};
    const contentType = String(req.headers["content-type"] ?? "");
    try {
      if (/^multipart\/form-data/i.test(contentType)) payload = parseMultipartPayload(body, contentType);
      else payload = body.length > 0 ? JSON.parse(body.toString("utf8")) : {};
    } catch (error) {
      const description = error instanceof MultipartError ? error.message : "invalid JSON";
      this.send(res, 400, { ok: false, error_code: 400, description: `Bad Request: ${description}` });
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
    this.answer(call, res);
  }

  private answer(call: RecordedCall, res: ServerResponse): void {
    const { method, payload } = call;
    switch (method) {
      case "getMe":
        return this.ok(res, FAKE_BOT_USER);
      case "getUpdates":
        return this.getUpdates(payload, res);
      case "sendMessage":
        return this.sent(call, res, { text: stripTags(payload.text) });
      case "sendPhoto":
      case "sendDocument": {
        const field = method === "sendPhoto" ? "photo" : "document";
        const file = payload[field];
        if (!isUploadedFile(file)) {
          // A file_id or URL sent again: this fake only knows files uploaded to it.
          return this.send(res, 400, { ok: false, error_code: 400, description: `Bad Request: ${field} must be an uploaded file` });
        }
        const fileId = `sent${this.nextFileId++}`;
        this.files.set(fileId, file.bytes);
        const common = { file_id: fileId, file_unique_id: `u${fileId}`, file_size: file.size };
        const media =
          method === "sendPhoto"
            ? { photo: [{ ...common, ...pngSize(file.bytes) }] }
            : { document: { ...common, file_name: file.fileName, mime_type: mimeTypeOf(file.fileName) } };
        const caption = payload.caption === undefined ? {} : { caption: stripTags(payload.caption) };
        return this.sent(call, res, { ...media, ...caption });
      }
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
      case "setWebhook":
        this.webhook = { url: String(payload.url), secret: payload.secret_token === undefined ? undefined : String(payload.secret_token) };
        return this.ok(res, true);
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

  /** Answers a send call with the Message Telegram would return, remembered for sentMessage(). */
  private sent(call: RecordedCall, res: ServerResponse, content: Record<string, unknown>): void {
    const chatId = call.payload.chat_id;
    const message: Record<string, unknown> = {
      message_id: this.nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: Number(chatId) < 0 ? "supergroup" : "private" },
      from: FAKE_BOT_USER,
      ...content,
      ...(call.payload.reply_markup?.inline_keyboard ? { reply_markup: call.payload.reply_markup } : {}),
    };
    this.results.set(call, message);
    this.ok(res, message);
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

function stripTags(html: unknown): string {
  return String(html ?? "").replace(/<[^>]+>/g, "");
}

/** A PNG's width and height from its IHDR chunk; a made-up size for anything else. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const isPng = bytes.length >= 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE) && bytes.toString("latin1", 12, 16) === "IHDR";
  return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : { width: 320, height: 240 };
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function mimeTypeOf(fileName: string): string {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const types: Record<string, string> = {
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    png: "image/png",
    pdf: "application/pdf",
    txt: "text/plain",
  };
  return (ext && types[ext]) || "application/octet-stream";
}

class MultipartError extends Error {}

interface Part {
  name: string;
  fileName?: string;
  data: Buffer;
}

/**
 * A multipart/form-data body as the Bot API reads it: each text field a value (JSON-encoded objects
 * and arrays parsed back, integer *_id fields and true/false as such), each field that says
 * attach://<part> replaced by that part's file, and a file part nothing refers to kept under its
 * own name. Node 20's Request.formData() refuses grammY's bodies (its part headers have no space
 * after the colon and an unquoted filename), hence this small parser.
 */
export function parseMultipartPayload(body: Buffer, contentType: string): Record<string, any> {
  const parts = parseMultipart(body, contentType);
  const files = new Map<string, UploadedFile>();
  for (const part of parts) {
    if (part.fileName !== undefined) files.set(part.name, { fileName: part.fileName, size: part.data.length, bytes: part.data });
  }
  const payload: Record<string, any> = {};
  const attached = new Set<string>();
  for (const part of parts) {
    if (part.fileName !== undefined) continue;
    const text = part.data.toString("utf8");
    const attach = /^attach:\/\/(.+)$/.exec(text);
    if (attach && files.has(attach[1]!)) {
      payload[part.name] = files.get(attach[1]!);
      attached.add(attach[1]!);
    } else {
      payload[part.name] = fieldValue(part.name, text);
    }
  }
  for (const [name, file] of files) if (!attached.has(name)) payload[name] = file;
  return payload;
}

function fieldValue(name: string, text: string): unknown {
  if (/^[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  if (/_id$/.test(name) && /^-?\d+$/.test(text)) return Number(text);
  if (text === "true" || text === "false") return text === "true";
  return text;
}

/** The parts of a multipart/form-data body, split on the boundary given in the content type. */
function parseMultipart(body: Buffer, contentType: string): Part[] {
  const boundary = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!boundary) throw new MultipartError("multipart body without a boundary");
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: Part[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw new MultipartError("multipart body without its boundary");
  for (;;) {
    at += delimiter.length;
    if (body.toString("latin1", at, at + 2) === "--") return parts; // the closing delimiter
    if (body.toString("latin1", at, at + 2) !== "\r\n") throw new MultipartError("malformed multipart delimiter");
    const headerEnd = body.indexOf("\r\n\r\n", at + 2);
    if (headerEnd < 0) throw new MultipartError("multipart part without the end of its headers");
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), headerEnd + 4);
    if (next < 0) throw new MultipartError("multipart body without its closing boundary");
    parts.push(partOf(body.toString("utf8", at + 2, headerEnd), body.subarray(headerEnd + 4, next)));
    at = next + 2;
  }
}

function partOf(headerText: string, data: Buffer): Part {
  const disposition = headerText
    .split("\r\n")
    .map((line) => /^content-disposition\s*:\s*(.*)$/i.exec(line)?.[1])
    .find((value) => value !== undefined);
  if (!disposition || !/^form-data\b/i.test(disposition)) throw new MultipartError("multipart part without content-disposition: form-data");
  const params = new Map<string, string>();
  // name="x"; filename="a b.png" — or, as grammY writes it, filename=a b.png (unquoted, to the end).
  for (const m of disposition.matchAll(/;\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g)) {
    params.set(m[1]!.toLowerCase(), m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3]!.trim());
  }
  const name = params.get("name");
  if (name === undefined) throw new MultipartError("multipart part without a name");
  const extended = /^utf-8''(.*)$/i.exec(params.get("filename*") ?? "");
  const fileName = extended ? decodeURIComponent(extended[1]!) : params.get("filename");
  return { name, data: Buffer.from(data), ...(fileName !== undefined ? { fileName } : {}) };
}
