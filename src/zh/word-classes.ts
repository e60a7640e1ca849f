/**
 * The word classes of data/word-classes.txt, and the one way patterns are made of them. A class
 * is a list of words the engine treats alike (change verbs, target marks, metric heads…); the
 * grammar around a class (what must follow, what must precede) is written where it is used.
 */
import { readFileSync } from "node:fs";

const CLASSES: ReadonlyMap<string, readonly string[]> = (() => {
  const classes = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const raw of readFileSync(new URL("data/word-classes.txt", import.meta.url), "utf8").split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (!line) continue;
    const section = /^\[([a-z-]+)\]$/.exec(line);
    if (section) classes.set(section[1]!, (current = []));
    else if (current) current.push(...line.split(/\s+/));
    else throw new Error(`word-classes.txt: words before the first [section]: ${line}`);
  }
  return classes;
})();

/** The words of a class (throws on a name that is not in the file: a typo is a defect). */
export function wordClass(name: string): readonly string[] {
  const words = CLASSES.get(name);
  if (!words) throw new Error(`no word class [${name}] in src/zh/data/word-classes.txt`);
  return words;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A regex alternation (no group) of the words of these classes, longest first, so that 比上年 wins over 比. */
export function alternation(...names: string[]): string {
  const words = [...new Set(names.flatMap((name) => wordClass(name)))];
  return words
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
}

/** `(?:a|b|…)` of these classes' words, optionally "not where one of `falseFriends` starts". */
export function anyOf(names: string | string[], falseFriends?: string): string {
  const words = alternation(...(Array.isArray(names) ? names : [names]));
  return falseFriends ? `(?!${alternation(falseFriends)})(?:${words})` : `(?:${words})`;
}

/** The classes of a metric's last word, which make it a percentage, a count of people, an output, a length, an area, an energy, a concentration or a sum of money. */
const METRIC_HEAD_CLASSES = [
  "metric-heads-percent",
  "metric-heads-people",
  "metric-heads-output",
  "metric-heads-length",
  "metric-heads-area",
  "metric-heads-energy",
  "metric-heads-concentration",
  "metric-heads-money",
];

/** A metric's last word ending a text (投资 of "计划总投资", 人数 of "在校生人数"): its head, by METRIC_HEAD_CLASSES. */
/** Divisions a count may ask for by one character (几个省, 2133个县): word-classes.txt [one-character-counted]. */
export const ONE_CHARACTER_COUNTED: ReadonlySet<string> = new Set(wordClass("one-character-counted"));
/** Words that sum (累计, 合计): they head no metric (word-classes.txt [sum-words]). */
export const SUM_WORDS: ReadonlySet<string> = new Set(wordClass("sum-words"));

export const METRIC_HEAD_AT_END = new RegExp(`${anyOf(METRIC_HEAD_CLASSES)}$`);

const PERSON_NOUN = new RegExp(`(?:${anyOf(["metric-heads-people", "person-endings"])})$`);

/** Whether a word counted names people: 老师, 运动员, 贫困人口 (not 国家, 城市). */
export function namesPeople(word: string): boolean {
  return PERSON_NOUN.test(word);
}
