/**
 * A question word the corpus never prints, typed with a homophone of one of its characters (增涨率
 * for 增长率, 保销 for 报销, 守主 for 守住): corrected to the word with that character replaced by the
 * homophone that makes every one of its bigrams one the corpus prints, the most printed if several.
 * A word the corpus prints, a word of the language it does not (老师: jieba's full dictionary counts
 * it often; the reports say 教师), and one no homophone makes known are left as typed: a wrong correction
 * would answer another question.
 */
import { dictionaryFrequency, isDictionaryWord, words } from "../zh/segment.ts";
import { homophonesOf } from "../zh/homophones.ts";
import { hanBigrams } from "../zh/text.ts";
import { placesNamed } from "../zh/places.ts";
import { isSynonymTerm } from "../zh/synonyms.ts";
import { UNIT_CLASS } from "../zh/units.ts";
import { CHINESE_NUMERAL_CHARS } from "../zh/numerals.ts";
import { alternation } from "../zh/word-classes.ts";
import { HOW_MANY_WORD } from "../zh/asking.ts";

/** The longest word correctedWord reads, in characters. */
const MAX_CORRECTED = 4;

/** Sentences a corrected word's rarest bigram must be in: a correction to a word printed once or twice is a guess. */
export const MIN_CORRECTED_SENTENCES = 3;

/**
 * A bigram the corpus prints in fewer than MIN_CORRECTED_SENTENCES sentences may still be a slip
 * (面基 stands across words in "路面基础"): its correction must be printed this many times as often
 * (面积: 151 sentences against 2).
 */
const BARELY_PRINTED_RATIO = 20;

/**
 * A word jieba's dictionary counts this often or more is a word of the language, typed on purpose
 * even where the reports say another (老师 6415 for 教师; 劳保 30 for 劳动保险). One it barely knows
 * (民声 6, 留底 4, 煤碳 2) that the reports never print is a homophone slip (民生, 留抵, 煤炭).
 */
export const KNOWN_WORD_FREQUENCY = 20;

/** How many sentences hold each bigram of these characters with the one at `i` in it, at least (0: the corpus never prints one). */
function printedAround(chars: readonly string[], i: number, sentencesWith: (gram: string) => number): number {
  const grams = [i > 0 ? chars[i - 1]! + chars[i]! : null, i + 1 < chars.length ? chars[i]! + chars[i + 1]! : null].filter((g) => g !== null);
  return Math.min(...grams.map(sentencesWith));
}

/**
 * The word corrected, or null when it needs no correction or none is sure. With `limits`, only the
 * character at `limits.at` (when given) may be the slip, and a correction must pass `limits.isWord`.
 */
export function correctedWord(
  word: string,
  sentencesWith: (gram: string) => number,
  limits?: { at?: number; isWord: (candidate: string) => boolean },
): string | null {
  const chars = [...word];
  // A word as jieba cut it may be barely printed; a character or pair read with `limits` must be unprinted.
  const printedAtMost = limits ? 0 : MIN_CORRECTED_SENTENCES - 1;
  if (chars.length < 2 || chars.length > MAX_CORRECTED || !/^\p{Script=Han}+$/u.test(word) || Math.min(...hanBigrams(word).map(sentencesWith)) > printedAtMost)
    return null;
  let best: { word: string; sentences: number; barely: boolean } | null = null;
  for (const [i, c] of chars.entries()) {
    // Only a character in a bigram the corpus never prints may be the typo; or one it barely prints (面基,
    // across the words of 路面基础), corrected to a word printed BARELY_PRINTED_RATIO times as often.
    const typed = printedAround(chars, i, sentencesWith);
    if ((limits?.at !== undefined && i !== limits.at) || typed > printedAtMost) continue;
    for (const h of homophonesOf(c)) {
      // A two-character word the corpus never prints whose slip and correction make a word side by side, one
      // the corpus prints (公卫: 公共 of 公共卫生), abbreviates the longer word; it is no slip for 共卫.
      const sideBySide = i === 0 ? c + h : h + c;
      if (chars.length === 2 && typed === 0 && sentencesWith(sideBySide) >= MIN_CORRECTED_SENTENCES && isDictionaryWord(sideBySide)) continue;
      const candidate = [...chars.slice(0, i), h, ...chars.slice(i + 1)];
      const sentences = printedAround(candidate, i, sentencesWith);
      if (
        sentences < Math.max(MIN_CORRECTED_SENTENCES, typed * BARELY_PRINTED_RATIO) ||
        sentences <= (best?.sentences ?? 0) ||
        (limits && !limits.isWord(candidate.join("")))
      )
        continue;
      best = { word: candidate.join(""), sentences, barely: typed > 0 };
    }
  }
  // Asked last: one search of jieba's 5 MB dictionary, for the few words a homophone would change.
  if (best === null) return null;
  // A slip barely printed is corrected only from a word no dictionary knows to one it knows (面基 → 面积).
  if (best.barely && (isDictionaryWord(word) || !isDictionaryWord(best.word))) return null;
  // A place typed with a homophone (滨洲 for 滨州): the division's name, however often jieba counts the slip.
  const place = placesNamed(best.word).length > 0 && placesNamed(word).length === 0;
  return place || (dictionaryFrequency(word) ?? 0) < KNOWN_WORD_FREQUENCY ? best.word : null;
}

