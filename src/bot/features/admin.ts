/**
 * Admin commands (ADMIN_USERS only): /status (what the running bot has indexed), /stats (the
 * index and the questions since start), /reload (load the index file again and swap it in).
 */
import { Composer, type Context } from "grammy";
import { escapeHtml } from "../telegram-html.ts";
import type { AnswerStore } from "../answer-cache.ts";
import type { BotDeps } from "../deps.ts";
import { isAdmin } from "../filters.ts";
import { reloadText } from "../notify.ts";
import type { AnswerStats } from "../stats.ts";

const startedAt = Date.now();
export const ADMIN_ONLY = "此命令仅限管理员使用。";

/** "3 天 4 小时", "25 分钟", "40 秒". */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} 秒`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} 分钟`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h} 小时${m % 60 ? ` ${m % 60} 分钟` : ""}`;
  return `${Math.floor(h / 24)} 天${h % 24 ? ` ${h % 24} 小时` : ""}`;
}

function formatSize(bytes: number | null): string {
  if (bytes === null) return "（内存中）";
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export function statsText(deps: BotDeps, stats: AnswerStats, now = Date.now()): string {
  const corpus = deps.getCorpus();
  const built = Date.parse(corpus.builtAt);
  const median = stats.medianMs();
  const info = deps.live?.info;
  return [
    "<b>找数 · 统计</b>",
    `报告：${corpus.reportCount} 份，段落 ${corpus.paragraphCount}，句子 ${corpus.sentenceCount}`,
    `${info?.version === undefined ? `索引：${formatSize(info?.bytes ?? null)}` : `数据库：版本 ${info.version}`}，生成于 ${escapeHtml(corpus.builtAt)}（${Number.isNaN(built) ? "时间不详" : `${formatAge(now - built)}前`}）`,
    ...(info ? [`载入于 ${formatAge(now - info.loadedAt)}前`] : []),
    `启动以来（${formatAge(now - stats.startedAt)}）：提问 ${stats.questions} 个，已回答 ${stats.answered}，未找到 ${stats.notFound}${stats.failed ? `，出错 ${stats.failed}` : ""}`,
    `回答用时中位数：${median === null ? "—" : `${median < 10 ? median.toFixed(1) : Math.round(median)} 毫秒`}`,
  ].join("\n");
}

export function adminFeature(deps: BotDeps, cache: AnswerStore, stats: AnswerStats): Composer<Context> {
  const { getCorpus, config, live, logger } = deps;
  const composer = new Composer<Context>();
  const admins = composer.filter((ctx) => isAdmin(ctx, config));

  composer.command(["status", "stats", "reload"], async (ctx, next) => {
    if (isAdmin(ctx, config)) return next();
    await ctx.reply(ADMIN_ONLY);
  });

  admins.command("status", async (ctx) => {
    const corpus = getCorpus();
    const paragraphs = corpus.reports.reduce((sum, r) => sum + r.paragraphs, 0);
    const figures = corpus.reports.reduce((sum, r) => sum + r.figures, 0);
    const lines = [
      "<b>找数 · 运行状态</b>",
      `报告：${corpus.reportCount} 份，段落 ${paragraphs}，数字 ${figures}`,
      `索引生成于：${escapeHtml(corpus.builtAt)}`,
      `已运行：${Math.round((Date.now() - startedAt) / 60_000)} 分钟`,
      `内存：${Math.round(process.memoryUsage().rss / 1048576)} MB${cache.size === null ? "" : `，缓存答案 ${cache.size} 条`}`,
      `访问：${config.ALLOWED_USERS.length === 0 ? "对所有人开放" : `允许 ${config.ALLOWED_USERS.length} 人`}，管理员 ${config.ADMIN_USERS.length} 人`,
    ];
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
  });

  admins.command("stats", async (ctx) => {
    await ctx.reply(statsText(deps, stats), { parse_mode: "HTML" });
  });

  admins.command("reload", async (ctx) => {
    if (!live) {
      await ctx.reply("这个运行方式不支持重新载入索引，请重启机器人。");
      return;
    }
    logger.info("reload requested", { admin: ctx.from?.id });
    const outcome = await live.reload("command");
    await ctx.reply(reloadText(outcome), { parse_mode: "HTML" });
  });

  return composer;
}
