/**
 * Precision: the share of a figure's own words that the question asked, read by the precision adjustment (naming.ts)
 * and the item's (items.ts).
 */
import type { Question } from "../../question/types.ts";
import { alternation } from "../../zh/word-classes.ts";
import { PRINTED_YEARS } from "../../zh/years.ts";
import type { UnitClass } from "../../zh/units.ts";

/** Who handed a figure down, and to whom: "省财政厅下达我市", "省级下达临沧市", "财政部核定". */
const GRANTED_BY = new RegExp(
  `(?:省|上级|国家|财政部|中央)\\p{Script=Han}{0,5}?(?:${alternation("grant-verbs")})给?(?:[我本][市州县区盟旗]|\\p{Script=Han}{1,4}?[市州县盟旗])?`,
  "gu",
);
/** Words that stand in a figure's own words without naming what it measures. */
const NOT_NAMING = new RegExp(
  `${alternation("scope-words")}|${alternation("whole-words")}|年末|年底|年初|全年|全体|初步核算|达到|实现|完成|来源于|${alternation("sum-words")}`,
  "g",
);

/**
 * A figure's own words without a bracket left open after it, which holds the parts that follow
 * ("限额7016194万元（一般债务限额2068994万元…", "债券465.6亿元（含再融资债券226亿元）"): their words are theirs.
 */
export function withoutPartsAfter(ownWords: string): string {
  return ownWords.replace(/(?<=\d[^（(]*)[（(][^（()）]*$/, "");
}

/**
 * Share of the figure's own words that the question asked for: "其中教师544名" is about 教师
 * alone, "612名中小学校长教师参与交流轮岗" about more. Breaks ties between a total and its items.
 */
export function precision(ownWords: string, q: Question, unitClass: UnitClass): number {
  // Words of time and scope (年末, 全年, 全市) and linking verbs (达到, 实现) name nothing the
  // question could have asked: "年末全市常住人口" is as precise as "常住人口".
  // Who handed an amount down names nothing of it; of things counted it says which ("下达我市教育建设
  // 项目56项": the projects granted, not those completed).
  // Nor does the place asked ("来源于佛山市财政收入1486.70亿元" is as precise as "财政收入1486.70亿元").
  const own = withoutPlaceAsked(withoutPartsAfter(ownWords), q);
  const han = (unitClass === "money" ? own.replace(GRANTED_BY, "") : own)
    .replace(PRINTED_YEARS, "")
    .replace(NOT_NAMING, "")
    .replace(/[^\p{Script=Han}]/gu, "")
    .replace(/^其中/, "")
    // The joining word of items asked together ("工业和手工业总产值"), when the question joins them so too.
    .replace(/[和与及]/g, (and) => (q.text.includes(and) ? "" : and))
    // Nor the particle of a verb done ("达到了").
    .replace(/了/g, "");
  if (!han) return 0;
  let covered = 0;
  for (const term of q.terms) {
    // The longest alternative printed: 货物进出口 covers more of "货物进出口增长" than 进出口 does.
    const alt = term.alternatives.filter((a) => han.includes(a)).sort((a, b) => b.length - a.length)[0];
    if (alt) covered += alt.length;
  }
  return Math.min(1, covered / han.length);
}

/** A text without the name of the place a question asks about, in full or short (佛山市, 佛山). */
function withoutPlaceAsked(text: string, q: Question): string {
  if (!q.place) return text;
  return text.replaceAll(q.place.name, "").replaceAll(q.place.short, "");
}
