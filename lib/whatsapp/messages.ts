import { readDirections } from './direction';
import { query } from './selectors';
import { visibleText } from './text-map';

export interface IncomingMessage {
  element: HTMLElement;
  text: string;
  /** "[14:05, 26/11/2026] Camille": who wrote it and when, as WhatsApp labels it. */
  meta: string;
  /** WhatsApp shows it cut ("Read more"): `text` is its beginning only. */
  cut: boolean;
}

/**
 * The open conversation's incoming message bubbles on screen, oldest first. A message
 * whose author Cadre cannot tell is read too: in doubt, what was received is not skipped
 * (a shared availability still names its sender, which is checked).
 */
export function incomingBubbles(doc: Document): HTMLElement[] {
  return readDirections(doc)
    .filter((message) => message.direction !== 'out')
    .map((message) => message.element);
}

export function readMessage(element: HTMLElement): IncomingMessage {
  const text = query(element, 'messageText');
  return {
    element,
    // Emoji are images: their alt is their text.
    text: text ? visibleText(text) : '',
    meta: (query(element, 'messageMeta')?.getAttribute('data-pre-plain-text') ?? '')
      .trim()
      .replace(/:$/, ''),
    cut: query(element, 'readMore') !== null,
  };
}

/** The newest `limit` incoming messages, oldest first. */
export function readIncomingMessages(doc: Document, limit = 60): IncomingMessage[] {
  return incomingBubbles(doc).slice(-limit).map(readMessage);
}

// "[14:05, 26/11/2026] Camille: " or "[2:05 PM, 11/26/2026] …": the time is enough to keep
// the last few minutes; the date's order depends on the locale, so it is not read.
const META_TIME = /^\[(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?\s*[Mm]\.?)?/;

/** How many of the user's newest messages are read. */
export const RECENT_MESSAGES = 10;

/**
 * The text of the messages the user sent in the open conversation since `sinceMs`
 * (epoch ms), oldest first, with the minute WhatsApp shows for each. Read from the page
 * each time, for the guard to hear a distress told over several messages; never stored.
 * A message whose author Cadre cannot tell counts as the user's: in doubt, a distress told
 * in pieces is heard (capabilities.ts reports that Cadre cannot tell).
 */
export function recentOutgoingTexts(
  doc: Document,
  sinceMs: number,
  nowMs = Date.now(),
): Array<{ text: string; at: number }> {
  const own = readDirections(doc).filter((message) => message.direction !== 'in');
  const out: Array<{ text: string; at: number }> = [];
  for (const { element } of own.slice(-RECENT_MESSAGES)) {
    const { text, meta } = readMessage(element);
    const m = META_TIME.exec(meta);
    if (!m || !text.trim()) continue;
    let hours = Number(m[1]) % (m[3] ? 12 : 24);
    if (m[3] && /p/i.test(m[3])) hours += 12;
    const sent = new Date(nowMs);
    sent.setHours(hours, Number(m[2]), 0, 0);
    // Shown at 23:58, read at 00:01: it was yesterday.
    let at = sent.getTime();
    if (at > nowMs + 60_000) at -= 24 * 3600_000;
    if (at >= sinceMs - 60_000) out.push({ text, at });
  }
  return out;
}
