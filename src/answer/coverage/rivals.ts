/**
 * Another thing of the same kind in a clause: a rival name (高速公路 for 高速铁路), or another kind of the thing asked
 * (养老保险 for 失业保险).
 */
import type { QueryTerm } from "../../question/types.ts";
import { PAIRED_COMPOUNDS, partNames } from "../../zh/paired-compounds.ts";
import { words } from "../../zh/segment.ts";
import { abbreviates } from "./abbreviations.ts";

/** The shortest name a rival is looked for (below it, 高速 vs 高速增长 is chance). */
const RIVAL_NAME_MIN = 4;
/**
 * Whether a clause names, as a word of its own, a rival of the term: a name as long as one of the term's,
 * with the same first half and another second (高速公路 for 高速铁路, 城镇职工 for 城镇居民), that the question does not ask.
 */
export function namesRival(term: QueryTerm, clause: string, asked: readonly QueryTerm[]): boolean {
  const names = term.alternatives.filter((alt) => alt.length >= RIVAL_NAME_MIN);
  // (Nor when the clause holds the name abbreviated or with a word between: 经营…收入 in 经营预算收入.)
  if (names.length === 0 || names.some((alt) => clause.includes(alt) || abbreviates(alt, clause, true))) return false;
  for (const word of words(clause)) {
    // (A word the question asks too is no rival: 建设规模 beside 建设项目 in "总建设规模多大".)
    if (asked.some((other) => other.alternatives.includes(word))) continue;
    if (names.some((alt) => word.length === alt.length && word.startsWith(alt.slice(0, alt.length / 2)) && word !== alt)) return true;
  }
  return false;
}

/**
 * Whether a clause names, as a word of its own, another kind of what the term names: a name as long as the term as
 * typed, with another first half and the same second (养老保险 for 失业保险: "城镇居民社会养老保险试点，1334万人参保" is no
 * 失业保险参保人数), that the question does not ask. Not a paired compound holding the term's kind (城乡居民 holds 农村居民).
 */
export function namesOtherKind(term: QueryTerm, clause: string, asked: readonly QueryTerm[]): boolean {
  // (The word as typed only: another name of it may share a half with a word of the clause by chance, 第三产业 with 第二产业.)
  const name = term.word;
  if (name.length < RIVAL_NAME_MIN || name.length % 2 !== 0) return false;
  if (term.alternatives.some((alt) => clause.includes(alt) || abbreviates(alt, clause, true))) return false;
  const half = name.length / 2;
  const [kindAsked, thing] = [name.slice(0, half), name.slice(half)];
  for (const word of words(clause)) {
    if (word.length !== name.length || word === name || !word.endsWith(thing)) continue;
    if (asked.some((other) => other.alternatives.includes(word))) continue;
    const kind = word.slice(0, half);
    // (A kind the question asks is a part of the whole asked: 税收收入 of "财政收入里税收有多少".)
    if (asked.some((other) => other.alternatives.includes(kind))) continue;
    // (Nor one sharing a character with the kind asked, as a paraphrase does: 居住面积 for 住房面积.)
    if ([...kind].some((c) => kindAsked.includes(c))) continue;
    const holds = PAIRED_COMPOUNDS.some(([compound, parts]) => kind === compound && parts.some((part) => partNames(part).includes(kindAsked)));
    if (!holds) return true;
  }
  return false;
}
