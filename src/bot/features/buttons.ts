/** The buttons under an answer: 原文段落 (the whole paragraph) and 其他结果 (paging through alternatives). */
import { Composer, GrammyError, type Context } from "grammy";
import { formatAlternativeHtml, formatAnswerHtml, formatParagraphHtml } from "../telegram-html.ts";
import type { AnswerCache } from "../answer-cache.ts";
import type { BotDeps } from "../deps.ts";
import { answerKeyboard, CALLBACK, candidateAt } from "../reply.ts";

const STALE = "这个结果已过期，请重新提问。";

export function buttonsFeature({ logger }: BotDeps, cache: AnswerCache): Composer<Context> {
  const composer = new Composer<Context>();

  composer.callbackQuery(CALLBACK.pattern, async (ctx) => {
    const [, action, key, posText] = ctx.match as RegExpMatchArray;
    const pos = Number(posText);
    const answer = cache.get(key!);
    const candidate = answer && candidateAt(answer, pos);
    if (!answer || !candidate) {
      await ctx.answerCallbackQuery({ text: STALE });
      return;
    }

    if (action === "p") {
      await ctx.answerCallbackQuery();
      if (!ctx.chat) {
        // A button under an inline-mode message: the bot may not be in that chat.
        return;
      }
      const replyTo = ctx.callbackQuery.message?.message_id;
      for (const html of formatParagraphHtml(candidate)) {
        await ctx.reply(html, {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
          ...(replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
        });
      }
      return;
    }

    const html = pos === 0 ? formatAnswerHtml(answer) : formatAlternativeHtml(answer, pos - 1)!;
    const reply_markup = answerKeyboard(key!, answer, pos);
    await ctx.answerCallbackQuery();
    try {
      await ctx.editMessageText(html, { parse_mode: "HTML", reply_markup, link_preview_options: { is_disabled: true } });
    } catch (error) {
      if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
      if (error.description.includes("message is not modified")) return;
      // Too old to edit, or deleted: send it as a new message instead.
      logger.debug("edit failed, sending anew", { error: error.description });
      await ctx.reply(html, { parse_mode: "HTML", reply_markup, link_preview_options: { is_disabled: true } });
    }
  });

  return composer;
}
