import { queryAll, query } from './selectors';
import { visibleText } from './text-map';

export interface IncomingMessage {
  element: HTMLElement;
  text: string;
  /** "[14:05, 26/11/2026] Camille": who wrote it and when, as WhatsApp labels it. */
  meta: string;
}

/** The open conversation's incoming message bubbles on screen, oldest first. Cheap. */
export function incomingBubbles(doc: Document): HTMLElement[] {
  return queryAll(doc, 'incomingMessage');
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
  };
}

/** The newest `limit` incoming messages, oldest first. */
export function readIncomingMessages(doc: Document, limit = 60): IncomingMessage[] {
  return incomingBubbles(doc).slice(-limit).map(readMessage);
}
