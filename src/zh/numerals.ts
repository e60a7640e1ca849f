/**
 * Chinese numerals to numbers: the one reader behind every figure, year and heading number.
 *
 *   三亿零四百七十五万 → 304750000     二百十七 → 217        七点五 → 7.5
 *   一千零一 → 1001   两千 → 2000   兩/萬/億/點 (traditional) as 两/万/亿/点
 *   一七二零 → 1720   一七二零点一 → 1720.1   二〇二〇 / 一九八○ → 2020 / 1980 (digit by digit)
 *   玖仟陆佰陆拾伍 → 9665 (financial numerals of budgets and contracts)    负十一 → -11
 *   三万五 → 35000, 两千六 → 2600, 一百二 → 120 (the spoken shortening of the last unit)
 *   六万万 → 600000000 (万万 for 亿 in old texts)    千亿 → 100000000000 (千亿斤粮食: no 一 needed)
 *
 * The grammar is that of cn2an (github.com/Ailln/cn2an) in its "normal" mode, and its test cases
 * are ours (test/fixtures/cn2an-cases.json). Where cn2an would still give a number that a report
 * reader cannot be sure of, this reader refuses: null, never a wrong number. The refusals:
 *  - a bare two-digit string (三五, 七八, 一一, 九八): a range (三五年 "three to five years",
 *    七八个), an abbreviated year (九八年) or a word (一一 "one by one"), never a quantity;
 *  - digits counting up (一二三, 二三四): a list, as in 一二三产业 (the three industries);
 *  - a digit string that starts with 零 (零一, 〇五): a code or a two-digit year;
 *  - 两 anywhere but before 百/千/万/亿 or alone (十两, 一两 are the weight unit; 两三 is a range);
 *  - a trailing 零 (一万零), a missing integer part (点五), an empty fraction (零点: also "midnight");
 *  - 元, 圆, 角, 分, 整, 正: currency words, not numerals (壹拾壹元 is the numeral 壹拾壹 + unit 元);
 *  - a spoken shortening that is not sure: after 十 or 亿 (一亿五), one that would not be well formed
 *    (三亿六千五: 三亿零六千五百 or 三亿六千五百万?), or one with a fraction (四百八点三七);
 *  - Arabic digits mixed in (10.1万, 1百01): the figure extractor reads Arabic figures itself;
 *  - a value beyond Number.MAX_SAFE_INTEGER, which a double cannot hold exactly.
 *
 * A leaf module: it imports nothing from the project.
 */

// ---------------------------------------------------------------------------------------------
// The character tables: every character a numeral may contain, and what it stands for.
// ---------------------------------------------------------------------------------------------

/**
 * Digits 0–9. Plain forms, traditional forms and the financial (大写) forms of budgets and
 * contracts, which exist so that amounts cannot be altered by adding strokes.
 * ○ (U+25CB, a white circle) stands for 〇 in many printed years: 一九八○年.
 * 两/兩 is 2 only before 百/千/万/亿 or on its own (see the header).
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  "○": 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  叄: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Units inside a four-digit section, plain and financial: 十 拾, 百 佰, 千 仟. */
const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

/** Units that scale a whole section (the same in financial writing), simplified and traditional. */
const BIG_UNITS: Readonly<Record<string, number>> = {
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
};

/** Old single characters for a round number of tens: 廿二 = 二十二 (cn2an reads 廿), 卅 = 三十. */
const TENS: Readonly<Record<string, string>> = { 廿: "二十", 卅: "三十" };

/** The decimal point. */
const POINT = "点點";

/** The negative sign, read only at the very start: 负十一 → -11. */
const MINUS = "负負";

/**
 * Characters a Chinese numeral is made of (digits, units, financial forms, 廿 卅, the point), as a
 * plain string: the figure extractor builds a regex character class from it.
 * 负 is deliberately left out: "背负一亿元债务" has no figure −1亿.
 */
export const CHINESE_NUMERAL_CHARS =
  Object.keys(DIGITS).join("") + Object.keys(SMALL_UNITS).join("") + Object.keys(BIG_UNITS).join("") + Object.keys(TENS).join("") + POINT;

// ---------------------------------------------------------------------------------------------
// The grammar, over canonical characters (零一二…九 十百千 万亿).
// ---------------------------------------------------------------------------------------------

const CANONICAL_DIGITS = "零一二三四五六七八九";

/** One character in canonical form (萬 → 万, 貳 → 二, 〇 → 零), or null when it is no numeral's. */
function canonical(char: string): string | null {
  const digit = DIGITS[char];
  if (digit !== undefined) return CANONICAL_DIGITS[digit]!;
  const unit = SMALL_UNITS[char] ?? BIG_UNITS[char];
  if (unit !== undefined) return { 10: "十", 100: "百", 1000: "千", 1e4: "万", 1e8: "亿" }[unit]!;
  return TENS[char] ?? null;
}

