/** The buttons under an answer: 原文段落 (the whole paragraph), 其他结果 (paging through alternatives), 导出表格 (a workbook). */
import { Composer, GrammyError, InputFile, type Context } from "grammy";
import { exportRowsOf } from "../../answer/series-chart.ts";
import { rowsToXlsx } from "../../export/xlsx.ts";
import { escapeHtml, formatAlternativeHtml, formatAnswerHtml, formatParagraphHtml } from "../telegram-html.ts";
import type { AnswerStore } from "../answer-cache.ts";
import type { BotDeps } from "../deps.ts";
import { answerKeyboard, CALLBACK, candidateAt } from "../reply.ts";

const STALE = "这个结果已过期，请重新提问。";

/** A file name from a table's title: no characters a file system or Telegram client would refuse. */
function fileNameOf(title: string): string {
  return title.replace(/[\\/:*?"<>|\s]+/g, "_").slice(0, 40) || "找数";
}

export function buttonsFeature({ logger }: BotDeps, cache: AnswerStore): Composer<Context> {
  const composer = new Composer<Context>();

  composer.callbackQuery(CALLBACK.pattern, async (ctx) => {
    const [, action, key, posText] = ctx.match as RegExpMatchArray;
    const pos = Number(posText);
    const answer = await cache.get(key!);
    const candidate = answer && candidateAt(answer, pos);
    if (!answer || !candidate) {
      await ctx.answerCallbackQuery({ text: STALE });
      return;
    }

    if (action === "x") {
      // 导出表格: the series or comparison as a workbook, sent as a document.
      await ctx.answerCallbackQuery();
      if (!ctx.chat || !answer.kind) return;
      const title = answer.subject || "找数";
      const xlsx = await rowsToXlsx(title, exportRowsOf(answer));
      await ctx.replyWithDocument(new InputFile(xlsx, `${fileNameOf(title)}.xlsx`), { caption: escapeHtml(answer.query), parse_mode: "HTML" });
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
