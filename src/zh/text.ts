/** Small text rules shared by every stage: bracketed asides and character bigrams. */

/** A short aside in brackets, "中小学校(园)长", "党支部(总支)": words read the same without it. */
export const BRACKETED_ASIDE = /[（(][^（）()]{1,6}[)）]/g;

/** The text with its short bracketed asides removed. */
export function withoutAsides(text: string): string {
  return text.replace(BRACKETED_ASIDE, "");
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
/** The same opening a clause that goes on to its figure: "按不变价格计算比上年增长5.4%". */
const COUNTING_METHOD_LEAD = new RegExp(`^\\s*(?:${COUNTING_METHOD_WORDS})`);

export function isCountingMethod(clause: string): boolean {
  return COUNTING_METHOD.test(clause);
}

/** The clause without a counting method opening it: "按不变价格计算比上年增长5.4%" → "比上年增长5.4%". */
export function withoutCountingMethod(clause: string): string {
  return clause.replace(COUNTING_METHOD_LEAD, "");
}
