/**
 * A comparison: figures side by side for the years or places asked (question/request.ts), each
 * answered as the question asked alone for it. The difference of the first two is shown only when
 * both have a figure in the same unit and of the same kind, and is labelled a computed value.
 */
import type { Request } from "../question/request.ts";
import type { Corpus } from "../search/corpus.ts";
import { subjectOf } from "./subject.ts";
import { answerFigure, notFound, type AnswerOptions } from "./figure-answer.ts";
import type { Answer, ComparisonItem, Figure } from "./types.ts";

export async function answerComparison(
  corpus: Corpus,
  query: string,
  request: Extract<Request, { kind: "comparison" }>,
  options: AnswerOptions,
): Promise<Answer> {
  const answered = await Promise.all(request.items.map(async (ask) => ({ ask, answer: await answerFigure(corpus, ask.question, options) })));
  const items: ComparisonItem[] = answered.map(({ ask, answer }) => {
    const stated = answer.found && answer.figure !== null;
    return {
      label: ask.label,
      place: stated ? answer.figure!.place : (ask.place ?? ""),
      year: stated ? answer.figure!.year : ask.year,
      figure: stated ? answer.figure : null,
      sentence: stated ? answer.sentence : "",
      paragraph: stated ? answer.paragraph : "",
      report: stated ? answer.report : { title: "", file: "", date: "" },
      heading: stated ? answer.heading : "",
    };
  });
  const first = answered.find(({ answer }) => answer.found && answer.figure);
  const top = first ? { ...first.answer, alternatives: [] } : notFound(query, []);
  const difference = differenceOf(items[0]?.figure ?? null, items[1]?.figure ?? null);
  return { ...top, query, kind: "comparison", subject: subjectOf(corpus, request.text), items, ...(difference ? { difference } : {}) };
}

/** The second figure less the first, when both are of one unit and kind and neither is a bound; else null. */
export function differenceOf(a: Figure | null, b: Figure | null): string | null {
  if (!a || !b || a.unit !== b.unit || a.kind !== b.kind || a.qualifier || b.qualifier || a.unit === "") return null;
  const delta = Math.round((b.value - a.value) * 1e6) / 1e6;
  const sign = delta > 0 ? "+" : delta < 0 ? "−" : "±";
  // Percentages differ by percentage points.
  const unit = a.unit === "%" ? "个百分点" : a.unit;
  return `${sign}${Math.abs(delta)}${unit}`;
}
