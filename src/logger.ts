/** A small levelled logger writing one line per event to stderr: `time LEVEL message key=value …`. */
import type { LogLevel } from "./config.ts";

export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

function renderField(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.message);
  if (typeof value === "string") return /[\s="]/.test(value) || value === "" ? JSON.stringify(value) : value;
  return JSON.stringify(value) ?? String(value);
}

export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const at = (name: Exclude<LogLevel, "silent">) => (message: string, fields?: LogFields) => {
    if (RANK[name] < RANK[level]) return;
    const tail = fields
      ? Object.entries(fields)
          .map(([k, v]) => ` ${k}=${renderField(v)}`)
          .join("")
      : "";
    write(`${new Date().toISOString()} ${name.toUpperCase().padEnd(5)} ${message}${tail}`);
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = createLogger("silent");
