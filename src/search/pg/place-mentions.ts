/**
 * Which places a report is about, for Corpus.isAbout without its text at hand: counted when the
 * report is stored, for every word a question can name a place with.
 */
import { allPlaces } from "../../zh/places.ts";
import { placeWords } from "../../zh/segment.ts";
import { PLACE_MENTIONS, placeStem } from "../corpus.ts";
import { paragraphSearchText, type StoredParagraph } from "../index/report-paragraphs.ts";

/**
 * The stems of every word a question can ask a report to be about (the gazetteer's names and
 * jieba's place words), by their first two characters: a report's text is scanned once for all.
 */
type StemIndex = Map<string, string[]>;

let stemIndex: StemIndex | null = null;

function placeStems(): StemIndex {
  if (stemIndex) return stemIndex;
  const index: StemIndex = new Map();
  const words = [...allPlaces().flatMap((p) => [p.name, p.short]), ...placeWords()];
  for (const stem of new Set(words.map(placeStem))) {
    if (stem.length < 2) continue; // (no place word of one character: jieba tags none so)
    const key = stem.slice(0, 2);
    index.set(key, [...(index.get(key) ?? []), stem]);
  }
  return (stemIndex = index);
}

/**
 * The place stems a report names at least PLACE_MENTIONS times (counted as corpus.ts's isAbout
 * counts: every position a stem starts at, in the paragraphs' search form). Its title, source and
 * issuer are read at question time. A word neither the gazetteer nor jieba's dictionary knows as a
 * place is never a question's place term, so these are all the reader needs.
 */
export function placesNamedOften(paragraphs: readonly StoredParagraph[]): string[] {
  const stems = placeStems();
  const counts = new Map<string, number>();
  for (const p of paragraphs) {
    const text = paragraphSearchText(p);
    for (let at = 0; at + 1 < text.length; at++) {
      const candidates = stems.get(text.slice(at, at + 2));
      if (!candidates) continue;
      for (const stem of candidates) if (text.startsWith(stem, at)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n >= PLACE_MENTIONS).map(([stem]) => stem);
}
