/** Questions answered since start, for /stats: counts and answer times (the last ones, bounded). */

/** Answer times kept for the median: the most recent ones. */
const MAX_TIMES = 10_000;

export class AnswerStats {
  readonly startedAt = Date.now();
  answered = 0;
  notFound = 0;
  failed = 0;
  private readonly times: number[] = [];
  private next = 0;

  /** One question: found a figure, found none, or the engine failed; and how long it took. */
  record(outcome: "answered" | "not-found" | "failed", ms: number): void {
    if (outcome === "answered") this.answered++;
    else if (outcome === "not-found") this.notFound++;
    else this.failed++;
    if (this.times.length < MAX_TIMES) this.times.push(ms);
    else this.times[this.next++ % MAX_TIMES] = ms;
  }

  get questions(): number {
    return this.answered + this.notFound + this.failed;
  }

  /** Median answer time in ms, or null before the first question. */
  medianMs(): number | null {
    if (this.times.length === 0) return null;
    const sorted = [...this.times].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
}
