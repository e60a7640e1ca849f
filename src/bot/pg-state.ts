/**
 * What bot instances behind one webhook share, in PostgreSQL (DATABASE_URL): per-user rate
 * limits, each chat's conversation, and the answers under which buttons were sent. Any instance
 * can then take any update: a follow-up ("那2018年呢") or a button press reaching another
 * instance than the question finds what the first one kept. Tables: search/pg/schema.ts (2).
 */
import { randomBytes } from "node:crypto";
import type { StorageAdapter } from "grammy";
import type pg from "pg";
import type { Answer } from "../answer/types.ts";
import type { AnswerStore } from "./answer-cache.ts";
import { CONVERSATION_TTL_MS, type ConversationSession } from "./conversation.ts";
import { RATE_LIMITS, type Limiter, type Limiters, type RateDecision } from "./rate-limit.ts";

/** Answers are kept this long for their buttons (the in-process cache keeps the last 500). */
export const ANSWER_TTL_MS = 24 * 60 * 60 * 1000;
/** One write in this many also deletes the expired rows of its table. */
const SWEEP_EVERY = 200;

/** A fixed window per user, counted in one statement: two instances hitting it at once both count. */
class PgRateLimiter implements Limiter {
  /** The seconds left in a user's window, from their last hit (read right after it by the middleware). */
  private readonly left = new Map<number, number>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly kind: string,
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  async hit(userId: number): Promise<RateDecision> {
    const { rows } = await this.pool.query<{ count: number; left: number }>(
      `insert into rate_windows as w (kind, user_id, started_at, count) values ($1, $2, now(), 1)
       on conflict (kind, user_id) do update set
         started_at = case when w.started_at <= now() - make_interval(secs => $3) then now() else w.started_at end,
         count = case when w.started_at <= now() - make_interval(secs => $3) then 1 else w.count + 1 end
       returning count, extract(epoch from w.started_at + make_interval(secs => $3) - now())::float8 as left`,
      [this.kind, userId, this.windowMs / 1000],
    );
    const { count, left } = rows[0]!;
    this.left.set(userId, Math.max(1, Math.ceil(left)));
    if (this.left.size > 10_000) this.left.delete(this.left.keys().next().value!);
    if (count <= this.limit) return "pass";
    return count === this.limit + 1 ? "notify" : "drop";
  }

  secondsLeft(userId: number): number {
    return this.left.get(userId) ?? Math.ceil(this.windowMs / 1000);
  }
}

export function pgLimiters(pool: pg.Pool): Limiters {
  return {
    messages: new PgRateLimiter(pool, "messages", RATE_LIMITS.messages.limit, RATE_LIMITS.messages.windowMs),
    buttons: new PgRateLimiter(pool, "buttons", RATE_LIMITS.buttons.limit, RATE_LIMITS.buttons.windowMs),
    inline: new PgRateLimiter(pool, "inline", RATE_LIMITS.inline.limit, RATE_LIMITS.inline.windowMs),
  };
}

/** grammY's session storage in a table, each session kept CONVERSATION_TTL_MS after its last write. */
export class PgSessionStorage implements StorageAdapter<ConversationSession> {
  private writes = 0;

  constructor(private readonly pool: pg.Pool) {}

  async read(key: string): Promise<ConversationSession | undefined> {
    const { rows } = await this.pool.query<{ value: ConversationSession }>("select value from bot_sessions where key = $1 and expires_at > now()", [key]);
    return rows[0]?.value;
  }

  async write(key: string, value: ConversationSession): Promise<void> {
    await this.pool.query(
      `insert into bot_sessions (key, value, expires_at) values ($1, $2, now() + make_interval(secs => $3))
       on conflict (key) do update set value = excluded.value, expires_at = excluded.expires_at`,
      [key, JSON.stringify(value), CONVERSATION_TTL_MS / 1000],
    );
    if (++this.writes % SWEEP_EVERY === 0) await this.pool.query("delete from bot_sessions where expires_at <= now()");
  }

  async delete(key: string): Promise<void> {
    await this.pool.query("delete from bot_sessions where key = $1", [key]);
  }
}

/** Answers for their buttons, by a random key (short: callback data holds 64 bytes). */
export class PgAnswerStore implements AnswerStore {
  readonly size = null;
  private writes = 0;

  constructor(private readonly pool: pg.Pool) {}

  async put(answer: Answer): Promise<string> {
    // 8 bytes in base 36: about 13 characters, unique among a day's answers of any number of instances.
    const key = BigInt(`0x${randomBytes(8).toString("hex")}`).toString(36);
    await this.pool.query("insert into bot_answers (key, answer, expires_at) values ($1, $2, now() + make_interval(secs => $3))", [
      key,
      JSON.stringify(answer),
      ANSWER_TTL_MS / 1000,
    ]);
    if (++this.writes % SWEEP_EVERY === 0) await this.pool.query("delete from bot_answers where expires_at <= now()");
    return key;
  }

  async get(key: string): Promise<Answer | undefined> {
    const { rows } = await this.pool.query<{ answer: Answer }>("select answer from bot_answers where key = $1 and expires_at > now()", [key]);
    return rows[0]?.answer;
  }
}
