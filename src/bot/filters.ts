/** Plain predicates over a context, used by the features and the access guard. */
import type { Context } from "grammy";
import type { Config } from "../config.ts";

/** May this user ask? Admins always may; an empty ALLOWED_USERS lets everyone in. */
export function isAllowed(ctx: Context, config: Pick<Config, "ALLOWED_USERS" | "ADMIN_USERS">): boolean {
  const id = ctx.from?.id;
  if (id === undefined) return false;
  if (config.ADMIN_USERS.includes(id)) return true;
  return config.ALLOWED_USERS.length === 0 || config.ALLOWED_USERS.includes(id);
}

export function isAdmin(ctx: Context, config: Pick<Config, "ADMIN_USERS">): boolean {
  const id = ctx.from?.id;
  return id !== undefined && config.ADMIN_USERS.includes(id);
}

export function isPrivateChat(ctx: Context): boolean {
  return ctx.chat?.type === "private";
}

/** Does the message text carry an @mention of this bot? */
export function mentionsBot(ctx: Context): boolean {
  const username = ctx.me?.username;
  const text = ctx.msg?.text ?? ctx.msg?.caption ?? "";
  return Boolean(username) && text.toLowerCase().includes(`@${username!.toLowerCase()}`);
}

/** Is the message a reply to one of this bot's messages? */
export function repliesToBot(ctx: Context): boolean {
  return ctx.msg?.reply_to_message?.from?.id === ctx.me?.id && ctx.me?.id !== undefined;
}

/** Is the message a command (addressed to this bot when it names one, as in /ask@this_bot)? */
export function isCommandForBot(ctx: Context): boolean {
  const text = ctx.msg?.text ?? "";
  const m = /^\/[A-Za-z0-9_]+(?:@([A-Za-z0-9_]+))?/.exec(text);
  if (!m) return false;
  return m[1] === undefined || m[1].toLowerCase() === (ctx.me?.username ?? "").toLowerCase();
}

/**
 * Should the bot speak in response to this message? Always in private chats; in groups
 * only when addressed: a command for it, an @mention, or a reply to one of its messages.
 */
export function isAddressedToBot(ctx: Context): boolean {
  if (!ctx.msg) return false;
  return isPrivateChat(ctx) || isCommandForBot(ctx) || mentionsBot(ctx) || repliesToBot(ctx);
}