/**
 * The question text with each word (as jieba cuts it) the corpus never prints corrected, where one
 * is sure; the asking words (`asks`: 怎么样, 多少) are the asker's, not the corpus'.
 */
export function correctTypos(text: string, sentencesWith: (gram: string) => number, asks: (word: string) => boolean, cutAs = text): string {
  let out = text;
  // The words as jieba cuts `cutAs`: the text with its asking phrases set apart (率到多少了 is not 率到).
  const cut = words(cutAs);
  for (const word of new Set(cut)) {
    // A unit of measure (标箱 of "多少标箱") is no word of the corpus to correct, nor a term of the
    // synonym data (固投, which the reports print as 固定资产投资: not 股投), nor a word holding one
    // (社零额: not 设零额, though 建设零碳 prints 设零), nor one such a term runs into (改改 of 棚改改了).
    // Nor a character with 了 after it, a verb as spoken (亩产提了几斤: 提高).
    // Nor a noun with the postposition 里 or a 得 run onto it (缓费里: not 缓费力).
    if (
      asks(word) ||
      UNIT_CLASS.has(word) ||
      holdsSynonymTerm(word) ||
      straddlesSynonymTerm(word, cutAs) ||
      SPOKEN_VERB.test(word) ||
      SPOKEN_CHANGE.test(word) ||
      NOUN_THEN_PARTICLE.test(word) ||
      // (Nor one opening with the unit asked: 钱建 of "投了多少钱建城市职工住宅" is 钱 and 建.)
      ASKING_BEFORE.test(cutAs.slice(0, Math.max(0, cutAs.indexOf(word))))
    )
      continue;
    // "投资中灾后恢复重建": jieba runs the postposition of the noun before onto the word after (中灾后), a pair the corpus never
    // prints; set apart, the word is the one the corpus prints (灾后), no slip for 重灾后.
    if (POSTPOSITION_RUN_ON.test(word) && sentencesWith(word.slice(0, 2)) === 0 && sentencesWith(word.slice(1)) >= MIN_CORRECTED_SENTENCES) {
      out = out.replaceAll(word, `${word[0]} ${word.slice(1)}`);
      continue;
    }
    const corrected = correctedWord(word, sentencesWith);
    if (corrected) out = out.replaceAll(word, corrected);
  }
  // Only the lone character may be the slip: the word before it (城镇化, a term of the synonym data) is as
  // typed. The correction must be a word of the dictionary (城镇化率, 达到), the most printed of those: bigrams
  // printed on either side of the character are not enough where the typed pair stands across quotes in
  // print (专精特新“小巨人” is no 特新消), nor where another homophone's bigram is printed more (文化旅游's 化旅).
  const together = wordsTogether(cut, cutAs);
  for (const [word, lone] of together) {
    if (!MAY_BE_SLIP.test(lone) || word.length + 1 > MAX_CORRECTED || asks(lone) || UNIT_CLASS.has(lone)) continue;
    const corrected = correctedWord(word + lone, sentencesWith, { at: word.length, isWord: isDictionaryWord });
    if (corrected) out = out.replaceAll(word + lone, corrected);
  }
  // Two words of two characters that make no word together (jieba counts 高薪技术 3 times), where one
  // character changed makes one of the dictionary: 高薪 + 技术 (高薪 a word of the language) for 高新技术.
  for (const [a, b] of together) {
    const pair = a + b;
    if (!TWO_HAN.test(a) || !TWO_HAN.test(b) || asks(pair) || holdsSynonymTerm(pair)) continue;
    const corrected = correctedWord(pair, sentencesWith, { isWord: isDictionaryWord });
    if (corrected) out = out.replaceAll(pair, corrected);
  }
  return out;
}

