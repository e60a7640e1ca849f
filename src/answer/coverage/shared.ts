/**
 * Constants more than one module of coverage reads: where a word was found and what that says (PLACE_WEIGHTS), the
 * change verbs, products by name, the heads of a standard, the words that name no subject, and how long a list's initials are.
 */
import { alternation, anyOf, wordClass } from "../../zh/word-classes.ts";

/** Where a word was found, and how much that says about the figure. */
export const PLACE_WEIGHTS = {
  segment: 1,
  clause: 0.9,
  parentClause: 0.8,
  sentenceBefore: 0.7,
  previousSentence: 0.6,
  heading: 0.55,
  /** The innermost heading, the section's own title, for which budget and whose ("1．市级一般公共预算草案"). */
  sectionTitle: 0.8,
  sentenceAfter: 0.5,
  /** The clause right after the figure's, with no figure of its own ("…7214万元,用于市属学校…"). */
  trailingClause: 0.8,
  paragraph: 0.35,
  report: 0.9,
  /** A clause without a subject of its own takes the sentence's ("…财政收入…，达到11377亿元"). */
  inherited: 0.95,
} as const;

/** A question word that is a change verb (增长, 提高): a clause holding it may still have no subject. */
export const CHANGE_TERM = new RegExp(`^${anyOf(["change-verbs", "colloquial-change", "colloquial-change-asked"])}$`);
export const CHANGE_VERB = new RegExp(anyOf(["change-verbs", "colloquial-change"]), "g");

export const ENDS_IN_CHANGE_VERB = new RegExp(`\\p{Script=Han}(?:${anyOf("change-verbs")})$`, "u");

/** Products by name (水泥, 原煤, 钢材: word-classes.txt [metric-heads-output], without 产量, 产能, 总产): names, as places are. */
export const PRODUCT_NAMES: ReadonlySet<string> = new Set(wordClass("metric-heads-output").filter((w) => !/产/.test(w)));

/** The heads of a standard asked, which reports print as a rate per person (word-classes.txt). */
export const STANDARD_HEADS: ReadonlySet<string> = new Set(wordClass("standard-heads"));

/** Words that name the size or change of a subject, not a subject: 总额, 增产, 突破. */
export const NAMES_NO_SUBJECT = new RegExp(alternation("non-subject-words", "size-nouns", "change-verbs", "increment-verbs", "shape-words"), "g");

/** A word of a list's initials has three characters or four (two, 民生, would find "民族、生态"). */
export const LIST_INITIALS_MIN = 3;
export const LIST_INITIALS_MAX = 4;
