/**
 * The words that ask how much or how many (多少, 几), as a regex source: every pattern that finds where a
 * question asks ("比上年多了多少", "要几天", "有多少个 城市") is built on this one spelling.
 */
export const HOW_MANY_WORD = "(?:多少|几)";
