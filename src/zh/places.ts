/**
 * Places: China's administrative divisions down to the county (data/places.tsv, GB/T 2260), with
 * the short names reports and officials use (合肥 for 合肥市, 黔东南 for 黔东南苗族侗族自治州), and
 * the words a report uses for its own place (全市, 我省). Pure lookups; no guessing of which of two
 * 普陀区 is meant: callers decide from context.
 */
import { readFileSync } from "node:fs";
import { alternation, anyOf, wordClass } from "./word-classes.ts";
import { wordGroups } from "./word-lists.ts";
import { wordsAround } from "./segment.ts";

export type PlaceLevel = "country" | "province" | "city" | "county";

export interface Place {
  /** GB/T 2260 code ("340100"; "0" for the whole country). */
  code: string;
  /** As the gazetteer writes it: 合肥市, 黔东南苗族侗族自治州, 普陀区. */
  name: string;
  /** As people say it: 合肥, 黔东南, 普陀 (the name itself when nothing can be dropped). */
  short: string;
  level: PlaceLevel;
  /** Code of the place it belongs to; null for a province and for the country. */
  parent: string | null;
}

/** The whole country: 全国, 我国. */
export const CHINA: Place = { code: "0", name: "全国", short: "全国", level: "country", parent: null };

/** A people's name ending an autonomous area's name (before 自治州): 傈僳族 of 怒江傈僳族, 哈萨克 of 伊犁哈萨克. */
const ETHNIC_LAST = new RegExp(`(?:${alternation("ethnic-groups")})族?$`);

/** An autonomous area's name without its peoples, taken from the end: 怒江 of 怒江傈僳族 (怒 is a people too, 江 no name). */
function withoutPeoples(name: string): string {
  let rest = name;
  for (let m = ETHNIC_LAST.exec(rest); m && m.index >= 2; m = ETHNIC_LAST.exec(rest)) rest = rest.slice(0, m.index);
  return rest;
}

/** A place's short name: without its level word, and for an autonomous area without its peoples' names. */
function shortName(name: string, level: PlaceLevel): string {
  let short = name;
  if (level === "province") {
    if (name.endsWith("自治区")) short = name.startsWith("内蒙古") ? "内蒙古" : name.slice(0, 2);
    else short = name.replace(/(省|市|特别行政区)$/, "");
  } else {
    const autonomous = /^(.+?)((?:[^自]+?族?)+)(自治州|自治县|自治旗)$/.exec(name);
    if (autonomous) short = withoutPeoples(name.replace(/(自治州|自治县|自治旗)$/, "")) || autonomous[1]!;
    else short = name.replace(/(市|地区|盟|县|区|旗|林区|新区|特区)$/, "");
  }
  return [...short].length >= 2 ? short : name;
}

