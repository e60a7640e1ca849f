/**
 * The yardstick for answer latency: a fixed piece of plain JavaScript of the kind answering does
 * (slicing a Chinese text into character pairs, counting them in a Map, splitting it into
 * clauses), about 1 ms here. It is timed in the serving process between the passes of answers,
 * so a slower or busier machine slows it as it slows the answers, and the targets compare the
 * answers' latency with its median. It does not use the project's code: no change to the engine
 * changes it.
 */

/** 20,000 characters of a fixed pseudo-random Chinese text (600 distinct characters, clauses ended by "，"). */
export function referenceText(): string {
  let x = 12345;
  let text = "";
  for (let i = 0; i < 20_000; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    text += String.fromCharCode(0x4e00 + ((x >>> 8) % 600));
    if (x % 17 === 0) text += "，";
  }
  return text;
}

/** The workload: the most frequent character pair's count plus the number of clauses holding the first character. */
export function referenceWorkload(text: string): number {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  let most = 0;
  for (const n of counts.values()) if (n > most) most = n;
  return most + text.split("，").filter((clause) => clause.includes(text[0]!)).length;
}
