/**
 * Adjustments of how a figure's own words name what is asked: precision, the shape and the head word named, an asked
 * word only inside a narrower word, the asked word as a modifier of another noun.
 */
import type { QueryTerm } from "../../question/types.ts";
import { found, headTerm, isQuantityNoun } from "../coverage.ts";
import { alternation, wordClass } from "../../zh/word-classes.ts";
import { INCREMENT } from "../../zh/change-grammar.ts";
import { isWord } from "../../zh/segment.ts";
import { toSearchForm } from "../../zh/normalize.ts";
import { synonymsOf } from "../../zh/synonyms.ts";
import { CHINESE_NUMERAL_CHARS } from "../../zh/numerals.ts";
import { PAIRED_COMPOUNDS } from "../../zh/paired-compounds.ts";
import type { Adjustment } from "../score-table.ts";
import { when } from "./shared.ts";
import { precision, withoutPartsAfter } from "./precision.ts";

/** The adjustment of a narrower metric: the latest-by-default choice passes such figures over (figure-answer.ts). */
export const NARROWER_TERM = "narrower term";

/** Words naming the whole of a kind (各项, 本外币, 外贸): they narrow nothing. */
const WHOLE_WORDS: ReadonlySet<string> = new Set(wordClass("whole-words"));

/** Digits and Chinese numerals: before a unit they are a figure's. */
const NUMERAL_CHARACTER = new RegExp(`[\\d${CHINESE_NUMERAL_CHARS}]`);
/** How many characters before an asked word may make it a longer word (手工业: 1, 高速公路: 2). */
const NARROWING_PREFIX = [1, 2] as const;

/**
 * Whether an asked word stands in these words, and each time as the end of a longer word (as
 * jieba segments) whose first characters the question does not have (工业 in 手工业, 公路 in 高速公路).
 */
function onlyNarrowed(term: QueryTerm, ownWords: string, question: string): boolean {
  if (term.word.length < 2) return false;
  let narrowed = false;
  for (const alt of term.alternatives) {
    for (let at = ownWords.indexOf(alt); at >= 0; at = ownWords.indexOf(alt, at + 1)) {
      if (!NARROWING_PREFIX.some((k) => at >= k && narrows(ownWords.slice(at - k, at), alt, term, question))) return false;
      narrowed = true;
    }
  }
  return narrowed;
}

/** The characters of an asked word's leading word that a prefix may narrow (教育 of 教育支出: jieba keeps 教育支出 whole). */
const LEADING_WORD_CHARS = 2;

/** Whether these characters before an asked word make a narrower word of it (手 + 工业). */
function narrows(prefix: string, alt: string, term: QueryTerm, question: string): boolean {
  // A magnitude before a unit (亿平方米) is a figure's, not a narrower word.
  if (NUMERAL_CHARACTER.test(prefix)) return false;
  // 城乡居民 is every 居民, not a kind of them: a paired compound before a word widens nothing; nor does a word
  // naming the whole of a kind (外贸出口 is every 出口: word-classes whole-words).
  if (PAIRED_COMPOUNDS.some(([compound]) => compound === prefix) || WHOLE_WORDS.has(prefix)) return false;
  // 总 of 总装机 is the whole when a size is asked ("清洁能源装机规模": "总装机达到1390万千瓦"); of 总收入 it
  // may be more than asked (一般公共预算收入), so only then.
  if (prefix === "总" && SIZE_ASKED_IN.test(question)) return false;
  // The longer word may be the asked word's first one: 普通 + 教育 of 教育支出 ("普通教育、职业教育、特殊教育支出
  // 分别较上年增长4.5%、39.8%、66.2%" is no answer to 教育支出增长了多少).
  const first = alt.slice(0, LEADING_WORD_CHARS);
  if (question.includes(prefix) || !(isWord(prefix + alt) || (first.length < alt.length && isWord(prefix + first)))) return false;
  // Another name of what is asked (国内生产总值 for 经济增长's 生产总值) is no narrower.
  return !synonymsOf(prefix + alt).some((name) => term.alternatives.includes(name));
}

/**
 * Whether these words say the shape word itself, not inside another name its synonyms give it: 规模 as a size ("工业总产值规模")
 * is not the 规模 of 规模以上 ("战略性新兴产业规模以上工业产值达357.0亿元", 柳州 2015), which names which firms are counted.
 */
