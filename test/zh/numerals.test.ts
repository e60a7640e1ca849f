import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral, parseChineseYear, parseSmallNumber } from "../../src/zh/numerals.ts";

/** One cn2an case: its value in cn2an, and ours where we deliberately differ (with the reason). */
interface Case {
  text: string;
  cn2an: number | string;
  ours?: number | null;
  reason?: string;
}
interface Fixture {
  strict: Case[];
  normal: Case[];
  smart: Case[];
  direct: Case[];
  errorSmart: string[];
  errorNormal: string[];
  errorStrict: string[];
}

const cn2an: Fixture = JSON.parse(readFileSync(new URL("../fixtures/cn2an-cases.json", import.meta.url), "utf8"));

/** What we must read for a case: cn2an's value, or our documented one. */
function expected(c: Case): number | null {
  if ("ours" in c) return c.ours ?? null;
  return c.cn2an as number;
}

// The error lists as cn2an_test.py composes them (each run in cn2an's strict mode).
const errorSmart = cn2an.errorSmart;
const errorNormal = [...cn2an.errorNormal, ...errorSmart, ...cn2an.smart.map((c) => c.text)];
const errorStrict = [...cn2an.errorStrict, ...errorNormal, ...cn2an.normal.map((c) => c.text)];
/** cn2an's normal mode reads these although its strict mode refuses them; so do we. */
const normalForms = new Map(cn2an.normal.map((c) => [c.text, c]));

describe("cn2an strict data", () => {
  it.each(cn2an.strict.map((c) => [c.text, c] as const))("%s", (text, c) => {
    expect(parseChineseNumeral(text)).toBe(expected(c));
  });
});

describe("cn2an normal data (merged with the strict data, as cn2an_test.py does)", () => {
  it.each([...cn2an.normal, ...cn2an.strict].map((c) => [c.text, c] as const))("%s", (text, c) => {
    expect(parseChineseNumeral(text)).toBe(expected(c));
  });
});

describe("cn2an error cases: a refusal, never a number", () => {
  const refusals = [...new Set([...errorStrict, ...errorNormal, ...errorSmart])].filter((t) => !normalForms.has(t));
  it.each(refusals.map((t) => [t]))("%j", (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });

  // cn2an_test.py adds every normal-mode key to the strict-mode error list; we read in normal mode.
  const strictOnly = [...new Set(errorStrict)].filter((t) => normalForms.has(t));
  it.each(strictOnly.map((t) => [t]))("%s (refused by cn2an's strict mode only: read as its normal mode does)", (text) => {
    expect(parseChineseNumeral(text)).toBe(expected(normalForms.get(text)!));
  });
});

describe("cn2an smart and direct modes: our documented reading", () => {
  it.each([...cn2an.smart, ...cn2an.direct].map((c) => [c.text, c] as const))("%s", (text, c) => {
    expect(c.reason).toBeTruthy();
    expect(parseChineseNumeral(text)).toBe(expected(c));
  });
});

describe("the documented differences from cn2an", () => {
  it("are exactly these, each with a reason", () => {
    const differing = [...cn2an.strict, ...cn2an.normal].filter((c) => "ours" in c);
    expect(differing.every((c) => c.reason)).toBe(true);
    expect(differing.map((c) => c.text)).toEqual([
      // Currency words, not numeral characters.
      "壹拾壹元整",
      "壹佰壹拾壹圆整",
      "壹拾壹元正",
      "壹拾壹圆正",
      "壹拾壹元壹角",
      "壹拾壹元壹角壹分",
      "玖仟陆佰陆拾伍圆壹角捌分",
      "壹佰捌拾壹圆柒角",
      // A bare two-digit string; digits counting up (cn2an's strict mode refuses these too).
      "一一",
      "壹壹",
      "一二三",
      "壹拾壹元",
      "壹佰壹拾壹圆",
      "壹拾壹圆",
    ]);
  });
});

