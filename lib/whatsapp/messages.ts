import { query, selectors } from './selectors';

export interface IncomingMessage {
  element: HTMLElement;
  text: string;
  /** "[14:05, 26/11/2026] Camille": who wrote it and when, as WhatsApp labels it. */
  meta: string;
}

/** The open conversation's incoming message bubbles on screen, oldest first. Cheap. */
export function incomingBubbles(doc: Document): HTMLElement[] {
  for (const alternative of selectors.incomingMessage) {
    const found = doc.querySelectorAll<HTMLElement>(alternative.css);
    if (found.length > 0) return [...found];
  }
  return [];
}

export function readMessage(element: HTMLElement): IncomingMessage {
  return {
    element,
    text: query(element, 'messageText')?.textContent ?? '',
    meta: (query(element, 'messageMeta')?.getAttribute('data-pre-plain-text') ?? '')
      .trim()
      .replace(/:$/, ''),
  };
}

/** The newest `limit` incoming messages, oldest first. */
export function readIncomingMessages(doc: Document, limit = 60): IncomingMessage[] {
  return incomingBubbles(doc).slice(-limit).map(readMessage);
}
