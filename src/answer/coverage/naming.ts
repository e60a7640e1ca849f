/**
 * Whether a text names a question word: as printed or with a character inside (found), inverted, as a typed figure's value,
 * or abbreviated (namedIn, namedOrAbbreviated); not inside a paired compound it is a part of, after 非, as a qualifier, a
 * comparison's 比 or the start of another product.
 */
import type { QueryTerm } from "../../question/types.ts";
import { withoutAsides, withoutQuotes } from "../../zh/text.ts";
import { PAIRED_COMPOUNDS, partsOfWholeNamed } from "../../zh/paired-compounds.ts";
import { baseUnit, scaledValue } from "../../zh/units.ts";
import { wordClass } from "../../zh/word-classes.ts";
import { extractFigures, TOP_LIST_NAME } from "../../zh/figures.ts";
import { taggedWords } from "../../zh/segment.ts";
import { abbreviates } from "./abbreviations.ts";

/** Whether a text names a term as printed (found) or abbreviated (研发 in 研究与试验发展); `near`: abbreviates' closeness. */
export function namedIn(term: QueryTerm, text: string, near = false): boolean {
  return found(term, text) || term.alternatives.some((alt) => abbreviates(alt, text, near));
}

/**
 * A name of two words of two characters or more each, as a report may print it with a character between: 的
 * (使用国外资金 as 使用的国外资金) or 总, the whole of the same measure (财政收入 as 财政总收入, 粮食产量 as 粮食总产量), or 各类,
 * every kind of it (引进人才 as "新引进各类人才7.13万人", 宜昌 2023).
 */
function withInside(name: string, between: WordBetween): readonly string[] {
  const key = between + name;
  let printed = INSIDE_FORMS.get(key);
  if (printed) return printed;
  printed = [];
  if (name.length >= SPLIT_MIN * 2 && /^\p{Script=Han}+$/u.test(name))
    for (let k = SPLIT_MIN; k <= name.length - SPLIT_MIN; k++) printed.push(`${name.slice(0, k)}${between}${name.slice(k)}`);
  INSIDE_FORMS.set(key, printed);
  return printed;
}
/** The characters a name may be printed with inside it (withInside). */
type WordBetween = "的" | "总" | "各类";
const WORDS_BETWEEN: readonly WordBetween[] = ["的", "总", "各类"];
/** The forms withInside made, by the character between and the name. */
const INSIDE_FORMS = new Map<string, string[]>();
/** The fewest characters on each side of a character a name is read across. */
const SPLIT_MIN = 2;

/** Whether a text names the term as printed (found) or in short (abbreviates, near). */
export function namedOrAbbreviated(term: QueryTerm, text: string): boolean {
  return found(term, text) || term.alternatives.some((alt) => abbreviates(alt, text, true));
}

/**
 * Whether a text names a term (any of its alternatives), read also without short bracketed asides
 * and without quotation marks inside a name ("“三公”经费" is 三公经费).
 */
