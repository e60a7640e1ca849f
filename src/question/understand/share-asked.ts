/** A share asked and its base, the share of a plan done, and the intensities a share of GDP is printed as. */
import { anyOf, wordClass } from "../../zh/word-classes.ts";
import { CHANGE_TO_LEVEL } from "../../zh/change-grammar.ts";

/** Names of a share of GDP printed as an intensity (word-classes.txt). */
export const INTENSITY_OF_OUTPUT = wordClass("intensity-of-output");
/** What the reports print for an intensity: per unit of output (单位国内生产总值). */
export const OUTPUT_UNIT_LEADS = wordClass("output-unit-leads");
export const INTENSITY_WORDS = wordClass("intensity-words");
/** "Per unit of output" as typed (单位 of 单位GDP能耗) and as also printed (万元): word-classes.txt [per-unit-of-output]. */
const [PER_UNIT_TYPED, ...PER_UNIT_PRINTED] = wordClass("per-unit-of-output") as [string, ...string[]];
/** 单位 right before a name of output, as [output-unit-leads] print it: "单位gdp", "单位生产总值". */
export const PER_UNIT_OF_OUTPUT: readonly string[] = OUTPUT_UNIT_LEADS.filter((lead) => lead.startsWith(PER_UNIT_TYPED));
export { PER_UNIT_TYPED, PER_UNIT_PRINTED };

export const SHARE_WORDS = new RegExp(anyOf("share-words", "share-word-false-friends"));
/**
 * The base of a share asked: 占(GDP)比重, 在(一般公共预算支出)中的比重, 在(国家预算支出)里占多少比重, 占(GDP)多少.
 */
export const SHARE_BASE =
  /占(.{1,16}?)的?(?:比重|比例|份额)|在(.{1,16}?)(?:中|里|当中)(?:的|所?占(?:多少|几)?的?)?(?:比重|比例|份额)|占(.{1,12}?)的?(?:多少|百分之几|几成)/;
/**
 * 占 of a share, set apart once its base is read (SHARE_BASE): jieba joins it to the base's first character ("占全社会研发的
 * 比重" → 占全 + 社会), a word no report prints. Not 占比, 占有, 占用, 占地 (面积), 占领, 占据.
 */
export const SHARE_VERB = /占(?![比有用地领据])/g;
/** A share asked as how much of a whole something reaches: "普九地区要增加到全国人口的多少" (的 typed 地 too). */
export const PORTION_OF_WHOLE_ASKED = new RegExp(`(?:${CHANGE_TO_LEVEL.source}|达到)[^，,；;。？?\\d]{1,16}[的地得](?:多少|百分之几|几成)`);
/**
 * How much of a plan was done is asked ("一般预算支出完成预算多少", 完成原定计划的百分之几, 完成年度计划多少): 完成 straight
 * before a plan's name that names no item of its own (完成预算收入多少 asks the amount).
 */
export const FULFILMENT_ASKED = new RegExp(`完成(?:了)?的?(?:原定|年度|全年)?的?${anyOf("plan-words")}(?!收入|支出|草案|数)`);