const PLACES: readonly Place[] = readFileSync(new URL("data/places.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line && !line.startsWith("#"))
  .map((line) => {
    const [code = "", name = "", level = "county", parent = ""] = line.split("\t");
    return { code, name, short: shortName(name, level as PlaceLevel), level: level as PlaceLevel, parent: parent || null };
  });

const BY_CODE = new Map<string, Place>([[CHINA.code, CHINA], ...PLACES.map((p) => [p.code, p] as const)]);

/** Full names of every level, and short names of provinces and cities (a county's short name is too often a word: 朝阳, 城关). */
const BY_NAME = new Map<string, Place[]>();
/** Short names of counties: only for callers who know which counties matter (the places of the reports). */
const BY_COUNTY_SHORT = new Map<string, Place[]>();
/** Adds a place under one more name (namesakes pile up: 普陀区 is two places). */
const add = (map: Map<string, Place[]>, name: string, place: Place) => map.set(name, [...(map.get(name) ?? []), place]);
for (const place of PLACES) {
  add(BY_NAME, place.name, place);
  if (place.short !== place.name) add(place.level === "county" ? BY_COUNTY_SHORT : BY_NAME, place.short, place);
}
// A county made a district or a city (撤县设区, 撤县设市: 徐水县 is 保定市徐水区 since 2015) is named as the
// county in its older reports: "X县" is the place X区 or X市 is now, unless a county of that name exists.
const FULL_NAMES = new Set(PLACES.map((p) => p.name));
for (const place of PLACES) {
  const stem = place.level === "county" ? /^(\p{Script=Han}{2,})[区市]$/u.exec(place.name)?.[1] : undefined;
  if (stem && !FULL_NAMES.has(`${stem}县`)) add(BY_NAME, `${stem}县`, place);
}
// Prefectures' own short names (博州 博尔塔拉蒙古自治州), and a province's (内蒙), from data/prefecture-abbreviations.txt.
for (const [short, name] of wordGroups("prefecture-abbreviations")) {
  const prefecture = PLACES.find((p) => (p.level === "city" || p.level === "province") && p.name === name);
  if (!prefecture || !short) throw new Error(`prefecture-abbreviations.txt: ${name} is no prefecture or province of places.tsv`);
  add(BY_NAME, short, prefecture);
}
const LONGEST_NAME = Math.max(...[...BY_NAME.keys(), ...BY_COUNTY_SHORT.keys()].map((n) => n.length));
/** The first two characters of every name placesNamed knows (and of 全国, 我国, 中国). */
const NAME_STARTS = new Set([...BY_NAME.keys(), ...BY_COUNTY_SHORT.keys(), "全国", "我国", "中国"].map((n) => n.slice(0, 2)));

/** One-character names of provinces (皖 安徽省), from data/province-abbreviations.txt. */
const BY_ABBREVIATION = abbreviations("province-abbreviations");

function abbreviations(file: string): Map<string, Place> {
  return new Map(
    wordGroups(file).map(([abbreviation, name]) => {
      const province = PLACES.find((p) => p.level === "province" && p.name === name);
      if (!province) throw new Error(`${file}.txt: ${name} is no province of places.tsv`);
      return [abbreviation!, province] as const;
    }),
  );
}

/** One-character names that stand for other things too, from data/province-abbreviations-alone.txt. */
const BY_ABBREVIATION_ALONE = abbreviations("province-abbreviations-alone");

/**
 * The province a one-character name stands for (皖 → 安徽省), if it is one; `alone`: the character stands by itself (a
 * year or a space after it), so that those standing for other things too count (川 → 四川省).
 */
export function provinceAbbreviated(character: string, alone = false): Place | undefined {
  return BY_ABBREVIATION.get(character) ?? (alone ? BY_ABBREVIATION_ALONE.get(character) : undefined);
}

export function placeByCode(code: string): Place | undefined {
  return BY_CODE.get(code);
}

/** The places a name may be (full or short name; 全国 and 我国 are the country). */
export function placesNamed(name: string, countyShortNames = false): Place[] {
  if (name === "全国" || name === "我国" || name === "中国") return [CHINA];
  const named = BY_NAME.get(name);
  const county = countyShortNames ? BY_COUNTY_SHORT.get(name) : undefined;
  // Most names asked are none (placeMentions tries every substring): nothing made for those.
  if (!named && !county) return [];
  return [...(named ?? []), ...(county ?? [])];
}

/** The place and the places it belongs to, itself first: 普陀区 → [普陀区, 上海市]. */
export function lineage(place: Place): Place[] {
  const out = [place];
  for (let p = place.parent ? BY_CODE.get(place.parent) : undefined; p; p = p.parent ? BY_CODE.get(p.parent) : undefined) out.push(p);
  return out;
}

/** Whether `inner` is `outer` or lies within it (合肥市 within 安徽省; every place within 全国). */
export function within(inner: Place, outer: Place): boolean {
  return outer === CHINA || lineage(inner).some((p) => p.code === outer.code);
}

/** The name with its parents where it needs them: 上海市普陀区, 安徽省合肥市, 四川省. */
export function qualifiedName(place: Place): string {
  return lineage(place)
    .reverse()
    .map((p) => p.name)
    .join("");
}

/** A place as a reply names it: 合肥市, 四川省, 全国; a county with its city or province (上海市普陀区), since many share a name. */
export function displayName(place: Place): string {
  if (place.level !== "county") return place.name;
  const parent = lineage(place)[1];
  return parent ? parent.name + place.name : place.name;
}

export interface PlaceMention {
  /** Offsets of the name in the text. */
  start: number;
  end: number;
  /** The places the name may be (several for 普陀区, 吉林). */
  places: Place[];
}

/**
 * Place names in a text, longest first and not overlapping: full names of every level, short
 * names of provinces and cities, and county short names when asked for. 全国 and 我国 are the
 * country; scope words (全市, 我省) are not places here (see scopeWords).
 */
export function placeMentions(text: string, countyShortNames = false): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (let i = 0; i < text.length; ) {
    let found: PlaceMention | null = null;
    // No name starts with these two characters: the next position (most positions of a text).
    const starts = i + 1 < text.length && NAME_STARTS.has(text.slice(i, i + 2));
    for (let length = Math.min(LONGEST_NAME, text.length - i); starts && length >= 2 && !found; length--) {
      const places = placesNamed(text.slice(i, i + length), countyShortNames);
      if (places.length) found = { start: i, end: i + length, places };
    }
    // "鞍山市场经营主体": a level suffix that begins a word with what follows (市场, 县城) is that word's.
    if (found && found.end - found.start > 2 && SUFFIX_LED_WORD.test(text.slice(found.end - 1))) {
      const shorter = placesNamed(text.slice(found.start, found.end - 1), countyShortNames);
      if (shorter.length) found = { start: found.start, end: found.end - 1, places: shorter };
    }
    if (
      found &&
      !(found.end - found.start === 2 && LEVEL_SUFFIX.test(text[found.end - 1]!) && !standsAsWord(text, found.start, found.end)) &&
      !ENDS_A_WORD_BEFORE.test(text.slice(Math.max(0, i - 1), i + 1)) &&
      !(text.slice(found.start, found.end) === "中国" && CHINA_TITLE_AFTER.test(text.slice(found.end)))
    ) {
      out.push(found);
      i = found.end;
    } else i++;
  }
  return out;
}

/**
 * A name's first character that ends the word before it: 其中 ("其中国有土地使用权出让收入45.29亿元" names no
 * 中国, "其中山东…" no 中山).
 */
const ENDS_A_WORD_BEFORE = /^其中$/;
/** What follows 中国 when it names an honour or a brand, not the country's figure: 中国驰名商标, 中国名牌 (word-classes: china-titles). */
const CHINA_TITLE_AFTER = new RegExp(`^${anyOf("china-titles")}`);
/** Words that begin with a division's suffix: 市 of 鞍山市场 is the market's (word-classes: suffix-led-words). */
const SUFFIX_LED_WORD = new RegExp(`^${anyOf("suffix-led-words")}`);
/** The suffix of a division's name: a name of two characters with one (成县, 和县) is often a word's end and the next word's start. */
const LEVEL_SUFFIX = /[县区市旗]/;
/** Characters either side of a short name segmented to tell whether it stands as a word. */
const WORD_CONTEXT = 4;

/** Whether text[start, end) starts and ends where words do: 成县 of 完成县级 (完成 县级) does not, nor 和县 of 新区和县城. */
function standsAsWord(text: string, start: number, end: number): boolean {
  const words = wordsAround(text, start, end, WORD_CONTEXT);
  const starts = new Set(words.map((w) => w.start));
  const ends = new Set(words.map((w) => w.end));
  return starts.has(start) && ends.has(end);
}

/** The level a scope word speaks for: 全市 a city, 我省 a province, 全国 the country. */
export function scopeLevel(word: string): PlaceLevel | null {
  if (!SCOPE_WORDS.has(word)) return null;
  if (word.endsWith("国")) return "country";
  if (word.endsWith("省")) return "province";
  // A prefecture (和田地区, 阿拉善盟) is a city's level: "全地区", "全盟".
  if (word.endsWith("市") || word.endsWith("州") || word.endsWith("地区") || word.endsWith("盟")) return "city";
  return "county";
}

const SCOPE_WORDS = new Set(wordClass("scope-words"));
/** Scope words as a regex alternation (全市|我省|…). */
export const SCOPE_WORD_PATTERN = alternation("scope-words");

/**
 * A verb of going or aiding before a place word: the place is where people are sent, not the place spoken of
 * ("赴凉山教育帮扶教师1人", 海东 2020; asked "去凉山帮扶的老师有几个"): answer/figure-place.ts, question/places.ts.
 */
export const DESTINATION_LEAD = /(?:赴|去|前往|奔赴|支援|援助|援建)$/;

/** Every place of the gazetteer, and the country. */
export function allPlaces(): readonly Place[] {
  return [CHINA, ...PLACES];
}
