/**
 * Refusals by what a figure is counted or measured in: its unit, its measure word, households for people, the size
 * of things counted or the class of what follows, a magnitude asked, a rate for a size.
 */
import { baseUnit, canonicalUnit, magnitude, scaledValue, UNIT_CLASS, type UnitClass } from "../../zh/units.ts";
import { found, metricHeadOf } from "../coverage.ts";
import type { Fact } from "../facts.ts";
import { clauseStartBefore } from "../../zh/text.ts";
import { namesPeople, wordClass } from "../../zh/word-classes.ts";
import { HOW_MANY_WORD } from "../../zh/asking.ts";
import { TIMES_ACTED } from "../../zh/figures.ts";
import type { Assessment, Refusal } from "./types.ts";
import { SUMS } from "./shared.ts";

/** After a figure, the things it is the size of and their count: "以上的水电站十五个", "的核电站一个". */
const SIZE_OF_THINGS_COUNTED = /^(?:以上|以下)?的\p{Script=Han}{1,8}?[一两二三四五六七八九十百\d]+(?:个|座|台|套|处|家|所|项)(?![\p{Script=Han}])/u;

/** A figure ending in 以上 or 以下: it may be the bound of a class (SIZE_CLASS_OF_NEXT). */
const CLASS_BOUND = /(?:以上|以下)$/;
/**
 * After such a figure, a noun with a figure of its own in the clause: the figure is the class of what follows
 * ("500万元以上固定资产投资增长8%", "5亿元以上项目60个"), not an amount of it.
 */
const SIZE_CLASS_OF_NEXT = /^\p{Script=Han}{2,12}[^，,；;。、\d]{0,4}\d/u;

export const unit: Refusal = {
  name: "unit",
  cheap: true,
  refuses: (a) => (unitFits(a.q.wantedClasses, a.fact.figure) || unitPrintedBefore(a) || yuanLeftOut(a) || bareRateOfRateAsked(a) ? null : "unit does not fit"),
};

export const timesNotAsked: Refusal = {
  name: "times not asked",
  cheap: true,
  // "五次下调金融机构存贷款基准利率，四次下调存款准备金率" (gwr-2009): the times a measure was taken answer 几次, never how
  // far a rate or a standard moved ("2008年出口退税率提高到多少", "最低工资标准提高了多少").
  refuses: (a) =>
    a.fact.figure.unit === "次" && TIMES_ACTED.test(a.sentence.slice(a.fact.figure.end)) && !TIMES_ASKED.test(a.q.text)
      ? "the times a measure was taken, and no number of times was asked"
      : null,
};
/** A number of times asked: 几次, 几回, 多少次. */
const TIMES_ASKED = /(?:几|多少)(?:次|回)/;

export const measureWord: Refusal = {
  name: "measure word",
  cheap: true,
  // "开行多少列" is counted in 列: "覆盖20个国家" counts something else (a bare 万 may count anything); nor is "多少座"
  // answered by a unit of no class ("可蓄水二十三亿立方公尺").
  refuses: (a) => {
    const base = baseUnit(a.fact.figure.unit);
    const { unitClass } = a.fact.figure;
    return a.q.countedIn && base && !sameCount(base, a.q.countedIn) && (unitClass === "count" || unitClass === "none")
      ? `counted in ${base}, and ${a.q.countedIn} was asked`
      : null;
  },
};

export const householdsForPeople: Refusal = {
  name: "households for people",
  cheap: true,
  // "脱贫多少人" asks people: "实现脱贫退出495户963人" counts households first, and 户 (家, 所…) counts no
  // person. A bare number or 个 may count people ("5575万农村贫困人口", "3个人"). The asked unit's own
  // class comes first (question/understand/units-asked.ts askedClasses): "多少个" admits people too, but asks a count.
  refuses: (a) => {
    const base = baseUnit(a.fact.figure.unit);
    if (a.q.wantedClasses[0] !== "people" || a.fact.figure.unitClass !== "count" || !base) return null;
    if (base !== "个") return `counted in ${base}, and people were asked`;
    // …but 个 counting a noun that names no person ("14个贫困县成功脱贫摘帽") counts that noun.
    const noun = /^\p{Script=Han}{1,5}/u.exec(a.sentence.slice(a.fact.figure.end))?.[0] ?? "";
    const prefixes = [...noun].map((_, i) => noun.slice(0, i + 1));
    return noun !== "" && !prefixes.some(namesPeople) ? `counts ${noun}, and people were asked` : null;
  },
};

