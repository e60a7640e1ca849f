import { corpusOf } from "../../src/search/corpus.ts";
import { readFileSync } from "node:fs";
import { answerQuestion } from "../../src/answer/answer.ts";
import { isRight, sameFigure, type QaItem } from "../../src/bench/score.ts";
import type { SearchIndex } from "../../src/search/index/search-index.ts";

/** A question set of test/fixtures/ (one JSON object a line). */
export function readQa(name: string): QaItem[] {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as QaItem);
}

export interface SetScore {
  /** Share of the questions answered right (figure and source, as score.py judges). */
  right: number;
  /** Share of the figures given that are not right, as score.py's `wrong:` line counts them. */
  wrong: number;
  /** Share of the figures given whose figure itself is wrong (not merely quoted from another sentence). */
  wrongFigure: number;
  missed: string;
  wrongIds: string;
}

/** A question set answered over an index, judged as score.py judges it. */
export async function scoreSet(qa: readonly QaItem[], index: SearchIndex): Promise<SetScore> {
  const answers = [];
  for (const item of qa) answers.push({ item, answer: await answerQuestion(corpusOf(index), item.q) });
  const given = answers.filter(({ answer }) => answer.found && answer.figure !== null);
  const wrong = given.filter(({ item, answer }) => !isRight(item, answer));
  const wrongFigure = wrong.filter(({ item, answer }) => !item.answerable || !item.answers.some((a) => sameFigure(a, answer.figure!.text)));
  const missed = answers.filter(({ item, answer }) => !isRight(item, answer)).map(({ item }) => item.id);
  return {
    right: 1 - missed.length / qa.length,
    wrong: wrong.length / Math.max(1, given.length),
    wrongFigure: wrongFigure.length / Math.max(1, given.length),
    missed: missed.join(" "),
    wrongIds: wrong.map(({ item }) => item.id).join(" "),
  };
}
