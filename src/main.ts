/**
 * Entry point (`npm start`): the only place that reads the configuration, loads or builds the
 * index, and starts something — the Telegram bot (long polling) when BOT_TOKEN is set,
 * otherwise the terminal chat. Either way the index file is watched and a new one swapped in.
 */
import { answerQuestion } from "./answer/answer.ts";
import { dirname, join } from "node:path";
import { runChat } from "./cli/chat.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { createLogger, type Logger } from "./logger.ts";
import { ensureIndex } from "./search/ensure-index.ts";
import { checkIndex, LiveIndex } from "./search/live-index.ts";
import { corpusOf, type Corpus } from "./search/corpus.ts";

/** After SIGINT/SIGTERM, give polling this long to stop before exiting anyway. */
const SHUTDOWN_GRACE_MS = 5_000;
/** Asked of every index before it serves: it warms the engine up, and an index it fails on is refused. */
const WARM_UP_QUESTION = "高中毛入学率";

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

/** The first question pays for lazy loading (dictionaries, JIT, per-index caches); pay it before users do. */
async function warmUp(corpus: Corpus, logger: Logger): Promise<void> {
  const started = performance.now();
  await answerQuestion(corpus, WARM_UP_QUESTION);
  logger.debug("engine warmed up", { ms: Math.round(performance.now() - started) });
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
  try {
    await warmUp(corpusOf(index), logger);
  } catch (error) {
    logger.warn("warm-up question failed", { error: error as Error });
  }
  const live = await new LiveIndex(config.INDEX_PATH, index, {
    logger,
    check: async (next) => {
      checkIndex(next);
      await warmUp(corpusOf(next), logger);
    },
  }).adoptFile();
  const stopWatching = live.watch();

  if (!config.BOT_TOKEN) {
    await runChat({ getCorpus: live.get, logger, chartDir: join(dirname(config.INDEX_PATH), "charts") });
    stopWatching();
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

  const bot = createBot(config.BOT_TOKEN, {
    getCorpus: live.get,
    config,
    logger,
    live,
    unanswered: new UnansweredLog(config.UNANSWERED_LOG, logger),
    reindex: childProcessReindexer({ corpusDir: config.CORPUS_DIR, indexPath: config.INDEX_PATH }, logger),
  });
  // 429 (retry_after), 5xx and network errors are retried; a flood wait over a minute fails the request instead.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60 }));
  notifyAdminsOfReloads(bot.api, live, config, logger);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    stopWatching();
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
        for (const admin of config.ADMIN_USERS) {
          await bot.api.setMyCommands([...ADMIN_COMMANDS], { scope: { type: "chat", chat_id: admin } }).catch((error: unknown) => {
            // An admin who never opened a chat with the bot has no chat to scope to yet.
            logger.debug("admin command menu not set", { admin, error: error as Error });
          });
        }
      } catch (error) {
        logger.warn("setMyCommands failed; the command menu may be out of date", { error: error as Error });
      }
      logger.info("bot started (long polling)", { username: me.username, apiRoot: config.TELEGRAM_API_ROOT, reports: live.current.reports.length });
    },
  });
  logger.info("stopped");
}

main().catch((error: unknown) => {
  process.stderr.write(`找数 failed to start: ${(error as Error).message ?? String(error)}\n`);
  process.exit(1);
});
