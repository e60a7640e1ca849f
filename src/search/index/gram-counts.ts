import { scanGrams } from "./scanned-lines.ts";

/**
 * The sentence counts of character bigrams (and single characters): how rare a question's word
 * is. What answering needs of them is `get`; a stored index is written from the whole (iterable).
 * A Map is one.
 */
export interface GramCounts extends Iterable<[string, number]> {
  get(gram: string): number | undefined;
}

/**
 * Distinct bigrams looked up in the stored lines before they are made into a Map: a one-question process
 * (`npm run ask`) asks for a few dozen, each one indexOf over the lines (about 0.2 ms at 1×),
 * and is done sooner than by scanning 100,000 counts into a Map (about 50 ms and its garbage); a
 * serving process makes the Map on its first questions and answers every later one from it.
 */
const GRAMS_BEFORE_MAP = 200;

/** The bigram counts as stored: the body's lines of them, each [[gram, count], …] (scanned-lines.ts). */
export class StoredGramCounts implements GramCounts {
  private map: Map<string, number> | null = null;
  /** What the lines gave so far: a question asks for its words' bigrams again for every sentence it weighs. */
  private readonly found = new Map<string, number | undefined>();

  constructor(private lines: readonly string[]) {}

  get(gram: string): number | undefined {
    if (this.map) return this.map.get(gram);
    if (this.found.has(gram)) return this.found.get(gram);
    if (this.found.size >= GRAMS_BEFORE_MAP) return this.whole().get(gram);
    const count = this.scan(gram);
    this.found.set(gram, count);
    return count;
  }

  private scan(gram: string): number | undefined {
    // An entry is ["gram",count]: the key with its opening bracket and the comma after it is found
    // nowhere else in a line (a count is digits only).
    const key = `[${JSON.stringify(gram)},`;
    for (const line of this.lines) {
      const at = line.indexOf(key);
      if (at < 0) continue;
      let count = 0;
      for (let i = at + key.length, c = line.charCodeAt(i); c >= 0x30 && c <= 0x39; c = line.charCodeAt(++i)) count = count * 10 + (c - 0x30);
      return count;
    }
    return undefined;
  }

  [Symbol.iterator](): Iterator<[string, number]> {
    return this.whole()[Symbol.iterator]();
  }

  private whole(): Map<string, number> {
    if (!this.map) {
      const map = new Map<string, number>();
      for (const line of this.lines) scanGrams(line, map);
      this.map = map;
      this.lines = [];
      this.found.clear();
    }
    return this.map;
  }
}
