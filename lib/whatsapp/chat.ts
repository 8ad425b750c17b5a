import { query } from './selectors';

/** The open chat's title as WhatsApp shows it, or null when no chat is open. */
export function readChatTitle(doc: Document): string | null {
  const title = query(doc, 'chatTitle');
  if (!title) return null;
  const text = (title.getAttribute('title') || title.textContent || '').trim();
  return text || null;
}

export function isAppLoaded(doc: Document): boolean {
  return query(doc, 'appShell') !== null;
}

export function isConversationOpen(doc: Document): boolean {
  return query(doc, 'conversation') !== null || doc.querySelector('footer') !== null;
}
