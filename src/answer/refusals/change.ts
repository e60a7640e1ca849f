/**
 * Refusals by level, change or share: an old level, a level reached for a change, a change against another base
 * or year, the opposite direction, a part's pull on another's growth.
 */
import type { UnitClass } from "../../zh/units.ts";
import { incrementNamed, isRateOfChange, multipleAsked } from "../facts.ts";
import { HOW_IT_GOES } from "../score-table.ts";
import { clauseStartBefore } from "../../zh/text.ts";
import { YEAR_NUMBER, yearsNamed } from "../../zh/years.ts";
import { nearestBaseYear, CHANGE_TO_LEVEL, directionAsked, directionBefore, LEVEL_REACHED_BEFORE } from "../../zh/change-grammar.ts";
import type { Assessment, Refusal } from "./types.ts";
import { isShareWorded } from "../facts/role.ts";

/** The comparison base year printed nearest before the figure: the one its change is against. */
function baseYearPrinted(a: Assessment): number | null {
  return nearestBaseYear(a.sentence.slice(0, a.fact.figure.start));
}

const RATE_CLASSES: ReadonlySet<UnitClass> = new Set(["percent", "points"]);

export const oldLevelForTheLatest: Refusal = {
  name: "old level for the latest",
  cheap: true,
  // "起征点从3万元提高到15万元": with no year asked, the level it was raised from is not the
  // figure now (a year asked may be the old level's own: "从2012年的…").
  refuses: (a) => (a.fact.role === "before" && a.q.dataYear === null && !a.q.period && !a.q.asksOldLevel ? "an old level, and the latest was asked" : null),
};

export const levelReachedForAChange: Refusal = {
  name: "level reached for a change",
  cheap: true,
  // "公卫经费人均财政补助提了几块钱": "补助标准从50元提高到84元" says where it went, not by how much; the
  // difference is no figure the report prints. A question asking the level (提高到多少) or how it went (提高的怎么样)
  // asks no change; nor does one of a rate, whose change is the rate reached ("物价…实际回落到6.1%").
  refuses: (a) =>
    a.q.asksChange &&
    a.fact.role === "level" &&
    !RATE_CLASSES.has(a.fact.figure.unitClass) &&
    !CHANGE_TO_LEVEL.test(a.q.text) &&
    !HOW_IT_GOES.test(a.q.text) &&
    LEVEL_REACHED_BEFORE.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
      ? "a level a change reached, and the change was asked"
      : null,
};

export const levelForAChangeAgainstABase: Refusal = {
  name: "level for a change against a base",
  cheap: true,
  // "一般公共预算支出比上年多多少": the 29.7万亿元 reached is not how much more it is (比上年增加1.2万亿元),
  // nor is a rate of its own (赤字率拟按3%安排); a rate right after its verb is the change (增长6.6%).
  refuses: (a) =>
    a.q.changeAgainstBase && a.fact.role !== "change" && a.fact.figure.unitClass !== "points" && !isRateOfChange(a.sentence, a.fact)
      ? "a level, and a change against a base was asked"
      : null,
};

export const amountAddedForAChangeAgainstABase: Refusal = {
  name: "amount added for a change against a base",
  cheap: true,
  // "去年专项债比前年多了多少": "一次性增加6万亿元…限额" is an amount added, not the difference from
  // the year before ("比上年增加1000亿元"); a rate of growth needs no base (增长10.7% is on the year before).
  refuses: (a) =>
    a.q.changeAgainstBase &&
    a.fact.role === "change" &&
    a.fact.figure.unitClass !== "percent" &&
    a.fact.figure.unitClass !== "points" &&
    !BASE_NAMED.test(a.sentence.slice(0, a.fact.figure.start)) &&
    !LEVEL_THEN_CHANGE.test(a.sentence.slice(0, a.fact.figure.start)) &&
    !YEAR_THEN_CHANGE.test(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))
      ? "an amount added, and the difference from a year was asked"
      : null,
};

