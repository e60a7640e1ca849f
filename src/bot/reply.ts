/** Shared by the features that answer: run the engine safely, and build the buttons under an answer. */
import { InlineKeyboard } from "grammy";
import { answerQuestion } from "../answer/answer.ts";
import { answerInConversation, type Understood } from "../answer/conversation.ts";
import { notFoundPassages } from "../answer/format.ts";
import type { Answer, Candidate } from "../answer/types.ts";
import type { BotDeps } from "./deps.ts";

/**
 * A message is cut to this many characters before it reaches the engine, which looks in it for
 * the question (question/message.ts). Telegram sends at most 4,096; this only bounds other callers.
 */
export const MAX_MESSAGE_CHARS = 10_000;

/**
 * Callback data: `a:<key>:<pos>` shows candidate `pos` (0 = the answer, k = alternative k), `p:<key>:<pos>`
 * its paragraph, `x:<key>:0` sends a series' or comparison's table as an .xlsx.
 */
export const CALLBACK = {
  show: (key: string, pos: number) => `a:${key}:${pos}`,
  paragraph: (key: string, pos: number) => `p:${key}:${pos}`,
  /** 导出表格: the series or comparison as an .xlsx. */
  exportTable: (key: string) => `x:${key}:0`,
  pattern: /^([apx]):([0-9a-z]{1,20}):(\d{1,3})$/,
};

/**
 * Where a question came from. A chat question (private, /ask, a mention) is counted in /stats and,
 * when it has no answer, appended to the unanswered log. An inline query comes at every pause in
 * typing: only an engine failure on it is counted and logged.
 */
export type QuestionSource = "chat" | "inline";

/**
 * Answers a question with the current index. Never throws: an engine failure (a defect, or an
 * index it cannot read) is logged with its stack at debug level, counted as failed in /stats and
 * appended to the unanswered log with reason "error", and reported as `null`, so the caller
 * apologises instead of showing a stack trace or a made-up "not found".
 */
export async function answerSafely(deps: BotDeps, text: string, user: number | null, source: QuestionSource = "chat"): Promise<Answer | null> {
  return (await answerTurnSafely(deps, text, user, source, undefined))?.answer ?? null;
}

/**
 * As answerSafely, for a message in a conversation: read against the question before it
 * (`previous`; null at the start) and returned with what it was understood as, to keep for the next.
 */
export async function answerTurnSafely(
  deps: BotDeps,
  text: string,
  user: number | null,
  source: QuestionSource,
  previous: Understood | null | undefined,
): Promise<{ answer: Answer; understood: Understood | null } | null> {
  const question = Array.from(text.trim()).slice(0, MAX_MESSAGE_CHARS).join("");
  const started = performance.now();
  const ms = () => performance.now() - started;
  let turn: { answer: Answer; understood: Understood | null };
  try {
    turn =
      previous === undefined
        ? { answer: await answerQuestion(deps.getCorpus(), question), understood: null }
        : await answerInConversation(deps.getCorpus(), question, previous);
  } catch (error) {
    deps.logger.error("engine failed", { user, source, q: question.slice(0, 60), error: error instanceof Error ? error : String(error) });
    if (error instanceof Error && error.stack) deps.logger.debug(error.stack);
    deps.stats?.record("failed", ms());
    void deps.unanswered?.append({ time: new Date().toISOString(), user, question, reason: "error" });
    return null;
  }
  const { answer } = turn;
  deps.logger.debug("answered", { found: answer.found, ms: Math.round(ms()), q: question.slice(0, 60) });
  if (source === "chat") {
    deps.stats?.record(answer.found ? "answered" : "not-found", ms());
    if (!answer.found) void deps.unanswered?.append({ time: new Date().toISOString(), user, question, reason: "not-found" });
  }
  return turn;
}

/** Candidate at a position: 0 is the answer itself, k ≥ 1 is alternative k. */
export function candidateAt(answer: Answer, pos: number): Candidate | undefined {
  return pos === 0 ? answer : answer.alternatives[pos - 1];
}

/** Has this candidate a paragraph worth a button? */
function hasParagraph(c: Candidate | undefined): boolean {
  return Boolean(c && (c.paragraph.trim() || c.sentence.trim()));
}

/**
 * Buttons under candidate `pos` of a cached answer: 原文段落, and paging through 其他结果. A
 * not-found reply already lists its closest passages: it gets one 原文 button per passage, never
 * a button that repeats them.
 */
export function answerKeyboard(key: string, answer: Answer, pos: number): InlineKeyboard | undefined {
  const keyboard = new InlineKeyboard();
  if (!answer.found) {
    notFoundPassages(answer).forEach((at, i) => {
      if (hasParagraph(candidateAt(answer, at))) keyboard.text(`原文 ${i + 1}`, CALLBACK.paragraph(key, at));
    });
    return keyboard.inline_keyboard[0]?.length ? keyboard : undefined;
  }
  // A series or a comparison: its table as a workbook.
  if (answer.kind) return new InlineKeyboard().text("导出表格", CALLBACK.exportTable(key));
  const n = answer.alternatives.length;
  if (pos > 0) keyboard.text(pos === 1 ? "◀ 回到答案" : "◀ 上一个", CALLBACK.show(key, pos - 1));
  if (hasParagraph(candidateAt(answer, pos))) keyboard.text("原文段落", CALLBACK.paragraph(key, pos));
  if (pos < n) keyboard.text(pos === 0 ? `其他结果 (${n})` : "下一个 ▶", CALLBACK.show(key, pos + 1));
  return keyboard.inline_keyboard[0]?.length ? keyboard : undefined;
}
