/** Chinese numerals (三亿零四百七十五万, 二百十七, 七点五, traditional 萬/億/點/兩 too) to numbers. */

const DIGITS: Record<string, number> = {
  // ○ (a white circle) stands for 〇 in many printed years: 一九八○年.
  零: 0, 〇: 0, "○": 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters a Chinese numeral is made of. */
export const CHINESE_NUMERAL_CHARS = "零〇一二两兩三四五六七八九十百千万萬亿億点點";

/** Value of a Chinese numeral, or null when the string is not one. */
export function parseChineseNumeral(text: string): number | null {
  const pointAt = text.search(/[点點]/);
  if (pointAt >= 0) {
    const whole = pointAt === 0 ? 0 : parseChineseNumeral(text.slice(0, pointAt));
    const fraction = [...text.slice(pointAt + 1)].map((c) => DIGITS[c]);
    if (whole === null || fraction.length === 0 || fraction.some((d) => d === undefined)) return null;
    return whole + Number("0." + fraction.join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of text) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
    } else if (SMALL_UNITS[c]) {
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = null;
    } else if (BIG_UNITS[c]) {
      const big = BIG_UNITS[c];
      // 亿 scales everything before it (三万亿 = 3e12); 万 scales only its own section.
      if (big === 1e8) total = (total + section + (digit ?? 0)) * big;
      else total += (section + (digit ?? 0)) * big;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A four-digit year written in Chinese digits (一九五九) to 1959, or null. */
export function parseChineseYear(text: string): number | null {
  if (!/^[零〇○一二三四五六七八九]{4}$/.test(text)) return null;
  return Number([...text].map((c) => DIGITS[c]).join(""));
}
