/** Counts and ordinals asked: the word counted after 多少个, a count of a measure typed (人数), an ordinal (第几) and the scope it is ranked in. */
import { isRankingPlace, RANKING_MEASURES } from "../../zh/figures.ts";
import { SCOPE_WORD_PATTERN } from "../../zh/places.ts";
import type { QueryTerm } from "../types.ts";
import { anyOf, ONE_CHARACTER_COUNTED, wordClass } from "../../zh/word-classes.ts";
import { HOW_MANY, MEASURE } from "./shared.ts";

/**
 * A count of a measure as typed: 就业人数, 开工套数, 户数 (the stem, if any, is the metric; the measure asks
 * its count). The reports print the measure after the figure ("安置了903万人就业", "开工601万套").
 */
export const MEASURE_COUNT = /^(\p{Script=Han}*?)([人户套家所辆台座项])数$/u;

/** What a question counts: the word right after 多少/几 and its measure word ("有多少个城市…": 城市). */
const COUNTED_AFTER_ASKING = new RegExp(`${HOW_MANY}(?:${MEASURE})?`, "g");

/** The verb of having right before the asking word: "县有多少个". */
const HAVE_BEFORE_ASKING = /(?:一共有|共有|有)$/;

/** Adverbs that may follow 多少个 and are never the thing counted (word-classes.txt). */
const NEVER_COUNTED: ReadonlySet<string> = new Set(wordClass("never-counted"));

/** The term a question counts: the one right after its 多少个/几所 ("有多少个城市建了…制度": 城市), or null. */
export function countedWord(text: string, terms: readonly QueryTerm[]): string | null {
  for (const m of text.matchAll(COUNTED_AFTER_ASKING)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const term = terms.find((t) => !t.isShape && t.alternatives.some((alt) => (alt.length >= 2 || ONE_CHARACTER_COUNTED.has(alt)) && after.startsWith(alt)));
    // Not an adverb: "县有多少个基本解决温饱" counts the 县 before, not 基本.
    if (term && !NEVER_COUNTED.has(term.word)) return term.word;
    // …which is the one counted when an adverb or nothing counted follows: "…的县有多少个基本解决温饱".
    const before = text.slice(0, m.index ?? 0).replace(HAVE_BEFORE_ASKING, "");
    const owner = terms.find(
      (t) => !t.isShape && !t.isPlace && t.alternatives.some((alt) => (alt.length >= 2 || ONE_CHARACTER_COUNTED.has(alt)) && before.endsWith(alt)),
    );
    if (owner && m[0].endsWith("个")) return owner.word;
  }
  return null;
}

/**
 * An ordinal asked: 第几 (or 第多少) and the measure word after it (届, 次, 批…), or a ranking's place (排第几,
 * 排名第几, 第几位/名). The measure word's group is what an answer may print after 第 and its number.
 */
export const ORDINAL_ASKED = new RegExp(`(?:排名?|位居|名列|位列|居)?第\\s*(?:几|多少)\\s*(${anyOf("ordinal-measure-words")}|${RANKING_MEASURES})?`);

/** The scope of a ranking asked, right before its asking words: 全国 of "全国排第几", 全疆 of "全疆排名第几". */
export const RANKED_IN_SCOPE = new RegExp(`(?:${SCOPE_WORD_PATTERN}|全球|世界|国际)(?=(?:排名?|位居|名列|位列|居)第\\s*(?:几|多少))`);

export function ordinalAsked(text: string): string | null {
  const m = ORDINAL_ASKED.exec(text);
  if (!m) return null;
  return m[1] === undefined || isRankingPlace(m[1]) ? RANKING_MEASURES : m[1];
}