describe("parseChineseNumeral", () => {
  it("reads positional numerals, with 零 for gaps and 十 without 一", () => {
    expect(parseChineseNumeral("三亿零四百七十五万")).toBe(304_750_000);
    expect(parseChineseNumeral("二百十七")).toBe(217);
    expect(parseChineseNumeral("一千零一")).toBe(1001);
    expect(parseChineseNumeral("十二")).toBe(12);
    expect(parseChineseNumeral("二十六")).toBe(26);
    expect(parseChineseNumeral("十")).toBe(10);
    expect(parseChineseNumeral("三万亿")).toBe(3e12);
    expect(parseChineseNumeral("一亿十八万")).toBe(100_180_000);
    // cn2an itself says 300085846 here (its converter drops the 十 of a section opening with 十).
    expect(parseChineseNumeral("三亿十八万五千八百四十六")).toBe(300_185_846);
    // What the figure extractor hands over: "六千三百多万人" → 六千三百万, "七百六十六亿四千万元".
    expect(parseChineseNumeral("六千三百万")).toBe(63_000_000);
    expect(parseChineseNumeral("七百六十六亿四千万")).toBe(76_640_000_000);
    expect(parseChineseNumeral("三千六百二十亿")).toBe(362_000_000_000);
  });

  it("reads fractions", () => {
    expect(parseChineseNumeral("七点五")).toBe(7.5);
    expect(parseChineseNumeral("二十点四")).toBe(20.4);
    expect(parseChineseNumeral("零点零五")).toBe(0.05);
    expect(parseChineseNumeral("十三點七")).toBe(13.7);
    // …before their magnitude, and digit by digit (浙江 1985: "出口创汇七点三七亿美元", "五二九点零七亿元").
    expect(parseChineseNumeral("七点三七亿")).toBe(737_000_000);
    expect(parseChineseNumeral("三点五万亿")).toBe(3.5e12);
    expect(parseChineseNumeral("五二九点零七亿")).toBeCloseTo(52_907_000_000, 0);
  });

  it("reads 两 and the traditional forms", () => {
    expect(parseChineseNumeral("两千")).toBe(2000);
    expect(parseChineseNumeral("两")).toBe(2);
    expect(parseChineseNumeral("兩")).toBe(2);
    expect(parseChineseNumeral("兩千六")).toBe(2600);
    expect(parseChineseNumeral("两百万")).toBe(2_000_000);
    expect(parseChineseNumeral("二百十七萬")).toBe(2_170_000);
    expect(parseChineseNumeral("七百六十六億四千萬")).toBe(76_640_000_000);
  });

  it("reads ○, 〇 and 零 as zero, and digit-by-digit numerals", () => {
    expect(parseChineseNumeral("一七二零")).toBe(1720);
    expect(parseChineseNumeral("一七二零点一")).toBe(1720.1);
    expect(parseChineseNumeral("二〇二〇")).toBe(2020);
    expect(parseChineseNumeral("一九八○")).toBe(1980);
    expect(parseChineseNumeral("一五六")).toBe(156); // 一五六项 (the 156 projects of the 1950s)
    expect(parseChineseNumeral("一二三点五")).toBe(123.5);
    expect(parseChineseNumeral("○")).toBe(0);
    expect(parseChineseNumeral("〇")).toBe(0);
    expect(parseChineseNumeral("零")).toBe(0);
    expect(parseChineseNumeral("一百〇五")).toBe(105);
  });

  it("reads financial numerals, simplified and traditional", () => {
    expect(parseChineseNumeral("玖仟陆佰陆拾伍")).toBe(9665);
    expect(parseChineseNumeral("壹拾万零叁仟肆佰伍拾叁")).toBe(103_453);
    expect(parseChineseNumeral("貳拾參")).toBe(23);
    expect(parseChineseNumeral("陸佰")).toBe(600);
    expect(parseChineseNumeral("壹億貳仟萬")).toBe(120_000_000);
    expect(parseChineseNumeral("叁点伍")).toBe(3.5);
  });

  it("reads 负 as the sign, and never gives -0", () => {
    expect(parseChineseNumeral("负十一")).toBe(-11);
    expect(parseChineseNumeral("負一七二零")).toBe(-1720);
    expect(parseChineseNumeral("负零点一零")).toBe(-0.1);
    expect(Object.is(parseChineseNumeral("负零"), 0)).toBe(true);
  });

  it("reads the spoken shortening of the last unit", () => {
    expect(parseChineseNumeral("三万五")).toBe(35_000);
    expect(parseChineseNumeral("两千六")).toBe(2600);
    expect(parseChineseNumeral("一百二")).toBe(120);
    expect(parseChineseNumeral("一百二十万三")).toBe(1_203_000);
  });

  it("reads 万万 as 亿 (old texts) and 百/千 before 万/亿 without 一", () => {
    expect(parseChineseNumeral("六万万")).toBe(600_000_000); // 六万万人民 (gwr-1950s)
    expect(parseChineseNumeral("五萬萬")).toBe(500_000_000);
    expect(parseChineseNumeral("三万万五千万")).toBe(350_000_000);
    expect(parseChineseNumeral("千亿")).toBe(100_000_000_000); // 新增千亿斤粮食生产能力
    expect(parseChineseNumeral("千万")).toBe(10_000_000); // 近千万家庭
    expect(parseChineseNumeral("百万")).toBe(1_000_000);
    expect(parseChineseNumeral("百亿")).toBe(10_000_000_000);
    for (const text of ["亿万", "千千万万", "千百万", "千万万", "万千", "万万", "百十一", "千五"]) expect(parseChineseNumeral(text), text).toBeNull();
  });

  it("reads the ordinal of a five-year plan's name (十四五 → 十四, 一五 → 一)", () => {
    expect(parseChineseNumeral("十四")).toBe(14);
    expect(parseChineseNumeral("十")).toBe(10);
    expect(parseChineseNumeral("一")).toBe(1);
  });

  it("refuses what is not a numeral", () => {
    for (const text of ["", "第", "第一", "万", "亿", "百", "千", "点", "负", "十一十二", "12", "10.1万", "二廿", "一 二三"]) {
      expect(parseChineseNumeral(text), text).toBeNull();
    }
  });

  it("refuses what it cannot read for sure, rather than give a wrong number", () => {
    const unsure = [
      "三五",
      "七八",
      "两三",
      "一二",
      "九八",
      "一一",
      "八一",
      "九二", // ranges, abbreviated years, words
      "一二三",
      "二三四五", // lists: 一二三产业
      "零一",
      "〇五",
      "零零三", // codes
      "十两",
      "一两",
      "二十两",
      "两两",
      "两三千",
      "一点两", // 两 the weight unit; ranges
      "十七八",
      "三四十",
      "二三十",
      "一千二三百",
      "一两百",
      "十三五",
      "十四五", // ranges and plan names
      "八十万千", // 八十万千瓦: 千 of 千瓦 is not a digit of the numeral
      "一万零",
      "五千零", // a trailing 零
      "点五",
      "零点",
      "零点点", // no integer part, no fraction
      "一亿五",
      "三亿六千五",
      "七万八千一点五八",
      "四百八点三七", // spoken forms that are not sure
      "壹拾壹元",
      "壹拾壹元壹角", // currency words
      "九九九九万九九九九亿九九九九万九九九九",
      "一二三四五六七八九一二三四五六七八九", // beyond exact doubles
    ];
    for (const text of unsure) expect(parseChineseNumeral(text), text).toBeNull();
  });

  it("gives exact values up to 9999万9999亿 and the largest safe integers", () => {
    expect(parseChineseNumeral("九千万亿")).toBe(9e15);
    expect(parseChineseNumeral("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一")).toBe(1_111_111_111_111_111);
    expect(parseChineseNumeral("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九")).toBeNull();
  });
});

