/**
 * Styled pieces (src/answer/format.ts) → Telegram HTML (parse_mode "HTML"), and long texts split
 * into messages within Telegram's limit. Pure functions.
 *
 * Every piece of report or user text is escaped here; the only markup is <b> and <i>, made from
 * the pieces' styles. A reply to a question fits one message by construction (format.ts clips
 * each part); a paragraph or a list may not, and is split at sentence ends, each message valid
 * on its own (tags closed).
 */
import { alternativePieces, answerPieces, paragraphPieces, type Piece } from "../answer/format.ts";
import type { Answer, Candidate } from "../answer/types.ts";

/** Telegram's limit for one message (characters after entity parsing); we count the HTML, which is stricter. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;
/** …and for a photo's or a document's caption. */
export const TELEGRAM_CAPTION_LIMIT = 1024;

/** The three characters Telegram HTML needs escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function renderHtml(pieces: readonly Piece[]): string {
  return pieces
    .map((p) => {
      let html = escapeHtml(p.text);
      if (p.italic) html = `<i>${html}</i>`;
      if (p.bold) html = `<b>${html}</b>`;
      return html;
    })
    .join("");
}

/** The reply to a question; always within one message. */
export function formatAnswerHtml(answer: Answer): string {
  return renderHtml(answerPieces(answer));
}

/** Alternative `i` (0-based) of an answer, with "其他结果 i+1/n" on top; null when there is none. */
export function formatAlternativeHtml(answer: Answer, i: number): string | null {
  const pieces = alternativePieces(answer, i);
  return pieces ? renderHtml(pieces) : null;
}

/** The paragraph behind a candidate, as one or more messages each within `limit`. */
export function formatParagraphHtml(candidate: Candidate, limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  return splitHtml(paragraphPieces(candidate), limit);
}

/** Where a long text may be cut: after a sentence end, then a clause mark, then anywhere. */
function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const window = text.slice(0, max);
  for (const marks of [/[。！？!?\n]/g, /[；;，,、：:]/g]) {
    let last = -1;
    for (const m of window.matchAll(marks)) last = m.index + m[0].length;
    if (last > max / 2) return last;
  }
  // Never split a surrogate pair.
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/**
 * Packs pieces (plain text, escaped here) into HTML messages whose length stays within `limit`,
 * splitting long pieces at sentence ends. Each message is valid on its own (tags closed).
 */
export function splitHtml(pieces: readonly Piece[], limit = TELEGRAM_MESSAGE_LIMIT): string[] {
  const messages: string[] = [];
  let current: Piece[] = [];
  let used = 0;
  const flush = () => {
    const text = renderHtml(current).trim();
    if (text) messages.push(text);
    current = [];
    used = 0;
  };
  const queue = [...pieces];
  while (queue.length > 0) {
    const piece = queue.shift()!;
    const cost = renderHtml([piece]).length;
    if (used + cost <= limit) {
      current.push(piece);
      used += cost;
      continue;
    }
    // Markup and escapes make the rendering longer than the text: measure what fits.
    const budget = limit - used - renderHtml([{ ...piece, text: "" }]).length;
    if (budget >= Math.min(200, limit / 4) || current.length === 0) {
      let fits = 0;
      for (let len = 0; fits < piece.text.length; fits++) {
        const step = renderHtml([{ text: piece.text[fits]! }]).length;
        if (len + step > budget) break;
        len += step;
      }
      const cut = Math.max(1, cutPoint(piece.text, fits));
      current.push({ ...piece, text: piece.text.slice(0, cut) });
      queue.unshift({ ...piece, text: piece.text.slice(cut) });
    } else {
      queue.unshift(piece);
    }
    flush();
  }
  flush();
  return messages;
}
