/**
 * A question in a conversation: read against the one before (question/follow-up.ts), answered, and
 * what it was understood as kept for the next. The caller keeps `Understood` between messages (the
 * bot in its session, the terminal chat and `ask --conversation` in a variable).
 */
import { readTurn, type Understood } from "../question/follow-up.ts";
import type { Corpus } from "../search/corpus.ts";
import { answerQuestion } from "./answer.ts";
import type { AnswerOptions } from "./figure-answer.ts";
import type { Answer } from "./types.ts";

export type { Understood } from "../question/follow-up.ts";

export interface ConversationTurn {
  answer: Answer;
  /** What to keep for the next message. */
  understood: Understood;
}

export async function answerInConversation(
  corpus: Corpus,
  message: string,
  previous: Understood | null,
  options: AnswerOptions = {},
): Promise<ConversationTurn> {
  const turn = readTurn(message, previous, { places: corpus.places, present: corpus.present });
  const answer = await answerQuestion(corpus, turn.question, options);
  return { answer: { ...answer, query: message, understood: turn.question }, understood: turn.understood };
}
