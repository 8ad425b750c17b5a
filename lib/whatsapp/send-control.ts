import type { Composer } from './composer';
import { previewAround } from './preview';
import { closest, query } from './selectors';

// WhatsApp's send controls: the footer's (shown once there is text) and the media
// preview's. Recognised by icon (data-icon or svg title), by a localised label prefix,
// or by position (selectors.ts, `sendControl`).

/** The send control an event landed on (the control itself or anything inside it). */
export function sendControlOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? closest(target, 'sendControl') : null;
}

/** The send control that sends what `composer` holds, when one is on screen. */
export function sendControlNear(composer: Composer): HTMLElement | null {
  const scope =
    composer.kind === 'caption'
      ? previewAround(composer.element)
      : composer.element.closest('footer');
  return scope ? query(scope, 'sendControl') : null;
}
