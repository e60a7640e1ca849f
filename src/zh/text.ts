/** Small text rules shared by every stage: bracketed asides and character bigrams. */
import { anyOf } from "./word-classes.ts";

/** A short aside in brackets, "中小学校(园)长", "党支部(总支)": words read the same without it. */
export const BRACKETED_ASIDE = /[（(][^（）()]{1,6}[)）]/g;

/** The text with its short bracketed asides removed. */
export function withoutAsides(text: string): string {
  return text.replace(BRACKETED_ASIDE, "");
}

/** Any aside in brackets, however long ("为预算（指调整后预算数，下同）的101.2%"). */
const ANY_ASIDE = /[（(][^（）()]*[)）]/g;

/** The text with every bracketed aside removed. */
export function withoutAnyAsides(text: string): string {
  return text.replace(ANY_ASIDE, "");
}

/**
 * An aside in brackets that lists what a total includes ("市级（含市本级、盐南高新区，下同）一般公共预算收入…")
 * or leaves out ("年末全州常住人口（不含铁门关市）146.68万人"): the total is none of them, so their words
 * name no figure of theirs.
 */
const INCLUSION_ASIDE = /[（(](?:不|未)?(?:含|包含|包括)[^（）()]*[)）]/g;

/** The spans [start, end) of a text's inclusion asides. */
export function inclusionAsides(text: string): Array<[number, number]> {
  return [...text.matchAll(INCLUSION_ASIDE)].map((m) => [m.index!, m.index! + m[0].length]);
}

/**
 * The text with its inclusion asides blanked out, character for character (offsets stay), but for
 * one holding the offset `keep` (a figure of the aside's own: "债券465.6亿元（含再融资债券226亿元）").
 */
export function blankInclusionAsides(text: string, keep = -1): string {
  return text.replace(INCLUSION_ASIDE, (m, at: number) => (keep >= at && keep < at + m.length ? m : " ".repeat(m.length)));
}

/** A question that itself says what a total includes ("市本级含高新区…收入") asks for such a total. */
export function asksInclusion(question: string): boolean {
  return /(?:含|包括)(?!量)/.test(question);
}

/** The text without quotation marks, which reports put around parts of names ("“三公”经费", “十四五”时期). */
export function withoutQuotes(text: string): string {
  return /[“”"‘’]/.test(text) ? text.replace(/[“”"‘’]/g, "") : text;
}

/** Character bigrams of each run of Han characters (a lone character stands for itself): partial words (入园率 in 毛入园率) still meet. */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    if (run.length === 1) out.push(run);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

/** The bigrams of a word, whatever its script (gdp → gd, dp); a one-character word is its own. */
export function wordBigrams(word: string): string[] {
  return word.length === 1 ? [word] : [...Array(word.length - 1)].map((_, i) => word.slice(i, i + 2));
}

/**
 * A clause that says how a figure was counted, not what it counts: 按可比价计算, 扣除价格因素,
 * 初步核算, 经最终核实. The subject of the figure after it is in the clause before it.
 */
const COUNTING_METHOD_WORDS = "按.{0,8}计算|扣除.{0,6}因素|剔除.{0,6}因素|(?:据|经)?初步核算|经?最终核实";
const COUNTING_METHOD = new RegExp(`^\\s*(?:${COUNTING_METHOD_WORDS})\\s*$`);
/**
 * How a figure was counted, as typed ("农民收入扣除物价涨了多少", "按可比价增长多少", "扣除价格汇率因素"): the reports print the figure
 * after it with the same words (扣除物价因素比上年增长百分之五), which name no metric (coverage.ts reads the
 * figure's clause without them), so the question's are dropped too.
 */
export const COUNTING_METHOD_TYPED = /(?:扣除|剔除)(?:物价|价格)(?:和?汇率)?(?:上涨|变动)?(?:因素)?(?:后)?|按(?:可比|不变)价格?(?:计算)?/g;
/** The same opening a clause that goes on to its figure: "按不变价格计算比上年增长5.4%". */
const COUNTING_METHOD_LEAD = new RegExp(`^\\s*(?:${COUNTING_METHOD_WORDS})`);

export function isCountingMethod(clause: string): boolean {
  return COUNTING_METHOD.test(clause);
}

/** Whether a text says how a figure was counted, printed or typed (扣除价格和汇率变动因素, 按可比价). */
export function namesCountingMethod(text: string): boolean {
  return COUNTING_METHOD_ANYWHERE.test(text);
}
/** A way of counting, printed or typed, anywhere in a text (not global: test() keeps no state). */
const COUNTING_METHOD_ANYWHERE = new RegExp(`${COUNTING_METHOD_WORDS}|${COUNTING_METHOD_TYPED.source}`);

/** An ordinal place in a ranking: 第2位, 第四名 (第 and its number: the rankings add 位 or 名). */
export const ORDINAL_PLACE = "第[\\d一二三四五六七八九十]+";

/**
 * A clause that only ranks what the clause before it states: 居全省第2位, 位列全国百强, 排名前列, and
 * with the aspect ranked ("全市地区生产总值达到2920亿元、总量居全省第5位，增长6.7%"), the verb left out
 * after it ("地区生产总值增长5.8%、增速全国第3，总量达到60013亿元").
 */
