/**
 * The place a question asks about: 合肥, 合肥市, 安徽合肥 → 合肥市; 全国, 我国 → the country; 全市,
 * 我省 → only a level (the asker's own city or province). Namesakes (普陀区 in 上海 and in 舟山) and
 * county short names (普陀) are resolved against the places the corpus's reports are about.
 */
import {
  CHINA,
  DESTINATION_LEAD,
  lineage,
  placeMentions,
  provinceAbbreviated,
  scopeLevel,
  SCOPE_WORD_PATTERN,
  type Place,
  type PlaceLevel,
} from "../zh/places.ts";
import { alternation } from "../zh/word-classes.ts";

export interface AskedPlace {
  /** The most specific place named (安徽合肥 → 合肥市), or null. */
  place: Place | null;
  /** 全市, 我省: the level of the asker's own place, when the question names it only so. */
  scope: PlaceLevel | null;
  /** The question with the place names and scope words blanked out. */
  rest: string;
}

/** A place word right after these is a comparison base, not the place asked about ("占全国比重", "比全省高"). */
const COMPARISON_LEAD = /[占比较与同于]$/;
/** After 全国, a title the country confers or a rank in it (word-classes.txt [designation-words], [first-in-scope-words]). */
const TITLE_AFTER = new RegExp(`^(?:${alternation("designation-words", "first-in-scope-words")})`);

export function askedPlace(text: string, known: readonly Place[]): AskedPlace {
  let rest = text;
  let scope: PlaceLevel | null = null;
  for (const m of text.matchAll(new RegExp(SCOPE_WORD_PATTERN, "g"))) {
    if (COMPARISON_LEAD.test(text.slice(0, m.index))) continue;
    const level = scopeLevel(m[0])!;
    // "四平新增几处全国重点文物保护单位": a title the country confers, not the country asked about.
    if (level === "country" && TITLE_AFTER.test(text.slice(m.index! + m[0].length))) continue;
    rest = blank(rest, m.index!, m.index! + m[0].length);
    // 全国 and 我国 name the country itself.
    if (level === "country") return { ...askedPlace(rest, known), place: CHINA };
    scope ??= level;
  }
  const chosen: Place[] = [];
  const unresolved: Array<{ place: Place; start: number; end: number }> = [];
  for (const mention of placeMentions(rest, true)) {
    // (Nor one people are sent to, "去凉山帮扶的老师": a word to find, the report's place is another's.)
    if (COMPARISON_LEAD.test(rest.slice(0, mention.start)) || DESTINATION_LEAD.test(rest.slice(0, mention.start))) continue;
    // A county's short name counts only for a county a report is about: 朝阳 is also "rising sun".
    const candidates = mention.places.filter(
      (p) => p.level !== "county" || p.name === rest.slice(mention.start, mention.end) || known.some((k) => k.code === p.code),
    );
    if (candidates.length === 0) continue;
    // A report's own place first (楚雄 for 楚雄市's budget when no report is 楚雄州's), then one a report's
    // place lies in.
    const resolved =
      candidates.find((p) => chosen.some((c) => lineage(p).some((a) => a.code === c.code))) ??
      candidates.find((p) => known.some((k) => k.code === p.code)) ??
      candidates.find((p) => known.some((k) => lineage(k).some((a) => a.code === p.code)));
    if (!resolved && candidates.length > 1) {
      unresolved.push({ place: candidates[0]!, start: mention.start, end: mention.end });
      continue;
    }
    const place = resolved ?? candidates[0]!;
    chosen.push(place);
    rest = blank(rest, mention.start, mention.end + suffixTyped(place, rest.slice(mention.end)));
  }
  // A name several divisions share, none of them a report's or in a place named beside it, is a
  // common word when another place is named ("乌海中心城区": 城区 is "the urban area", not 阳泉's 城区).
  if (chosen.length === 0)
    for (const { place, start, end } of unresolved) {
      chosen.push(place);
      rest = blank(rest, start, end);
    }
  if (chosen.length === 0) {
    // A province's one-character name opening the question (after a year): "皖规上工业增加值涨了多少".
    const opening = OPENING_CHARACTER.exec(rest);
    const province = opening && provinceAbbreviated(opening[1]!, STANDS_ALONE.test(rest.slice(opening[0].length)));
    if (province) {
      chosen.push(province);
      const at = opening[0].length - 1;
      rest = blank(rest, at, at + 1);
    }
  }
  const place = chosen.sort((a, b) => lineage(b).length - lineage(a).length)[0] ?? null;
  return { place, scope: place ? null : scope, rest };
}

/** How many characters after a place's short name are its kind, typed short: 州 of 甘孜州 (甘孜藏族自治州). */
function suffixTyped(place: Place, after: string): number {
  return place.name.endsWith("自治州") && after.startsWith("州") ? 1 : 0;
}

/** The question's first Chinese character, after white space and a year ("2025年"). */
const OPENING_CHARACTER = /^[\s\d]*(?:年)?\s*(\p{Script=Han})/u;
/** What follows a character standing alone: a year's digits or a space. */
const STANDS_ALONE = /^[\s\d]/;

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
}
