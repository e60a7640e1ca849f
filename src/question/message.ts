/**
 * A message as typed is not always a question: an official may paste a paragraph with the question
 * at its start or its end, or send nothing but punctuation. This module finds the parts of a long
 * message worth searching, best first; the answer stage tries them in order and says the rest was
 * not read.
 */
import { anyOf } from "../zh/word-classes.ts";

/** A message up to this long (characters) is one question, searched whole. */
export const LONG_MESSAGE_CHARS = 60;
/** A part of a longer message is a question only up to this long: longer ones are pasted text. */
const MAX_PART_CHARS = 60;
/** Without an asking mark, a line this short may still be a question typed as a metric ("高中阶段毛入学率"). */
const BARE_LINE_CHARS = 30;
/** At most this many parts are tried: a pasted report must not cost a hundred searches. */
export const MAX_PARTS_TRIED = 3;

const ASKS = new RegExp(`[？?]|${anyOf("asking-marks")}`);
/** Sentence and line ends; a question mark stays with its sentence. */
const PART_END = /(?<=[。！!？?；;])|\n/;

/** Whether a message is long enough that only a part of it is the question. */
export function isLongMessage(message: string): boolean {
  return Array.from(message.trim()).length > LONG_MESSAGE_CHARS;
}

/**
 * The parts of a long message to search, best first: the sentences or lines that ask (a question
 * mark, 多少, 几…), in order; failing those, the short lines (a metric typed alone). Empty when
 * no part looks like a question.
 */
export function questionParts(message: string): string[] {
  const parts = message
    .split(PART_END)
    .map((part) => part.trim())
    .filter((part) => part.length >= 2 && Array.from(part).length <= MAX_PART_CHARS);
  const asking = parts.filter((part) => ASKS.test(part));
  const chosen = asking.length > 0 ? asking : parts.filter((part) => Array.from(part).length <= BARE_LINE_CHARS && !/[。，,]/.test(part));
  return chosen.slice(0, MAX_PARTS_TRIED);
}
