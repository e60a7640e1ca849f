/**
 * Entry point (`npm start`): the only place that reads the configuration, opens the corpus (the
 * index file, or PostgreSQL with DATABASE_URL: start-corpus.ts), and starts something — the
 * Telegram bot when BOT_TOKEN is set (long polling, or a webhook server with WEBHOOK_URL),
 * otherwise the terminal chat. Either way a
 * new corpus version is swapped in while it runs.
 */
import { dirname, join } from "node:path";
import { runChat } from "./cli/chat.ts";
import { endQuietlyWhenStdoutCloses } from "./cli/closed-pipe.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { createLogger } from "./logger.ts";
import { startCorpus } from "./start-corpus.ts";

/** After SIGINT/SIGTERM, give polling (or the webhook's requests in flight) this long to stop before exiting anyway. */
const SHUTDOWN_GRACE_MS = 5_000;
/** The updates the bot handles, asked of Telegram by long polling and by the webhook alike. */
const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"] as const;

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);

  let served;
  try {
    served = await startCorpus(config, logger, { warmUp: Boolean(config.BOT_TOKEN) });
  } catch (error) {
    logger.error("no usable corpus", { error: error as Error });
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const { live } = served;

  if (!config.BOT_TOKEN) {
    endQuietlyWhenStdoutCloses();
    await runChat({ getCorpus: live.get, logger, chartDir: join(dirname(config.INDEX_PATH), "charts") });
    await served.close();
    return;
  }

  // The bot's modules (grammY and the features) are loaded only to run the bot: the terminal chat starts without them.
  const [{ autoRetry }, { createBot }, { ADMIN_COMMANDS, COMMANDS }, { notifyAdminsOfReloads }, { childProcessReindexer }, { UnansweredLog }] =
    await Promise.all([
      import("@grammyjs/auto-retry"),
      import("./bot/create-bot.ts"),
      import("./bot/features/start-help.ts"),
      import("./bot/notify.ts"),
      import("./bot/reindex-runner.ts"),
      import("./unanswered.ts"),
    ]);

  if (config.ALLOWED_USERS.length === 0) {
    logger.warn("ALLOWED_USERS is empty: anyone who finds the bot can use it. Set ALLOWED_USERS to restrict it.");
  }

  // Several instances share their state (rate limits, conversations, answers) through the database.
  const shared = served.pool
    ? await import("./bot/pg-state.ts").then(({ pgLimiters, PgAnswerStore, PgSessionStorage }) => ({
        limiters: pgLimiters(served.pool!),
        answers: new PgAnswerStore(served.pool!),
        conversations: new PgSessionStorage(served.pool!),
      }))
    : {};
  const bot = createBot(config.BOT_TOKEN, {
    getCorpus: live.get,
    config,
    logger,
    live,
    ...shared,
    unanswered: new UnansweredLog(config.UNANSWERED_LOG, logger),
    reindex: childProcessReindexer(
      { corpusDir: config.CORPUS_DIR, indexPath: config.INDEX_PATH, ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}) },
      logger,
    ),
  });
  // 429 (retry_after), 5xx and network errors are retried; a flood wait over a minute fails the request instead.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  notifyAdminsOfReloads(bot.api, live, config, logger);

  const setCommands = async () => {
    try {
      await bot.api.setMyCommands([...COMMANDS]);
      for (const admin of config.ADMIN_USERS) {
        await bot.api.setMyCommands([...ADMIN_COMMANDS], { scope: { type: "chat", chat_id: admin } }).catch((error: unknown) => {
          // An admin who never opened a chat with the bot has no chat to scope to yet.
          logger.debug("admin command menu not set", { admin, error: error as Error });
        });
      }
    } catch (error) {
      logger.warn("setMyCommands failed; the command menu may be out of date", { error: error as Error });
    }
  };

  let stopReceiving: () => Promise<void>;
  let stopped: Promise<void>;
  if (config.WEBHOOK_URL) {
    const { serveWebhook } = await import("./bot/webhook.ts");
    let server;
    try {
      server = await serveWebhook(bot, { url: config.WEBHOOK_URL, secret: config.WEBHOOK_SECRET!, port: config.PORT, logger, allowedUpdates: ALLOWED_UPDATES });
    } catch (error) {
      process.stderr.write(`Cannot serve the webhook on port ${config.PORT}: ${(error as Error).message}\n`);
      await served.close();
      process.exit(1);
    }
    await setCommands();
    logger.info("bot started (webhook)", { username: bot.botInfo.username, port: server.port, reports: live.get().reportCount });
    let done: () => void;
    stopped = new Promise((resolve) => (done = resolve));
    stopReceiving = () => server.close().then(() => done());
  } else {
    stopped = bot.start({
      drop_pending_updates: false,
      allowed_updates: [...ALLOWED_UPDATES],
      onStart: async (me) => {
        await setCommands();
        logger.info("bot started (long polling)", { username: me.username, apiRoot: config.TELEGRAM_API_ROOT, reports: live.get().reportCount });
      },
    });
    stopReceiving = () => bot.stop();
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    setTimeout(() => {
      logger.warn("did not stop in time; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    stopReceiving()
      .catch((error: unknown) => logger.warn("stop failed", { error: error as Error }))
      .finally(() => void served.close());
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  await stopped;
  logger.info("stopped");
}

main().catch((error: unknown) => {
  process.stderr.write(`找数 failed to start: ${(error as Error).message ?? String(error)}\n`);
  process.exit(1);
});
