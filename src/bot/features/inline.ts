/**
 * Inline mode: `@bot 高中毛入学率` in any chat offers the answer (and its alternatives) as articles.
 * cache_time 0 and is_personal, so one user's results are never served to another. When the
 * engine fails, no article (nothing to send into the chat by mistake) but an apology above the
 * results, as a button that opens the chat with the bot.
 */
import { Composer, type Context } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { clip, ENGINE_FAILED, metricLabel } from "../../answer/format.ts";
import type { Answer, Candidate } from "../../answer/types.ts";
import type { BotDeps } from "../deps.ts";
import { answerSafely } from "../reply.ts";
import { formatAnswerHtml } from "../telegram-html.ts";

const MAX_RESULTS = 5;
const PERSONAL = { cache_time: 0, is_personal: true } as const;
/** The apology above no results; the button opens the private chat with /start (start_parameter: A-Z a-z 0-9 _ -). */
const APOLOGY = { ...PERSONAL, button: { text: ENGINE_FAILED, start_parameter: "engine_error" } };

function article(id: string, answer: Answer, candidate: Candidate): InlineQueryResultArticle {
  const figure = candidate.figure;
  const title = figure ? [figure.text, metricLabel(candidate)].filter(Boolean).join("  ") : "报告中没有写明这个数字";
  const source = [candidate.report.title, candidate.report.date].filter(Boolean).join(" · ");
  const description = clip(`${candidate.sentence || "换个说法再试"}\n${source}`, 120);
  // The article's message is the same reply as in a chat, for this candidate.
  const message = candidate === answer ? answer : { ...candidate, query: answer.query, alternatives: [] };
  return {
    type: "article",
    id,
    title: clip(title, 60),
    description,
    input_message_content: {
      message_text: formatAnswerHtml(message),
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    },
  };
}

export function inlineFeature(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    if (!query) {
      await ctx.answerInlineQuery([], PERSONAL);
      return;
    }
    const answer = await answerSafely(deps, query, ctx.from.id, "inline");
    if (!answer) {
      await ctx.answerInlineQuery([], APOLOGY);
      return;
    }
    const candidates: Candidate[] = answer.found ? [answer, ...answer.alternatives.filter((c) => c.found)] : [answer];
    const results = candidates.slice(0, MAX_RESULTS).map((c, i) => article(String(i), answer, c));
    await ctx.answerInlineQuery(results, PERSONAL);
  });

  return composer;
}
