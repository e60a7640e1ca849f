/**
 * Entry point (`npm start`): the only place that reads the configuration, loads or builds the
 * index, and starts something — the Telegram bot (long polling) when BOT_TOKEN is set,
 * otherwise the terminal chat.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { answerQuestion } from "./answer/answer.ts";
import { createBot } from "./bot/create-bot.ts";
import { COMMANDS } from "./bot/features/start-help.ts";
import { runChat } from "./cli/chat.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { createLogger } from "./logger.ts";
import { ensureIndex } from "./search/ensure-index.ts";

/** After SIGINT/SIGTERM, give polling this long to stop before exiting anyway. */
const SHUTDOWN_GRACE_MS = 5_000;

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

  let index;
  try {
    index = await ensureIndex({ corpusDir: config.CORPUS_DIR, indexPath: config.INDEX_PATH, log: (line) => logger.info(line) });
  } catch (error) {
    logger.error("no usable index", { error });
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const getIndex = () => index;
  // The first question pays for lazy loading (dictionaries, JIT); pay it before users do.
  const warmStart = performance.now();
  try {
    answerQuestion(index, "高中毛入学率");
  } catch (error) {
    logger.warn("warm-up question failed", { error: error as Error });
  }
  logger.debug("engine warmed up", { ms: Math.round(performance.now() - warmStart) });

  if (!config.BOT_TOKEN) {
    await runChat({ getIndex });
    return;
  }

  if (config.ALLOWED_USERS.length === 0) {
    logger.warn("ALLOWED_USERS is empty: anyone who finds the bot can use it. Set ALLOWED_USERS to restrict it.");
  }

  const bot = createBot(config.BOT_TOKEN, { getIndex, config, logger });
  // 429 (retry_after), 5xx and network errors are retried; a flood wait over a minute fails the request instead.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    setTimeout(() => {
      logger.warn("polling did not stop in time; exiting");
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    bot.stop().catch((error: unknown) => logger.warn("stop failed", { error: error as Error }));
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));

  await bot.start({
    drop_pending_updates: false,
    allowed_updates: ["message", "edited_message", "callback_query", "inline_query"],
    onStart: async (me) => {
      try {
        await bot.api.setMyCommands([...COMMANDS]);
      } catch (error) {
        logger.warn("setMyCommands failed; the command menu may be out of date", { error: error as Error });
      }
      logger.info("bot started (long polling)", { username: me.username, apiRoot: config.TELEGRAM_API_ROOT, reports: index.reports.length });
    },
  });
  logger.info("stopped");
}

main().catch((error: unknown) => {
  process.stderr.write(`找数 failed to start: ${(error as Error).message ?? String(error)}\n`);
  process.exit(1);
});
