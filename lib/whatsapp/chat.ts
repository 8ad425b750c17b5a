import { query, queryAlternative, selectors } from './selectors';

// Invisible format characters (direction marks U+202A…U+202E, U+2066…U+2069, zero-width
// joiners): WhatsApp wraps names in them, and they must not make two titles differ.
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** A chat title as a person reads it: without invisible format characters. */
export function visibleTitle(title: string): string {
  return title.replace(FORMAT_CHARACTERS, '').trim();
}

/**
 * The element that holds the open chat's title: the first candidate that no other text of
 * the header precedes. A group's subtitle (its member list) is a `span[title]` too and
 * follows the title: when the title is drawn in markup Cadre does not know, the subtitle
 * must not be taken for it (the 2026 markup names it `chat-subtitle`, 2025's does not).
 */
function findChatTitle(doc: Document): HTMLElement | null {
  for (const alternative of selectors.chatTitle) {
    for (const candidate of queryAlternative(doc, alternative)) {
      if (leadsItsHeader(candidate)) return candidate;
    }
  }
  return null;
}

function leadsItsHeader(candidate: Element): boolean {
  const header = candidate.closest('header');
  if (!header) return true;
  const walker = candidate.ownerDocument.createTreeWalker(header, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (candidate.contains(node)) return true;
    // An avatar's initial, hidden from assistive technologies, is not a title.
    if (node.parentElement?.closest('[aria-hidden="true"]')) continue;
    if (visibleTitle(node.textContent ?? '')) return false;
  }
  return true;
}

/** The open chat's title as WhatsApp shows it, or null when no chat is open. */
export function readChatTitle(doc: Document): string | null {
  const title = findChatTitle(doc);
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
