/** The asking phrases: the asking words, how a request opens and what a question leaves out, the phrases set apart from the words to find. */
import { isWord } from "../../zh/segment.ts";
import { alternation } from "../../zh/word-classes.ts";
import { wordList } from "../../zh/word-lists.ts";
import { HOW_MANY_WORD } from "../../zh/asking.ts";
import { HOW_MANY, MEASURE } from "./shared.ts";
import { DI_FOR_DE, withoutDiForDe } from "./de-typed-as-di.ts";

/** The asking words, for the dictionary an index carries (segment.ts). */
export function questionWords(): string[] {
  return [...QUESTION_WORDS];
}

export const QUESTION_WORDS = new Set(wordList("question-words"));

/** What may end a question after its metric: 是多少, 有几个, 呢, a question mark. */
export const TRAILING_ASKING = /(?:是多少|有多少|多少|有几个|几个|几|呢|吗|[？?。！!\s])+$/;

/** The last clause of a question, asking (多少, 几) where the clauses before it do not. */
export const ASKING_CLAUSE_AFTER_CONTEXT = new RegExp(String.raw`^[^，,；;]*[^多少几，,；;][，,；;]\s*([^，,；;]*${HOW_MANY_WORD}[^，,；;]*)$`);

/** How big, long, high or fast, as a regex source. */
const HOW_BIG = "多大|多高|多长|多快";

/** A word jieba cut with an asking word in it (了几, 几部, 怎么样): the asker's, never a typo of the corpus'. */
export const ASKING_PART = new RegExp(`几|多少|${HOW_BIG}|怎|什么|哪`);
/**
 * How much: 多少, 几 (with the measure word after it: 多少个, 几所), 多大…, with the 有/是 before it,
 * or a 到 that follows no verb of change (占比到多少了; not 降到多少), and 得 typed for 的.
 */
const ASKING_PHRASE = new RegExp(`得?((?:有|是|(?<![降升涨高加达少低])到)?(?:${HOW_MANY}(?:${MEASURE})?|${HOW_BIG}))`, "g");

/**
 * 多少家庭, 几项目: the character after 多少 that could be a measure word begins the word counted
 * (家庭: a word, and 庭 begins none with the character after it), so it is no measure word there.
 * (多少个人民公社 keeps 个 as the measure word: 人民 is a word too.)
 */
export function beginsCountedWord(measure: string, rest: string): boolean {
  const [next, after] = [...rest];
  return next !== undefined && isWord(measure + next) && !(after !== undefined && isWord(next + after));
}

/** The asking phrases of a text set apart by spaces (" 有多少个 城市"), a measure word that begins the word counted left to it. */
export function setAskingPhrasesApart(typed: string): string {
  // "高标准农田一共建了多少亩": 一共 stands apart too, or jieba cuts 一 + 共建.
  const text = withoutDiForDe(typed.replace(DI_FOR_DE, (all: string, before: string) => (isWord(`${before}地`) ? all : before))).replace(
    ALL_TOGETHER_TYPED,
    " $& ",
  );
  return text.replace(ASKING_PHRASE, (phrase: string, asking: string, offset: number) => {
    const measure = asking.at(-1)!;
    const rest = text.slice(offset + phrase.length);
    if (MEASURE_WORD.test(measure) && beginsCountedWord(measure, rest)) return ` ${asking.slice(0, -1)} ${measure}`;
    return ` ${asking} `;
  });
}

/** All together, as typed before a verb (一共建了, 总共花了). */
const ALL_TOGETHER_TYPED = /一共|总共/g;

/** How a request may open: 帮我查一下, 麻烦看下, 请帮忙查下, 帮我查查 (jieba cuts 帮我查一下 as 帮/我查/一下). */
export const REQUEST_LEAD = /^(?:麻烦|请问|请|劳驾)?(?:你|您)?(?:帮我|帮忙|给我)?(?:(?:查|看|问|找|搜)(?:一|了)?下|查查|看看|找找)/;
export const COUNTED_AFTER_MEASURE = new RegExp(`(${HOW_MANY}${MEASURE})(?=\\p{Script=Han})`, "gu");
export const MEASURE_WORD = new RegExp(`^(?:${MEASURE})$`);
/** The one character after 多少/几 that ends a question ("有多少各"). */
export const LAST_AFTER_ASKING = /(多少|几)(\p{Script=Han})(?=[\s?？!！。，,]*$)/u;

export const QUALIFIER_BEFORE_ASKING = new RegExp(`(${alternation("figure-prefixes")})(多少|几)`, "g");

/** Asking words that jieba may glue to a metric word ("控制目标"): cut them off it. */
export const ASKING_AFFIX = /^(实际|多少|几)|(目标|多少|是多少)$/g;

/**
 * What a question leaves out after it is asked ("这五年一共降费多少 不算减税", "…实际是多少，不是年初预算", "…实际涨了多少，
 * 目标不是10%以内么"). (Not in brackets: "固投（不含农户）" is the bulletins' own name, "固定资产投资（不含农户）".)
 */
export const LEFT_OUT = /(?<![（(])(?:(?:不算|不含|不包括|不计)[^，,。？?\s（）()]{1,8}|[，,]\s*[^，,。？?\s]{0,4}不是[^，,。？?\s]{1,10})$/g;
