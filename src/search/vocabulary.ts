/**
 * The indexed words that contain a question's word, those inside it, and those its lone
 * characters make together: how a question's 入园率 meets the report's 毛入园率, its 钢产量 meets
 * 原煤产量 (by 产量) and its 养…猪 meets 养猪, although the index holds whole jieba words only. The
 * lookups are built once per corpus state, on its first question (about 20 ms at 1×).
 *
 * The words are ordered shortest first, then by code point: an order of the words alone, so that
 * every store (the embedded index, PostgreSQL) and every build history (a full or an incremental
 * reindex) picks the same eight containing words.
 */

/** How many containing words a question word brings, shortest (closest to it) first. */
export const MAX_CONTAINING = 8;

export class Vocabulary {
  private readonly words: readonly string[];
  private readonly set: ReadonlySet<string>;
  private byBigram: Map<string, string[]> | null = null;

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    this.set = new Set(this.words);
  }

  get size(): number {
    return this.words.length;
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
    for (const w of this.words) {
      if (w.length > characters.length + 2) break;
      if (characters.every((c) => w.includes(c))) out.push(w);
      if (out.length >= MAX_CONTAINING) break;
    }
    return out;
  }

  /** Every bigram of the vocabulary → the words holding it, in the vocabulary's order. */
  private bigramMap(): Map<string, string[]> {
    if (this.byBigram) return this.byBigram;
    const map = new Map<string, string[]>();
    for (const w of this.words) {
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
