/** /start and /help: what the bot does, with example questions. */
import { Composer, type Context } from "grammy";
import type { BotDeps } from "../deps.ts";

/** Registered with setMyCommands at start (main.ts). */
export const COMMANDS = [
  { command: "help", description: "用法和示例问题" },
  { command: "ask", description: "提问（群组中使用）：/ask 高中毛入学率" },
  { command: "sources", description: "已收录的报告" },
  { command: "start", description: "开始" },
] as const;

/** Shown in the command menu of admins only (setMyCommands with a chat scope, main.ts). */
export const ADMIN_COMMANDS = [
  ...COMMANDS,
  { command: "stats", description: "管理：索引和提问统计" },
  { command: "reload", description: "管理：重新载入索引文件" },
  { command: "status", description: "管理：运行状态" },
] as const;

export function helpText(reportCount: number): string {
  return [
    "<b>找数</b>：在已公开的政府报告中查数字，给出原文出处。",
    "",
    "直接发问题即可，例如：",
    "• 高中毛入学率",
    "• 2019年城镇新增就业多少？",
    "• GDP增长 2018",
    "",
    "回答先给数字，再给原文句子、报告名称、日期和章节；点“原文段落”看整段，点“其他结果”看别的匹配。",
    "报告里没有写明的数字，不会编造。",
    "",
    "群组中：/ask 问题，或 @我 提问，或回复我的消息。",
    `/sources 查看已收录的 ${reportCount} 份报告。`,
  ].join("\n");
}

export function startHelpFeature({ getCorpus }: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command(["start", "help"], async (ctx) => {
    await ctx.reply(helpText(getCorpus().reportCount), { parse_mode: "HTML" });
  });
  return composer;
}
