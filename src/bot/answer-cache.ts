/** Recent answers, kept so the buttons under a reply can show its paragraph and alternatives. Bounded LRU. */
import type { Answer } from "../answer/types.ts";

/**
 * Where answers are kept for their buttons: this process's memory (AnswerCache), or a store
 * every bot instance reads (bot/pg-state.ts), so that a button pressed under one instance's
 * reply works on whichever instance the press reaches.
 */
export interface AnswerStore {
  put(answer: Answer): string | Promise<string>;
  get(key: string): Answer | undefined | Promise<Answer | undefined>;
  /** How many are kept, when known without asking the store. */
  readonly size: number | null;
}

export class AnswerCache implements AnswerStore {
  private readonly entries = new Map<string, Answer>();
  private counter = 0;
  /** Differs between runs, so a button from before a restart is stale instead of pointing at another answer. */
  private readonly run = Math.floor(Math.random() * 36 ** 3)
    .toString(36)
    .padStart(3, "0");

  constructor(private readonly capacity = 500) {}

  /** Stores an answer and returns its key: short base-36, so callback data stays far under 64 bytes. */
  put(answer: Answer): string {
    const key = this.run + (this.counter++).toString(36);
    this.entries.set(key, answer);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  /** The answer for a key, refreshed as recently used; undefined once evicted (a stale button). */
  get(key: string): Answer | undefined {
    const answer = this.entries.get(key);
    if (answer) {
      this.entries.delete(key);
      this.entries.set(key, answer);
    }
    return answer;
  }

  get size(): number {
    return this.entries.size;
  }
}
