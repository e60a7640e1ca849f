/**
 * Refusals by how the sentence frames a figure: a word denied, another way of counting, a dating phrase, the
 * question's own figure, a hypothetical, an example, an ordinal of another thing.
 */
import type { Question } from "../../question/types.ts";
import { UNIT_CLASS } from "../../zh/units.ts";
import { namedIn, namedOrAbbreviated } from "../coverage.ts";
import type { Fact } from "../facts.ts";
import { extractFigures, isRankingPlace, ORDINAL_NUMBERS } from "../../zh/figures.ts";
import { hanBigrams, namesCountingMethod } from "../../zh/text.ts";
import { anyOf } from "../../zh/word-classes.ts";
import { toSearchForm } from "../../zh/normalize.ts";
import type { Refusal } from "./types.ts";

/** Right before a word, its denial: "没有脱贫", "尚未实现". */
const DENIAL_BEFORE = /(?:没有|没能|没|尚未|还未|仍未|未能|未)$/;
/** Whether a text holds a word right after a denial. */
function deniedIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (DENIAL_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return true;
  return false;
}

export const askedWordDenied: Refusal = {
  name: "asked word denied",
  cheap: true,
  // "全省还有近500万群众没有脱贫" for 减贫目标: a count of those the clause says did not do what is asked is not
  // of it. Asked with the denial itself ("未脱贫人口"), it is.
  refuses: (a) => {
    const clause = toSearchForm(a.sentence.slice(a.fact.clause[0], a.fact.clause[1]));
    const text = toSearchForm(a.q.text);
    return a.q.terms.some((t) => !t.isPlace && t.alternatives.some((w) => deniedIn(clause, w) && !deniedIn(text, w)))
      ? "the clause denies the word asked"
      : null;
  },
};

export const countedOtherwiseThanAsked: Refusal = {
  name: "counted otherwise than asked",
  cheap: true,
  // "84年进出口扣除价格汇率因素实际增长多少" against "…比上年增长39.7%，扣除价格和汇率变动因素，实际增长19.6%": the
  // figure before the way of counting asked is counted otherwise; the one after it is the one asked.
  refuses: (a) =>
    namesCountingMethod(a.q.text) &&
    namesCountingMethod(a.printedSentence.slice(a.fact.figure.end)) &&
    !namesCountingMethod(a.printedSentence.slice(0, a.fact.figure.start))
      ? "counted before the way of counting asked"
      : null,
};

export const figureDatingItsClause: Refusal = {
  name: "figure dating its clause",
  cheap: true,
  // "在经济总量跨越2000亿元台阶之后的第一年，交出了…成绩单": a figure inside a phrase that dates the clause
  // tells of a time before it, not what the clause reports.
  refuses: (a) =>
    DATING_PHRASE_OPENS.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start)) && DATING_PHRASE_CLOSES.test(a.sentence.slice(a.fact.figure.end))
      ? "a figure in a phrase dating its clause"
      : null,
};

export const figureTheQuestionStates: Refusal = {
  name: "figure the question states",
  cheap: true,
  // "全员劳动生产率人均8.7万元提高到多少": the figure typed in the question is what it starts from.
  // Typed in digits, it may be printed in Chinese numerals ("40万千瓦以上的水电站" for 四十万千瓦).
  refuses: (a) => (a.q.terms.some((t) => t.isFigure && statesFigure(t.word, a.fact.figure)) ? "the question states this figure" : null),
};

export const aHypothetical: Refusal = {
  name: "a hypothetical",
  cheap: true,
  // "美苏即使削减了50%的战略核武器，它们拥有的核武器仍然占全世界核武器的90%以上": what would be if, not what is.
  refuses: (a) => (HYPOTHETICAL.test(a.sentence.slice(0, a.fact.figure.start).split(/[；;]/).at(-1)!) ? "a hypothetical (即使, 假如…)" : null),
};

