/**
 * How a change is said, defined once for the question (question/understand.ts) and for the text
 * around a figure (answer/acceptance.ts, answer/figure-period.ts): a change verb followed by 到,
 * 至 or 为 gives the level reached ("下降到6%", "提高至", "减为"); without them it gives the change
 * ("下降6%"). The verbs are word classes (data/word-classes.txt); this is the grammar around them.
 */
import { alternation, anyOf } from "./word-classes.ts";

/** What follows a change verb when the figure after it is the level reached. */
export const LEVEL_MARK = "(?:到|至|为)";

/** A change verb saying a change, not a level reached: "分别实际增长58.3%", not "下降到6%". */
export const CHANGE_NOT_TO_LEVEL = new RegExp(`${anyOf("change-verbs")}(?!${LEVEL_MARK})`);

/** A change verb saying a level reached, as printed or typed: 提高到, 降至, 减为; 提到, 涨到, 扩到. */
export const CHANGE_TO_LEVEL = new RegExp(`(?:${anyOf(["change-verbs", "change-to-verbs"])}|提|涨|扩)${LEVEL_MARK}`);

/** Right before a figure, the level a clause reaches: "…累计达到", "…提高到", "…为". */
export const REACHES_BEFORE_FIGURE = new RegExp(`(?:${LEVEL_MARK}|达)\\s*$`);

/** The times a change is measured against after 比/较 (data/word-classes.txt [base-times]), as an alternation. */
export const BASE_TIMES = alternation("base-times");

/** Words that sum or total: 累计, 合计, 总计, 共计, 总量… (sum-words and total-words), as an alternation. */
export const SUM_OR_TOTAL = anyOf(["sum-words", "total-words"]);
