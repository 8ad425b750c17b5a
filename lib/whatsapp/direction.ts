import {
  fits,
  matches,
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

const TAIL = '[data-icon="tail-out"], [data-icon="tail-in"]';

/**
 * Whether `message`, itself or something inside it, carries a sign of the list `name`;
 * a message quoted in it (a reply) speaks for itself, not for `message`.
 */
export function carries(message: HTMLElement, name: 'outgoingSignal' | 'incomingSignal'): boolean {
  return selectors[name].some((alternative) => carriesSign(message, alternative));
}

export function carriesSign(message: HTMLElement, alternative: SelectorAlternative): boolean {
  if (fits(message, alternative)) return true;
  return queryAlternative(message, alternative).some((sign) => !insideQuoted(sign, message));
}

function insideQuoted(sign: Element, message: Element): boolean {
  for (let at = sign.parentElement; at && at !== message; at = at.parentElement) {
    if (matches(at, 'message')) return true;
  }
  return sign !== message && matches(sign, 'message');
}

/** The open conversation's messages, oldest first, each with who wrote it. */
export function readDirections(doc: Document): DirectedMessage[] {
  const found = queryEvery(doc, 'message');
  // A message inside another (a quoted reply) belongs to the outer one.
  const messages = found.filter((m) => !found.some((other) => other !== m && other.contains(m)));
  // Runs can be followed only where WhatsApp marks their starts with tails.
  const runsMarked = messages.some((m) => m.matches(TAIL) || m.querySelector(TAIL));
  const directed: DirectedMessage[] = [];
  let previous: Direction = 'unknown';
  for (const element of messages) {
    const out = carries(element, 'outgoingSignal');
    const inc = carries(element, 'incomingSignal');
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