const TWO_HAN = /^\p{Script=Han}{2}$/u;
/** A postposition (中, 里, 内) and a word of two characters cut as one word: 中灾后. */
const POSTPOSITION_RUN_ON = /^[中里内]\p{Script=Han}{2}$/u;
/**
 * The postposition 里, or 得 typed for 的, run onto a noun of two characters or more before it: 缓费里, 外储得 of
 * "去年底外储得规模多大" (understand.ts reads the noun alone; 所得, 取得 are words of the dictionary).
 */
export const NOUN_THEN_PARTICLE = /^\p{Script=Han}{2,}[里得]$/u;

/**
 * Each word jieba cut and the one after it, where they stand together in the text: a character it
 * leaves alone after a word is often the slip itself (城镇化律: 城镇化 + 律; 达倒: 达 + 倒).
 */
function wordsTogether(cut: readonly string[], text: string): Array<[string, string]> {
  return cut.flatMap((word, i): Array<[string, string]> => {
    const next = cut[i + 1];
    return next && text.includes(word + next) ? [[word, next]] : [];
  });
}

/** One character and 了: a verb as spoken. */
const SPOKEN_VERB = /^\p{Script=Han}了$/u;
/** A spoken change verb after a modal or an adverb that jieba joined to it (要涨, 再降): the verb as meant, not 要长. */
const SPOKEN_CHANGE = new RegExp(`^(?:${alternation("modal-verbs", "adverbs-before-change")})(?:${alternation("colloquial-change")})$`);

/**
 * A lone character (one Han character) that may be a slip: not a numeral (多少亿), a unit (亿元 cut 亿 + 元), a verb of
 * change (增加值涨), nor a particle (涨了): those stand alone as typed.
 */
const MAY_BE_SLIP = new RegExp(
  `^(?![${CHINESE_NUMERAL_CHARS}])(?!(?:${alternation("change-verbs", "colloquial-change", "non-subject-words", "size-nouns", "particles")})$)\\p{Script=Han}$`,
  "u",
);

/** Whether a word is, or holds, a term of the synonym data of two characters or more. */
function holdsSynonymTerm(word: string): boolean {
  for (let i = 0; i < word.length - 1; i++) for (let j = i + 2; j <= word.length; j++) if (isSynonymTerm(word.slice(i, j))) return true;
  return false;
}

/** An asking word right before a word: the word's first character is the unit asked. */
const ASKING_BEFORE = new RegExp(String.raw`${HOW_MANY_WORD}\s*$`);

/** The longest term of the synonym data a straddle test looks for. */
const LONGEST_STRADDLING_TERM = 6;

/**
 * Whether a term of the synonym data stands across the word's edge in the text: jieba cuts "棚改改了" as 棚/改改,
 * and 改改 is then no slip for 该改: its first character ends 棚改.
 */
function straddlesSynonymTerm(word: string, text: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    for (let from = Math.max(0, at - LONGEST_STRADDLING_TERM + 1); from < end; from++)
      for (let to = Math.max(from + 2, at + 1); to <= Math.min(text.length, from + LONGEST_STRADDLING_TERM); to++)
        if ((from < at || to > end) && isSynonymTerm(text.slice(from, to))) return true;
  }
  return false;
}

/** Units of two or more Han characters, which a homophone typo may stand for ("多少公理" for 公里). */
const HAN_UNITS = [...UNIT_CLASS.keys()].filter((u) => /^\p{Script=Han}{2,}$/u.test(u));

/**
 * The question with the unit it ends by asking (after 多少/几) put right when typed with homophones:
 * "五年新增铁路营运里程多少公理" asks 公里. Only at the question's end ("多少公立医院" names a noun), and
 * only a text that is no unit and reads as one, character by character.
 */
export function correctAskedUnit(text: string): string {
  return text.replace(/(多少|几)(万亿|亿|万)?(\p{Script=Han}{2,3})(?=[？?呢啊]*$)/u, (all, asking: string, magnitude: string | undefined, typed: string) => {
    if (UNIT_CLASS.has(typed)) return all;
    const unit = HAN_UNITS.find((u) => u.length === typed.length && readsAs(typed, u));
    return unit ? `${asking}${magnitude ?? ""}${unit}` : all;
  });
}

/** Whether each character of `typed` is that of `unit` or a homophone of it. */
function readsAs(typed: string, unit: string): boolean {
  return typed.length === unit.length && [...typed].every((c, i) => c === unit[i] || homophonesOf(unit[i]!).includes(c));
}