function shapeSaid(term: QueryTerm, ownWords: string, terms: readonly QueryTerm[]): boolean {
  const longer = term.alternatives.filter((alt) => alt !== term.word && alt.includes(term.word));
  const rest = longer.reduce((words, alt) => words.replaceAll(alt, " "), ownWords);
  if (rest.includes(term.word)) return true;
  // A size asked (总量, 规模) is said by any noun of the subject's size ("市场主体总量": "总数突破20万户"), or by 总
  // before another word asked ("清洁能源装机规模": "总装机达到1390万千瓦").
  return SIZE_ASKED.has(term.word) && (SIZE_PRINTED.test(rest) || terms.some((t) => t !== term && t.alternatives.some((alt) => rest.includes(`总${alt}`))));
}
/** Shape words asking the size of a whole (word-classes.txt [size-words]). */
const SIZE_ASKED: ReadonlySet<string> = new Set(wordClass("size-words"));
/** …as words of a question's text. */
const SIZE_ASKED_IN = new RegExp(alternation("size-words"));
/** A noun of the subject's size printed ([size-nouns]); not 规模 of 规模以上, which says which firms are counted. */
const SIZE_PRINTED = new RegExp(`(?:${alternation("size-nouns")})(?!以上)`);

/** A word then 的 then another noun ("经济增长的贡献率"): the word is what the noun belongs to. */
const POSSESSED = /^的\p{Script=Han}{2}/u;

/** Whether the question's head word stands in these words, and only ever before 的 and another noun. */
function onlyModifies(head: QueryTerm | undefined, ownWords: string): boolean {
  // A one-character head (点 of 测评点) is too often part of another word.
  if (!head || head.word.length < 2) return false;
  let modifies = false;
  for (const alt of head.alternatives) {
    for (let at = ownWords.indexOf(alt); at >= 0; at = ownWords.indexOf(alt, at + 1)) {
      if (!POSSESSED.test(ownWords.slice(at + alt.length))) return false;
      modifies = true;
    }
  }
  return modifies;
}

export const precisionAdjustment: Adjustment = {
  name: "precision",
  weight: 1.5,
  why: "share of the figure's own words that the question asked (a subject inherited counts half)",
  value: (s) => (s.coverage.inherits ? 0.5 : precision(s.coverage.ownWords, s.q, s.fact.figure.unitClass)),
};

export const shapeNamed: Adjustment = {
  name: "shape named",
  weight: 1,
  why: "总建设规模 asked, and the figure's own words say 规模: the kind of quantity asked, though no shape word is required",
  // (Not a shape an increment's words carry, unasked: 规模 of "新增新能源装机规模994.8万千瓦" is what was added.)
  value: (s) =>
    when(
      s.q.terms.some((t) => t.isShape && shapeSaid(t, s.coverage.ownWords, s.q.terms)) && !(INCREMENT.test(s.coverage.ownWords) && !INCREMENT.test(s.q.text)),
    ),
};

export const headInOwnWords: Adjustment = {
  name: "head in own words",
  weight: 0.5,
  why: "完工了几项 against '…项目56项,开工53项…,完工21项': the metric's head word among the figure's own words, not only a sibling's (and the sentence names every other metric word: 公路 for 铁路 does not count)",
  value: (s) => {
    const head = headTerm(s.q);
    const named = s.q.terms.every((t) => t.isPlace || t.isShape || t.isPeriod || found(t, s.sentence));
    return when(head !== undefined && named && found(head, withoutPartsAfter(s.coverage.ownWords)));
  },
};

export const narrowerTerm: Adjustment = {
  name: NARROWER_TERM,
  weight: -0.5,
  why: "1956年工业总产值 against '手工業总产值达到一百一十七亿元': an asked word only as the end of a longer word (手工业, 高速公路) is a narrower metric",
  // A kind of quantity (里程, 面积) narrowed says how it is counted, not of what: 高速铁路运营里程 is the 高铁里程 asked.
  value: (s) => when(s.q.terms.some((t) => !t.isPlace && !t.isShape && !isQuantityNoun(t) && onlyNarrowed(t, s.coverage.ownWords, toSearchForm(s.q.text)))),
};

export const askedWordAsAModifier: Adjustment = {
  name: "asked word as a modifier",
  weight: -1.5,
  why: "去年经济增长 against '对全球经济增长的贡献率保持在30%左右': the figure measures what the asked word is 的 of",
  value: (s) => when(onlyModifies(headTerm(s.q), s.coverage.ownWords)),
};
