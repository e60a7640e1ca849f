/**
 * Everything no other feature took: stickers, photos, voice, edited messages, unknown commands,
 * unknown buttons. A short helpful reply in private chats; silence in groups. Registered last.
 */
import { Composer, type Context } from "grammy";

const ONLY_TEXT = "我只能回答文字问题，例如：高中毛入学率\n发送 /help 查看用法。";
const EDITED = "修改过的消息不会重新回答，请把问题重新发一遍。";
const UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看用法，或直接发问题。";
const UNKNOWN_BUTTON = "这个按钮已失效，请重新提问。";

export function unhandledFeature(): Composer<Context> {
  const composer = new Composer<Context>();

  composer.on("callback_query", (ctx) => ctx.answerCallbackQuery({ text: UNKNOWN_BUTTON }));
  composer.on("inline_query", (ctx) => ctx.answerInlineQuery([], { cache_time: 0, is_personal: true }));

  const inPrivate = composer.chatType("private");
  inPrivate.on("edited_message", (ctx) =>
    ctx.reply(EDITED, { reply_parameters: { message_id: ctx.editedMessage.message_id, allow_sending_without_reply: true } }),
  );
  inPrivate.on("message:text", (ctx) => ctx.reply(UNKNOWN_COMMAND));
  inPrivate.on("message", (ctx) => ctx.reply(ONLY_TEXT));

  // Anything else (group chatter, channel posts, member updates): nothing to say.
  return composer;
}
