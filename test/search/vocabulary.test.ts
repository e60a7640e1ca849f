import { describe, expect, it } from "vitest";
import { MAX_CONTAINING, Vocabulary } from "../../src/search/vocabulary.ts";

// Words as an index holds them (jieba's cuts of the reports), in no particular order.
const WORDS = [
  "毛入园率",
  "入园率",
  "学前教育毛入园率",
  "产量",
  "原煤产量",
  "钢产量",
  "粮食产量",
  "粮食总产量",
  "养猪",
  "生猪",
  "财政收入",
  "全国财政收入",
  "公共财政收入",
  "一般公共预算收入",
  "收入",
  "城镇居民人均可支配收入",
  "农村居民人均可支配收入",
  "居民人均可支配收入",
  "人均可支配收入",
  "可支配收入",
  "财政",
  "粮食",
  "产量增长",
  "增长",
  "经济增长",
  "国内生产总值",
  "地区生产总值",
  "生产总值",
  "生产",
  "总值",
  "工业增加值",
  "增加值",
  "规模以上工业增加值",
  "高技术制造业增加值",
];

/** A vocabulary past its scanning lookups: the next ones come from the bigram map. */
function mapped(): Vocabulary {
  const v = new Vocabulary(WORDS);
  for (let i = 0; i < 100; i++) v.containing("不在其中的词");
  return v;
}

describe("Vocabulary", () => {
  it("finds the words containing a word, shortest first, the same whether scanned or looked up in the bigram map", () => {
    const map = mapped();
    for (const word of ["入园率", "产量", "收入", "可支配收入", "生产总值", "增加值", "增长", "财政收入"]) {
      const scanned = new Vocabulary(WORDS).containing(word);
      expect(scanned, word).toEqual(map.containing(word));
      expect(scanned.length).toBeLessThanOrEqual(MAX_CONTAINING);
      expect(scanned.every((w) => w.includes(word) && w !== word)).toBe(true);
      expect(scanned.map((w) => w.length)).toEqual([...scanned.map((w) => w.length)].sort((a, b) => a - b));
    }
    // By length, then code point (农 before 城).
    expect(new Vocabulary(WORDS).containing("收入")).toEqual([
      "财政收入",
      "可支配收入",
      "全国财政收入",
      "公共财政收入",
      "人均可支配收入",
      "一般公共预算收入",
      "居民人均可支配收入",
      "农村居民人均可支配收入",
    ]);
  });

  it("finds the words inside a word, and short words holding lone characters", () => {
    const v = new Vocabulary(WORDS);
    expect(v.inside("学前教育毛入园率")).toEqual(["毛入园率", "入园率"]);
    expect(v.joining(["养", "猪"])).toEqual(["养猪"]);
    expect(v.containing("钢")).toEqual([]);
    expect(v.size).toBe(new Set(WORDS).size);
  });
});
