/**
 * Refusals of a figure of another place or part of one: the place itself, the budget level (a government's own,
 * the whole area's, a zone's), a part of the place asked, the scope a figure is a part of.
 */
import { headOnlyInScope, sharePartInBase } from "../coverage.ts";
import type { Fact } from "../facts.ts";
import { clauseStartBefore, partStartBefore } from "../../zh/text.ts";
import { budgetLevelOf, budgetLevelsNamed, lastBudgetLevel, zoneTopicOf } from "../budget-level.ts";
import type { Place } from "../../zh/places.ts";
import { alternation } from "../../zh/word-classes.ts";
import type { Assessment, Refusal } from "./types.ts";

/** A part of a city or a county (word-classes.txt [sub-area-words]). */
const SUB_AREA = new RegExp(alternation("sub-area-words"));
/** The whole of a place typed: 全市, 全省, 全县, 全区, 全州, 全盟. */
const WHOLE_PLACE_TYPED = /全[市省县区州盟]/;

export const place: Refusal = {
  name: "place",
  cheap: true,
  // A figure of one place never answers for another (合肥's 婴儿死亡率 is not 全国's).
  refuses: (a) => (placeFits(a) ? null : "another place"),
};

export const anotherCountry: Refusal = {
  name: "another country",
  cheap: true,
  // "而苏联的第一个五年计划，制造生产资料工业的投资占百分之八十五点九" (gwr-1955): a country abroad whose own figure the
  // report cites, named with 的 in the figure's part of the sentence, is no place the reports are of; unless asked.
  refuses: (a) => {
    const part = a.sentence.slice(partStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start);
    const country = COUNTRY_ABROAD_OWNS.exec(part)?.[1];
    return country && !a.q.text.includes(country) ? `a figure of ${country}` : null;
  },
};
/** A country abroad (word-classes.txt [countries-abroad]) as the owner of what follows: "苏联的". */
const COUNTRY_ABROAD_OWNS = new RegExp(`(${alternation("countries-abroad")})的`);

export const budgetLevel: Refusal = {
  name: "budget level",
  cheap: true,
  // "驻马店市级一般公共预算收入" against "汇总全市…实际完成139.3亿元": a government's own budget (市级,
  // 本级) is not the whole area's (全市, counties included), nor a zone's (高新区), nor the reverse.
  // The nearest such word before the figure in its sentence, else in its paragraph or its section's heading, says which
  // it is (Fact.budgetLevel).
  refuses: (a) => {
    const asked = budgetLevelsNamed(a.q.text);
    // A zone's figure, said so in its own sentence ("园区经济快速增长，…进出口总额140亿元", 丹东 2025; "县域生产总值
    // 增长6.4%", 汉中 2023), is never the place's, whatever its unit.
    if (asked.size === 0 && ofZone(a.sentence, a.fact, a.report.place)) return "a zone's figure (园区, 开发区, 县域), and the place was asked";
    const stated = budgetLevelOf(a.fact);
    if (stated === null) return null;
    return asked.size === 1 && !asked.has(stated) ? "another budget level (the whole area's, its government's own or a zone's)" : null;
  },
};

export const aPartOfThePlaceAsked: Refusal = {
  name: "a part of the place asked",
  cheap: true,
  // "南充全市常住人口多少" against "中心城区建成区面积167平方公里、常住人口156万人": the figure's clause is of a part of
  // the city, and the question asks the whole of it. (Only when it says so: a city's air, its 低保 standard, its buses'
  // share are often printed for its 市区 or 城区 alone, and a question naming the city asks those.)
  refuses: (a) => {
    if (a.q.place === null || !WHOLE_PLACE_TYPED.test(a.q.text) || SUB_AREA.test(a.q.text)) return null;
    const lead = a.sentence.slice(clauseStartBefore(a.sentence, a.fact.figure.start), a.fact.figure.start);
    const part = SUB_AREA.exec(lead)?.[0];
    return part ? `its clause is of a part of the place (${part}), and the place was asked` : null;
  },
};