export const sizeOfThingsCounted: Refusal = {
  name: "size of things counted",
  cheap: true,
  // "新建和续建装机容量四十万千瓦以上的水电站十五个，…三十万千瓦的核电站一个" (gwr-1982): the size each of so many
  // plants is built to says nothing of how much they, or all, come to.
  refuses: (a) =>
    a.fact.figure.unitClass !== "count" && SIZE_OF_THINGS_COUNTED.test(a.sentence.slice(a.fact.figure.end))
      ? "the size of each of things counted after it"
      : null,
};

export const classOfWhatFollows: Refusal = {
  name: "class of what follows",
  cheap: true,
  // "社会消费品零售总额增长5%;500万元以上固定资产投资增长8%" (遵义 2020) for 社零总额: 500万元以上 sorts the
  // investment counted, it is no amount of anything.
  refuses: (a) =>
    CLASS_BOUND.test(a.fact.figure.text) && SIZE_CLASS_OF_NEXT.test(a.sentence.slice(a.fact.figure.end))
      ? "the size class of what follows it, which has its own figure"
      : null,
};

export const tooSmallForTheMagnitudeAsked: Refusal = {
  name: "too small for the magnitude asked",
  cheap: true,
  // "…一般公共预算收入增长7.5%；全体居民人均可支配收入22508元" for "一般公共预算收入多少亿元": a few thousand yuan is
  // never a sum asked in 亿 (a figure per person, a standard, a price); nor are 325家 "进出口总额多少亿".
  refuses: (a) => {
    const m = SUM_IN_MAGNITUDE_ASKED.exec(a.q.text);
    const asked = m?.[1];
    if (asked === undefined || !SUMS.has(a.fact.figure.unitClass)) return null;
    // 几亿 asks a few of them, one at least ("十二年内灌溉面积达到几亿亩" is no 2000万亩); 多少亿 may be less than one.
    const smallest = m![0].startsWith("几") ? magnitude(asked) : magnitude(asked) / SMALLEST_SHARE_OF_MAGNITUDE;
    return scaledValue(a.fact.figure) < smallest ? `too small a number, and a sum in ${asked} was asked` : null;
  },
};

export const rateForASize: Refusal = {
  name: "rate for a size",
  cheap: true,
  // "超低排放煤电机组规模" (a size: 10.5亿千瓦) against "71%的煤电机组实现超低排放": a share is no size.
  refuses: (a) =>
    a.q.terms.some((t) => t.isShape) &&
    !a.q.asksChange &&
    !a.q.asksShare &&
    !a.q.wantedClasses.includes("percent") &&
    (a.fact.figure.unitClass === "percent" || a.fact.figure.unitClass === "points")
      ? "a rate, and a size (规模, 总量) was asked"
      : null,
};

/** A sum asked in a magnitude, with a unit or without ("多少亿元", "几亿", "多少万人"): group 1 the magnitude. */
const SUM_IN_MAGNITUDE_ASKED = new RegExp(String.raw`${HOW_MANY_WORD}(万亿|亿|万)`);
/** A figure below a tenth of the magnitude asked (10,000,000元 for 亿) is no sum asked in it. */
const SMALLEST_SHARE_OF_MAGNITUDE = 10;

/**
 * A bare figure (86.5万) whose unit is the word right before it ("医疗旅游人次86.5万、收入83.9亿元"):
 * that unit is of a class asked.
 */