export const anExample: Refusal = {
  name: "an example",
  cheap: true,
  // "有些职工宿舍的造价也过高，例如鞍山钢铁公司在一九五三年修建的职工宿舍十五万平方公尺": an example's
  // figure answers only a question that names what the example names (鞍山钢铁公司).
  // So does one of an instance framed "拿…来说", "以…为例" ("拿北京京西矿务局来说，…原定的煤炭产量的指标是二百八十五万吨",
  // gwr-1958), when the question shares no word with what the frame holds: a frame may hold the topic itself
  // ("拿财政的情况来说，第一个五年合计的财政收支各为…", gwr-1957).
  refuses: (a) => {
    const before = a.sentence.slice(0, a.fact.figure.start);
    const lead = EXAMPLE_LEAD.exec(before);
    const frame = lead ? null : EXAMPLE_FRAME.exec(before);
    if (!lead && !frame) return null;
    const example = lead ? before.slice(lead.index + lead[0].length) : frame![1]!;
    const context = before.slice(0, (lead ?? frame)!.index);
    // Named by the example: a word of two characters or more that is no unit (平方 of 平方公尺), nor a shape word (指标).
    const namesExample = (t: Question["terms"][number]) =>
      [...t.word].length >= 2 &&
      !UNIT_CLASS.has(t.word) &&
      !t.isShape &&
      (frame ? hanBigrams(t.word).some((gram) => example.includes(gram)) : namedIn(t, example) && !namedIn(t, context));
    return a.q.terms.some(namesExample) ? null : "an example, and what it is an example of was asked";
  },
};

export const ordinalOfAnotherThing: Refusal = {
  name: "ordinal of another thing",
  cheap: true,
  // "办好第十五届全国运动会和第十二届世界运动会": an ordinal numbers the thing right after it, up to the next item.
  refuses: (a) => {
    // (A ranking's place, 第5位, ranks what the clause before it states: coverage weighs that.)
    if (a.fact.figure.unitClass !== "ordinal" || isRankingPlace(a.fact.figure.unit)) return null;
    const numbered = ORDINAL_NUMBERS.exec(a.sentence.slice(a.fact.figure.end))![0];
    // (Some word of the question's names it: the thing numbered may be asked before 第几 or after it, beside a verb, 办.)
    const names = a.q.terms.filter((t) => !t.isPlace && !t.isShape && !t.isPeriod && t.word.length >= 2);
    const named = names.some((t) => namedOrAbbreviated(t, numbered));
    return names.length === 0 || named ? null : `numbers ${numbered}, which the question does not name`;
  },
};

/** Whether a figure typed in the question is this one: as printed, or the same value in the same unit. */
function statesFigure(typed: string, figure: Fact["figure"]): boolean {
  if (typed === toSearchForm(figure.text)) return true;
  const read = extractFigures(typed)[0];
  return read !== undefined && read.value === figure.value && read.unit === figure.unit;
}

/** Words that make what follows a supposition, not a fact: even if, if (not 如果, which also says how a figure is counted). */
const HYPOTHETICAL = /即使|即便|哪怕|假如|倘若|假使/;

/** The last "for example" before a figure, with no clause of another sentence part between (；). */
const EXAMPLE_LEAD = new RegExp(`${anyOf("example-marks")}(?=[^；;]*$)`);
/** An instance framed as an example, its name in the group: "拿北京京西矿务局来说", "以深圳为例" (in the figure's semicolon part). */
const EXAMPLE_FRAME = /(?:拿|以)([^，,；;。：:]{2,20}?)(?:来说|为例)(?=[^；;]*$)/;

/** The opening and the close of a phrase that dates a clause by an earlier event: "在…跨越2000亿元台阶之后的第一年". */
const DATING_PHRASE_OPENS = /(?:^|[^存现实])在[^，,；;。]{0,30}$/;
const DATING_PHRASE_CLOSES = /^[^，,；;。]{0,14}(?:之后|以后|之前|以前)/;
