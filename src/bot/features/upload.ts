/**
 * An admin sends a report as a document in a private chat: it is checked in memory (type, size,
 * then admitReport, the build's own check: readable, has text, not a copy of an indexed report),
 * saved in CORPUS_DIR/uploads/, the corpus is re-indexed (incrementally, in a child process) and
 * the new index swapped in, once (LiveIndex.reloadAfter: the file watcher does not load it
 * again); the replies are the reindex report, the sent file first, then the swap. A file that
 * fails the check is not written anywhere. Anyone else's document is refused without being
 * downloaded.
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Composer, type Context } from "grammy";
import { maxBytesFor, rejectByName, tooLarge } from "../../ingest/ingest.ts";
import { admitReport } from "../../search/index/build.ts";
import type { BotDeps } from "../deps.ts";
import { TELEGRAM_DOWNLOAD_LIMIT, telegramDownloader } from "../download.ts";
import { isAdmin } from "../filters.ts";
import { reloadText } from "../notify.ts";
import { formatReindexReply, rejectedLine, rejectionText } from "../reindex-reply.ts";
import { escapeHtml } from "../telegram-html.ts";

/** Sub-folder of CORPUS_DIR where reports sent to the bot are saved. */
export const UPLOADS_FOLDER = "uploads";
export const NOT_ADMIN = "只有管理员可以向语料库添加报告。如需收录，请把文件交给管理员。";

/**
 * A name that is safe as one file in the uploads folder: no folders, no control characters, no
 * leading dot (dotfiles are skipped by the corpus), at most 120 characters before the extension.
 */
export function safeFileName(name: string | undefined): string {
  const raw = (name ?? "").normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = raw
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, "_")
    .replace(/^[.\s]+/, "")
    .trim();
  const dot = cleaned.lastIndexOf(".");
  const stem = (dot > 0 ? cleaned.slice(0, dot) : cleaned).slice(0, 120) || "report";
  const ext = dot > 0 ? cleaned.slice(dot).toLowerCase() : "";
  return stem + ext;
}

export function uploadFeature(deps: BotDeps): Composer<Context> {
  const { config, logger, live, reindex } = deps;
  const download = deps.download;
  const composer = new Composer<Context>();

  composer.on("message:document", async (ctx, next) => {
    if (!isAdmin(ctx, config)) {
      // Never downloaded, never written: the refusal is all a stranger or an official gets.
      logger.warn("document from a non-admin refused", { user: ctx.from?.id, name: ctx.msg.document.file_name });
      if (ctx.chat.type === "private") await ctx.reply(NOT_ADMIN);
      return;
    }
    if (ctx.chat.type !== "private") return next();
    const document = ctx.msg.document;
    const name = safeFileName(document.file_name);
    const file = `${UPLOADS_FOLDER}/${name}`;
    const replyTo = { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } };
    const refuse = (reason: string) => ctx.reply(`未收录 ${escapeHtml(name)}：${reason}`, { parse_mode: "HTML", ...replyTo });

    if (!live || !reindex) {
      await refuse("这个运行方式不能添加报告，请把文件放入服务器的语料目录后运行 npm run reindex。");
      return;
    }
    const byName = rejectByName(name);
    if (byName) {
      await refuse(rejectionText(byName));
      return;
    }
    const limit = Math.min(maxBytesFor(name), TELEGRAM_DOWNLOAD_LIMIT);
    if ((document.file_size ?? 0) > limit) {
      await refuse(rejectionText(tooLarge(name, document.file_size!, limit)));
      return;
    }

    await ctx.reply(`已收到 ${escapeHtml(name)}，正在检查并重建索引…`, { parse_mode: "HTML", ...replyTo });
    const telegramFile = await ctx.getFile();
    if (!telegramFile.file_path) {
      await refuse("Telegram 没有提供文件下载地址，请重新发送。");
      return;
    }
    const bytes = await (download ?? telegramDownloader(ctx.api.token, config.TELEGRAM_API_ROOT))(telegramFile.file_path);

    // The check of `npm run reindex`, on the bytes in memory, against the index in service, before anything is written.
    const admission = await admitReport(file, bytes, await live.manifest());
    if (!admission.ok) {
      const { rejection, duplicate } = admission;
      const original = escapeHtml(rejection.duplicateOf ?? "");
      if (duplicate === "bytes") await refuse(rejection.duplicateOf === file ? "与已收录的版本完全相同，无需更新。" : `与已收录的 ${original} 内容完全相同。`);
      else if (duplicate === "text") await refuse(`与已收录的 ${original} 文字相同。`);
      else await ctx.reply(`未收录：\n${rejectedLine(rejection)}`, { parse_mode: "HTML", ...replyTo });
      return;
    }

    // Written under a dot-name (skipped by the corpus), then renamed: a reindex never sees half a file.
    const folder = join(config.CORPUS_DIR, UPLOADS_FOLDER);
    const tmp = join(folder, `.${name}.${process.pid}.${Date.now()}.part`);
    try {
      await mkdir(folder, { recursive: true });
      await writeFile(tmp, bytes);
      await rename(tmp, join(folder, name));
    } catch (error) {
      await rm(tmp, { force: true });
      logger.error("could not save an uploaded report", { folder, error: error as Error });
      await refuse(`无法写入语料目录（${escapeHtml((error as NodeJS.ErrnoException).code ?? "error")}），请检查服务器上 CORPUS_DIR 的权限。`);
      return;
    }
    logger.info("report added by an admin", { admin: ctx.from.id, file, bytes: bytes.length });

    // The reindex and the load of what it wrote are one step of the live index: loaded (and announced) once.
    const reloaded = await live.reloadAfter("upload", async () => {
      const outcome = await reindex();
      await ctx.reply(formatReindexReply(outcome, file), { parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...replyTo });
      return outcome.written;
    });
    if (reloaded) await ctx.reply(reloadText(reloaded), { parse_mode: "HTML" });
  });

  return composer;
}
