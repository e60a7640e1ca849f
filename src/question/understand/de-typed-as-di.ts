/** 的 typed as 地: before the asking word, and between two words where 地 makes a word with neither. */
import { dictionaryFrequency, isWord } from "../../zh/segment.ts";
import { anyOf } from "../../zh/word-classes.ts";

/**
 * 的 typed as 地 before the asking word ("新增就业目标定地多少人"), where the character before 地 makes no word
 * with it (耕地多少 is 耕地's).
 */
export const DI_FOR_DE = /(\p{Script=Han})地(?=多少|几)/gu;
/**
 * 的 typed as 地 between two words ("大连港地集装箱吞吐量"): 地 makes a word neither with the characters before (耕地,
 * 各地, 承包地, 卖地) nor with those after (地区, 地方, 地下, 地市), nor begins a measure per land (地均); at the start too
 * ("青岛地规上固投多少", the place read).
 */
const DI_BETWEEN_WORDS = /(?<=^|[\s\p{Script=Han}A-Za-z])地(?=(\p{Script=Han})(\p{Script=Han})?)/gu;
const PER_LAND = new RegExp(`^(?:${anyOf("per-land-words")})`);
/**
 * How often jieba's full dictionary must count a verb and 地 for 地 to be land (卖地 74, 征地 70), not 的 typed
 * (市地 11, of 城市地排水管道).
 */
const LAND_WORD_FREQUENCY = 20;
/** 地市, 地州, 地县: the prefectures, and the prefectures and counties (words jieba does not know). */
const PREFECTURES = /^[市州县]$/;

export function withoutDiForDe(typed: string): string {
  return typed.replace(DI_BETWEEN_WORDS, (di: string, next: string, after: string | undefined, offset: number) => {
    const endsWord =
      [1, 2, 3].some((k) => offset >= k && isWord(`${typed.slice(offset - k, offset)}地`)) ||
      (dictionaryFrequency(`${typed[offset - 1]}地`) ?? 0) >= LAND_WORD_FREQUENCY;
    const beginsWord = isWord(`地${next}`) || (after !== undefined && isWord(`地${next}${after}`)) || PREFECTURES.test(next);
    return endsWord || beginsWord || PER_LAND.test(typed.slice(offset)) ? di : "";
  });
}
