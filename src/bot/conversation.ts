/**
 * The conversation a follow-up reads against ("那2018年呢" after "2019年城镇新增就业"): per private
 * chat, and per user in a group, the last question as understood, kept for CONVERSATION_TTL_MS.
 * Kept behind grammY's session interface: the memory store by default, any StorageAdapter (a
 * shared store for several bot processes) in its place.
 */
import { MemorySessionStorage, session, type Context, type MiddlewareFn, type SessionFlavor, type StorageAdapter } from "grammy";
import type { Understood } from "../answer/conversation.ts";

/** How long a question stays the one a follow-up reads against. */
export const CONVERSATION_TTL_MS = 30 * 60 * 1000;

export interface ConversationSession {
  understood?: Understood;
}

type ConversationContext = Context & SessionFlavor<ConversationSession>;

/** The session middleware; with no storage given, in memory with CONVERSATION_TTL_MS. */
export function conversationSession(
  storage: StorageAdapter<ConversationSession> = new MemorySessionStorage<ConversationSession>(CONVERSATION_TTL_MS),
): MiddlewareFn<Context> {
  return session<ConversationSession, ConversationContext>({
    initial: () => ({}),
    storage,
    // One conversation per private chat, and one per member of a group.
    getSessionKey: (ctx) => (ctx.chat ? (ctx.chat.type === "private" ? `${ctx.chat.id}` : `${ctx.chat.id}:${ctx.from?.id ?? 0}`) : undefined),
  }) as unknown as MiddlewareFn<Context>;
}

/** The question before, or null (no session: an inline query, or a fresh conversation). */
export function previousQuestion(ctx: Context): Understood | null {
  return sessionOf(ctx)?.understood ?? null;
}

export function rememberQuestion(ctx: Context, understood: Understood | null): void {
  const s = sessionOf(ctx);
  if (s && understood) s.understood = understood;
}

function sessionOf(ctx: Context): ConversationSession | undefined {
  // Read through `in`: the session is absent where the middleware did not run (its key undefined).
  return "session" in ctx ? (ctx as ConversationContext).session : undefined;
}
