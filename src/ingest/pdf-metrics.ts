/** The measures a PDF page's layout is read by: the heading size, the most common value, a percentile. */

/** Headings (and titles over a page's columns) are set this much larger than the body text. */
export const HEADING_SIZE_RATIO = 1.15;

/** The most common value (each weighted, when weights are given); undefined for none. */
export function mode(values: number[], weights?: number[]): number | undefined {
  const counts = new Map<number, number>();
  values.forEach((v, i) => counts.set(v, (counts.get(v) ?? 0) + (weights?.[i] ?? 1)));
  let best: number | undefined;
  let bestCount = -1;
  for (const [v, c] of counts) {
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** The value at share p (0…1) of the sorted values; undefined for none. */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
}