function unitPrintedBefore({ q, fact, sentence }: Assessment): boolean {
  if (baseUnit(fact.figure.unit) !== "") return false;
  const before = sentence.slice(Math.max(0, fact.figure.start - LONGEST_UNIT - LONGEST_LEAD), fact.figure.start).replace(LEAD_TO_FIGURE, "");
  // …and of the level it came to: "…由8300万增加到1亿3千多万" is 1亿3千多万人次 too.
  const fromLevel = FROM_LEVEL_TO_FIGURE.exec(sentence.slice(clauseStartBefore(sentence, fact.figure.start), fact.figure.start));
  const beforeFrom = fromLevel ? sentence.slice(0, clauseStartBefore(sentence, fact.figure.start) + fromLevel.index) : "";
  return HAN_UNITS.some(([unit, cls]) => (before.endsWith(unit) || beforeFrom.endsWith(unit)) && q.wantedClasses.includes(cls));
}
/**
 * An amount of money printed without 元, its metric named in its own words: "2018年全省地区生产总值达到1.68万亿" is 1.68万亿元.
 */
function yuanLeftOut({ q, fact, sentence }: Assessment): boolean {
  if (fact.figure.unitClass !== "count" || !BARE_MAGNITUDE.test(fact.figure.unit) || !q.wantedClasses.includes("money")) return false;
  const head = metricHeadOf(q);
  return head !== undefined && found(head, sentence.slice(clauseStartBefore(sentence, fact.figure.start), fact.figure.start));
}
/**
 * A rate printed as a bare ratio right after its name and the verb to it: "煤矿百万吨死亡率下降到0.086" (山西 2012) is the
 * 死亡率 asked, though no % follows it. Only a number with a fraction, which counts nothing.
 */
function bareRateOfRateAsked({ q, fact, sentence }: Assessment): boolean {
  if (fact.figure.unit !== "" || Number.isInteger(fact.figure.value) || !q.wantedClasses.includes("percent")) return false;
  return RATE_THEN_BARE.test(sentence.slice(clauseStartBefore(sentence, fact.figure.start), fact.figure.start));
}
/** A rate's name, then at most a verb to its level, closing the words before a figure. */
const RATE_THEN_BARE = /(?:率|系数)(?:下降到|下降至|降到|降至|降低到|降为|控制在|为|是|达到|达)?$/;
/** A magnitude alone, no unit after it: 万亿, 亿, 万. */
const BARE_MAGNITUDE = /^(?:万亿|亿|万)$/;
/** An old level and the verb to the figure, opening with 由/从: "由8300万增加到". */
const FROM_LEVEL_TO_FIGURE = /[由从][^，,；;。由从]*$/;
/**
 * The word leading from a metric named by its unit to its figure: "出境旅游人次由8300万增加到…" is 8300万人次.
 */
const LEAD_TO_FIGURE = /(?:由|从|达到|达|为|是|突破|超过|约|近|逾)$/;
const LONGEST_LEAD = 2;
/** The units written in Chinese characters (人次, 万吨…), with their classes: what may be printed before a bare figure. */
const HAN_UNITS = [...UNIT_CLASS].filter(([unit]) => /^\p{Script=Han}+$/u.test(unit));
/** The longest unit's length, in characters. */
const LONGEST_UNIT = Math.max(...HAN_UNITS.map(([u]) => u.length));

function unitFits(wanted: UnitClass[], figure: Fact["figure"]): boolean {
  const actual = figure.unitClass;
  if (wanted.length === 0) return true;
  if (wanted.includes(actual)) return true;
  // A bare 万/亿 answers a count of anything countable, and so does a bare whole number; a bare
  // 2.2 (a ratio: 城乡居民收入比降至2.2) counts nothing.
  const countable = figure.unit !== "" || Number.isInteger(figure.value);
  if ((actual === "none" || actual === "count") && countable && wanted.some((w) => w === "people" || w === "count")) return true;
  return false;
}

const ALSO_FOR_JIA = new Set(wordClass("also-counted-for-jia"));
/** Whether a figure counted in `printed` answers a count asked in `asked`: the same word, or 户 for 家. */
function sameCount(printed: string, asked: string): boolean {
  return canonicalUnit(printed) === canonicalUnit(asked) || (asked === "家" && ALSO_FOR_JIA.has(printed));
}
