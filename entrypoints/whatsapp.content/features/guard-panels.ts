import type { ComponentChild } from 'preact';
import type { Composer } from '@/lib/whatsapp/composer';
import { composerBox } from '@/lib/whatsapp/layout';
import type { CadreEnv } from '../session';

export const PANEL_SLOT = 'guard-panel';

/** Where a panel about this composer goes: above the chat's composer bar, or above the caption. */
export function anchorFor(composer: Composer): DOMRect | null {
  const box = composerBox(composer.element, composer.kind);
  return box.isConnected ? box.getBoundingClientRect() : null;
}

export interface PanelHandle<T> {
  /** The user's next answer, or 'dismissed' once the chat changed under the panel. */
  next(): Promise<T | 'dismissed'>;
  /** Draws the panel again, e.g. with a new status; its inner state is kept. */
  render(build: (answer: (value: T) => void) => ComponentChild): void;
  close(): void;
}

/**
 * Opens one guard panel in the overlay; answers are read one at a time with next().
 * Switching chats (or the composer being replaced) closes it as 'dismissed': the text
 * stays in WhatsApp's draft.
 */
export function openPanel<T>(
  env: CadreEnv,
  composer: Composer,
  build: (answer: (value: T) => void) => ComponentChild,
): PanelHandle<T> {
  const startChat = env.session.get().chat;
  const answers: T[] = [];
  let waiting: ((value: T | 'dismissed') => void) | null = null;
  let open = true;
  let dismissed = false;

  const answer = (value: T) => {
    if (!open) return;
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      resolve(value);
    } else answers.push(value);
  };
  const close = () => {
    if (!open) return;
    open = false;
    unsubscribe();
    env.win.clearInterval(watch);
    env.hide(PANEL_SLOT);
  };
  const dismiss = () => {
    if (!open) return;
    dismissed = true;
    close();
    waiting?.('dismissed');
    waiting = null;
  };
  const unsubscribe = env.session.subscribe((state) => {
    if (state.chat !== startChat || state.protection !== 'active') dismiss();
  });
  // The composer can go without the session noticing (the media preview closing).
  const watch = env.win.setInterval(() => {
    if (!composer.element.isConnected) dismiss();
  }, 250);
  env.ctx.onInvalidated(dismiss);

  env.show(PANEL_SLOT, build(answer));
  return {
    next: () =>
      answers.length
        ? Promise.resolve(answers.shift() as T)
        : dismissed || !open
          ? Promise.resolve('dismissed')
          : new Promise((resolve) => (waiting = resolve)),
    render: (rebuild) => {
      if (open) env.show(PANEL_SLOT, rebuild(answer));
    },
    close,
  };
}
