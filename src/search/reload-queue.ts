/**
 * What every live corpus does the same way (live-index.ts for the index file, pg/live-store.ts
 * for PostgreSQL): reloads one at a time, `reloadAfter` as one turn of the queue, and every
 * outcome told to the listeners (the bot tells the admins). A subclass says how to load and swap.
 */
import type { Logger } from "../logger.ts";
import type { ReloadOutcome, ReloadTrigger } from "./live-index.ts";

export abstract class ReloadQueue {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<(outcome: ReloadOutcome) => void>();

  constructor(protected readonly logger: Logger) {}

  /** Loads the stored state and swaps it in when usable; never throws (a refusal is an outcome). */
  protected abstract loadAndSwap(trigger: ReloadTrigger): Promise<ReloadOutcome>;

  onReload(listener: (outcome: ReloadOutcome) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  reload(trigger: ReloadTrigger): Promise<ReloadOutcome> {
    return this.enqueue(async () => this.announced(await this.loadAndSwap(trigger)));
  }

  /**
   * Runs `write` (which writes a new state, or not: it says whether it did) and then loads it, in
   * one turn of the queue: no reload runs in between, and the watcher's events caused by the
   * write find that version loaded. Null when `write` wrote nothing; `write`'s error is thrown.
   */
  reloadAfter(trigger: ReloadTrigger, write: () => Promise<boolean>): Promise<ReloadOutcome | null> {
    return this.enqueue(async () => ((await write()) ? this.announced(await this.loadAndSwap(trigger)) : null));
  }

  /** A load the watcher decided on, in its turn of the queue (null: nothing new to load). */
  protected enqueueWatch(load: () => Promise<ReloadOutcome | null>): Promise<void> {
    return this.enqueue(async () => {
      const outcome = await load();
      if (outcome) this.announced(outcome);
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => {});
    return run;
  }

  /** Tells every listener, then gives the outcome back. */
  private announced(outcome: ReloadOutcome): ReloadOutcome {
    for (const listener of this.listeners) {
      try {
        listener(outcome);
      } catch (error) {
        this.logger.warn("reload listener failed", { error: error as Error });
      }
    }
    return outcome;
  }
}
