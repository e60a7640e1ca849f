/** Access guard: ALLOWED_USERS (and admins) pass; anyone else gets one polite refusal and no data. */
import { Composer, type Context } from "grammy";
import type { BotDeps } from "../deps.ts";
import { isAddressedToBot, isAllowed } from "../filters.ts";

/** A stranger is told at most once in this period; further messages are ignored. */
const REFUSE_AGAIN_AFTER_MS = 10 * 60_000;
const MAX_REMEMBERED = 10_000;

export function refusalText(userId: number): string {
  return `抱歉，你还没有使用权限。\n请把你的 Telegram 用户 ID ${userId} 发给管理员，由其加入允许名单。`;
}

export function accessFeature({ config, logger }: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  const refusedAt = new Map<number, number>();

  composer.use(async (ctx, next) => {
    // Channel posts and service updates without a sender carry no question.
    if (!ctx.from) return;
    if (isAllowed(ctx, config)) return next();

    const userId = ctx.from.id;
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: "抱歉，你还没有使用权限。", show_alert: true });
      return;
    }
    if (ctx.inlineQuery) {
      await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true });
      return;
    }
    if (!ctx.msg || !isAddressedToBot(ctx)) return;
    const last = refusedAt.get(userId);
    if (last !== undefined && Date.now() - last < REFUSE_AGAIN_AFTER_MS) {
      logger.debug("refused again, silently", { user: userId });
      return;
    }
    refusedAt.delete(userId);
    refusedAt.set(userId, Date.now());
    if (refusedAt.size > MAX_REMEMBERED) refusedAt.delete(refusedAt.keys().next().value!);
    logger.warn("refused a user not in ALLOWED_USERS", { user: userId, chat: ctx.chat?.id });
    await ctx.reply(refusalText(userId));
  });

  return composer;
}
