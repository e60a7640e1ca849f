/**
 * Configuration from the environment (and a `.env` file), validated by zod.
 * Every variable is documented in `.env.example`. Only `main.ts` calls `loadConfig`.
 */
import dotenv from "dotenv";
import { z } from "zod";

/** BotFather tokens look like `123456789:AAH…` (numeric bot id, colon, 30+ url-safe characters). */
const BOT_TOKEN_PATTERN = /^\d+:[\w-]{30,}$/;

/** "" or unset → undefined, so an empty line in `.env` means "not set". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value);

/** "1, 2,3" → [1, 2, 3]; "" → []. Each entry must be a positive integer (a Telegram user id). */
const userIdList = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const ids: number[] = [];
    for (const part of (raw ?? "").split(",")) {
      const item = part.trim();
      if (item === "") continue;
      if (!/^\d{1,15}$/.test(item)) {
        ctx.addIssue({
          code: "custom",
          message: `"${item}" is not a numeric Telegram user id; use comma-separated numbers such as 12345678,87654321`,
        });
        return z.NEVER;
      }
      ids.push(Number(item));
    }
    return ids;
  });

export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const configSchema = z.object({
  BOT_TOKEN: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(BOT_TOKEN_PATTERN, {
        message: "malformed token; it should look like 123456789:AAH… as given by @BotFather (leave it empty for the terminal chat)",
      })
      .optional(),
  ),
  TELEGRAM_API_ROOT: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://api.telegram.org" })
      .default("https://api.telegram.org")
      // grammY refuses an apiRoot with a trailing slash.
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  ALLOWED_USERS: userIdList,
  ADMIN_USERS: userIdList,
  CORPUS_DIR: z.preprocess(blankToUndefined, z.string().default("./corpus")),
  INDEX_PATH: z.preprocess(blankToUndefined, z.string().default("./data/index.json")),
  UNANSWERED_LOG: z.preprocess(blankToUndefined, z.string().default("./data/unanswered.jsonl")),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof blankToUndefined(value) === "string" ? String(blankToUndefined(value)).toLowerCase() : undefined),
    z.enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  ),
});

/** The parsed configuration, with the environment variable names as keys. */
export type Config = z.infer<typeof configSchema>;

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
  if (result.success) return result.data;
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