export const oppositeDirection: Refusal = {
  name: "opposite direction",
  cheap: true,
  // "国资经营预算收入降了多少" against "…同口径增长4.6%": a rise never answers how much it fell. (The
  // reverse may: 增长 is how any change is asked, "规上工业增加值增长多少" of "下降0.9%".)
  refuses: (a) => {
    if (!a.q.asksChange || directionAsked(a.q.text) !== "fall") return null;
    const stated = directionBefore(a.sentence.slice(a.fact.clause[0], a.fact.figure.start), a.fact.figure.value < 0);
    return stated === "rise" ? "a rise, and a fall was asked" : null;
  },
};

export const oldLevelForTheLevelReached: Refusal = {
  name: "old level for the level reached",
  cheap: true,
  // "城乡居民基础养老金提到多少了" against "统一由55元提高到70元": 55元 is where it started.
  // (Unless the old level is what is asked: "个税起征点从多少提到3500".)
  refuses: (a) => (a.fact.role === "before" && !a.q.asksOldLevel && CHANGE_TO_LEVEL.test(a.q.text) ? "an old level, and the level reached was asked" : null),
};

export const changeForALevel: Refusal = {
  name: "change for a level",
  cheap: true,
  // A percentage after a change verb may still be the level asked (a rate): ranked, not refused.
  refuses: (a) =>
    a.fact.role === "change" &&
    !a.q.asksChange &&
    a.fact.figure.unitClass !== "percent" &&
    !incrementNamed(a.q, a.sentence, a.fact) &&
    !multipleAsked(a.q, a.fact)
      ? "a change, and a level was asked"
      : null,
};

export const changeForAShare: Refusal = {
  name: "change for a share",
  cheap: true,
  // "税收收入占一般公共预算收入比重" is no "税收收入41.00亿元，增长2.4%": a share asked is never how much
  // something grew (占比提高了多少 asks a change, and is not refused); nor a rate right after its verb
  // ("规模以上食品工业增加值增长8.3%，占规模以上工业的41.0%" for 食品工业占规上比重).
  refuses: (a) =>
    (a.fact.role === "change" || (a.fact.role === "level" && isRateOfChange(a.sentence, a.fact))) && a.q.asksShare && !a.q.asksChange
      ? "a change, and a share was asked"
      : null,
};

export const shareForAChange: Refusal = {
  name: "share for a change",
  cheap: true,
  // …nor the other way: "高技术产业增加值增长32.8%，占规模以上工业的18.6%" answers no 规上工业增加值增长多少.
  // Nor the old level of a share's change ("经常项目顺差占国内生产总值的比重从10.1%下降到2.6%": 10.1% is no 2007年GDP增长).
  refuses: (a) =>
    (a.fact.role === "share" ||
      (a.fact.role === "before" && isShareWorded(a.sentence, a.fact.figure, a.sentence.slice(a.fact.clause[0], a.fact.figure.start)))) &&
    a.q.asksChange &&
    !a.q.asksShare
      ? "a share, and a change was asked"
      : null,
};

export const changeAgainstTheYearAsked: Refusal = {
  name: "change against the year asked",
  cheap: true,
  // "计划草案拟定，工业总产值比一九六四年增长百分之十一左右" (the 1964 report's plan for 1965): a change
  // against a year is of a later one, and answers no question about the base year.
  refuses: (a) => {
    if (a.q.dataYear === null || a.fact.role !== "change") return null;
    const base = AGAINST_YEAR.exec(a.sentence.slice(a.fact.clause[0], a.fact.figure.start))?.[1];
    return base !== undefined && yearsNamed(`${base}年`, null)[0] === a.q.dataYear ? "a change against the year asked" : null;
  },
};

