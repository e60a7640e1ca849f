/**
 * Characters that sound alike (the same toneless pinyin reading), from data/homophones.txt (made
 * by scripts/make-homophones.ts): what a typo typed by sound may have put in place of a character.
 * Read when first asked for.
 */
import { readFileSync } from "node:fs";

let byCharacter: Map<string, string> | null = null;

/** The characters that share a reading with this one (itself not included); "" for one the table lacks. */
export function homophonesOf(character: string): string {
  if (!byCharacter) {
    byCharacter = new Map();
    for (const line of readFileSync(new URL("data/homophones.txt", import.meta.url), "utf8").split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const characters = line.slice(line.indexOf(" ") + 1);
      for (const c of characters) byCharacter.set(c, (byCharacter.get(c) ?? "") + characters);
    }
  }
  const all = byCharacter.get(character) ?? "";
  return [...new Set(all)].filter((c) => c !== character).join("");
}
