/**
 * answerQuestion: question text → the best fact (figure, sentence, paragraph, report, section)
 * or an honest "not found" with the closest passages. The stages, in order:
 *
 *   understand  question/understand.ts   words, year, period, kind, unit wanted
 *   retrieve    search/ (Corpus)         candidate sentences
 *   read        answer/facts.ts          every figure with its clause, year, kind and role
 *   rank        answer/rank.ts           accepted or refused (acceptance.ts), scored (score-table.ts)
 *
 * A defect throws: the caller logs it and apologises (never a made-up "not found").
 */
import { isLongMessage, questionParts } from "../question/message.ts";
import { readRequest } from "../question/request.ts";
import type { Corpus } from "../search/corpus.ts";
import { answerComparison } from "./comparison.ts";
import { answerFigure, understandIn, type AnswerOptions } from "./figure-answer.ts";
import { answerSeries } from "./series.ts";
import type { Answer } from "./types.ts";
import { latestDataYear } from "./year-rules.ts";

export { notFound, understandIn, type AnswerOptions } from "./figure-answer.ts";

export async function answerQuestion(corpus: Corpus, text: string, options: AnswerOptions = {}): Promise<Answer> {
  const query = typeof text === "string" ? text : "";
  if (!isLongMessage(query)) return answerMessage(corpus, query, options);
  // A long message: its parts that ask, in order; the first that finds a figure answers.
  const parts = questionParts(query);
  // No part asks (one long sentence, or pasted text): searched whole, as understanding allows.
  if (parts.length === 0) return answerMessage(corpus, query, options);
  let first: Answer | null = null;
  for (const part of parts) {
    const answer = { ...(await answerMessage(corpus, part, options)), query, asked: part };
    if (answer.found) return answer;
    first ??= answer;
  }
  return first!;
}

/** One question: a figure, a series of figures, or figures side by side (question/request.ts). */
async function answerMessage(corpus: Corpus, query: string, options: AnswerOptions): Promise<Answer> {
  const latest = () => latestDataYear(corpus, understandIn(corpus, query).place?.code ?? null);
  const request = readRequest(query, { latestDataYear: latest, places: corpus.places });
  if (request.kind === "series" && request.spanTotalFirst) {
    // An amount over the last years: the span's total where a report states it, else its years.
    const figure = await answerFigure(corpus, query, options);
    if (figure.found) return figure;
    return answerSeries(corpus, query, request, options);
  }
  if (request.kind === "series") {
    // A series no year of which is found may have been one figure asked ("06年起中央每年转移支付保基层和义教多少":
    // "从今年起，…中央财政转移支付每年将达到780多亿元"): that figure, if the question finds one.
    const series = await answerSeries(corpus, query, request, options);
    if (series.found) return series;
    const figure = await answerFigure(corpus, query, options);
    return figure.found ? figure : series;
  }
  if (request.kind === "comparison") {
    // So may years side by side none of which is found ("1977、1978两年进出口总额增长多少": "这两年中，…进出口总额增长
    // 百分之五十三点七", the two years' change).
    const comparison = await answerComparison(corpus, query, request, options);
    if (comparison.found || request.items.some((item) => item.year === null)) return comparison;
    const figure = await answerFigure(corpus, query, options);
    return figure.found ? figure : comparison;
  }
  return answerFigure(corpus, query, options);
}
