/** Admin commands (ADMIN_USERS only): /status shows what the running bot has indexed. */
import { Composer, type Context } from "grammy";
import { escapeHtml } from "../../answer/format.ts";
import type { AnswerCache } from "../answer-cache.ts";
import type { BotDeps } from "../deps.ts";
import { isAdmin } from "../filters.ts";

const startedAt = Date.now();

export function adminFeature({ getIndex, config }: BotDeps, cache: AnswerCache): Composer<Context> {
  const composer = new Composer<Context>();

  composer.command("status", async (ctx) => {
    if (!isAdmin(ctx, config)) {
      await ctx.reply("此命令仅限管理员使用。");
      return;
    }
    const index = getIndex();
    const paragraphs = index.reports.reduce((sum, r) => sum + r.paragraphs, 0);
    const figures = index.reports.reduce((sum, r) => sum + r.figures, 0);
    const lines = [
      "<b>找数 · 运行状态</b>",
      `报告：${index.reports.length} 份，段落 ${paragraphs}，数字 ${figures}`,
      `索引生成于：${escapeHtml(index.builtAt)}`,
      `已运行：${Math.round((Date.now() - startedAt) / 60_000)} 分钟`,
      `内存：${Math.round(process.memoryUsage().rss / 1048576)} MB，缓存答案 ${cache.size} 条`,
      `访问：${config.ALLOWED_USERS.length === 0 ? "对所有人开放" : `允许 ${config.ALLOWED_USERS.length} 人`}，管理员 ${config.ADMIN_USERS.length} 人`,
    ];
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
  });

  return composer;
}
