import { h } from 'preact';
import { RenamedChatCard } from '@/components/window/RenamedChatCard';
import { ask } from '@/lib/messaging';
import { errorName } from '@/lib/messaging/log';
import type { Feature } from './feature';
import { hideInStack, showInStack } from './window-stack';

const SLOT = 'chat-renamed';

/**
 * Watched chats are known by their title. When the open chat's title changes while its
 * composer stays the same element (a rename: opening another chat re-renders WhatsApp's
 * footer), protection stops, visibly, and the chip asks whether to keep watching the chat
 * under its new name.
 */
export const chatRename: Feature = {
  name: 'chat-rename',
  setup(env) {
    let last: { title: string; composer: HTMLElement | null; watched: boolean } | null = null;
    let asking: { from: string; to: string } | null = null;

    const stopAsking = () => {
      if (!asking) return;
      asking = null;
      hideInStack(env, SLOT);
    };

    const keep = (from: string, to: string) => {
      stopAsking();
      ask({ type: 'chat.rename', from, to }).catch((error) =>
        console.warn('Cadre: could not rename the watched chat', errorName(error)),
      );
    };

    env.ctx.onInvalidated(
      env.session.subscribe(({ chat, watched, composer: found }) => {
        // The protection feature sets the title and the composer together, from one look.
        const composer = found?.element ?? null;
        if (asking && (watched || chat !== asking.to)) stopAsking();
        if (!chat) {
          last = null;
          return;
        }
        if (last?.title === chat) {
          last.watched = watched;
          last.composer = composer;
          return;
        }
        const previous = last;
        // Set before drawing: drawing changes the session, which calls this again.
        last = { title: chat, composer, watched };
        const renamed =
          previous !== null &&
          previous.watched &&
          !watched &&
          composer !== null &&
          composer === previous.composer;
        if (renamed) {
          const question = { from: previous.title, to: chat };
          asking = question;
          showInStack(
            env,
            SLOT,
            h(RenamedChatCard, {
              t: env.t(),
              ...question,
              onKeep: () => keep(question.from, question.to),
              onDismiss: stopAsking,
            }),
          );
        }
      }),
    );
  },
};
