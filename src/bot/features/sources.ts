/** /sources: the indexed reports (title, date, paragraphs), newest first, paged to fit one message. */
import { Composer, InlineKeyboard, type Context } from "grammy";
import { splitHtml, TELEGRAM_MESSAGE_LIMIT } from "../telegram-html.ts";
import type { Corpus } from "../../search/corpus.ts";
import type { BotDeps } from "../deps.ts";

export const SOURCES_PAGE_SIZE = 20;

export function sourcesPage(corpus: Corpus, page: number): { html: string; pages: number; page: number } {
  const reports = [...corpus.reports].sort((a, b) => (b.date || String(b.year ?? "")).localeCompare(a.date || String(a.year ?? "")));
  const pages = Math.max(1, Math.ceil(reports.length / SOURCES_PAGE_SIZE));
  const at = Math.min(Math.max(0, page), pages - 1);
  const first = at * SOURCES_PAGE_SIZE;
  const lines = reports.slice(first, first + SOURCES_PAGE_SIZE).map((r, i) => {
    const title = Array.from(r.title || r.file)
      .slice(0, 60)
      .join("");
    return `${first + i + 1}. ${title} · ${r.date || r.year || "日期不详"} · ${r.paragraphs}段\n`;
  });
  const header = reports.length === 0 ? "还没有收录任何报告。" : `已收录 ${reports.length} 份报告${pages > 1 ? `（第 ${at + 1}/${pages} 页）` : ""}：\n`;
  // Titles come from the corpus: escaped by splitHtml; the first message is all we send.
  const html = splitHtml([{ text: header, bold: true }, { text: lines.join("") }], TELEGRAM_MESSAGE_LIMIT)[0] ?? "";
  return { html, pages, page: at };
}

function pageKeyboard(page: number, pages: number): InlineKeyboard | undefined {
  if (pages <= 1) return undefined;
  const keyboard = new InlineKeyboard();
  if (page > 0) keyboard.text("◀ 上一页", `s:${page - 1}`);
  if (page < pages - 1) keyboard.text("下一页 ▶", `s:${page + 1}`);
  return keyboard;
}

export function sourcesFeature({ getCorpus }: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.command("sources", async (ctx) => {
    const { html, pages, page } = sourcesPage(getCorpus(), 0);
    await ctx.reply(html, { parse_mode: "HTML", reply_markup: pageKeyboard(page, pages) });
  });

  composer.callbackQuery(/^s:(\d{1,4})$/, async (ctx) => {
    const { html, pages, page } = sourcesPage(getCorpus(), Number(ctx.match[1]));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(html, { parse_mode: "HTML", reply_markup: pageKeyboard(page, pages) }).catch((error: unknown) => {
      // Pressing the button of the page already shown.
      if (!String((error as Error).message).includes("message is not modified")) throw error;
    });
  });

  return composer;
}
