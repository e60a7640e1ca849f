import { toSearchForm } from "./normalize.ts";
import { wordGroups } from "./word-lists.ts";

/**
 * Synonym groups from data/synonyms.txt: each line a group of interchangeable terms. A question
 * word finds every term of the groups it belongs to, and also the groups of the words it contains
 * ("新农合参合率" finds "新型农村合作医疗…参合率" through 新农合).
 */

const GROUPS: string[][] = wordGroups("synonyms").map((group) => group.map(toSearchForm));

const BY_TERM = new Map<string, string[]>();
for (const group of GROUPS) {
  for (const t of group) BY_TERM.set(t, [...new Set([...(BY_TERM.get(t) ?? []), ...group])]);
}

/** Every term of every group, for the dictionary an index carries (segment.ts). */
export function allSynonymTerms(): string[] {
  return GROUPS.flat();
}

/** Whether a word (search form) is a term of the synonym data: a word the project knows (固投). */
export function isSynonymTerm(word: string): boolean {
  return BY_TERM.has(word);
}

/** The word itself first, then its synonyms (search form). */
export function synonymsOf(word: string): string[] {
  const out = new Set([word]);
  for (const alt of BY_TERM.get(word) ?? []) out.add(alt);
  // A word that contains a known term: replace that term by each of its synonyms.
  if (BY_TERM.has(word)) return [...out];
  for (const [t, group] of BY_TERM) {
    // A Latin term stands alone: m2 (广义货币) is not inside pm2.5.
    if (t.length >= 2 && t !== word && word.includes(t) && !/[a-z0-9]/.test(t)) {
      for (const alt of group) out.add(replacedBy(word, t, alt));
    }
  }
  return [...out];
}

/**
 * The word with its term replaced by a synonym, the character after the term dropped when the
 * synonym already ends with it: 社零额 is 社会消费品零售总额, not …总额额.
 */
function replacedBy(word: string, term: string, synonym: string): string {
  const at = word.indexOf(term);
  const after = word.slice(at + term.length);
  const rest = after !== "" && synonym.endsWith(after[0]!) ? after.slice(1) : after;
  return word.slice(0, at) + synonym + rest;
}
