/**
 * A question as officials type it, rewritten the way the reports print the same thing: spoken forms
 * (多了多少 → 增加了多少, 平均每年 → 年均, 每人平均 → 人均) and typos of the asking words (多小, 事多少,
 * 多少公理). Only rewrites of phrases, before the question is cut into words; a typo inside a metric's
 * name is put right against the corpus later (typos.ts correctTypos).
 */
import { correctAskedUnit } from "./typos.ts";
import { anyOf } from "../zh/word-classes.ts";
import { HOW_MANY_WORD } from "../zh/asking.ts";

/**
 * 平均每年, 每年平均: the yearly average, as the reports print it (年均). jieba cuts the phrase in two
 * (平均 + 每年), and neither half then meets 年均 (城镇新增就业年均1270多万人).
 */
const YEARLY_AVERAGE_PHRASE = /平均每年|每年平均/g;
/** "每人平均收入", "平均每人…": per person, as 人均 says it (每人 is 人均 already). */
const PER_PERSON_PHRASE = /每人平均|平均每人/g;
/** 多小 typed for 多少 at a question's end ("民营经济占GDP比重多小"): how small is never asked so. */
const HOW_MANY_TYPO = /多小(?=[？?呢吗啊]*$)/;
/** 事 typed for 是 before the asking word ("就业目标事多少"). */
const IS_TYPO = /(?<=\p{Script=Han})事(?=多少|几)/u;
/** 再 typed for 在 after a verb of holding a level ("CPI涨幅控制再多少": 控制在). */
const AT_TYPO = /(?<=控制|保持|稳定|维持)再/g;
/**
 * "多了多少", "少了几个": a change as spoken, read as the reports print it (增加, 减少). Not the end of a word
 * (减少了多少, 增多了几个), which says it already.
 */
const SPOKEN_CHANGE = /(?<![减缺至最增])([多少])了(?=多少|几)/g;
/**
 * "新能源车产的多少辆": what was made, as the reports print it (产量), 的 typed for 了. Not 减产, 增产 (曾产 typed for
 * it) or 投产, which are changes or a start.
 */
const MADE_AS_ASKED = /(?<=\p{Script=Han})(?<![减增曾投停])产的(?=多少|几)/gu;
/**
 * "比上年多赚了多少", "少卖了多少", "粮食少收了多少": the verb of what was made, sold or harvested says nothing the change
 * does not (增加了, 减少了); 花 asks money (多花了多少).
 */
const SPOKEN_CHANGE_WITH_VERB = new RegExp(String.raw`([多少])[赚挣卖产收](?=了${HOW_MANY_WORD})`, "g");

/**
 * "农村贫困人口还剩多少", "剩下几个县": what is left, as the reports print the level reached ("由4960万人减少到2820万人"); 还有
 * asks it as question-words.txt reads it. (剩 alone is printed beside figures it does not ask: "剩下的尾数一千七百万新卢布".)
 */
const REMAINDER_ASKED = /还?剩下?(?=了?(?:多少|几))/g;

/**
 * "产粮多少", "今年产粮目标": grain output, as the reports print it (粮食产量); 产粮大县 and 产粮区 name
 * places that grow grain.
 */
const GRAIN_OUTPUT_PHRASE = /产粮(?!大|区|县|省|市|基地|功能区)/g;

/**
 * "规上工业增长多少", "规上工业咋样": industry above the size line, with no measure named, is its value
 * added, as reports and officials speak of it ("规上工业增加值增长7.1%"), not its 总产值 or energy use.
 */
const BARE_INDUSTRY = new RegExp(`(规上工业|规模以上工业)(?=增长|增速|增幅|同比|比上年|下降|${anyOf("how-it-goes")}|情况|多少|是多少|几|呢|吗|[？?]|$)`, "g");

/**
 * A verb-object word said apart, as speech does: "贷了多少款" is 贷款多少, "捐了多少款", "投了多少资". The
 * reports print the word whole ("获得贷款382.4亿元").
 */
const SEPARATED_LOAN_OR_GIFT = /([贷存捐拨付还罚借筹募])了?(多少|几)款/g;
const SEPARATED_INVESTMENT = /投了?(多少|几)资/g;
/**
 * "增值税收了多少", "土地出让金…费收了多少": 收 is the verb of a tax or fee collected, not a word of its
 * name (the report prints "增值税138.50亿元"). Not 税收 the noun ("税收多少"): 了 must follow.
 */
const TAX_COLLECTED = /(?<=\p{Script=Han}[税费])收了(?=多少|几)/gu;
/**
 * "外商直接投资实际到位多少": money arrived, as typed right before the asking word, is what was actually used or
 * invested (the report: "实际投资４３．７亿美元"); 实际 asks the outcome. Not 到位资金, a noun.
 */
const ARRIVED_AS_ASKED = /实际到位了?(?=多少|几)/g;

/**
 * "财政收入首次破万亿": a round amount passed, as typed, is what the reports print as 突破 ("总额首次突破万亿元",
 * gwr-2000); jieba cuts the typed form apart (破万 + 亿), and neither half is a word of the report's.
 */
const PASSED_ROUND_AMOUNT = /(?<![突打冲])破(?=[十百千万亿])/g;

/** The question with its spoken forms and asking typos rewritten as the reports print them. */
export function asPrinted(text: string): string {
  return correctAskedUnit(
    text
      .replace(HOW_MANY_TYPO, "多少")
      .replace(IS_TYPO, "是")
      .replace(AT_TYPO, "在")
      .replace(YEARLY_AVERAGE_PHRASE, "年均")
      .replace(PER_PERSON_PHRASE, "人均")
      .replace(REMAINDER_ASKED, "还有")
      .replace(GRAIN_OUTPUT_PHRASE, "粮食产量")
      .replace(BARE_INDUSTRY, "$1增加值")
      .replace(SEPARATED_LOAN_OR_GIFT, "$1款$2")
      .replace(SEPARATED_INVESTMENT, "投资$1")
      .replace(TAX_COLLECTED, "")
      .replace(ARRIVED_AS_ASKED, "实际")
      .replace(PASSED_ROUND_AMOUNT, "突破")
      .replace(SPOKEN_CHANGE_WITH_VERB, "$1")
      .replace(MADE_AS_ASKED, "产量")
      .replace(SPOKEN_CHANGE, (_m, way: string) => (way === "多" ? "增加了" : "减少了")),
  );
}
