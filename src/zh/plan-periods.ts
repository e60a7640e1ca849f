/** Five-year plans as reports and questions name them: 十三五, "十四五"时期, 一五计划. */
import { parseChineseNumeral } from "./numerals.ts";

/** A plan's name: 十三五, 十五, 六五 (a regex source, no group). */
export const PLAN_NAME = "十[一二三四五]?五|[一二三四五六七八九]五";

/** A plan's name as the early reports print it: 第一个五年, 第二个五年 (of 第一个五年计划; a regex source, no group). */
export const PRINTED_PLAN_NAME = "第[一二三四五六七八九十]{1,3}个五年";

/** A plan's name with what may follow it: 十三五规划, 十二五时期, 十一五期间, 十五末 (regex; group 1 is the name). */
export const PLAN_PERIOD = new RegExp(`(${PLAN_NAME})(?:计划|规划|时期|期间|末|初)?`);
/** A plan period named, quoted or as a period: “十三五”, 十三五规划, 十二五时期 (not a bare 十五 of a numbered heading, "（十五）"). */
const PLAN_NAMED = new RegExp(`[“"](${PLAN_NAME})[”"]|(${PLAN_NAME})(?:计划|规划|时期|期间)`, "g");

/** The years of the plan periods a text names. */
export function plansNamed(text: string): Array<[number, number]> {
  return [...text.matchAll(PLAN_NAMED)].map((m) => planYears(m[1] ?? m[2]!)).filter((y): y is [number, number] => y !== null);
}

/** The years of a plan by its name (一五 or 第一个五年): 一五 1953–1957, 二五 1958–1962, then 三五 from 1966 every five years. */
export function planYears(name: string): [number, number] | null {
  const printed = /^第(.+)个五年$/.exec(name);
  const n = parseChineseNumeral(printed ? printed[1]! : name.slice(0, -1));
  if (n === null || n < 1) return null;
  const start = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return [start, start + 4];
}

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** The plan whose years these are (2021, 2025 → 十四五), or null when no plan's are. */
export function planNamed(from: number, to: number): string | null {
  if (to !== from + 4) return null;
  const n = from === 1953 ? 1 : from === 1958 ? 2 : from >= 1966 && (from - 1966) % 5 === 0 ? 3 + (from - 1966) / 5 : null;
  if (n === null || n > 19) return null;
  return `${n < 10 ? DIGITS[n] : `十${DIGITS[n - 10]}`}五`;
}
