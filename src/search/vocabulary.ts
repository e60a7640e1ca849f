/**
 * The indexed words that contain a question's word, those inside it, and those its lone
 * characters make together: how a question's 入园率 meets the report's 毛入园率, its 钢产量 meets
 * 原煤产量 (by 产量) and its 养…猪 meets 养猪, although the index holds whole jieba words only. The
 * bigram lookup is built once per corpus state, after its first few questions (about 20 ms at 1×).
 *
 * The words are ordered shortest first, then by code point: an order of the words alone, so that
 * every store (the embedded index, PostgreSQL) and every build history (a full or an incremental
 * reindex) picks the same eight containing words.
 */

/** How many containing words a question word brings, shortest (closest to it) first. */
export const MAX_CONTAINING = 8;

/**
 * Lookups answered by scanning the words before the bigram map is built: a one-question process
 * (`npm run ask`) makes a handful and is done sooner without the map (about 25 ms at 1×); a
 * serving process builds it on its first questions and answers every later one from it.
 */
const SCANS_BEFORE_MAP = 16;

export class Vocabulary {
  /** The words as given (each once); sorted only when an order is needed (`sorted`). */
  private readonly unsorted: readonly string[];
  private readonly set: ReadonlySet<string>;
  private ordered: readonly string[] | null = null;
  private byBigram: Map<string, string[]> | null = null;
  private scans = 0;

  constructor(words: Iterable<string>) {
    this.set = new Set(words);
    this.unsorted = [...this.set];
  }

  get size(): number {
    return this.unsorted.length;
  }

  /** The indexed words of two or more characters inside `word` (not `word` itself). */
  inside(word: string): string[] {
    const chars = [...word];
    const out: string[] = [];
    for (let length = chars.length - 1; length >= 2; length--) {
      for (let start = 0; start + length <= chars.length; start++) {
        const part = chars.slice(start, start + length).join("");
        if (this.set.has(part)) out.push(part);
      }
    }
    return out;
  }

  /** The indexed words other than `word` that contain it, shortest first, at most MAX_CONTAINING. */
  containing(word: string): string[] {
    const chars = [...word];
    // A single character inside a longer word is mostly another thing (钢 in 钢铁, 炼钢).
    if (chars.length < 2) return [];
    if (this.byBigram === null && this.scans < SCANS_BEFORE_MAP) {
      this.scans++;
      // The same words as the map gives: every container, in the vocabulary's order, the first few.
      return this.unsorted
        .filter((w) => w !== word && w.includes(word))
        .sort(vocabularyOrder)
        .slice(0, MAX_CONTAINING);
    }
    const list = this.bigramMap().get(chars[0]! + chars[1]!) ?? [];
    const out: string[] = [];
    for (const w of list) {
      if (w !== word && w.includes(word)) out.push(w);
      if (out.length >= MAX_CONTAINING) break;
    }
    return out;
  }

  /**
   * Short indexed words holding every one of these single characters (养, 猪 → 养猪): a question's
   * lone characters are often one word in the report. A scan of the vocabulary, for the few
   * questions with two or more lone characters.
   */
  joining(characters: readonly string[]): string[] {
    if (characters.length < 2) return [];
    const out: string[] = [];
    for (const w of this.sorted()) {
      if (w.length > characters.length + 2) break;
      if (characters.every((c) => w.includes(c))) out.push(w);
      if (out.length >= MAX_CONTAINING) break;
    }
    return out;
  }

  /** The words shortest first, then by code point. */
  private sorted(): readonly string[] {
    return (this.ordered ??= [...this.unsorted].sort(vocabularyOrder));
  }

  /** Every bigram of the vocabulary → the words holding it, in the vocabulary's order. */
  private bigramMap(): Map<string, string[]> {
    if (this.byBigram) return this.byBigram;
    const map = new Map<string, string[]>();
    for (const w of this.sorted()) {
      const chars = [...w];
      if (chars.length < 2) continue;
      const keys = new Set<string>();
      for (let i = 0; i + 1 < chars.length; i++) keys.add(chars[i]! + chars[i + 1]!);
      for (const key of keys) {
        const list = map.get(key);
        if (list) list.push(w);
        else map.set(key, [w]);
      }
    }
    this.byBigram = map;
    return map;
  }
}

/** Shortest first, then by code point: an order of the words alone (see the top of this file). */
function vocabularyOrder(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}
