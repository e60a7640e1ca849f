/**
 * Questions: any text in a private chat; in groups `/ask 问题`, an @mention of the bot,
 * or a reply to one of its messages. One reply, figure first, with buttons. Each question is
 * counted for /stats, and one without an answer (or on which the engine failed, which gets an
 * apology) is appended to the unanswered log (answerSafely).
 */
import { Composer, type Context } from "grammy";
import { ENGINE_FAILED } from "../../answer/format.ts";
import type { AnswerCache } from "../answer-cache.ts";
import type { BotDeps } from "../deps.ts";
import { mentionsBot, repliesToBot } from "../filters.ts";
import { answerKeyboard, answerSafely } from "../reply.ts";
import { formatAnswerHtml } from "../telegram-html.ts";

const USAGE = "请在命令后写上问题，例如：/ask 高中毛入学率";

export function askFeature(deps: BotDeps, cache: AnswerCache): Composer<Context> {
  const composer = new Composer<Context>();

  async function ask(ctx: Context, question: string): Promise<void> {
    const replyTo = { message_id: ctx.msg!.message_id, allow_sending_without_reply: true };
    if (!question.trim()) {
      await ctx.reply(USAGE, { reply_parameters: replyTo });
      return;
    }
    const answer = answerSafely(deps, question, ctx.from?.id ?? null);
    if (!answer) {
      await ctx.reply(ENGINE_FAILED, { reply_parameters: replyTo });
      return;
    }
    const key = cache.put(answer);
    await ctx.reply(formatAnswerHtml(answer), {
      parse_mode: "HTML",
      reply_parameters: replyTo,
      reply_markup: answerKeyboard(key, answer, 0),
      link_preview_options: { is_disabled: true },
    });
    deps.logger.info("answered", { user: ctx.from?.id, found: answer.found, figure: answer.figure?.text ?? null });
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
