/**
 * Webhook mode (WEBHOOK_URL): Telegram POSTs each update to this process's HTTP server, through
 * whatever load balancer sits in front, so several instances can serve one bot (long polling
 * allows one consumer per token). Telegram's secret-token header is checked before the body is
 * read (grammY's webhookCallback); `GET /healthz` answers 200 for the load balancer.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { webhookCallback, type Bot } from "grammy";
import type { Logger } from "../logger.ts";

/** Telegram waits for the response; an update still being handled after this is answered 200 and finished in the background. */
const RESPONSE_WITHIN_MS = 10_000;
export const HEALTH_PATH = "/healthz";

export interface WebhookOptions {
  /** The public URL Telegram posts to; its path is the one served here. */
  url: string;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; any other request is refused (401). */
  secret: string;
  port: number;
  logger: Logger;
  allowedUpdates: ReadonlyArray<"message" | "edited_message" | "callback_query" | "inline_query">;
}

export interface WebhookServer {
  port: number;
  /** Stops taking requests, lets those in flight finish. The webhook stays set: other instances keep serving. */
  close(): Promise<void>;
}

export async function serveWebhook(bot: Bot, options: WebhookOptions): Promise<WebhookServer> {
  const { logger } = options;
  // getMe first: the bot's name is known before the first update (and a bad token fails here).
  await bot.init();
  const path = new URL(options.url).pathname;
  const handle = webhookCallback(bot, "http", { secretToken: options.secret, onTimeout: "return", timeoutMilliseconds: RESPONSE_WITHIN_MS });
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === HEALTH_PATH) {
      res.writeHead(200, { "Content-Type": "text/plain" }).end("ok");
      return;
    }
    if (req.method !== "POST" || url.pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    handle(req, res).catch((error: unknown) => {
      // A body that is not an update (bad JSON), or an update the bot failed on outside its error boundary.
      logger.warn("webhook request failed", { error: error instanceof Error ? error : String(error) });
      if (!res.headersSent) res.writeHead(400).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  await bot.api.setWebhook(options.url, { secret_token: options.secret, allowed_updates: [...options.allowedUpdates], drop_pending_updates: false });
  logger.info("webhook set", { port, path });
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
