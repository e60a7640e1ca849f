/** Words as jieba cuts them, mended: what it guessed a word or ran together, names of the synonym data it cut across. */
import { UNIT_CLASS } from "../../zh/units.ts";
import { dictionaryFrequency, taggedWords, type TaggedWord } from "../../zh/segment.ts";
import { isSynonymTerm } from "../../zh/synonyms.ts";
import { alternation, anyOf, wordClass } from "../../zh/word-classes.ts";
import { HOW_MANY_WORD } from "../../zh/asking.ts";

/** A one-character verb with 了: 建了, 改了, 扩了. */
export const DONE_VERB = /^\p{Script=Han}了$/u;

/** A word that is 多少 or 几 alone. */
export const HOW_MANY_ALONE = new RegExp(`^${HOW_MANY_WORD}$`);

/** 地 joined to the one-character verb after it (地发 of "累计地发了"). */
export const DI_THEN_VERB = /^地\p{Script=Han}$/u;

/** Metric suffixes jieba may cut off their noun: 率, 额, 量, and 产量 (汽车 + 产量: "汽车16万辆" prints 汽车产量). */
export const METRIC_SUFFIX = /^(?:[率额量]|产量)$/;

/** A word run into a spoken change verb after it: 社零涨, 社零降, 税涨. */
export const TRAILING_SPOKEN_CHANGE = new RegExp(`^(\\p{Script=Han}+)(${alternation("colloquial-change")})$`, "u");

/** A start cut off a spoken change: a word, or one character when it is a noun (税涨 → 税 + 涨; 压降 is one verb). */
export function startsWithNoun(start: string): boolean {
  return start.length > 1 || taggedWords(start)[0]?.tag.startsWith("n") === true;
}

/** The postposition 上 run into a one-character verb after it: 上花, 上投. */
export const POSTPOSITION_LEAD = /^上(?=\p{Script=Han}$)/u;

/** A modal verb at the start of a word of three characters at most: 能蓄, 可用. */
export const MODAL_LEAD = new RegExp(`^${anyOf("modal-verbs")}(?=\\p{Script=Han}{1,2}$)`, "u");

/** Adverbs typed between the words of a name (word-classes.txt [adverbs-inside-a-name]). */
const ADVERBS_INSIDE_A_NAME: ReadonlySet<string> = new Set(wordClass("adverbs-inside-a-name"));

const CHANGE_VERBS: ReadonlySet<string> = new Set(wordClass("change-verbs"));

/** The most characters a word of the synonym data is taken back from the word jieba cut after it. */
const SYNONYM_TERM_CUT_MAX = 3;

/** The words of wanting or being a word jieba may run onto a noun before it ("钢要到多少" cut 钢要): they ask, name nothing. */
const MODAL_TAIL = /^(\p{Script=Han})([要将会能是有])$/u;

/**
 * Splits a two-character word no dictionary holds whose second character is a modal or a copula (钢要, 煤将), or whose
 * first is the unit asked (钱建): jieba guessed it a word; it is two.
 */
export function splitGuessedWords(tagged: TaggedWord[]): TaggedWord[] {
  return tagged.flatMap((t, i) => {
    if (t.word.length !== 2) return [t];
    const m = MODAL_TAIL.exec(t.word);
    // …or one opening with the unit asked right after 多少 ("多少钱建城市职工住宅": 钱 and 建).
    const unit = t.word[0]!;
    const unitAsked = HOW_MANY_ALONE.test(tagged[i - 1]?.word ?? "") && (UNIT_CLASS.has(unit) || unit === "钱");
    // (The dictionary is searched last: one search of jieba's whole dictionary, for the few words that could be split.)
    if ((!m && !unitAsked) || dictionaryFrequency(t.word) !== null) return [t];
    return m
      ? [
          { word: m[1]!, tag: "n" },
          { word: m[2]!, tag: "v" },
        ]
      : [
          { word: unit, tag: "q" },
          { word: t.word[1]!, tag: "v" },
        ];
  });
}

/**
 * A word of the synonym data that jieba cut across ("社零增长" → 社 + 零增长, 零增长 being "zero growth"
 * in its dictionary; "每个月" → 每个 + 月) is made whole again: 社零 + 增长, 每个月. The words are the project's own; jieba's
 * dictionary does not know them.
 */
export function keepSynonymTermsWhole(tagged: TaggedWord[]): TaggedWord[] {
  for (let i = 0; i + 1 < tagged.length; i++) {
    const [a, b] = [tagged[i]!, tagged[i + 1]!];
    // "经济实际增长多少": an adverb typed inside the name of a change (经济增长) is no word of it; what it asks was read
    // before. (Not of other names: 外商实际投资 is the investment used, not 外商投资.)
    const after = tagged[i + 2]?.word;
    if (ADVERBS_INSIDE_A_NAME.has(b.word) && after && CHANGE_VERBS.has(after) && isSynonymTerm(a.word + after)) {
      tagged.splice(i, 3, { word: a.word + after, tag: "n" });
      continue;
    }
    if (isSynonymTerm(a.word)) continue;
    // "全市政府性基金预算收入" cut 全市/政府/性/基金预算: a name cut into three words, or starting inside
    // a word (政府 of 市政府), is that name.
    if (joinSplitName(tagged, i)) continue;
    for (let k = 1; k <= SYNONYM_TERM_CUT_MAX && k <= b.word.length; k++) {
      if (!isSynonymTerm(a.word + b.word.slice(0, k))) continue;
      tagged[i] = { word: a.word + b.word.slice(0, k), tag: "n" };
      // All of the next word ("每个" + "月"), or what is left of it.
      if (k === b.word.length) tagged.splice(i + 1, 1);
      else tagged[i + 1] = { word: b.word.slice(k), tag: b.tag };
      break;
    }
  }
  return tagged;
}

/** The longest start of a name inside a word that `joinSplitName` tries (政府 of 市政府). */
const SPLIT_NAME_START_MAX = 3;

/**
 * Joins word i, or its end, and the whole words after it (up to two) when they make a name of the
 * synonym data (政府 + 性 + 基金预算), leaving the start of word i a word of its own; whether it did.
 */
function joinSplitName(tagged: TaggedWord[], i: number): boolean {
  const a = tagged[i]!.word;
  for (let j = Math.min(SPLIT_NAME_START_MAX, a.length); j >= 1; j--) {
    let name = a.slice(-j);
    let fragment = j < a.length;
    for (let n = 1; n <= 2 && i + n < tagged.length; n++) {
      name += tagged[i + n]!.word;
      fragment ||= tagged[i + n]!.word.length === 1;
      // Only a cut that left a fragment (a part of a word, a lone character) is jieba's mistake: 农民 +
      // 人均 + 纯收入 are three words a report may print apart, each found by its own other names.
      if (!fragment || !isSynonymTerm(name)) continue;
      const start = a.slice(0, -j);
      tagged.splice(i, n + 1, ...(start ? [{ word: start, tag: tagged[i]!.tag }] : []), { word: name, tag: "n" });
      return true;
    }
  }
  return false;
}
