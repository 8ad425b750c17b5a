import { readChatTitle, isAppLoaded, isConversationOpen } from '@/lib/whatsapp/chat';
import { findComposers } from '@/lib/whatsapp/composer';
import { foldKey } from '@/lib/db/fold-key';
import type { Feature } from './feature';

/** How long WhatsApp may take to show a composer before Cadre says it cannot protect. */
export const COMPOSER_GRACE_MS = 10_000;

/**
 * Finds the composer and the open chat, and arms Cadre on them. WhatsApp re-renders the
 * footer when the user switches chats, so any change to the page triggers a (coalesced,
 * cheap) re-check. When WhatsApp has loaded and no composer shows within the grace
 * period, the protection state becomes "inactive": Cadre says so rather than pretend.
 */
export const protection: Feature = {
  name: 'protection',
  setup({ ctx, win, doc, session }) {
    let pending = false;
    let readySince: number | null = null;

    const check = () => {
      pending = false;
      const composers = findComposers(doc);
      const composer = composers.find((c) => c.kind === 'main') ?? composers[0] ?? null;
      const chat = readChatTitle(doc);
      const state = session.get();
      const watchedTitles = state.snapshot?.watchedChats ?? [];
      const watched = !!chat && watchedTitles.some((t) => foldKey(t) === foldKey(chat));

      let protectionState = state.protection;
      if (composer) {
        protectionState = watched ? 'active' : 'unwatched';
      } else {
        const loaded = isAppLoaded(doc) || isConversationOpen(doc);
        if (loaded && readySince === null) readySince = Date.now();
        const waited = readySince !== null ? Date.now() - readySince : 0;
        const conversationWithoutComposer = isConversationOpen(doc);
        if (conversationWithoutComposer || !isAppLoaded(doc)) {
          protectionState = waited >= COMPOSER_GRACE_MS ? 'inactive' : 'starting';
        } else {
          protectionState = 'idle'; // WhatsApp is loaded with no chat open.
        }
      }
      if (
        composer?.element !== state.composer?.element ||
        composer?.kind !== state.composer?.kind ||
        chat !== state.chat ||
        watched !== state.watched ||
        protectionState !== state.protection
      ) {
        session.set({ composer, chat, watched, protection: protectionState });
      }
    };

    const schedule = () => {
      if (pending) return;
      pending = true;
      ctx.requestAnimationFrame(check);
    };

    const observer = new MutationObserver(schedule);
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    // Watched chats can change from the popup or the chip; the page may not change then.
    const unsubscribe = session.subscribe(() => {
      const { snapshot } = session.get();
      if (snapshot !== lastSnapshot) {
        lastSnapshot = snapshot;
        schedule();
      }
    });
    let lastSnapshot = session.get().snapshot;
    ctx.onInvalidated(unsubscribe);

    if (doc.readyState === 'complete') readySince = Date.now();
    else ctx.addEventListener(win, 'load', () => (readySince ??= Date.now()));
    // Re-check after the grace period even if the page stays silent.
    ctx.setTimeout(check, COMPOSER_GRACE_MS + 50);
    ctx.setInterval(schedule, 2_000);
    check();
  },
};
