import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** What the bot process was started with; the rest of its environment is PATH and HOME only. */
export interface BotEnvironment {
  BOT_TOKEN: string;
  TELEGRAM_API_ROOT: string;
  CORPUS_DIR: string;
  INDEX_PATH: string;
  UNANSWERED_LOG: string;
  ALLOWED_USERS: string;
  ADMIN_USERS: string;
  DATABASE_URL?: string;
  WEBHOOK_URL?: string;
  WEBHOOK_SECRET?: string;
  PORT?: string;
}

/**
 * Starts the real bot (`src/main.ts`, as `npm start` does) against a fake Bot API server,
 * collecting everything it prints into `output()`. Run through node directly, not npm, so that
 * signals reach the bot itself.
 */
export function launchBot(env: BotEnvironment): { process: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, LOG_LEVEL: "debug" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { process: child, output: () => output };
}
