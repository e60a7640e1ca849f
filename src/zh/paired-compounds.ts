/**
 * Compounds that name several things at once, in order (data/paired-compounds.txt): 城乡 is
 * 城镇 and 农村, so "城乡低保标准分别提高13.1%和17.7%" is 城镇 13.1%, 农村 17.7%.
 */
import { wordGroups } from "./word-lists.ts";

/** [compound, its parts in order]. */
export const PAIRED_COMPOUNDS: ReadonlyArray<readonly [string, readonly string[]]> = wordGroups("paired-compounds").map(
  ([compound = "", ...parts]) => [compound, parts] as const,
);

/** The parts of the paired compounds a text holds (城乡 → 城镇 农村): words a list item may be given. */
export function pairedCompoundParts(text: string): string[] {
  return PAIRED_COMPOUNDS.filter(([compound]) => text.includes(compound)).flatMap(([, parts]) => parts);
}
