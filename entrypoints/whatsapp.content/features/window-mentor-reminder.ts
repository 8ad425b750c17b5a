import { h } from 'preact';
import { MentorReminder } from '@/components/window/MentorReminder';
import { nextReadingTime } from '@/components/window/window-status';
import { findMainComposer } from '@/lib/whatsapp/composer';
import type { Feature } from './feature';
import { isMentor, windowNow } from './window-now';
import { recordOnHost } from './test-hooks';
import { hideInStack, showInStack } from './window-stack';

const SLOT = 'window-mentor-reminder';

/** The viewer's calendar day, for "no more reminders today". */
function localDay(now: Date): string {
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/**
 * Rule 3 protects the mentor's time too: when they start typing in a watched chat outside
 * their window, a gentle card says nothing is expected before it opens. Closing it quiets
 * it for this chat; "no more reminders today" for the rest of the day.
 */
export const windowMentorReminder: Feature = {
  name: 'window-mentor-reminder',
  setup(env) {
    let dismissedDay: string | null = null;
    let closedForChat: string | null = null;
    let showing = false;

    const hide = () => {
      // Cleared first, so a call back during hide() finds nothing left to hide.
      const wasShowing = showing;
      showing = false;
      if (wasShowing) hideInStack(env, SLOT);
    };

    const onInput = (event: Event) => {
      const state = env.session.get();
      const composer = findMainComposer(env.doc);
      const target = event.target as Node | null;
      if (!composer || !target || !composer.contains(target)) return;
      if (state.protection !== 'active' || !isMentor(state) || showing) return;
      const now = new Date();
      // Test hook: each input looked at, and whether it brought the card.
      const quiet = () => recordOnHost(env.doc, 'reminder', 'quiet');
      if (dismissedDay === localDay(now) || closedForChat === state.chat) return quiet();
      const view = windowNow(state, now);
      if (!view || view.status.state === 'open') return quiet();
      recordOnHost(env.doc, 'reminder', 'shown');
      showing = true;
      const card = h(MentorReminder, {
        t: env.t(),
        when: nextReadingTime(view, now, state.lang),
        onClose: () => {
          closedForChat = env.session.get().chat;
          hide();
        },
        onDismissToday: () => {
          dismissedDay = localDay(new Date());
          hide();
        },
      });
      showInStack(env, SLOT, card);
    };

    env.ctx.addEventListener(env.doc, 'input', onInput, { capture: true });
    // Another chat, or the chat no longer watched: the card belonged to the old one.
    let chat = env.session.get().chat;
    env.ctx.onInvalidated(
      env.session.subscribe((state) => {
        if (state.chat !== chat || state.protection !== 'active') hide();
        chat = state.chat;
      }),
    );
  },
};
