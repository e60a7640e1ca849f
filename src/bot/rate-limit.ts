/**
 * Per-user rate limit: at most `limit` events per fixed window of `windowMs`.
 * The first event over the limit in a window gets a friendly notice; the rest are dropped quietly.
 */
import type { Context, NextFunction } from "grammy";
import type { Logger } from "../logger.ts";
import { isAddressedToBot } from "./filters.ts";

export type RateDecision = "pass" | "notify" | "drop";

interface Window {
  start: number;
  count: number;
}

export interface RateLimitOptions {
  limit: number;
  windowMs: number;
  /** Clock, for tests. */
  now?: () => number;
  /** Users remembered at most; the oldest windows are forgotten first. */
  maxUsers?: number;
}

export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private readonly maxUsers: number;
  private readonly windows = new Map<number, Window>();

  constructor(options: RateLimitOptions) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.now = options.now ?? Date.now;
    this.maxUsers = options.maxUsers ?? 10_000;
  }

  hit(userId: number): RateDecision {
    const now = this.now();
    let w = this.windows.get(userId);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.delete(userId);
      this.windows.set(userId, w);
      if (this.windows.size > this.maxUsers) this.windows.delete(this.windows.keys().next().value!);
    }
    w.count++;
    if (w.count <= this.limit) return "pass";
    return w.count === this.limit + 1 ? "notify" : "drop";
  }

  /** Seconds until this user's window resets (for the notice). */
  secondsLeft(userId: number): number {
    const w = this.windows.get(userId);
    return w ? Math.max(1, Math.ceil((w.start + this.windowMs - this.now()) / 1000)) : 0;
  }
}

/** The limits the bot runs with. Questions are what cost; buttons and inline typing are cheaper and more frequent. */
export const RATE_LIMITS = {
  messages: { limit: 10, windowMs: 60_000 },
  buttons: { limit: 30, windowMs: 60_000 },
  inline: { limit: 30, windowMs: 60_000 },
} as const;

/**
 * What the middleware needs of a limiter: the in-memory RateLimiter (one process), or one whose
 * counts are shared by every bot instance (bot/pg-state.ts).
 */
export interface Limiter {
  readonly limit: number;
  readonly windowMs: number;
  hit(userId: number): RateDecision | Promise<RateDecision>;
  secondsLeft(userId: number): number | Promise<number>;
}

export interface Limiters {
  messages: Limiter;
  buttons: Limiter;
  inline: Limiter;
}

export function createLimiters(): Limiters {
  return {
    messages: new RateLimiter(RATE_LIMITS.messages),
    buttons: new RateLimiter(RATE_LIMITS.buttons),
    inline: new RateLimiter(RATE_LIMITS.inline),
  };
}

function slowDown(seconds: number): string {
  return `请慢一点 🙏 提问太频繁了，请 ${seconds} 秒后再试。`;
}

/**
 * Middleware: counts what the bot would answer (messages addressed to it, button presses,
 * inline queries) per user, and stops the update when the user is over the limit.
 */
export function rateLimit(limiters: Limiters, logger: Logger) {
  // A shared counter that cannot be reached lets the update through: the limit protects the bot,
  // and an outage of its store must not silence it (the answer says what is wrong, if anything).
  const decide = async (limiter: Limiter, userId: number): Promise<RateDecision> => {
    try {
      return await limiter.hit(userId);
    } catch (error) {
      logger.warn("rate limit store failed; letting the update through", { error: error as Error });
      return "pass";
    }
  };
  const secondsLeft = async (limiter: Limiter, userId: number): Promise<number> => {
    try {
      return await limiter.secondsLeft(userId);
    } catch {
      return Math.ceil(limiter.windowMs / 1000);
    }
  };
  return async (ctx: Context, next: NextFunction): Promise<void> => {
    const userId = ctx.from?.id;
    if (userId === undefined) return next();
    if (ctx.callbackQuery) {
      const decision = await decide(limiters.buttons, userId);
      if (decision === "pass") return next();
      logger.debug("rate-limited", { user: userId, kind: "button", update: ctx.update.update_id });
      await ctx.answerCallbackQuery({ text: slowDown(await secondsLeft(limiters.buttons, userId)) });
      return;
    }
    if (ctx.inlineQuery) {
      const decision = await decide(limiters.inline, userId);
      if (decision === "pass") return next();
      logger.debug("rate-limited", { user: userId, kind: "inline", update: ctx.update.update_id });
      await ctx.answerInlineQuery([], { cache_time: 0, is_personal: true });
      return;
    }
    // Group chatter that is not for the bot costs nothing and is never answered.
    if (!ctx.msg || !isAddressedToBot(ctx)) return next();
    const decision = await decide(limiters.messages, userId);
    if (decision === "pass") return next();
    logger.debug("rate-limited", { user: userId, kind: "message", update: ctx.update.update_id, notified: decision === "notify" });
    if (decision === "notify") {
      logger.info("rate limit reached", { user: userId, limit: limiters.messages.limit, windowMs: limiters.messages.windowMs });
      await ctx.reply(slowDown(await secondsLeft(limiters.messages, userId)), {
        reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true },
      });
    }
  };
}