/**
 * A correctly written integer up to 9999万9999亿9999万9999, as cn2an's strict grammar has it:
 * 一百零一, 一千零十 (after 零 a 十 needs no 一), 十一万, 一亿零一, 一千一百一十一万…亿….
 * Checked section by section (亿, then 万, then a section below 万) with small regular
 * expressions: the whole grammar as one expression is 5 KB, and compiling it cost 20–30 ms of
 * every process that reads a figure.
 */
const D = "[一二三四五六七八九]";
const N10_TO_99 = `${D}?十${D}?`;
const N1_TO_99 = `(?:${N10_TO_99}|${D})`;
const N100_TO_999 = `(?:${D}百(?:零${D})?|${D}百${D}十${D}?)`;
const N1000_TO_9999 = `(?:${D}千(?:零${N1_TO_99})?|${D}千${N100_TO_999})`;
/** 1–9999, 1–999 and 1000–9999: the sections of a number between its 万 and 亿. */
const SECTION = {
  upTo9999: new RegExp(`^(?:${N1000_TO_9999}|${N100_TO_999}|${N1_TO_99})$`),
  upTo999: new RegExp(`^(?:${N100_TO_999}|${N1_TO_99})$`),
  from1000: new RegExp(`^${N1000_TO_9999}$`),
};

/** A well-formed number below 1亿: 1–9999, or a 1–9999 before 万 and then nothing, 零 and 1–999, or 1000–9999. */
function wellFormedBelowYi(s: string, needsWan = false): boolean {
  const wan = s.indexOf("万");
  if (wan < 0) return !needsWan && SECTION.upTo9999.test(s);
  const [high, low] = [s.slice(0, wan), s.slice(wan + 1)];
  if (!SECTION.upTo9999.test(high)) return false;
  return low === "" || (low.startsWith("零") ? SECTION.upTo999.test(low.slice(1)) : SECTION.from1000.test(low));
}

/** A well-formed number: below 1亿, or one below 1亿 before 亿 and then nothing, 零 and one below 1亿, or one with 万. */
function isWellFormed(s: string): boolean {
  const yi = s.indexOf("亿");
  if (yi < 0) return wellFormedBelowYi(s);
  const [high, low] = [s.slice(0, yi), s.slice(yi + 1)];
  if (!wellFormedBelowYi(high)) return false;
  return low === "" || (low.startsWith("零") ? wellFormedBelowYi(low.slice(1)) : wellFormedBelowYi(low, true));
}

/**
 * The normal-mode liberties cn2an accepts, rewritten to the well-formed spelling:
 * 一千零十 → 一千零一十, 一万零百一十一 → 一万零一百一十一, 十万零一千 → 十万一千 (a needless 零),
 * 一万五百 → 一万零五百 and 一千一十 → 一千零一十 (a missing 零), 二百十七 → 二百一十七.
 */
function wellFormedSpelling(s: string): string {
  return s
    .replace(/零([十百])/g, "零一$1")
    .replace(/万零(?=[一二三四五六七八九]千)/g, "万")
    .replace(/([万亿])([一二三四五六七八九][十百])/g, "$1零$2")
    .replace(/千((?:[一二三四五六七八九])?十)/g, "千零$1")
    .replace(/百十/g, "百一十")
    .replace(/零十/g, "零一十");
}

/**
 * 三万五 → 三万五千, 两千六 → 两千六百, 一百二 → 一百二十: the unit below the last one is implied
 * (not below 十 or 亿: 一亿五 is not sure). The result must then be well formed.
 */
const SPOKEN = /^(?:[零一二三四五六七八九]{0,2}[十百千万亿])+[零一二三四五六七八九]$/;
const UNIT_BELOW: Readonly<Record<string, string>> = { 百: "十", 千: "百", 万: "千" };

/** Value of a well-formed integer spelling (one 亿 at most: the grammar allows no more). */
function evaluate(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of s) {
    const d = CANONICAL_DIGITS.indexOf(c);
    if (d >= 0) digit = d;
    else if (c === "万") {
      total += (section + digit) * 1e4;
      section = digit = 0;
    } else if (c === "亿") {
      // 亿 scales everything before it: 一千一百一十一万一千一百一十一亿 = 11111111 × 10^8.
      total = (total + section + digit) * 1e8;
      section = digit = 0;
    } else {
      section += (digit || 1) * (c === "十" ? 10 : c === "百" ? 100 : 1000);
      digit = 0;
    }
  }
  return total + section + digit;
}

type Reading = "quantity" | "label";

/** 一二三, 二三四: digits counting up by one are a list (一二三产业), not a number. */
function isCountingUp(digits: string): boolean {
  const values = [...digits].map((c) => CANONICAL_DIGITS.indexOf(c));
  return values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
}