export const partOfAScope: Refusal = {
  name: "part of a scope",
  cheap: true,
  // "少数民族人口总数" against "在全国的三千六百万的少数民族人口中，学生总数达到三百五十一万人": the
  // asked head is only the scope (在…中) the figure is a part of.
  // A share's base is such a scope ("国防费在国家支出预算中所占的比重"): it must not hold the part asked.
  refuses: (a) => {
    const before = a.sentence.slice(0, a.fact.figure.start);
    if (a.q.asksShare) return sharePartInBase(a.q, before) ? "a share within the part asked" : null;
    return headOnlyInScope(a.q, before) ? "a part of the scope the question names" : null;
  },
};

/**
 * Whether a figure is a zone's: the last level word before it names a zone, in its own clause ("县域生产总值增长6.4%")
 * or opening the sentence as its topic ("园区经济快速增长，…进出口总额140亿元"); not a zone named in passing
 * ("实施30个县域新型城镇化试点，常住人口城镇化率提高到58.09%": the province's). A county's 县域 is the whole
 * county ("县域生产总值增长8%以上", 定兴 2021): read as 全县. Or a sentence with no subject after one opening with a zone
 * (Fact.ledInByZone).
 */
function ofZone(printed: string, fact: Fact, reportPlace: Place | null): boolean {
  if (fact.ledInByZone) return true;
  const sentence = reportPlace?.level === "county" ? printed.replaceAll("县域", "全县") : printed;
  if (lastBudgetLevel(sentence.slice(0, fact.figure.start)) !== "part") return false;
  // (A ranked zone opening the sentence, "省级以上开发区完成优化整合，完成固定资产投资359亿元" (淮南 2020), is the topic of a
  // clause with no subject only: its other clauses may count the zones, or name the city's own.)
  return (
    lastBudgetLevel(sentence.slice(fact.clause[0], fact.figure.start)) === "part" || zoneTopicOf(sentence, sentence.slice(fact.clause[0], fact.figure.start))
  );
}

/** A list item that is a place ("全国和自由贸易试验区…分别压减51%、72%") holds no more than this besides the place's name. */
const PLACE_ITEM_REST_MAX = 2;

function placeFits({ q, fact, report, sentence }: Assessment): boolean {
  if (!q.place && !q.scope) return true;
  // "全国和自由贸易试验区负面清单条数分别压减51%、72%": the place asked is another item's (51%'s), not 72%'s.
  if (q.place && fact.listItem && fact.listItem.part === undefined) {
    const asked = q.place;
    const names = (span: [number, number]) => {
      const text = sentence.slice(...span);
      return text.includes(asked.short) || text.includes(asked.name);
    };
    // …where the place is the sibling item itself, not what one item's metric is of ("来源于东莞的财政总收入、…、金融机构
    // 各项存款余额分别达到839亿元、…和6400亿元": all of them 东莞's).
    const isItem = (span: [number, number]) => {
      const rest = sentence
        .slice(...span)
        .replaceAll(asked.name, "")
        .replaceAll(asked.short, "");
      return names(span) && (rest.match(/\p{Script=Han}/gu) ?? []).length < PLACE_ITEM_REST_MAX;
    };
    if (!names(fact.listItem.own) && fact.listItem.siblings.some(isItem)) return false;
  }
  const place = fact.place !== null && fact.place !== "own" ? fact.place : report.place;
  // "陕西西安咸阳机场去年旅客吞吐量": a place of the asked one's province that the question names too
  // (in a name: 西安咸阳国际机场) is where the question points.
  // Not a part of the asked place that shares its short name (兰州新区 of 兰州: "兰州去年gdp"), nor the place that
  // holds the asked one, named to say where it is ("江门新增债务限额新会区分配多少": 江门's 173.2亿元 is not 新会区's).
  if (
    q.place &&
    place &&
    place.code.slice(0, 2) === q.place.code.slice(0, 2) &&
    place.short !== q.place.short &&
    !q.place.code.startsWith(place.code) &&
    q.text.includes(place.short)
  )
    return true;
  if (q.place) return place ? place.code === q.place.code : report.isAbout(q.place.short) || report.isAbout(q.place.name);
  return place ? place.level === q.scope : true;
}
