/**
 * The bot factory: builds a grammY Bot with every feature wired in, and nothing started.
 * No side effects: no network call, no timer, no signal handler (main.ts starts it).
 */
import { Bot, type BotConfig, type Context } from "grammy";
import { AnswerCache } from "./answer-cache.ts";
import type { BotDeps } from "./deps.ts";
import { accessFeature } from "./features/access.ts";
import { adminFeature } from "./features/admin.ts";
import { conversationSession } from "./conversation.ts";
import { askFeature } from "./features/ask.ts";
import { buttonsFeature } from "./features/buttons.ts";
import { inlineFeature } from "./features/inline.ts";
import { sourcesFeature } from "./features/sources.ts";
import { startHelpFeature } from "./features/start-help.ts";
import { unhandledFeature } from "./features/unhandled.ts";
import { uploadFeature } from "./features/upload.ts";
import { createLimiters, rateLimit } from "./rate-limit.ts";
import { AnswerStats } from "./stats.ts";

export type { BotDeps } from "./deps.ts";

const SORRY = "抱歉，处理时出了点问题，请稍后再试。";

/** Tells the user something went wrong, without details; never throws. */
async function apologise(ctx: Context): Promise<void> {
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: SORRY });
    else if (ctx.inlineQuery) await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true });
    else if (ctx.chat?.type === "private" && ctx.msg) await ctx.reply(SORRY);
  } catch {
    // The apology itself failed (Telegram unreachable): the error is logged already.
  }
}

/**
 * @param token the bot token
 * @param deps the index, configuration and logger; the live index, unanswered log, reindexer for the admin side
 * @param botConfig extra grammY options (tests pass `botInfo` so no getMe call is needed)
 */
export function createBot(token: string, deps: BotDeps, botConfig: BotConfig<Context> = {}): Bot {
  const bot = new Bot(token, {
    ...botConfig,
    client: { apiRoot: deps.config.TELEGRAM_API_ROOT, ...botConfig.client },
  });
  const cache = deps.answers ?? new AnswerCache();
  const { logger } = deps;
  const stats = deps.stats ?? new AnswerStats();
  deps = { ...deps, stats };

  // Errors in a feature end here: logged with the update, an apology to the user, polling carries on.
  const features = bot.errorBoundary(async (error) => {
    logger.error("handler failed", {
      update: error.ctx.update.update_id,
      user: error.ctx.from?.id,
      error: error.error instanceof Error ? error.error : String(error.error),
    });
    if (error.error instanceof Error && error.error.stack) logger.debug(error.error.stack);
    await apologise(error.ctx);
  });

  features.use(accessFeature(deps));
  features.use(rateLimit(deps.limiters ?? createLimiters(), logger));
  features.use(startHelpFeature(deps));
  features.use(sourcesFeature(deps));
  features.use(adminFeature(deps, cache, stats));
  features.use(uploadFeature(deps));
  features.use(conversationSession(deps.conversations));
  features.use(askFeature(deps, cache));
  features.use(buttonsFeature(deps, cache));
  features.use(inlineFeature(deps));
  features.use(unhandledFeature());

  // Last resort for long polling (errors outside the boundary): log and carry on.
  bot.catch((error) => {
    logger.error("update failed", { update: error.ctx.update.update_id, error: error.error instanceof Error ? error.error : String(error.error) });
  });

  return bot;
}
