/**
 * Questions: any text in a private chat; in groups `/ask 问题`, an @mention of the bot,
 * or a reply to one of its messages. One reply, figure first, with buttons. Each question is
 * counted for /stats, and one without an answer is appended to the unanswered log.
 */
import { Composer, type Context } from "grammy";
import { formatAnswerHtml } from "../telegram-html.ts";
import type { AnswerCache } from "../answer-cache.ts";
import type { BotDeps } from "../deps.ts";
import { mentionsBot, repliesToBot } from "../filters.ts";
import { answerKeyboard, answerSafely, MAX_QUESTION_CHARS } from "../reply.ts";

const USAGE = "请在命令后写上问题，例如：/ask 高中毛入学率";
const ENGINE_FAILED = "抱歉，这个问题暂时没能查询，请稍后再试或换个说法。";

export function askFeature(deps: BotDeps, cache: AnswerCache): Composer<Context> {
  const composer = new Composer<Context>();

  async function ask(ctx: Context, question: string): Promise<void> {
    const replyTo = { message_id: ctx.msg!.message_id, allow_sending_without_reply: true };
    if (!question.trim()) {
      await ctx.reply(USAGE, { reply_parameters: replyTo });
      return;
    }
    const started = performance.now();
    const answer = answerSafely(deps, question);
    deps.stats?.record(!answer ? "failed" : answer.found ? "answered" : "not-found", performance.now() - started);
    if (!answer || !answer.found) {
      void deps.unanswered?.append({ time: new Date().toISOString(), user: ctx.from?.id ?? null, question: Array.from(question.trim()).slice(0, MAX_QUESTION_CHARS).join(""), reason: answer ? "not-found" : "error" });
    }
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
