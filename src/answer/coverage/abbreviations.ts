/**
 * Whether a text names a word abbreviated: its characters in order within a short stretch (abbreviates), not inside a
 * paired compound the word is a part of; the stretch it abbreviates (abbreviatedStretch); the initials of two words.
 */
import { PAIRED_COMPOUNDS, partsOfWholeNamed } from "../../zh/paired-compounds.ts";
import { wordEnds } from "../../zh/segment.ts";
import { ENDS_IN_CHANGE_VERB } from "./shared.ts";
import { abbreviatesList } from "./lists.ts";

/**
 * Whether text[at] lies inside a paired compound that has the word for one of its parts: 牧业 is a
 * part of 农林牧渔业, never its abbreviation ("农林牧渔业总产值420.47亿元" is no 牧业产值).
 */
function withinCompoundOf(word: string, text: string, at: number): boolean {
  for (const [compound, parts] of PAIRED_COMPOUNDS) {
    if (!parts.includes(word)) continue;
    for (let i = text.indexOf(compound); i >= 0 && i <= at; i = text.indexOf(compound, i + 1)) if (at < i + compound.length) return true;
  }
  return false;
}

/**
 * Chinese abbreviations keep their characters in order: 新农合 in 新型农村合作医疗, 种粮直补 in
 * 种粮农民直接补贴, 接种率 in 接种覆盖率. A word whose characters all appear, in order, within a
 * short stretch of the text is taken as that abbreviation.
 */
export function abbreviates(word: string, text: string, near = false): boolean {
  // Two characters match too much by chance (市…生) unless next to each other but for one (直接补贴
  // for 直补), and only in the figure's own clause (`near`); elsewhere only as the first characters
  // of two words in a row (国资: 国有资本).
  if (word.length < 2 || !/^\p{Script=Han}+$/u.test(word)) return false;
  // A name that ends in a change verb (经济增长, a name of GDP's) would take any clause's predicate
  // for its own: "数字经济核心产业增加值增长9%以上" holds 经济…增长.
  if (ENDS_IN_CHANGE_VERB.test(word)) return false;
  if (word.length === 2 && !near) return initialsOfTwoWords(word, text);
  const window = word.length === 2 ? 4 : word.length * 3;
  let starts: number[] | null = null;
  for (let start = text.indexOf(word[0]!); start >= 0; start = text.indexOf(word[0]!, start + 1)) {
    const [at, ok] = lastCharacterAt(word, text, start, window);
    if (ok && standsFor(word, text, start, at)) return true;
    // Two characters further apart are each the first of a word (疾控: 疾病预防控制).
    if (word.length === 2 && at >= 0 && at - start < WORD_INITIALS_WINDOW) {
      starts ??= [0, ...wordEnds(text)];
      if (starts.includes(start) && starts.includes(at)) return true;
    }
  }
  return abbreviatesList(word, text);
}

/**
 * Whether the word's characters, found in order from `start` to `at`, abbreviate what stands there: together, or with
 * other characters between but not inside a compound the word is a part of (牧…业 in 农林牧渔业), nor after a whole's other
 * name that a part follows (外贸…总额 in 外贸出口总额).
 */
function standsFor(word: string, text: string, start: number, at: number): boolean {
  return at - start + 1 === word.length || (!withinCompoundOf(word, text, start) && !partNamedBetween(word, text, start));
}

/**
 * Whether the word opens at `start` with a name of a paired whole, then the text names a part of it: 外贸总额 is no
 * abbreviation of "外贸出口总额", whose 外贸 names the exports (出口), not the trade (进出口).
 */
function partNamedBetween(word: string, text: string, start: number): boolean {
  for (let k = 2; k < word.length; k++) {
    const whole = word.slice(0, k);
    if (text.startsWith(whole, start) && partsOfWholeNamed(whole).some((part) => text.startsWith(part, start + k))) return true;
  }
  return false;
}

/**
 * Where the word's characters after its first stand in order after `start`: the last one's offset, and whether all
 * of them stand within `window` characters of the start.
 */
function lastCharacterAt(word: string, text: string, start: number, window: number): [number, boolean] {
  let at = start;
  for (const c of word.slice(1)) {
    at = text.indexOf(c, at + 1);
    if (at < 0 || at - start >= window) return [at, false];
  }
  return [at, true];
}

/**
 * The stretch of text a word of three characters or more abbreviates (新农合: "新型农村牧区合作医疗"'s 新型农村牧区合),
 * as [start, end), or null: what stands inside it is the name's, whatever it names alone (牧区).
 */
export function abbreviatedStretch(word: string, text: string): [number, number] | null {
  if (word.length < 3 || !/^\p{Script=Han}+$/u.test(word) || ENDS_IN_CHANGE_VERB.test(word)) return null;
  for (let start = text.indexOf(word[0]!); start >= 0; start = text.indexOf(word[0]!, start + 1)) {
    const [at, ok] = lastCharacterAt(word, text, start, word.length * 3);
    if (ok && standsFor(word, text, start, at)) return [start, at + 1];
  }
  return null;
}

/**
 * Whether a two-character word is the first characters of two words in a row (医疗 保险 for 医保),
 * or of the two halves of a four-character word (国有资本 for 国资).
 */
function initialsOfTwoWords(word: string, text: string): boolean {
  let ends: number[] | null = null;
  for (let start = text.indexOf(word[0]!); start >= 0; start = text.indexOf(word[0]!, start + 1)) {
    if (text[start + 2] !== word[1] && !text.startsWith(word[1]!, start + 3) && !text.startsWith(word[1]!, start + 4)) continue;
    ends ??= wordEnds(text);
    const at = ends.findIndex((end) => end > start);
    const wordStart = at <= 0 ? 0 : ends[at - 1]!;
    if (wordStart !== start) continue;
    const length = ends[at]! - start;
    if ((length === 4 && text[start + 2] === word[1]) || (length <= FIRST_WORD_MAX_CHARS && text[start + length] === word[1])) return true;
  }
  return false;
}
/** The longest first word a two-word abbreviation takes a character of (医疗 of 医疗保险). */
const FIRST_WORD_MAX_CHARS = 4;

/** How far apart a two-character abbreviation's characters may stand when each begins a word. */
const WORD_INITIALS_WINDOW = 7;
