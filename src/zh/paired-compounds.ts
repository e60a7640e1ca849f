/**
 * Compounds that name several things at once, in order (data/paired-compounds.txt): 城乡 is
 * 城镇 and 农村, so "城乡低保标准分别提高13.1%和17.7%" is 城镇 13.1%, 农村 17.7%.
 */
import { synonymsOf } from "./synonyms.ts";
import { wordGroups } from "./word-lists.ts";

/** [compound, its parts in order]. */
export const PAIRED_COMPOUNDS: ReadonlyArray<readonly [string, readonly string[]]> = wordGroups("paired-compounds").map(
  ([compound = "", ...parts]) => [compound, parts] as const,
);

/**
 * The text as each part of its paired compounds reads it (城乡居民人均可支配收入 → 城镇居民…,
 * 农村居民人均可支配收入): what a list item of the compound may be given (answer/facts.ts).
 */
export function pairedCompoundParts(text: string): string[] {
  return PAIRED_COMPOUNDS.filter(([compound]) => text.includes(compound)).flatMap(([compound, parts]) =>
    parts.flatMap((part) => partNames(part).map((name) => text.replaceAll(compound, name))),
  );
}

/** Each part's other names as questions give them (data/part-aliases.txt): 城镇 → 城市, 城里, 城区. */
const PART_ALIASES = new Map(wordGroups("part-aliases").map(([part = "", ...aliases]) => [part, [part, ...aliases]] as const));

/** A part of a paired compound and the names a question may give it (城镇: 城镇, 城市, 城里, 城区). */
export function partNames(part: string): readonly string[] {
  return PART_ALIASES.get(part) ?? [part];
}

/** The parts of a paired compound that `word` is another name of (外贸 of 进出口: 进口, 出口). */
export function partsOfWholeNamed(word: string): readonly string[] {
  let parts = wholeCache.get(word);
  if (!parts) {
    parts = [];
    for (const [compound, names] of PAIRED_COMPOUNDS) if (compound !== word && synonymsOf(compound).includes(word)) parts.push(...names);
    wholeCache.set(word, parts);
  }
  return parts;
}
const wholeCache = new Map<string, string[]>();
