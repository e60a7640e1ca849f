/**
 * A series: one figure per period asked (question/request.ts), each answered as the question asked
 * alone for that year ("2019年" + the rest), so that a point is accepted or refused exactly as that
 * question would be. A period no report states stays empty: a gap is never filled in.
 */
import type { Request } from "../question/request.ts";
import type { Corpus } from "../search/corpus.ts";
import { subjectOf } from "./subject.ts";
import { allocates } from "./acceptance.ts";
import { answerFigure, notFound, understandIn, type AnswerOptions } from "./figure-answer.ts";
import type { Answer, Figure, SeriesPoint } from "./types.ts";

export async function answerSeries(corpus: Corpus, query: string, request: Extract<Request, { kind: "series" }>, options: AnswerOptions): Promise<Answer> {
  // A series is of actual figures unless it asks for targets: a year's aim is no point of its
  // actuals, though an allocation (拟安排专项债券…) is what officials ask of a year's plan.
  const wantsTarget = understandIn(corpus, request.text).wantedKind === "target";
  // The years are asked at once: a store over the network answers them side by side.
  const answers = await Promise.all(
    request.years.map(async (year) => {
      const answer = await answerFigure(corpus, `${year}年${request.text}`, options);
      const aim = answer.figure?.kind === "target" && !wantsTarget && !allocates(answer.sentence);
      return { year, answer: aim ? notFound(answer.query, []) : answer };
    }),
  );
  const series: SeriesPoint[] = answers.map(({ year, answer }) => {
    // A later report's revision of the year's figure is the series' point, marked 修订.
    const point = answer.revisedBy?.figure ? answer.revisedBy : answer;
    // Only a figure of that very year is its point: the question for 2015 may still be answered by a span's figure
    // ("78到85这八年…每年" kept 1978—1985 in every year's question), which is no year's.
    return answer.found && point.figure && isOfYear(point.figure, year)
      ? {
          year,
          figure: point.figure,
          sentence: point.sentence,
          paragraph: point.paragraph,
          report: point.report,
          heading: point.heading,
          ...(answer.revisedBy || answer.revises ? { revised: true } : {}),
        }
      : { year, figure: null, sentence: "", paragraph: "", report: { title: "", file: "", date: "" }, heading: "" };
  });
  const latest = answers.filter((_, i) => series[i]!.figure !== null).at(-1);
  const top = latest ? { ...latest.answer, alternatives: [] } : notFound(query, []);
  return { ...top, query, kind: "series", subject: subjectOf(corpus, request.text), series, ...(request.notice ? { seriesNotice: request.notice } : {}) };
}

/** A figure about that one year: its year, and no span of years. */
function isOfYear(figure: Figure, year: number): boolean {
  return figure.year === year && !figure.period;
}
