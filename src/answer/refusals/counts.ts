/**
 * Refusals by what a count counts: those the next figure is for, the asked word's modifier, another noun or
 * division, a part of a total, and figures that are no count (a percentage, a share, one for each).
 */
import { baseUnit } from "../../zh/units.ts";
import { abbreviates, countsAnotherNoun, countsHead, found, headTerm, isCountClass } from "../coverage.ts";
import { extractFigures } from "../../zh/figures.ts";
import { SCOPE_WORD_PATTERN } from "../../zh/places.ts";
import { alternation, anyOf, ONE_CHARACTER_COUNTED } from "../../zh/word-classes.ts";
import { taggedWords } from "../../zh/segment.ts";
import { HOW_MANY_WORD } from "../../zh/asking.ts";
import type { Refusal } from "./types.ts";

/** Two characters before a head that are a verb or an adverb, no qualifier of it: 实现, 达到 (word-classes.txt). */
const VERB_QUALIFIER = new RegExp(`^(?:${alternation("non-subject-words", "size-nouns")})$`);

export const countOfThoseTheNextFigureIsFor: Refusal = {
  name: "count of those the next figure is for",
  cheap: true,
  // "为746户市场主体留抵退税6.3亿元": 746户 counts the firms the refund went to; the 留抵退税 asked is the figure
  // its words lead to. (A count whose own noun is the asked word, "1000万贫困人口…", is that count.)
  refuses: (a) => {
    if (!isCountClass(a.fact.figure.unitClass) || a.q.counted !== null || a.q.countedIn !== null) return null;
    const head = headTerm(a.q);
    const lead = WORDS_TO_NEXT_FIGURE.exec(a.sentence.slice(a.fact.figure.end))?.[1];
    if (!head || !lead || !found(head, lead)) return null;
    return head.alternatives.some((alt) => lead.startsWith(alt)) ? null : "a count of those the figure after it is for";
  },
};

export const countInTheAskedWordsModifier: Refusal = {
  name: "count in the asked word's modifier",
  cheap: true,
  // "一九八五年二十九个省、市、自治区的总人口，必须控制在十亿六千万左右": 二十九个 counts the provinces whose
  // population is asked, in the words before 的 that modify it; it is not the population.
  // A question that counts something itself ("多少个城市的试点", "几种传染病") asks such a count.
  refuses: (a) => {
    if (!isCountClass(a.fact.figure.unitClass) || a.q.counted !== null || a.q.countedIn !== null) return null;
    const head = headTerm(a.q);
    const modifier = MODIFIER_AFTER.exec(a.sentence.slice(a.fact.figure.end));
    if (!head || !modifier || a.q.terms.some((t) => found(t, modifier[1]!))) return null;
    return found(head, a.sentence.slice(a.fact.figure.end + modifier[0].length).slice(0, HEAD_AFTER_MODIFIER_CHARS))
      ? "a count inside what modifies the asked word"
      : null;
  },
};

export const countOfAnotherNoun: Refusal = {
  name: "count of another noun",
  cheap: true,
  // "2018年个税起征点提高到多少了" against "提高个人所得税起征点，设立6项专项附加扣除": a count of
  // another noun than the one asked answers no question that asks no count; nor one that names what it counts
  // in 个 ("前年改造了多少个老旧小区" against "惠及上千万家庭"; 多少家企业 may be counted in 家 of any name).
  refuses: (a) =>
    (!a.q.wantedClasses.some(isCountClass) || (a.q.counted !== null && a.q.countedIn === null)) &&
    a.fact.figure.unitClass === "count" &&
    // A measure word of its own (6项): 个 counts anything (120个工作日), a bare 万 anyone (5575万农村贫困人口).
    !["", "个"].includes(baseUnit(a.fact.figure.unit)) &&
    countsAnotherNoun(a.q, a.fact, a.sentence)
      ? "a count of another noun, and no count was asked"
      : null,
};

export const countOfAnotherDivision: Refusal = {
  name: "count of another division",
  cheap: true,
  // "2006年几个省建立了农村低保" against "已有25个省（自治区、直辖市）、2133个县（市、区）初步建立了…": 2133 counts 县.
  refuses: (a) =>
    a.q.counted !== null && ONE_CHARACTER_COUNTED.has(a.q.counted) && isCountClass(a.fact.figure.unitClass) && countsHead(a.q, a.fact, a.sentence) === false
      ? "a count of another division"
      : null,
};

export const totalOfAnotherNoun: Refusal = {
  name: "total of another noun",
  cheap: true,
  // "在粤两院院士总共多少位" against "9位科学家增选为两院院士": a total asked is never a count of
  // another noun (科学家), whatever it goes on to say.
  refuses: (a) =>
    a.q.asksTotal && isCountClass(a.fact.figure.unitClass) && countsHead(a.q, a.fact, a.sentence) === false
      ? "a count of another noun, and a total was asked"
      : null,
};