export function found(term: QueryTerm, text: string): boolean {
  if (term.outside) for (const holder of term.outside) text = text.replaceAll(holder, " ".repeat(holder.length));
  if (term.alternatives.some((alt) => contains(text, alt))) return true;
  if (term.namedAlsoBy?.some((name) => text.includes(name))) return true;
  if (term.isFigure && !TOP_LIST_NAME.test(term.word) && figureNamed(term.word, text)) return true;
  if (term.alternatives.some((alt) => invertedIn(alt, text))) return true;
  if (shareFormIn(term, text)) return true;
  if (perCountIn(term, text)) return true;
  for (const between of WORDS_BETWEEN)
    if (
      text.includes(between) &&
      term.alternatives.some((alt) => text.includes(alt.slice(0, SPLIT_MIN)) && withInside(alt, between).some((printed) => contains(text, printed)))
    )
      return true;
  const plain = withoutQuotes(/[（(]/.test(text) ? withoutAsides(text) : text);
  return plain !== text && term.alternatives.some((alt) => contains(plain, alt));
}

/** A count per so many, typed with 每: 每万人, 每千人口, 每百户 (group 1 without 每). */
const PER_COUNT_WITH_EACH = /^每([十百千万]+(?:人口|人|户))$/;

/**
 * A count per so many, printed without its 每 ("万人有效专利拥有量增长19.9％" for 每万人有效专利, 东营 2020): never where a
 * numeral leads it ("36.8万人" is a figure).
 */
function perCountIn(term: QueryTerm, text: string): boolean {
  const per = PER_COUNT_WITH_EACH.exec(term.word)?.[1];
  if (!per) return false;
  for (let at = text.indexOf(per); at >= 0; at = text.indexOf(per, at + 1)) if (!NUMBER_END.test(text[at - 1] ?? "")) return true;
  return false;
}

/** A share's name as the synonym data print it: "研发投入占gdp比重" (group 1 the part, group 2 the base). */
const SHARE_NAME = /^(.+?)占(.+?)的?比重$/;
/** A part's measure word, which the reports may leave out: 研究与试验发展经费支出 printed 研究与试验发展经费. */
const PART_MEASURE_END = /(?:支出|投入)$/;
/** How many characters may stand between a share's part and 占: 研发 + 经费投入, 研究与试验发展经费 + 支出. */
const PART_TO_SHARE_GAP = 6;

/** Whether a term names a share by its names (研发强度: "研发投入占gdp比重"): the question asks that share. */
export function namesAShare(term: QueryTerm): boolean {
  return term.alternatives.some((alt) => SHARE_NAME.test(alt));
}

/**
 * A share the term's names print as "A占B比重", however the reports word it: the part by any of those names' parts, its
 * measure word left out or another said, the base by any of their bases ("研究与试验发展经费占GDP比重达到2.3%" for 研发强度,
 * 荆门 2020; the synonym data have "研究与试验发展经费支出占国内生产总值的比重" and "研发投入占gdp比重").
 */
function shareFormIn(term: QueryTerm, text: string): boolean {
  if (!text.includes("占")) return false;
  let pattern = SHARE_FORMS.get(term.word);
  if (pattern === undefined) {
    const names = term.alternatives.map((alt) => SHARE_NAME.exec(alt)).filter((m) => m !== null);
    const parts = [...new Set(names.map((m) => m[1]!.replace(PART_MEASURE_END, "")).filter((p) => p.length >= 2))];
    const bases = [...new Set(names.map((m) => m[2]!))];
    pattern = parts.length && bases.length ? new RegExp(`(?:${parts.join("|")})[^，,；;。占]{0,${PART_TO_SHARE_GAP}}占(?:${bases.join("|")})的?比重`) : null;
    SHARE_FORMS.set(term.word, pattern);
  }
  return pattern !== null && pattern.test(text);
}
const SHARE_FORMS = new Map<string, RegExp | null>();

/**
 * A name of a thing and what is done to it (危房改造, 耕地保护, 人才培养, 棚户区改造) as a report prints it, the verb first with
 * a word or two between ("改造农村危房2400多万户", "保护生态环境", "改造棚户区住房4200多万套"). Not a change verb (经济增长 is no 增长…经济).
 */
function invertedIn(alt: string, text: string): boolean {
  let pattern = INVERTED.get(alt);
  if (pattern === undefined) {
    pattern = invertedPattern(alt);
    INVERTED.set(alt, pattern);
  }
  return pattern !== null && pattern.test(text);
}
const INVERTED = new Map<string, RegExp | null>();
/** How many characters may stand between the verb and its object printed after it (改造 农村 危房, 投入 专项扶贫 资金). */
const INVERTED_GAP = 4;
const CHANGE_VERB_WORDS = new Set(wordClass("change-verbs"));

function invertedPattern(alt: string): RegExp | null {
  // A noun of two or three characters, then a verb of two (危房改造, 棚户区改造).
  if ((alt.length !== 4 && alt.length !== 5) || !/^\p{Script=Han}+$/u.test(alt)) return null;
  const [object, verb] = [alt.slice(0, -2), alt.slice(-2)];
  if (CHANGE_VERB_WORDS.has(verb)) return null;
  const [o] = taggedWords(object);
  const [v] = taggedWords(verb);
  if (o?.word !== object || v?.word !== verb || !o.tag.startsWith("n") || v.tag !== "v") return null;
  return new RegExp(`${verb}\\p{Script=Han}{0,${INVERTED_GAP}}?${object}`, "u");
}

/**
 * A figure the question types found by its value, however the text prints it: "2187亿" in "由二千一百八十七亿元增加到…",
 * "3500" in "3500元". (A typed figure without a unit matches any printed with one.)
 */
function figureNamed(typed: string, text: string): boolean {
  const asked = extractFigures(typed)[0];
  if (!asked || (!/\d/.test(text) && !CHINESE_DIGIT.test(text))) return false;
  const value = scaledValue(asked);
  const anyUnit = baseUnit(asked.unit) === "";
  return extractFigures(text).some((f) => Math.abs(scaledValue(f) - value) < 1e-9 * Math.max(1, value) && (anyUnit || f.unitClass === asked.unitClass));
}
const CHINESE_DIGIT = /[一二两三四五六七八九十百千万亿]/;

/** A class by size (亿元以上, question/understand/query-terms.ts SIZE_CLASS): not a unit term (千瓦, 万辆), which follows its number. */
const MAGNITUDE_FIRST = /^(?:千万|百万|万|亿)元以上$/;
const NUMBER_END = /[\d〇零一二两三四五六七八九十百千万]/;
/** Substring match; a Latin word (m2, gdp) must stand alone: m2 is not in pm2.5. */
function contains(text: string, word: string): boolean {
  if (!/^[a-z0-9&.]*[a-z][a-z0-9&.]*$/.test(word)) {
    if (!text.includes(word)) return false;
    // 出口 inside 进出口 is not exports alone: a part of a paired compound is found only outside it.
    const compounds = compoundsHolding(word);
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      if (negated(text, at, word) || sizeQualifier(text, at, word) || otherProduct(text, at, word) || comparisonBase(text, at, word)) continue;
      // "亿元以上" is not the 亿元以上 of "10亿元以上": a magnitude a number leads is that number's.
      if (MAGNITUDE_FIRST.test(word) && NUMBER_END.test(text[at - 1] ?? "")) continue;
      // 外贸 of "外贸出口总值24.2亿美元" names the exports, not the trade (进出口) it is another name of.
      if (partsOfWholeNamed(word).some((part) => text.startsWith(part, at + word.length))) continue;
      if (!compounds.some(([compound, offset]) => text.startsWith(compound, at - offset))) return true;
    }
    return false;
  }
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!/[a-z0-9.]/.test(text[at - 1] ?? "") && !/[a-z0-9]/.test(text[at + word.length] ?? "")) return true;
  }
  return false;
}

