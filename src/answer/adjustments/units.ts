/**
 * Adjustments of what a figure is counted in: no unit at all, or per person or per unit of output when the total is
 * asked (PER_UNIT and PER_UNIT_OF_OUTPUT are read by the refusals too).
 */
import { alternation, anyOf } from "../../zh/word-classes.ts";
import type { Adjustment } from "../score-table.ts";
import { when } from "./shared.ts";

const PER_UNIT_OF_OUTPUT_SOURCE =
  "单位(?:国内|地区)?生产总值|单位gdp|单位(?:工业)?增加值|[万亿]元(?:国内|地区)?生产总值|[万亿]元gdp|人均(?:国内|地区)?生产总值|人均gdp";
/**
 * A per-unit metric: 人均, 生均, 每百户, 每千人, 千人口, 每万人, and per unit of output (单位国内生产总值能耗,
 * 单位工业增加值用水量, 亿元地区生产总值生产安全事故死亡率: GDP there is what the energy or the deaths are
 * counted against, not what is asked).
 */
export const PER_UNIT = new RegExp(`${anyOf(["per-unit-words", "per-land-words"])}|每[百千万]?(?:人|户|名|位)|[百千万]人口|${PER_UNIT_OF_OUTPUT_SOURCE}`);
/** A metric per unit of output asked in one word: 能耗强度, 碳排放强度. */
const INTENSITY_ASKED = new RegExp(alternation("intensity-words"));
/** …of them, per unit of output (单位国内生产总值能耗, 单位工业增加值用水量, 亿元GDP生产安全事故死亡率) or output per person (人均生产总值). */
export const PER_UNIT_OF_OUTPUT = new RegExp(PER_UNIT_OF_OUTPUT_SOURCE);

/** The head of a question asking for a standard, which reports print per person (每人每月…元). */
const STANDARD_HEAD = new RegExp(`(?:${anyOf("standard-heads")})$`);
/** People's income asked (居民收入, 农民收入, 老百姓收入): the reports print it per person (人均可支配收入). */
const PEOPLES_INCOME = /(?:居民|农民|老百姓|职工|群众)[^，,；;]{0,2}收入/;

export const bareNumber: Adjustment = {
  name: "bare number",
  weight: -0.5,
  why: "no unit: less surely a statistic",
  value: (s) => when(s.fact.figure.unit === ""),
};

export const perUnitNotAsked: Adjustment = {
  name: "per unit not asked",
  weight: -1.5,
  why: "人均地区生产总值 when 地区生产总值 is asked: a figure per person or household is another metric than the total",
  // A standard (低保标准, 生活保障标准) is per person by nature: "每人每月2423元" is the standard asked; so is
  // people's income ("老百姓收入年均涨多少": "居民人均可支配收入年均增长5.1%").
  value: (s) =>
    when(
      PER_UNIT.test(s.coverage.subjectWords) &&
        !PER_UNIT.test(s.q.text) &&
        !INTENSITY_ASKED.test(s.q.text) &&
        !s.q.terms.some((t) => STANDARD_HEAD.test(t.word)) &&
        !PEOPLES_INCOME.test(s.q.text),
    ),
};
