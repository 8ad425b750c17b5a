import { findComposers, type Composer } from './composer';
import { findMediaPreview, isInMediaPreview } from './preview';
import { matches, query } from './selectors';
import { sendControlNear, sendControlOf } from './send-control';

/** How long a pointerdown and its click count as one press. */
const PRESS_MS = 2_000;

export type SendVia = 'enter' | 'button';

export interface SendAttempt {
  composer: Composer;
  via: SendVia;
  /** The send button, when the attempt came from one or one is on screen. */
  button: HTMLElement | null;
}

/** What the guard answers, synchronously: a held attempt never reaches WhatsApp. */
export type SendDecision = 'allow' | 'hold';

export interface SendObserver {
  /** Sends a held message for real, without asking the guard again. */
  release(attempt: SendAttempt): void;
  stop(): void;
}

/**
 * Watches every way a message leaves: Enter in a composer (not during IME composition,
 * not with Shift, not while one of WhatsApp's suggestion lists is open; Ctrl, ⌘ and Alt
 * with Enter count as Enter, since they may send) and the send controls of the composer
 * and of the media preview. When the footer or the preview shows no send control Cadre
 * recognises, any of its buttons counts as one: what cannot be told apart is checked.
 * Listeners sit on `window` in the capture phase so they run before WhatsApp's own.
 */
export function observeSendAttempts(
  win: Window,
  decide: (attempt: SendAttempt) => SendDecision,
): SendObserver {
  const doc = win.document;
  let bypass = false;
  // pointerdown, mousedown and click of one press share a decision.
  // A press left without its click (the pointer slid off) must not excuse a later click.
  let pressed: HTMLElement | null = null;
  let pressedAt = 0;
  let heldGesture: HTMLElement | null = null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (bypass || event.key !== 'Enter') return;
    if (event.isComposing || event.keyCode === 229) return;
    if (event.shiftKey) return;
    const composer = composerOf(doc, event.target);
    if (!composer || suggestionListOpen(composer.element)) return;
    const attempt: SendAttempt = { composer, via: 'enter', button: sendButtonNear(composer) };
    if (decide(attempt) === 'hold') stop(event);
  };

  const onPress = (event: Event) => {
    if (bypass) return;
    const button = sendButtonOf(event.target) ?? unrecognisedSendControl(doc, event.target);
    if (!button) return;
    if (event.type === 'pointerdown') {
      // One press, one decision: the click that ends it is not a second attempt.
      pressed = button;
      pressedAt = event.timeStamp;
      heldGesture = null;
      const composer = composerForButton(doc, button);
      if (!composer) return;
      if (decide({ composer, via: 'button', button }) === 'hold') heldGesture = button;
    } else if (
      event.type === 'click' &&
      (pressed !== button || event.timeStamp - pressedAt > PRESS_MS)
    ) {
      // A click without a pointerdown (keyboard activation, or a script): decide now.
      const composer = composerForButton(doc, button);
      if (composer && decide({ composer, via: 'button', button }) === 'hold') stop(event);
      return;
    }
    if (heldGesture === button) stop(event);
    if (event.type === 'click') {
      pressed = null;
      heldGesture = null;
    }
  };

  const press = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
  win.addEventListener('keydown', onKeyDown, true);
  for (const type of press) win.addEventListener(type, onPress, true);

  return {
    release(attempt) {
      bypass = true;
      try {
        const button =
          attempt.button && attempt.button.isConnected
            ? attempt.button
            : sendButtonNear(attempt.composer);
        if (button) button.click();
        else pressEnter(attempt.composer.element);
      } finally {
        bypass = false;
      }
    },
    stop() {
      win.removeEventListener('keydown', onKeyDown, true);
      for (const type of press) win.removeEventListener(type, onPress, true);
    },
  };
}

function stop(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function composerOf(doc: Document, target: EventTarget | null): Composer | null {
  if (!(target instanceof Element)) return null;
  return findComposers(doc).find((c) => c.element === target || c.element.contains(target)) ?? null;
}

function suggestionListOpen(element: HTMLElement): boolean {
  return matches(element, 'openSuggestionList');
}

function sendButtonOf(target: EventTarget | null): HTMLElement | null {
  return sendControlOf(target);
}

/**
 * A control in the composer's footer or in the media preview, when that place holds no
 * send control Cadre recognises: it may be the send control in a markup Cadre does not
 * know, a button or a labelled or focusable element with no role. Menu openers (attach,
 * emoji) and the text boxes themselves are left alone.
 */
function unrecognisedSendControl(doc: Document, target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const holder = target.closest<HTMLElement>('button, [role="button"], [aria-label], [tabindex]');
  if (
    !holder ||
    holder.closest('[contenteditable="true"]') ||
    holder.hasAttribute('aria-haspopup') ||
    holder.closest('[role="menu"], [role="menuitem"]')
  ) {
    return null;
  }
  const footer = query(doc, 'composer')?.closest('footer') ?? null;
  const preview = findMediaPreview(doc);
  const scope = footer?.contains(holder) ? footer : preview?.contains(holder) ? preview : null;
  if (!scope || scope === holder || query(scope, 'sendControl')) return null;
  return holder;
}

/** The composer a send button belongs to: the preview's caption, or the footer's. */
function composerForButton(doc: Document, button: HTMLElement): Composer | null {
  const composers = findComposers(doc);
  const inPreview = isInMediaPreview(button);
  return (
    composers.find((c) => (inPreview ? c.kind === 'caption' : c.kind === 'main')) ??
    composers[0] ??
    null
  );
}

function sendButtonNear(composer: Composer): HTMLElement | null {
  return sendControlNear(composer);
}

function pressEnter(element: HTMLElement) {
  const init = {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    bubbles: true,
    cancelable: true,
  };
  element.dispatchEvent(new KeyboardEvent('keydown', init));
  element.dispatchEvent(new KeyboardEvent('keyup', init));
}
