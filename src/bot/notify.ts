/** Telling the admins what the running bot did on its own: a new index swapped in, or refused. */
import type { Api } from "grammy";
import { escapeHtml } from "./telegram-html.ts";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import type { LiveCorpus, ReloadOutcome } from "../search/live-index.ts";

export async function notifyAdmins(api: Api, config: Pick<Config, "ADMIN_USERS">, logger: Logger, html: string): Promise<void> {
  for (const admin of config.ADMIN_USERS) {
    try {
      await api.sendMessage(admin, html, { parse_mode: "HTML" });
    } catch (error) {
      // An admin who never opened a chat with the bot cannot be written to.
      logger.warn("could not notify an admin", { admin, error: error as Error });
    }
  }
}

export function reloadText(outcome: ReloadOutcome): string {
  if (outcome.ok) {
    const { corpus, previous } = outcome;
    return [
      "✅ <b>新索引已启用</b>",
      `报告 ${corpus.reportCount} 份（原 ${previous.reportCount} 份），段落 ${corpus.paragraphCount}`,
      `生成于 ${escapeHtml(corpus.builtAt)}，载入用时 ${(outcome.ms / 1000).toFixed(1)} 秒`,
    ].join("\n");
  }
  return ["❌ <b>新索引无法使用，已拒绝</b>：原索引继续服务。", escapeHtml(outcome.error.message), "请在服务器上运行 npm run reindex 重新生成索引。"].join(
    "\n",
  );
}

/** Reloads started by the file watcher (not by an admin, who gets the reply) are reported to every admin. */
export function notifyAdminsOfReloads(api: Api, live: LiveCorpus, config: Pick<Config, "ADMIN_USERS">, logger: Logger): () => void {
  return live.onReload((outcome) => {
    if (outcome.trigger !== "watch") return;
    void notifyAdmins(api, config, logger, reloadText(outcome));
  });
}
