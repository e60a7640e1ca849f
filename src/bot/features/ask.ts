/**
 * Questions: any text in a private chat; in groups `/ask 问题`, an @mention of the bot,
 * or a reply to one of its messages. One reply, figure first, with buttons. Each question is
 * counted for /stats, and one without an answer (or on which the engine failed, which gets an
 * apology) is appended to the unanswered log (answerSafely).
 */
import { Composer, InputFile, type Context } from "grammy";
import { chartOf } from "../../answer/series-chart.ts";
import type { Answer } from "../../answer/types.ts";
import { renderChart } from "../../chart/index.ts";
import { previousQuestion, rememberQuestion } from "../conversation.ts";
import { ENGINE_FAILED } from "../../answer/format.ts";
import type { AnswerStore } from "../answer-cache.ts";
import type { BotDeps } from "../deps.ts";
import { mentionsBot, repliesToBot } from "../filters.ts";
import { answerKeyboard, answerTurnSafely } from "../reply.ts";
import { escapeHtml, formatAnswerHtml, TELEGRAM_CAPTION_LIMIT } from "../telegram-html.ts";

const USAGE = "请在命令后写上问题，例如：/ask 高中毛入学率";

export function askFeature(deps: BotDeps, cache: AnswerStore): Composer<Context> {
  const composer = new Composer<Context>();

  async function ask(ctx: Context, question: string): Promise<void> {
    const replyTo = { message_id: ctx.msg!.message_id, allow_sending_without_reply: true };
    if (!question.trim()) {
      await ctx.reply(USAGE, { reply_parameters: replyTo });
      return;
    }
    // Read against the question before in this conversation ("那2018年呢").
    const turn = await answerTurnSafely(deps, question, ctx.from?.id ?? null, "chat", previousQuestion(ctx));
    if (!turn) {
      await ctx.reply(ENGINE_FAILED, { reply_parameters: replyTo });
      return;
    }
    const { answer } = turn;
    rememberQuestion(ctx, turn.understood);
    const key = await cache.put(answer);
    const html = formatAnswerHtml(answer);
    const reply_markup = answerKeyboard(key, answer, 0);
    const chart = await chartPng(answer);
    if (chart) {
      // A series: its chart, with the table as the caption when it fits (else the table first).
      const fits = html.length <= TELEGRAM_CAPTION_LIMIT;
      if (!fits) await ctx.reply(html, { parse_mode: "HTML", reply_parameters: replyTo, link_preview_options: { is_disabled: true } });
      await ctx.replyWithPhoto(new InputFile(chart, "chart.png"), {
        caption: fits ? html : escapeHtml(answer.subject ?? ""),
        parse_mode: "HTML",
        reply_parameters: replyTo,
        reply_markup,
      });
    } else {
      await ctx.reply(html, { parse_mode: "HTML", reply_parameters: replyTo, reply_markup, link_preview_options: { is_disabled: true } });
    }
    deps.logger.info("answered", { user: ctx.from?.id, found: answer.found, figure: answer.figure?.text ?? null, kind: answer.kind ?? "figure" });
  }

  /** The chart of a series answer, or null (no series, too few points, or drawing failed: the table still goes). */
  async function chartPng(answer: Answer): Promise<Buffer | null> {
    const spec = chartOf(answer);
    if (!spec) return null;
    try {
      return await renderChart(spec);
    } catch (error) {
      deps.logger.error("chart failed", { error: error instanceof Error ? error : String(error) });
      return null;
    }
  }

  composer.command("ask", (ctx) => ask(ctx, ctx.match));

  composer.chatType("private").on("message:text", async (ctx, next) => {
    if (ctx.msg.text.startsWith("/")) return next(); // an unknown command: unhandled explains
    await ask(ctx, ctx.msg.text);
  });

  composer
    .chatType(["group", "supergroup"])
    .on("message:text")
    .filter(
      (ctx) => mentionsBot(ctx) || repliesToBot(ctx),
      async (ctx) => {
        const username = ctx.me.username;
        const question = ctx.msg.text.replace(new RegExp(`@${username}\\b`, "gi"), " ");
        await ask(ctx, question);
      },
    );

  return composer;
}