describe("CHINESE_NUMERAL_CHARS", () => {
  it("is a plain string that makes a regex character class", () => {
    expect(typeof CHINESE_NUMERAL_CHARS).toBe("string");
    const run = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "u");
    expect("总额玖仟陆佰陆拾伍圆".match(run)?.[0]).toBe("玖仟陆佰陆拾伍");
    expect("一九八○年".match(run)?.[0]).toBe("一九八○");
    expect("鋼二百十七萬噸".match(run)?.[0]).toBe("二百十七萬");
    expect("十三點七倍".match(run)?.[0]).toBe("十三點七");
    expect(run.test("-]^\\ab12")).toBe(false);
  });

  it("has every character the reader takes, financial ones included, and no currency words", () => {
    for (const c of "零〇○一二两兩三四五六七八九十百千万萬亿億点點壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿") {
      expect(CHINESE_NUMERAL_CHARS, c).toContain(c);
    }
    // 负 is read only as a sign, never taken into a figure: 背负一亿元债务 has no figure −1亿.
    for (const c of "负負元圆角分整正第") expect(CHINESE_NUMERAL_CHARS, c).not.toContain(c);
    expect(new Set(CHINESE_NUMERAL_CHARS).size).toBe([...CHINESE_NUMERAL_CHARS].length);
  });

  it("every character alone is read or refused, never throws", () => {
    for (const c of CHINESE_NUMERAL_CHARS) expect(() => parseChineseNumeral(c)).not.toThrow();
  });
});

describe("parseChineseYear", () => {
  it("reads four Chinese digits as a year", () => {
    expect(parseChineseYear("一九五九")).toBe(1959);
    expect(parseChineseYear("二〇二〇")).toBe(2020);
    expect(parseChineseYear("二零二零")).toBe(2020);
    expect(parseChineseYear("一九八○")).toBe(1980);
  });

  it("refuses anything else", () => {
    for (const text of ["", "一九五", "一九五九年", "一九五九〇", "两千", "二千零二", "〇一二三", "2020", "九八"]) {
      expect(parseChineseYear(text), text).toBeNull();
    }
  });
});

describe("parseSmallNumber (headings, list items, dates)", () => {
  it("reads the numbers of headings and dates", () => {
    expect(parseSmallNumber("一")).toBe(1);
    expect(parseSmallNumber("十")).toBe(10);
    expect(parseSmallNumber("十二")).toBe(12);
    expect(parseSmallNumber("二十六")).toBe(26);
    expect(parseSmallNumber("三十一")).toBe(31);
    expect(parseSmallNumber("一百零八")).toBe(108);
    expect(parseSmallNumber("二〇二〇")).toBe(2020);
    expect(parseSmallNumber("一九八○")).toBe(1980);
    expect(parseSmallNumber("12")).toBe(12);
    expect(parseSmallNumber("2020")).toBe(2020);
  });

  it("reads digit strings digit by digit whatever their length (labels, not quantities)", () => {
    expect(parseSmallNumber("〇五")).toBe(5);
    expect(parseSmallNumber("二〇")).toBe(20);
  });

  it("is NaN when the text is not a whole number", () => {
    for (const text of ["", "第", "第一", "七点五", "负一", "十两", "一二三四五六七八九一二三四五六七八九", "1.5", "１２"]) {
      expect(parseSmallNumber(text), text).toBeNaN();
    }
  });
});
