import { readChatTitle, isAppLoaded, isConversationOpen } from '@/lib/whatsapp/chat';
import { readCapabilities, sameCapabilities } from '@/lib/whatsapp/capabilities';
import { findComposers } from '@/lib/whatsapp/composer';
import { foldKey } from '@/lib/text/fold-key';
import type { ProtectionState } from '@/lib/messaging/protocol';
import type { Feature } from './feature';

/** How long WhatsApp may take to show a composer before Cadre says it cannot protect. */
export const COMPOSER_GRACE_MS = 10_000;

/**
 * Finds the composer and the open chat, arms Cadre on them, and reads which parts of the
 * page Cadre recognises (capabilities). WhatsApp re-renders the composer when the user
 * switches chats, so any change to the page triggers a (coalesced, cheap) re-check. When
 * WhatsApp has loaded and no composer shows within the grace period, the protection state
 * becomes "inactive": Cadre says so rather than pretend.
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
      // A title Cadre cannot read may be a watched chat's: every chat is checked then, as
      // long as some chat is watched (the chip and the popup say why).
      const titleUnread = !!composer && !chat && watchedTitles.length > 0;
      const watched =
        titleUnread || (!!chat && watchedTitles.some((t) => foldKey(t) === foldKey(chat)));

      if (readySince === null && (isAppLoaded(doc) || isConversationOpen(doc))) {
        readySince = Date.now();
      }
      const capabilities = readCapabilities(doc, state.capabilities);
      const protectionState = decideProtection({
        composerFound: !!composer,
        settingsLoaded: state.snapshot !== null,
        watched,
        appLoaded: isAppLoaded(doc),
        conversationOpen: isConversationOpen(doc),
        waitedMs: readySince === null ? 0 : Date.now() - readySince,
      });
      if (
        composer?.element !== state.composer?.element ||
        composer?.kind !== state.composer?.kind ||
        chat !== state.chat ||
        watched !== state.watched ||
        protectionState !== state.protection ||
        !sameCapabilities(capabilities, state.capabilities)
      ) {
        session.set({ composer, chat, watched, protection: protectionState, capabilities });
      }
    };

    const schedule = () => {
      if (pending) return;
      pending = true;
      // One check per burst of page changes (WhatsApp re-renders often); a timer, not a
      // frame, so a chat switch in a background tab is still seen.
      ctx.setTimeout(check, 50);
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

export interface PageFacts {
  composerFound: boolean;
  /** Cadre's settings (which chats are watched) have reached the page. */
  settingsLoaded: boolean;
  watched: boolean;
  appLoaded: boolean;
  conversationOpen: boolean;
  /** Time since WhatsApp's page was ready. */
  waitedMs: number;
}

/** What Cadre can promise on this page now. */
export function decideProtection(page: PageFacts): ProtectionState {
  if (page.composerFound) {
    // Until the settings arrive, Cadre cannot tell a watched chat from another.
    if (!page.settingsLoaded) return 'starting';
    return page.watched ? 'active' : 'unwatched';
  }
  // WhatsApp loaded with no chat open: nothing to protect yet, nothing wrong.
  if (page.appLoaded && !page.conversationOpen) return 'idle';
  // A chat is open (or the page is unrecognisable) and still no composer.
  return page.waitedMs >= COMPOSER_GRACE_MS ? 'inactive' : 'starting';
}
