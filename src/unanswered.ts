/**
 * The log of questions the bot could not answer: one JSON object per line (time, user id,
 * question, and why), appended by the bot and summarised by `npm run unanswered` into the
 * admins' list of what to add next.
 */
import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { Logger } from "./logger.ts";

export interface UnansweredEntry {
  /** ISO time. */
  time: string;
  /** Telegram user id; null when the update had no sender. */
  user: number | null;
  question: string;
  /** not-found: the reports do not state it; error: the engine failed on it. */
  reason: "not-found" | "error";
}

/** Appends entries, one line each, in the order given; a failed write is logged, never thrown. */
export class UnansweredLog {
  private queue: Promise<void> = Promise.resolve();
  private folderMade = false;

  constructor(
    readonly path: string,
    private readonly logger: Logger,
  ) {}

  append(entry: UnansweredEntry): Promise<void> {
    this.queue = this.queue.then(async () => {
      try {
        if (!this.folderMade) {
          await mkdir(dirname(this.path), { recursive: true });
          this.folderMade = true;
        }
        await appendFile(this.path, `${JSON.stringify(entry)}\n`, "utf8");
      } catch (error) {
        this.logger.warn("could not append to the unanswered log", { path: this.path, error: error as Error });
      }
    });
    return this.queue;
  }
}

/** Lines → entries; lines that are not entries (a torn last line, an edit by hand) are counted, not fatal. */
export function parseUnansweredLog(text: string): { entries: UnansweredEntry[]; skipped: number } {
  const entries: UnansweredEntry[] = [];
  let skipped = 0;
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      const e = JSON.parse(line) as Partial<UnansweredEntry>;
      if (typeof e.time !== "string" || typeof e.question !== "string" || Number.isNaN(Date.parse(e.time))) throw new Error("not an entry");
      entries.push({
        time: e.time,
        user: typeof e.user === "number" ? e.user : null,
        question: e.question,
        reason: e.reason === "error" ? "error" : "not-found",
      });
    } catch {
      skipped++;
    }
  }
  return { entries, skipped };
}

/** Questions asked the same way: width, spacing, case and closing punctuation aside. */
export function questionKey(question: string): string {
  return question
    .normalize("NFKC")
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[?？!！。.，,、~～…]+$/u, "");
}

export interface UnansweredSummaryRow {
  /** The spelling asked most often. */
  question: string;
  count: number;
  users: number;
  first: string;
  last: string;
  /** How many of them made the engine fail (rather than not finding the figure). */
  errors: number;
}

export interface UnansweredSummary {
  total: number;
  distinct: number;
  users: number;
  first: string | null;
  last: string | null;
  rows: UnansweredSummaryRow[];
}

/** Most asked first (then most recent), entries at or after `since` only. */
export function summariseUnanswered(entries: readonly UnansweredEntry[], since?: Date): UnansweredSummary {
  const kept = since ? entries.filter((e) => Date.parse(e.time) >= since.getTime()) : [...entries];
  const groups = new Map<string, { spellings: Map<string, number>; users: Set<number | null>; first: string; last: string; count: number; errors: number }>();
  for (const e of kept) {
    const key = questionKey(e.question);
    if (!key) continue;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { spellings: new Map(), users: new Set(), first: e.time, last: e.time, count: 0, errors: 0 }));
    g.count++;
    if (e.reason === "error") g.errors++;
    g.users.add(e.user);
    g.spellings.set(e.question.trim(), (g.spellings.get(e.question.trim()) ?? 0) + 1);
    if (e.time < g.first) g.first = e.time;
    if (e.time > g.last) g.last = e.time;
  }
  const rows = [...groups.values()].map((g) => ({
    question: [...g.spellings].sort((a, b) => b[1] - a[1])[0]![0],
    count: g.count,
    users: g.users.size,
    first: g.first,
    last: g.last,
    errors: g.errors,
  }));
  rows.sort((a, b) => b.count - a.count || (a.last < b.last ? 1 : a.last > b.last ? -1 : 0));
  const times = kept.map((e) => e.time).sort();
  return {
    total: kept.length,
    distinct: rows.length,
    users: new Set(kept.map((e) => e.user)).size,
    first: times[0] ?? null,
    last: times.at(-1) ?? null,
    rows,
  };
}
