/**
 * Configuration from the environment (and a `.env` file), validated by zod — its tree-shakable
 * zod/mini build: the full build alone took 40 ms of every start, more than all of this file's
 * checks need (they carry their own messages, so zod's English locale is not loaded either).
 * Every variable is documented in `.env.example`. Only `main.ts` calls `loadConfig`.
 */
import dotenv from "dotenv";
import * as z from "zod/mini";

/** BotFather tokens look like `123456789:AAH…` (numeric bot id, colon, 30+ url-safe characters). */
const BOT_TOKEN_PATTERN = /^\d+:[\w-]{30,}$/;

/** "" or unset → undefined, so an empty line in `.env` means "not set"; other values trimmed. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value);

/** A variable as written, blank meaning unset, then checked by `schema`. */
const variable = <T extends z.ZodMiniType>(schema: T) => z.pipe(z.transform(blankToUndefined), schema);

/** A string variable with a default. */
const text = (fallback: string) => variable(z._default(z.string(), fallback));

/** "1, 2,3" → [1, 2, 3]; "" → []. Each entry must be a positive integer (a Telegram user id). */
const userIdList = z.pipe(
  z.optional(z.string()),
  z.transform((raw, ctx) => {
    const ids: number[] = [];
    for (const part of (raw ?? "").split(",")) {
      const item = part.trim();
      if (item === "") continue;
      if (!/^\d{1,15}$/.test(item)) {
        ctx.issues.push({
          code: "custom",
          input: raw,
          message: `"${item}" is not a numeric Telegram user id; use comma-separated numbers such as 12345678,87654321`,
        });
        return z.NEVER;
      }
      ids.push(Number(item));
    }
    return ids;
  }),
);

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const configSchema = z.object({
  BOT_TOKEN: variable(
    z.optional(
      z.string().check(
        z.regex(BOT_TOKEN_PATTERN, {
          error: "malformed token; it should look like 123456789:AAH… as given by @BotFather (leave it empty for the terminal chat)",
        }),
      ),
    ),
  ),
  TELEGRAM_API_ROOT: variable(
    z.pipe(
      z._default(z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://api.telegram.org" }), "https://api.telegram.org"),
      // grammY refuses an apiRoot with a trailing slash.
      z.transform((url: string) => url.replace(/\/+$/, "")),
    ),
  ),
  ALLOWED_USERS: userIdList,
  ADMIN_USERS: userIdList,
  CORPUS_DIR: text("./corpus"),
  INDEX_PATH: text("./data/index.json"),
  UNANSWERED_LOG: text("./data/unanswered.jsonl"),
  // PostgreSQL instead of the index file (search/pg/): the corpus, rate limits and conversations live there.
  DATABASE_URL: variable(
    z.optional(z.url({ protocol: /^postgres(ql)?$/, error: "must be a PostgreSQL URL such as postgres://user:password@host:5432/zhaoshu" })),
  ),
  // Webhook mode (bot/webhook.ts) instead of long polling: the public URL Telegram posts updates to.
  WEBHOOK_URL: variable(z.optional(z.url({ protocol: /^https?$/, error: "must be the public http(s) URL Telegram posts updates to" }))),
  WEBHOOK_SECRET: variable(
    z.optional(
      z
        .string()
        .check(z.regex(/^[A-Za-z0-9_-]{16,256}$/, { error: "must be 16 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule for secret tokens)" })),
    ),
  ),
  PORT: variable(
    z._default(
      z.pipe(
        z.transform((value: unknown) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value)),
        z
          .int({ error: "must be a port number from 1 to 65535" })
          .check(z.minimum(1, { error: "must be a port number from 1 to 65535" }), z.maximum(65_535, { error: "must be a port number from 1 to 65535" })),
      ),
      8080,
    ),
  ),
  LOG_LEVEL: z.pipe(
    z.transform((value: unknown) => (typeof blankToUndefined(value) === "string" ? String(blankToUndefined(value)).toLowerCase() : undefined)),
    z._default(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }), "info"),
  ),
});

/** The parsed configuration, with the environment variable names as keys. */
export type Config = z.output<typeof configSchema>;

/** Rules between variables: a webhook needs its secret (an open webhook takes updates from anyone). */
function crossChecks(config: Config): string[] {
  return config.WEBHOOK_URL && !config.WEBHOOK_SECRET
    ? ["WEBHOOK_SECRET: must be set with WEBHOOK_URL (Telegram sends it with every update; other requests are refused)"]
    : [];
}

/** A configuration that cannot be used; `problems` holds one line per bad variable. */
export class ConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example for every variable.`);
    this.name = "ConfigError";
    this.problems = problems;
  }
}

/** Validates an environment (pure: `process.env` or a test object). Throws `ConfigError`. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = configSchema.safeParse(env);
  if (result.success) {
    const problems = crossChecks(result.data);
    if (problems.length) throw new ConfigError(problems);
    return result.data;
  }
  const byVariable = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? "environment");
    if (!byVariable.has(name)) byVariable.set(name, `${name}: ${issue.message}`);
  }
  throw new ConfigError([...byVariable.values()]);
}

/** Reads `.env` (without overriding variables already set) and validates `process.env`. */
export function loadConfig(): Config {
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}