export const describesAnotherNoun: Refusal = {
  name: "describes another noun",
  cheap: true,
  // "长达3500多公里的长江干堤和近千公里的黄河堤防加固工程": a figure before 的 measures the noun after
  // it; 近千公里 is 黄河堤防's, and answers no question whose words name 长江干堤, another figure's noun.
  refuses: (a) => {
    const own = describedNoun(a.sentence, a.fact.figure.end);
    if (own === null) return null;
    const named = (noun: string) => a.q.terms.filter((t) => found(t, noun)).length;
    const ownNamed = named(own);
    for (const figure of extractFigures(a.sentence)) {
      if (figure.start === a.fact.figure.start) continue;
      const other = describedNoun(a.sentence, figure.end);
      if (other !== null && named(other) > ownNamed) return `the words asked name the noun ${figure.text} describes`;
    }
    return null;
  },
};

export const askedWordsDescribingAnotherNoun: Refusal = {
  name: "asked words describing another noun",
  cheap: true,
  // "打造100万人口的边境城市" for 鹤岗总人口: the figure and the asked word together describe the noun after 的
  // (a city of a million), they state no size of the place; "年产一百五十万吨钢的钢铁联合企业" is a plant's.
  // (The noun described, when it is asked too, is the figure's own: "1000亩以上的基地" for 基地面积; so is the head a count
  // counts: "50个测评点的…评价指标体系" for 多少个测评点.)
  refuses: (a) => {
    const m = FIGURE_WORDS_OF_A_NOUN.exec(a.sentence.slice(a.fact.figure.end));
    const head = headTerm(a.q);
    // (With the figure: its unit may open the word, "100万人" + "口".)
    if (!m || !head || !found(head, a.fact.figure.text + m[1]!) || countsHead(a.q, a.fact, a.sentence) === true) return null;
    return a.q.terms.some((t) => !t.isPlace && found(t, m[2]!)) ? null : "the figure and the asked word describe the noun after 的";
  },
};

export const countOfThoseWhoActed: Refusal = {
  name: "count of those who did something",
  cheap: true,
  // "岳阳脱贫人口多少" against "贫困人口实现就业近2万人", "全国水库总数" against "水库除险加固1.8万座": the asked word then a verb
  // of what they did counts those who did it, not how many there are, unless the question asks that verb, a change or
  // what was added ([level-verbs] state the size: 达到, 突破, 共有).
  refuses: (a) => {
    if (!isCountClass(a.fact.figure.unitClass) || a.q.asksChange) return null;
    const head = headTerm(a.q);
    if (!head || head.word.length < 2) return null;
    const lead = a.sentence.slice(a.fact.clause[0], a.fact.figure.start);
    const end = Math.max(
      -1,
      ...head.alternatives.map((alt) => {
        const at = lead.lastIndexOf(alt);
        return at < 0 ? -1 : at + alt.length;
      }),
    );
    const deed = end >= 0 ? lead.slice(end) : "";
    if (!ACTION_AFTER_HEAD.test(deed) || NOT_A_DEED.test(deed)) return null;
    // (Not when the count's own noun after it is asked, "布局建设76个国家区域医疗中心"; nor when the question types the deed,
    // even in part: "保障房建了多少套" for "住房建设4013万套".)
    const counted = COUNTED_AFTER.exec(a.sentence.slice(a.fact.figure.end))?.[0] ?? "";
    if (a.q.terms.some((t) => !t.isPlace && (found(t, counted) || found(t, deed)))) return null;
    const last = taggedWords(deed).at(-1);
    if (!last || !last.tag.startsWith("v") || [...last.word].some((ch) => a.q.text.includes(ch))) return null;
    return `counts those the asked word names who did something (${deed})`;
  },
};

export const aPartCountedForATotal: Refusal = {
  name: "a part counted for a total",
  cheap: true,
  // "为1700多万困难和重度残疾人发放…补贴" for 残疾人总数: the noun counted right after the figure is the
  // head asked with words before it the question does not say (困难和重度): a part of the total asked.
  // So is a count of people whose clause says only who they are in the clause before ("建立困难和重度
  // 残疾人“两项补贴”制度，惠及2100多万人").
  refuses: (a) => {
    const head = headTerm(a.q);
    if (!a.q.asksTotal || !head) return null;
    const counted = COUNTED_AFTER.exec(a.sentence.slice(a.fact.figure.end))?.[0] ?? "";
    const own = a.sentence.slice(a.fact.clause[0], a.fact.figure.start);
    const saysWhoBefore = a.fact.figure.unitClass === "people" && counted === "" && a.fact.parentClause !== null && !found(head, own);
    const parent = saysWhoBefore ? a.sentence.slice(...a.fact.parentClause!) : "";
    for (const text of [counted, parent]) {
      const at = head.alternatives.map((alt) => text.indexOf(alt)).find((i) => i >= 0);
      if (at === undefined) continue;
      // The two characters right before the head, when they are no scope of the whole (全国, 我省).
      const qualifier = text.slice(Math.max(0, at - 2), at);
      // (Nor a verb: "5575万农村贫困人口实现脱贫" counts who did what is asked, 实现 qualifies nothing.)
      if (
        !/^\p{Script=Han}{2}$/u.test(qualifier) ||
        WHOLE_SCOPE.test(qualifier) ||
        VERB_QUALIFIER.test(qualifier) ||
        a.q.terms.some((t) => found(t, qualifier))
      )
        return null;
      // Words the question says for the qualifier in short: 自贸 for "21个自由贸易试验区"'s 自由贸易.
      const before = text.slice(0, at);
      if (a.q.terms.some((t) => t !== head && t.alternatives.some((alt) => abbreviates(alt, before, true)))) return null;
      return `counts ${qualifier}${head.word}, a part, and a total was asked`;
    }
    return null;
  },
};

