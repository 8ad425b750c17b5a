import {
  fits,
  matches,
  query,
  queryAlternative,
  queryEvery,
  selectors,
  type SelectorAlternative,
} from './selectors';

// Who wrote each message of the open conversation. No single sign is reliable across
// WhatsApp's markups (EVIDENCE.md, Messages): the direction classes are gone since 2026-06,
// the tail is drawn on the first message of a run only, the ticks and the author's label
// are translated labels or svg titles. Each message is judged on every sign it carries; a
// message that carries none continues the run of the one before it, since a new run always
// starts with a tail. Signs that contradict each other, or none at all, leave it unknown.

export type Direction = 'in' | 'out' | 'unknown';

export interface DirectedMessage {
  element: HTMLElement;
  direction: Direction;
  /** Judged on its own signs, or only as the continuation of the run before it. */
  by: 'signs' | 'run' | 'none';
}

/**
 * Whether `message`, itself or something inside it, carries the sign `alternative`; a
 * message quoted in it (a reply) speaks for itself, not for `message`.
 */
export function carriesSign(message: HTMLElement, alternative: SelectorAlternative): boolean {
  if (fits(message, alternative)) return true;
  return queryAlternative(message, alternative).some(
    (sign) => ownerOf(sign, (at) => matches(at, 'message')) === message,
  );
}

/** The nearest message around `element` (itself included), as `isMessage` tells them. */
function ownerOf(element: Element, isMessage: (at: Element) => boolean): Element | null {
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (isMessage(at)) return at;
  }
  return null;
}

/**
 * The messages that carry a sign of the list `name`. Each sign is looked for once in the
 * page and given to the message around it: one query per sign, not one per message (this
 * runs on every change of the conversation).
 */
function signed(
  root: ParentNode,
  name: 'outgoingSignal' | 'incomingSignal',
  found: ReadonlySet<Element>,
): Set<Element> {
  const carriers = new Set<Element>();
  for (const alternative of selectors[name]) {
    for (const sign of queryAlternative(root, alternative)) {
      // The nearest message around the sign; a quoted one keeps its signs to itself.
      const owner = ownerOf(sign, (at) => found.has(at));
      if (owner) carriers.add(owner);
    }
  }
  return carriers;
}

const TAIL = '[data-icon="tail-out"], [data-icon="tail-in"]';

/** The open conversation's messages, oldest first, each with who wrote it. */
export function readDirections(doc: Document): DirectedMessage[] {
  const all = queryEvery(doc, 'message');
  const found = new Set<Element>(all);
  // A message inside another (a quoted reply) belongs to the outer one.
  const messages = all.filter(
    (m) => !m.parentElement || !ownerOf(m.parentElement, (at) => found.has(at)),
  );
  // Signs are looked for in the conversation only (the chat list has ticks too).
  const root = query(doc, 'conversation') ?? doc;
  const outgoing = signed(root, 'outgoingSignal', found);
  const incoming = signed(root, 'incomingSignal', found);
  // Runs can be followed only where WhatsApp marks their starts with tails.
  const runsMarked = root.querySelector(TAIL) !== null;
  const directed: DirectedMessage[] = [];
  let previous: Direction = 'unknown';
  for (const element of messages) {
    const out = outgoing.has(element);
    const inc = incoming.has(element);
    let entry: DirectedMessage;
    if (out !== inc) entry = { element, direction: out ? 'out' : 'in', by: 'signs' };
    else if (out && inc) entry = { element, direction: 'unknown', by: 'signs' };
    else if (runsMarked && previous !== 'unknown')
      entry = { element, direction: previous, by: 'run' };
    else entry = { element, direction: 'unknown', by: 'none' };
    directed.push(entry);
    previous = entry.direction;
  }
  return directed;
}
