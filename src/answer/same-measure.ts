/**
 * Whether two accepted facts could be one measure: two years of one series, or two reports'
 * figures for one year (a revision). Both latest-by-default (figure-answer.ts) and revisions
 * (revisions.ts) compare facts this way.
 */
import type { Question } from "../question/types.ts";
import type { Corpus } from "../search/corpus.ts";
import { namedIn } from "./coverage.ts";
import { OTHER_QUANTITY_MARKS } from "./score-table.ts";
import { sentenceOf, withoutExclusions } from "./reading-context.ts";
import { displayName } from "../zh/places.ts";
import { OLD_LEVEL_DATED } from "../zh/years.ts";
import type { ScoredFact } from "./score-facts.ts";

/**
 * How far below the best a fact of the same measure may score and still be that measure: a series
 * is worded differently from year to year ("高技术制造业增加值增长18.2%" in 2021, "…分别增长8.9%"
 * in 2024), so its coverage and precision may differ by a few tenths of the question.
 */
export const SAME_MEASURE_WINDOW = 3;

/**
 * `other` could be the same measure as `best`: same kind, role, class of unit (亿美元 and 万亿元 are
 * both money), place, and marks of another kind of quantity (score-table.ts OTHER_QUANTITY_MARKS),
 * and every metric word of the question in its own sentence ("服务业对经济增长贡献率接近60%" lacks 消费),
 * unless it is the same figure.
 */
export function sameMeasure(corpus: Corpus, q: Question, other: ScoredFact, best: ScoredFact): boolean {
  return (
    other.fact.kind === best.fact.kind &&
    roleOf(corpus, other) === roleOf(corpus, best) &&
    other.fact.figure.unitClass === best.fact.figure.unitClass &&
    placeOfFact(corpus, other) === placeOfFact(corpus, best) &&
    // The same figure restated by a later report is the measure however it is worded then
    // ("将扶贫标准提高到2300元" for "人均纯收入2300元…作为新的国家扶贫标准").
    ((other.fact.figure.value === best.fact.figure.value && other.fact.figure.unit === best.fact.figure.unit) ||
      (marksWithin(other, best) && namesEveryMetricWord(corpus, q, other)))
  );
}

/**
 * `other` bears no mark of another kind of quantity ("新增装机3.7亿千瓦" is an increment) that `best`
 * lacks: a figure marked as another quantity is no figure of an unmarked best's measure, while an
 * unmarked one is as much the measure as a marked best ("已设21个自由贸易试验区" for the span's "设立11个").
 */
function marksWithin(other: ScoredFact, best: ScoredFact): boolean {
  const bestMarks = new Set(marksOf(best));
  return marksOf(other).every((mark) => bestMarks.has(mark));
}

/** The score's marks of another kind of quantity. */
function marksOf(s: ScoredFact): string[] {
  return s.score.adjustments.filter((a) => OTHER_QUANTITY_MARKS.has(a.name)).map((a) => a.name);
}

/** Every metric word of the question (of two characters or more) in the fact's own sentence, as printed or abbreviated. */
function namesEveryMetricWord(corpus: Corpus, q: Question, s: ScoredFact): boolean {
  const sentence = withoutExclusions(sentenceOf(corpus, s).searchSentence);
  // (A plan period asked, 十三五, dates the figure rather than naming it.)
  return q.terms.every((t) => t.isPlace || t.isShape || t.isPeriod || t.word.length < 2 || namedIn(t, sentence, true));
}

/**
 * A fact's role for comparing measures: an old level dated by its span ("五年来…从54万亿元") or printed after its year is the
 * level of its year, and a rate of change is one whether printed against a base or not ("比上年下降
 * 4.59%" and "能耗降幅超过3%" are both the year's fall).
 */
function roleOf(corpus: Corpus, s: ScoredFact): string {
  // (…and so is one printed right after its own year: "从2002年1288亿元增加到…" is 2002's level.)
  if (s.fact.role === "before" && (s.fact.spanPoint === "start" || datedOldLevel(corpus, s))) return "level";
  if (s.fact.role === "change" && s.fact.figure.unitClass === "percent") return "level";
  return s.fact.role;
}

function datedOldLevel(corpus: Corpus, s: ScoredFact): boolean {
  return OLD_LEVEL_DATED.test(sentenceOf(corpus, s).searchSentence.slice(s.fact.clause[0], s.fact.figure.start));
}

/** The place a figure is about, as a reply names it: its sentence's, else its report's ("" when unknown). */
export function placeOfFact(corpus: Corpus, s: ScoredFact): string {
  if (s.fact.place !== null && s.fact.place !== "own") return displayName(s.fact.place);
  return corpus.report(corpus.paragraph(s.paragraphIndex).report).place?.name ?? "";
}