export const percentageForAThingCounted: Refusal = {
  name: "percentage for a thing counted",
  cheap: false,
  // "政府减价供应了多少新式农具" against "减价40%供应新式农具51万部": the thing asked is counted by
  // another figure of its clause (新式农具51万部), so a percentage there is not how many.
  refuses: (a) => {
    if (a.fact.figure.unitClass !== "percent" || a.q.counted === null) return null;
    const head = headTerm(a.q);
    if (!head) return null;
    const countedByAnother = extractFigures(a.sentence).some((g) => {
      if (g.start === a.fact.figure.start || !isCountClass(g.unitClass)) return false;
      const label = /[^，,；;。：:]{0,10}$/.exec(a.sentence.slice(0, g.start))![0];
      return found(head, label);
    });
    return countedByAnother ? "a percentage, and another figure counts the thing asked" : null;
  },
};

export const shareForACount: Refusal = {
  name: "share for a count",
  cheap: true,
  // "到59年有多少青壮年摆脱了文盲": "…一亿一千多万青、壮年摆脱了文盲地位，占农村青、壮年总人数的三分之二" — how many is
  // asked, and a share tells no number.
  refuses: (a) => (a.q.counted !== null && !a.q.asksShare && a.fact.role === "share" ? "a share, and how many was asked" : null),
};

export const eachForATotal: Refusal = {
  name: "each for a total",
  cheap: false,
  // "县区均设置1所": a figure for each one does not answer 一共几所 (but it answers one asked for each: "财政收支合计各多少",
  // "第一个五年合计的财政收支各为一千三百六十九亿一千四百万元").
  refuses: (a) =>
    a.q.asksTotal && !EACH_ASKED.test(a.q.text) && /(均|每|各)[^，,；;。]{0,6}$/.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
      ? "a figure for each, and a total was asked"
      : null,
};

/** The noun a figure describes when 的 follows it ("3500多公里的长江干堤" → 长江干堤), to the next item or clause; null for a figure that describes none. */
function describedNoun(sentence: string, figureEnd: number): string | null {
  const m = DESCRIBED_NOUN.exec(sentence.slice(figureEnd));
  return m ? m[1]! : null;
}
const DESCRIBED_NOUN = /^的([^，,；;。、和与及\d]+)/;
/** A figure's own words up to 的 (a few characters: its noun), then the noun they describe: "人口" and "边境城市". */
const FIGURE_WORDS_OF_A_NOUN = /^([^，,；;。、：:\d的]{1,4})的([^，,；;。]{1,30})/;

/** Two to eight characters after the asked word, right before its count: what those counted did ("实现就业", "除险加固"). */
const ACTION_AFTER_HEAD = /^\p{Script=Han}{2,8}$/u;
/** Words that state a size (发展到, 达), a change or an addition, or name a total: no deed. */
const NOT_A_DEED = new RegExp(`(?:${anyOf(["level-verbs", "change-verbs", "increment-verbs"])}|到|至)$|${anyOf(["total-words", "size-nouns"])}`);

/** Words for the whole of a place, not a part of what is counted: 全国, 我国, 全省, 全市. */
const WHOLE_SCOPE = new RegExp(`^(?:${SCOPE_WORD_PATTERN}|我国|中国|全部|所有)$`);
/** The noun phrase right after a figure (what a count counts): Chinese characters to the next sign. */
const COUNTED_AFTER = /^\p{Script=Han}{1,12}/u;

/** The words from a figure to the next one in its clause, with no list or clause break between ("市场主体留抵退税"). */
const WORDS_TO_NEXT_FIGURE = /^([^，,；;。、\d]{2,20})\d/;
/** The rest of a noun phrase after a count, up to its 的: "省、市、自治区的" of "二十九个省、市、自治区的总人口". */
const MODIFIER_AFTER = /^([^，,；;。的]{1,15})的/;
/** How far after that 的 the asked word is looked for: the head of the phrase. */
const HEAD_AFTER_MODIFIER_CHARS = 8;

/** A question asking a figure for each: "…各多少", "各是多少". */
const EACH_ASKED = new RegExp(String.raw`各(?:是|为|有)?${HOW_MANY_WORD}`);
