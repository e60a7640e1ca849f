/**
 * A word named only beyond the figure (namedOnlyBeyond), and a head a clause names after words of its own
 * (namedAfterOwnWords): how coverageOf tells another kind of the head asked from a paraphrase.
 */
import type { QueryTerm } from "../../question/types.ts";
import { clauseStartBefore, clausesOf } from "../../zh/text.ts";
import { alternation } from "../../zh/word-classes.ts";
import { CLAUSE_TIME_WORDS } from "../../zh/years.ts";
import { extractFigures } from "../../zh/figures.ts";
import type { Fact } from "../facts.ts";
import { NAMES_NO_SUBJECT } from "./shared.ts";
import { listsPartsOfPrevious, type FactTexts } from "./places.ts";
import { namedIn } from "./naming.ts";

/**
 * Whether a term is named only beyond the figure: neither in its sentence (leaving out the clauses before the figure's
 * own that state figures of their own, whose words are those figures') nor in the titles over it (headings, a run-in
 * title, the section's). Not for a short sentence or a list of parts, which goes on about the sentence before.
 */
export function namedOnlyBeyond(term: QueryTerm, naming: readonly string[] | null): boolean {
  return naming !== null && !naming.some((text) => namedIn(term, text));
}

/** The texts namedOnlyBeyond reads (the sentence less the figures' clauses before the figure's own, the titles), or null. */
export function textsNamingFigure(t: FactTexts, fact: Fact): readonly string[] | null {
  if (t.sentence.length <= 30 || listsPartsOfPrevious(t.sentence)) return null;
  const start = clauseStartBefore(t.sentence, fact.figure.start);
  return [`${withoutFigureClauses(t.sentence.slice(0, start))}，${t.sentence.slice(start)}`, t.headings, t.runInTitle, t.sectionTitle];
}

/**
 * Whether a clause names the term after a word of its own (新模式增加值, 建筑业增加值占GDP比重), not first, nor after only
 * when and how far (全年开行909列).
 */
export function namedAfterOwnWords(term: QueryTerm, clause: string): boolean {
  const lead = clause.replace(/^[\s\p{P}]+/u, "").replace(OWN_WORDS_NOT, "");
  const at = Math.min(...term.alternatives.map((alt) => lead.indexOf(alt)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return false;
  // (Words of a name: not a share's base, 占收入比重, nor words that name nothing, 只征收了.)
  const own = lead.slice(0, at);
  return !SHARE_OR_BASE.test(own) && own.replace(NAMES_NO_SUBJECT, "").replace(/[^\p{Script=Han}]/gu, "").length >= OWN_NAME_MIN;
}
/** A share's base or a comparison's before a head ("占收入比重", "比上年"), or words pointing back ("这些方面的经费"). */
const SHARE_OR_BASE = /[占比较这那该此]|上述/;

/** The fewest characters of a name of one's own. */
const OWN_NAME_MIN = 2;

/** What opens a clause before its own words: when (全年, 2023年) and how far (全市). */
const OWN_WORDS_NOT = new RegExp(`^(?:${CLAUSE_TIME_WORDS}|(?:19|20)\\d\\d年|${alternation("scope-words")})+`);

/** A text without its clauses that state a figure (parted as clauseStartBefore parts them). */
function withoutFigureClauses(text: string): string {
  return clausesOf(text)
    .filter((clause) => extractFigures(clause).length === 0)
    .join("，");
}