const RANKED_ASPECT = "(?:总量|增速|增幅|规模)";
const RANKING_CLAUSE = new RegExp(
  `^(?:${RANKED_ASPECT}?(?:跃居|位居|居|位列|列|排名|排)[^，,；;。]{0,16}|${RANKED_ASPECT}(?:全国|全省|全市|全区|中部|西部|东部|东北)[^，,；;。]{0,6})(?:${ORDINAL_PLACE}[位名]?|首位|前列|百强)$`,
);

export function isRanking(clause: string): boolean {
  return RANKING_CLAUSE.test(clause.trim());
}

/** A part of a year: 上半年, 第一季度, 前三季度, 1—6月. */
export const PART_OF_YEAR = /上半年|下半年|季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:至|到|—|-|～|~)(?:\d{1,2}|[一二三四五六七八九十]{1,3})月/;
/** …as it leads a clause, with the quarter's number: 一季度, 第三季度, 前三季度, 上半年, 1-9月. */
export const PART_OF_YEAR_LEAD = `(?:(?:第?[一二三四]|前三)?(?:${PART_OF_YEAR.source}))`;
/** A month before December, as a regex source: 9月, 十一月 (not 12月, 十二月). */
export const MONTH_BEFORE_DECEMBER = String.raw`(?:1[01]|[1-9](?!\d)|十一|十(?![一二])|[一二三四五六七八九](?!十))月`;
/** Up to a month before December: "截止2020年9月底" (nine months' spending, not the year's). */
export const UP_TO_MONTH = new RegExp(String.raw`(?:截至|截止)到?(?:\d{4}年)?${MONTH_BEFORE_DECEMBER}`);

/**
 * A clause that gives only a part of the year's change, its subject named before it: "GDP一季度累计增长4.7%、
 * 二季度累计增长6.3%、三季度累计增长6.6%，全年累计增长6.7%" (the clauses after the first are GDP's).
 */
const PERIOD_CHANGE_CLAUSE = new RegExp(`^${PART_OF_YEAR_LEAD}(?:累计)?(?:增长|下降|回升|回落)[\\d.]+%$`);

export function isPeriodChange(clause: string): boolean {
  return PERIOD_CHANGE_CLAUSE.test(clause.trim());
}

/** The clause without a counting method opening it: "按不变价格计算比上年增长5.4%" → "比上年增长5.4%". */
export function withoutCountingMethod(clause: string): string {
  return clause.replace(COUNTING_METHOD_LEAD, "");
}

/** Where the part of a sentence holding a position starts: right after the last of these marks before it (0 for none). */
function startAfterLast(sentence: string, at: number, marks: readonly string[]): number {
  const before = sentence.slice(0, at);
  return Math.max(...marks.map((mark) => before.lastIndexOf(mark))) + 1;
}

/** What parts clauses when a list's items are one clause: commas, semicolons and colons (and a sentence's full stop). */
const CLAUSE_MARKS = ["，", ",", "；", ";", "：", ":"];

/** Where the clause a position stands in starts, when only commas, semicolons and colons part clauses (a list's items are one clause). */
export function clauseStartBefore(sentence: string, at: number): number {
  return startAfterLast(sentence, at, CLAUSE_MARKS);
}

/** Where the clause a position stands in ends (its mark's offset, or the sentence's end), parted as clauseStartBefore parts them. */
export function clauseEndFrom(sentence: string, at: number): number {
  const ends = [...CLAUSE_MARKS, "。"].map((mark) => sentence.indexOf(mark, at)).filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : sentence.length;
}

/** A sentence's clauses parted as clauseStartBefore parts them (a list's items stay in one). */
export function clausesOf(sentence: string): string[] {
  return sentence.split(CLAUSE_SPLIT);
}
const CLAUSE_SPLIT = new RegExp(`[${[...CLAUSE_MARKS, "。"].join("")}]`);

/** Where the part of a sentence a position stands in starts, parts being parted by semicolons. */
export function partStartBefore(sentence: string, at: number): number {
  return startAfterLast(sentence, at, ["；", ";"]);
}

/**
 * 争取 before what a place wins from above ("全市对上争取资金228.6亿元", "争取上级转移支付资金173.2亿元") is
 * a verb of obtaining, what was done: not "strive to", the aim it is before a verb (争取实现). Used unanchored
 * (String.search, RegExp.test) only.
 */
export const FUNDS_OBTAINED = new RegExp(
  // After 争取到 or 争取了, a few words may come first ("争取到一般公共预算上级转移支付资金"), but no year: "争取到2025年…" is an aim.
  `争取(?:到|了)(?![\\d〇零一二三四五六七八九十]{2,4}年)(?=[^，,；;。\\d]{0,8}?${anyOf("obtained-funds")})|争取(?=${anyOf("obtained-funds")})`,
);

/**
 * By whose approval a budget was changed ("执行中经各级人代会批准调整为1099415万元", "后经市人大常委会批准调整为…"):
 * a procedure, which names no subject.
 */
export const APPROVED_BY = /后?经[^，,；;。\d]{1,10}批准/g;
