import { query } from './selectors';

// Invisible format characters (direction marks U+202A…U+202E, U+2066…U+2069, zero-width
// joiners): WhatsApp wraps names in them, and they must not make two titles differ.
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** A chat title as a person reads it: without invisible format characters. */
export function visibleTitle(title: string): string {
  return title.replace(FORMAT_CHARACTERS, '').trim();
}

/** The open chat's title as WhatsApp shows it, or null when no chat is open. */
export function readChatTitle(doc: Document): string | null {
  const title = query(doc, 'chatTitle');
  if (!title) return null;
  const text = visibleTitle(title.getAttribute('title') || title.textContent || '');
  return text || null;
}

export function isAppLoaded(doc: Document): boolean {
  return query(doc, 'appShell') !== null;
}

export function isConversationOpen(doc: Document): boolean {
  return query(doc, 'conversation') !== null || doc.querySelector('footer') !== null;
}
