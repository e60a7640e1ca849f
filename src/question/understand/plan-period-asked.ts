/** A plan period asked: its last or first year, its first years, the plan itself named. */
import { PLAN_NAME } from "../../zh/plan-periods.ts";
import { COUNT_OF_YEARS } from "../../zh/years.ts";

/** A plan's last year or its first, named by the plan: "十一五最后一年" and "十一五末" are 2010, "六五期末" 1985, "十四五开局之年" 2021. */
export const PLAN_END_YEAR = new RegExp(`“?(${PLAN_NAME})”?(?:计划|规划|时期|期间)?的?(?:(最后一年|收官之年|收官年|末年|期末|末)|第一年|开局之年|开局年|首年)`);

/** A plan period's first years, right after its name: "十一五前四年" (the text past the name, group 1 the count). */
export const PLAN_FIRST_YEARS = new RegExp(`^\\s*(?:期间)?(?:的)?前(${COUNT_OF_YEARS})年`);

/** A plan period named as the plan itself (一五计划, 十四五规划), not as a span of years (十三五期间, 十五时期). */
export const PLAN_DOCUMENT_NAMED = /计划|规划/;
