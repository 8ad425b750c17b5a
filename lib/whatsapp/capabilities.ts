import { readChatTitle } from './chat';
import { findMainComposer, readText } from './composer';
import { carriesSign, readDirections, type DirectedMessage } from './direction';
import { RECENT_MESSAGES } from './messages';
import { findCaption, isMediaPreviewOpen } from './preview';
import {
  matchedAlternative,
  query,
  selectors,
  type SelectorAlternative,
  type SelectorName,
} from './selectors';

// Per-capability health: what Cadre can see of WhatsApp's page right now, and which
// alternative of which selector it saw it by. "missing" means Cadre looked where the part
// must be and did not recognise it; "unknown" means it has not been able to look yet
// (no chat open, no text typed, no file attached).

export const CAPABILITIES = [
  'composer',
  'sendControl',
  'attachments',
  'messages',
  'sentMessages',
  'chatTitle',
] as const;
export type CapabilityName = (typeof CAPABILITIES)[number];
export type Health = 'ok' | 'missing' | 'unknown';

export interface CapabilityReport {
  health: Health;
  /** The selector and the alternative that matched, e.g. "sendControl: footer button[data-tab="11"]". */
  matched: string | null;
}

export type Capabilities = Record<CapabilityName, CapabilityReport>;

const unknown: CapabilityReport = { health: 'unknown', matched: null };

export function unknownCapabilities(): Capabilities {
  return {
    composer: unknown,
    sendControl: unknown,
    attachments: unknown,
    messages: unknown,
    sentMessages: unknown,
    chatTitle: unknown,
  };
}

function seen(root: ParentNode, name: SelectorName): CapabilityReport {
  const alternative = matchedAlternative(root, name);
  return alternative
    ? { health: 'ok', matched: describe(name, alternative) }
    : { health: 'missing', matched: null };
}

/** "name: css", with the svg icon titles or the signals it must lack when it has some. */
export function describe(name: SelectorName, alternative: SelectorAlternative): string {
  let text = `${name}: ${alternative.css}`;
  if (alternative.svgTitle) text += ` + svg title ${alternative.svgTitle.join('|')}`;
  const label = alternative.label;
  if (label) {
    text +=
      'oneOf' in label
        ? ` + aria-label ${label.oneOf.join('|')}`
        : ` + aria-label other than ${label.noneOf.join('|')}`;
  }
  return text;
}

/**
 * Reads the page. Some parts can only be judged at a moment: the send control exists only
 * while the composer holds text (WhatsApp shows a microphone otherwise), so it is judged
 * then and the verdict kept while the composer is empty; the media preview is judged when
 * files come in (see `previewMissing`) or while one is open.
 */
export function readCapabilities(doc: Document, previous: Capabilities): Capabilities {
  const conversation = query(doc, 'conversation');
  const main = findMainComposer(doc);
  const composer = main || conversation ? seen(doc, 'composer') : unknown;

  let sendControl = previous.sendControl;
  if (!main) sendControl = unknown;
  else if (readText(main).trim() !== '') {
    const footer = main.closest('footer') ?? main.parentElement ?? doc;
    sendControl = seen(footer, 'sendControl');
  }

  // A preview is understood when Cadre finds its caption (and so can check it).
  const attachments = isMediaPreviewOpen(doc)
    ? findCaption(doc)
      ? seen(doc, 'captionComposer')
      : { health: 'missing' as const, matched: null }
    : previous.attachments;

  const directed = conversation ? readDirections(doc) : [];
  const messages = conversation ? readMessages(doc, conversation, directed) : unknown;
  const sentMessages = conversation ? readSentMessages(conversation, directed) : unknown;
  // With a composer on screen a chat is open: its title says whether it is watched.
  const chatTitle = main
    ? readChatTitle(doc)
      ? seen(doc, 'chatTitle')
      : { health: 'missing' as const, matched: null }
    : unknown;
  return { composer, sendControl, attachments, messages, sentMessages, chatTitle };
}

/** Files came in and no preview or caption Cadre recognises opened for them. */
export function previewMissing(capabilities: Capabilities): Capabilities {
  return { ...capabilities, attachments: { health: 'missing', matched: null } };
}

/**
 * Incoming messages: recognised, or shown in rows Cadre cannot read (missing). Messages
 * Cadre recognises as messages but not as incoming are only the person's own: unknown.
 */
function readMessages(
  doc: Document,
  conversation: Element,
  directed: readonly DirectedMessage[],
): CapabilityReport {
  if (directed.some((message) => message.direction !== 'out')) return seen(doc, 'message');
  return unreadableRows(conversation) ? { health: 'missing', matched: null } : unknown;
}

/**
 * The user's own messages, which the guard reads to hear a distress told over several:
 * missing when Cadre cannot tell who wrote one of the newest messages, or cannot read the
 * rows at all. It names the signs it told them by.
 */
function readSentMessages(
  conversation: Element,
  directed: readonly DirectedMessage[],
): CapabilityReport {
  const newest = directed.slice(-RECENT_MESSAGES);
  if (newest.length === 0) {
    return unreadableRows(conversation) ? { health: 'missing', matched: null } : unknown;
  }
  if (newest.some((message) => message.direction === 'unknown')) {
    return { health: 'missing', matched: null };
  }
  const signs = new Set<string>();
  for (const { element, by } of newest) {
    if (by === 'run') signs.add('sentMessages: the run of the message before');
    for (const name of ['outgoingSignal', 'incomingSignal'] as const) {
      const alternative = selectors[name].find((candidate) => carriesSign(element, candidate));
      if (alternative) signs.add(describe(name, alternative));
    }
  }
  return { health: 'ok', matched: [...signs].join('; ') };
}

/** Rows on screen that only their roles say are messages: Cadre cannot read them. */
function unreadableRows(conversation: Element): boolean {
  const rows = matchedAlternative(conversation, 'messageRow');
  return rows !== null && rows !== selectors.messageRow[0];
}

/** The capabilities that protect a watched chat and are missing now. */
export function missingCapabilities(capabilities: Capabilities): CapabilityName[] {
  return CAPABILITIES.filter((name) => capabilities[name].health === 'missing');
}

export function sameCapabilities(a: Capabilities, b: Capabilities): boolean {
  return CAPABILITIES.every(
    (name) => a[name].health === b[name].health && a[name].matched === b[name].matched,
  );
}
