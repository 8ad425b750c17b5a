import type { Composer } from './composer';

// Where Cadre's overlay sits relative to WhatsApp's page: features and components ask
// here instead of knowing WhatsApp's markup themselves.

/** The box that holds a composer: the footer bar of the chat, or the caption itself. */
export function composerBox(element: HTMLElement, kind: Composer['kind'] = 'main'): HTMLElement {
  if (kind === 'caption') return element;
  return element.closest<HTMLElement>('footer') ?? element;
}