/**
 * The integer a canonical string spells, or null. In "label" reading (headings, dates, codes) a
 * digit string is read whatever its length and leading zeros: 〇五 → 5, 二〇 → 20.
 */
function readInteger(s: string, reading: Reading, hasFraction: boolean): number | null {
  if (/^[零一二三四五六七八九]+$/.test(s)) {
    if (s.length === 1) return CANONICAL_DIGITS.indexOf(s);
    if (reading === "quantity") {
      if (s.startsWith("零")) return null;
      if (!hasFraction && (s.length === 2 || isCountingUp(s))) return null;
    }
    const value = Number([...s].map((c) => CANONICAL_DIGITS.indexOf(c)).join(""));
    return Number.isSafeInteger(value) ? value : null;
  }
  // 千亿斤粮食, 近千万家庭, 百万吨: a lone 百 or 千 before 万 or 亿 needs no 一 (but 百 or 千 alone
  // is refused: 每百斤 "per hundred jin", 千篇一律, 千瓦 are no figures).
  if (/^[百千][万亿]$/.test(s)) s = "一" + s;
  // 六万万人民 (old texts): 万万 is 亿.
  s = s.replace(/万万/g, "亿");
  let spelled = wellFormedSpelling(s);
  if (!isWellFormed(spelled)) {
    if (hasFraction || spelled.length < 3 || !SPOKEN.test(spelled)) return null;
    // SPOKEN ends in a unit and a digit: the unit below that unit is the one left unsaid.
    const implied = UNIT_BELOW[spelled.at(-2)!];
    if (implied === undefined) return null;
    spelled += implied;
    if (!isWellFormed(spelled)) return null;
  }
  const value = evaluate(spelled);
  return Number.isSafeInteger(value) ? value : null;
}

/** The shared reader: sign, integer part, fraction. */
function read(text: string, reading: Reading): number | null {
  const chars = [...text];
  let sign = 1;
  if (reading === "quantity" && chars.length > 0 && MINUS.includes(chars[0]!)) {
    sign = -1;
    chars.shift();
  }
  const pointAt = chars.findIndex((c) => POINT.includes(c));
  // "出口创汇七点三七亿美元" (浙江 1985): a decimal before its magnitude is so many of it.
  let scale = 1;
  if (reading === "quantity" && pointAt >= 0) {
    for (let magnitude = canonical(chars.at(-1) ?? ""); magnitude === "万" || magnitude === "亿"; magnitude = canonical(chars.at(-1) ?? "")) {
      scale *= magnitude === "万" ? 1e4 : 1e8;
      chars.pop();
    }
  }
  const whole = pointAt < 0 ? chars : chars.slice(0, pointAt);
  const fraction = pointAt < 0 ? null : chars.slice(pointAt + 1);
  if (whole.length === 0 || (fraction !== null && (reading === "label" || fraction.length === 0))) return null;

  // 两 is 2 alone or before 百/千/万/亿; never in a digit string or a fraction (两三 is a range).
  for (let i = 0; i < whole.length; i++) {
    if ((whole[i] === "两" || whole[i] === "兩") && whole.length > 1) {
      const next = canonical(whole[i + 1] ?? "");
      if (next === null || !"百千万亿".includes(next)) return null;
    }
  }
  let integerPart = "";
  for (const c of whole) {
    const canon = canonical(c);
    if (canon === null) return null;
    integerPart += canon;
  }
  let fractionDigits = "";
  for (const c of fraction ?? []) {
    const digit = DIGITS[c];
    if (digit === undefined || c === "两" || c === "兩") return null;
    fractionDigits += String(digit);
  }

  const integer = readInteger(integerPart, reading, fraction !== null);
  if (integer === null) return null;
  const value = (fraction === null ? integer : Number(`${integer}.${fractionDigits}`)) * scale;
  return value === 0 ? 0 : sign * value;
}

// ---------------------------------------------------------------------------------------------
// The API.
// ---------------------------------------------------------------------------------------------

/** Value of a Chinese numeral, or null when the string is not one or cannot be read for sure. */
export function parseChineseNumeral(text: string): number | null {
  return read(text, "quantity");
}

/** A four-digit year written in Chinese digits (一九五九, 二〇二〇, 一九八○) to 1959, or null. */
export function parseChineseYear(text: string): number | null {
  if (!/^[零〇○一二三四五六七八九]{4}$/.test(text) || /^[零〇○]/.test(text)) return null;
  return read(text, "label");
}

/**
 * The number of a heading, list item or date part: 一 → 1, 十二 → 12, 二十六 → 26, 二〇二〇 → 2020,
 * 〇五 → 5, "12" → 12. Digit strings are read digit by digit whatever their length. NaN when it is
 * not a whole number (第, 七点五, "").
 */
export function parseSmallNumber(text: string): number {
  if (/^[0-9]+$/.test(text)) return Number(text);
  return read(text, "label") ?? NaN;
}