/**
 * 规模 right before 以上 is the qualifier 规模以上 (above the statistical threshold), not a size:
 * "新增数字经济规模以上企业11家" holds no 经济规模 (a name of GDP). So is 限额 before 内: "全市限额内地方政府
 * 债务余额为344.8亿元" is a balance within the limit, not the limit.
 */
function sizeQualifier(text: string, at: number, word: string): boolean {
  return (word.endsWith("规模") && text.startsWith("以上", at + word.length)) || (word.endsWith("限额") && text.startsWith("内", at + word.length));
}

/** What follows 比 when it compares ("收入比2010年翻一番", "比上年增长"), not when it names a ratio (收入比). */
const BASE_AFTER_BI = /^(?:[\d〇零一二三四五六七八九十]{2,4}年|上年|去年|前年|同期|上一年)/;

/** 比 of a ratio asked (城乡居民收入比) is not the 比 that compares: "城乡居民人均收入比2010年翻一番" (gwr-2016). */
function comparisonBase(text: string, at: number, word: string): boolean {
  return word.endsWith("比") && BASE_AFTER_BI.test(text.slice(at + word.length));
}

const OTHER_PRODUCTS = wordClass("other-products");

/** 钢 at the start of 钢材 is another product (rolled steel), unless the word asked is that product's own name. */
function otherProduct(text: string, at: number, word: string): boolean {
  return OTHER_PRODUCTS.some((product) => product.length > word.length && product.startsWith(word) && text.startsWith(product, at));
}

/** 税收 inside 非税收入 is what is not 税收: a word printed right after 非 is found there only when it begins with 非 itself. */
function negated(text: string, at: number, word: string): boolean {
  return text[at - 1] === "非" && !word.startsWith("非");
}

/** The paired compounds whose text holds a word that begins with one of their parts, with the word's offset in them (出口额 → 进出口 at 1). */
function compoundsHolding(word: string): Array<[string, number]> {
  let found = compoundCache.get(word);
  if (!found) {
    found = [];
    for (const [compound, parts] of PAIRED_COMPOUNDS) {
      for (const part of parts) {
        // The compound's text must run on into the word: 进出口 holds 出口 (and 出口额 starts with it).
        const at = compound.indexOf(part);
        if (at > 0 && word.startsWith(part) && compound.endsWith(part)) found.push([compound, at]);
      }
    }
    compoundCache.set(word, found);
  }
  return found;
}
const compoundCache = new Map<string, Array<[string, number]>>();
