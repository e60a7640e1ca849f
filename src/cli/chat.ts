/**
 * The terminal chat: the same engine and the same reply text as the bot, without HTML.
 * Used by `npm start` when BOT_TOKEN is not set. When the engine fails on a question, one polite
 * line (the error goes to the logger, its stack at debug level) and the chat carries on.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { chartOf } from "../answer/series-chart.ts";
import { answerInConversation, type Understood } from "../answer/conversation.ts";
import { ENGINE_FAILED, formatAlternativeText, formatAnswerText, formatParagraphText } from "../answer/format.ts";
import type { Answer } from "../answer/types.ts";
import type { Logger } from "../logger.ts";
import type { Corpus } from "../search/corpus.ts";

export interface ChatOptions {
  getCorpus: () => Corpus;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where an engine failure is logged (absent: only the apology is shown). */
  logger?: Logger;
  /** Where a series' chart is written as a PNG, its path printed (absent: no chart). */
  chartDir?: string;
}

export const CHAT_BANNER = [
  "找数 · 终端问答（与 Telegram 机器人相同的引擎和回答）",
  "输入问题后回车，例如：高中毛入学率 / 2019年城镇新增就业多少？",
  "  :p 看上一条回答的原文段落   :n 看下一个其他结果   :q 退出（或 Ctrl+D）",
  "连接 Telegram：在 .env 中设置 BOT_TOKEN（向 @BotFather 申请，见 .env.example），再运行 npm start。",
].join("\n");

/** Runs until the input ends or the user types :q. */
export async function runChat({ getCorpus, input = process.stdin, output = process.stdout, logger, chartDir }: ChatOptions): Promise<void> {
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output, terminal: interactive });
  const say = (text: string) => output.write(`${text}\n`);
  say(CHAT_BANNER);
  say(`已载入 ${getCorpus().reportCount} 份报告。\n`);

  let last: Answer | null = null;
  let understood: Understood | null = null;
  let shown = 0; // 0 = the answer, k = alternative k
  rl.setPrompt("问> ");
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    // Piped input is not echoed by a terminal: show the question above its answer.
    if (!interactive) say(`问> ${text}`);
    if (text === ":q" || text === ":quit") break;
    if (text === ":p") {
      // A "not found" answer has no paragraph of its own: show the closest passage's.
      const candidate = last && (shown === 0 ? (last.found ? last : last.alternatives[0]) : last.alternatives[shown - 1]);
      say(candidate ? formatParagraphText(candidate) : "还没有回答。");
    } else if (text === ":n") {
      if (!last || last.alternatives.length === 0) say("没有其他结果。");
      else {
        shown = (shown % last.alternatives.length) + 1;
        say(formatAlternativeText(last, shown - 1) ?? "没有其他结果。");
      }
    } else if (text) {
      try {
        // The chat is one conversation: a question may follow up on the one before ("那2018年呢").
        const turn = await answerInConversation(getCorpus(), text, understood);
        understood = turn.understood;
        const answer: Answer = turn.answer;
        last = answer;
        shown = 0;
        say(formatAnswerText(answer));
        const chart = chartDir ? await writeChart(answer, chartDir, logger) : null;
        if (chart) say(`图表：${chart}`);
      } catch (error) {
        logger?.error("engine failed", { q: text.slice(0, 60), error: error instanceof Error ? error : String(error) });
        if (error instanceof Error && error.stack) logger?.debug(error.stack);
        say(ENGINE_FAILED);
      }
    }
    say("");
    if (interactive) rl.prompt();
  }
  rl.close();
}

/** A series' chart written as a PNG under `dir`; its path, or null when there is none or it failed (logged). */
async function writeChart(answer: Answer, dir: string, logger: Logger | undefined): Promise<string | null> {
  const spec = chartOf(answer);
  if (!spec) return null;
  try {
    const { renderChart } = await import("../chart/index.ts");
    const png = await renderChart(spec);
    await mkdir(dir, { recursive: true });
    // Milliseconds in the name: two series asked within a second are two files.
    const path = join(dir, `${new Date().toISOString().replace(/[-:.Z]/g, "")}.png`);
    await writeFile(path, png);
    return path;
  } catch (error) {
    logger?.error("chart failed", { error: error instanceof Error ? error : String(error) });
    return null;
  }
}