export const pullOnAnothersGrowth: Refusal = {
  name: "pull on another's growth",
  cheap: true,
  // "…增长0.6%，拉动全市规模以上工业增加值增长0.4个百分点": what a part added to the whole's growth, in points, is
  // neither's growth, unless the pull is asked (拉动, 贡献). (A rate after 带动 is the whole's own: "带动固定资产投资增长5.1%".)
  // Nor is its share of that growth ("三次产业对经济增长贡献率分别为9.9%、33.4%和56.7%").
  refuses: (a) => {
    // (From the comma before: a list's items are clauses of their own, "0.6、2.0、3.4个百分点".)
    const lead = a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start);
    return ((a.fact.figure.unitClass === "points" && PULL_LEAD.test(lead)) || CONTRIBUTION_LEAD.test(lead)) && !PULL_ASKED.test(a.q.text)
      ? "what a part added to another's growth, and that was not asked"
      : null;
  },
};

export const anotherBaseYear: Refusal = {
  name: "another base year",
  cheap: true,
  // "1982年油料产量比1978年增长多少" against "一九八二年预计同一九八○年比较，…油料增长百分之三十九": a change against
  // another year than the one asked is another change.
  refuses: (a) => {
    if (a.q.baseYear === null) return null;
    // The nearest base printed is the figure's: "一九五三年比一九五二年增长…，一九五四年又比一九五三年增长百分之九点四".
    const printed = baseYearPrinted(a);
    return printed !== null && printed !== a.q.baseYear ? `a change against ${printed}, and against ${a.q.baseYear} was asked` : null;
  },
};

export const aChangeOverMoreYearsThanThePeriod: Refusal = {
  name: "a change over more years than the period",
  cheap: true,
  // "七五计划工农业总产值要增长多少" against "一九九○年工农业总产值…比一九八○年增长一点三倍" (gwr-1986): a change against a
  // year before the plan period's eve spans more than the period (its five years: "五年内…增长百分之三十八").
  refuses: (a) => {
    if (!a.q.period || a.fact.role !== "change") return null;
    const printed = baseYearPrinted(a);
    return printed !== null && printed < a.q.period[0] - 1 ? `a change against ${printed}, before the period asked` : null;
  },
};

/** A change against a named year, right before its figure: "比一九六四年增长", "较2019年下降". */
const AGAINST_YEAR = new RegExp(`(?:比|较)(${YEAR_NUMBER})年[^，,；;。\\d]{0,6}$`);

/**
 * What a change is measured against, before the figure: 比上年, 比2023年预算, 较上年, 同比, 同1957年比较;
 * 增产, 增收 (and their opposites) are against the year before in their own word, as is 净增, a net rise over the
 * period ("全市农民人均纯收入预计净增320元", 南昌 1998).
 */
const BASE_NAMED = /比|较|同比|增产|减产|增收|减收|净增/;
/**
 * A clause opening with its year and saying only how much a metric changed: "一九八四年增加二百五十五亿元，一九八五年
 * 增加三百六十二亿元" — each year's difference from the year before.
 */
const YEAR_THEN_CHANGE = new RegExp(`^\\s*${YEAR_NUMBER}年[^，,；;。\\d]{0,10}?(?:增加|减少|增长|下降)了?$`);
/**
 * A change said right after the level it changes, with nothing between: "地方财政赤字5000亿元，增加1000亿元" is
 * the difference from the year before, as "比上年增加" says it.
 */
const LEVEL_THEN_CHANGE = /[\d〇零一二三四五六七八九十百千万亿][^，,；;。\d]{0,4}[，,]\s*(?:增加|减少|增长|下降|提高|降低|多|少)$/;

/** A clause stating what a part added to (or took from) a whole's growth: "拉动全市规模以上工业增加值增长", "下拉固定资产投资". */
const PULL_LEAD = /(?:拉动|带动|下拉|拉低|拉高|上拉)[^，,；;。]{0,30}?(?:[\d.]+、)*$/;
/** A clause stating a part's share of a whole's growth: "对经济增长贡献率分别为9.9%、33.4%和". */
const CONTRIBUTION_LEAD = /贡献率[^，,；;。\d]{0,6}(?:[\d.]+%?[、和])*$/;
/** A question asking for such a pull: "拉动了多少", "贡献率". */
const PULL_ASKED = /拉动|带动|贡献|撬动/;
