import { h } from 'preact';
import {
  SharedAvailabilityCard,
  type SharedCardState,
} from '@/components/window/SharedAvailabilityCard';
import { ask } from '@/lib/messaging';
import {
  decodeShare,
  describeWeek,
  findShares,
  isFromChatPartner,
  mayBeShare,
  scheduleOrDefault,
  shareSender,
  type ShareSender,
} from '@/lib/schedule';
import { formatInstant } from '@/components/options/dates';
import { incomingBubbles, readMessage } from '@/lib/whatsapp/messages';
import type { Feature } from './feature';
import { recordOnHost } from './test-hooks';
import { isMentor } from './window-now';
import { hideInStack, showInStack } from './window-stack';

const SLOT = 'window-shared';
const APPLIED_MS = 4_000;

interface FoundShare {
  tag: string;
  /** Who sent it and when, never its text: what the popup shows as "which message". */
  excerpt: string;
  /** The author WhatsApp names for the message, when it names one. */
  sender: ShareSender | null;
  /** WhatsApp shows the message cut: the tag may be hidden, nothing can be read yet. */
  cut?: boolean;
}

/**
 * The mentee's side of sharing: the newest Cadre tag among the chat's incoming messages
 * is offered as a card (apply / later), unless it is what the mentee already has. A tag
 * that does not decode is shown as refused, and nothing changes.
 */
export const applySharedAvailability: Feature = {
  name: 'apply-shared-availability',
  setup(env) {
    const dismissed = new Set<string>();
    let current: { tag: string; card: SharedCardState } | null = null;
    let pending = false;
    /** Set when the schedule or the chat changed: the card on screen must be judged again. */
    let stale = false;
    /** The conversation as last scanned: most DOM changes (typing) leave it as it was. */
    let seen: { count: number; last: HTMLElement | undefined } | null = null;

    const draw = (found: FoundShare, card: SharedCardState) => {
      current = { tag: found.tag, card };
      showInStack(
        env,
        SLOT,
        h(SharedAvailabilityCard, {
          t: env.t(),
          card,
          onApply: () => void apply(found),
          onLater: () => {
            dismissed.add(found.tag);
            clear();
          },
        }),
      );
    };

    const clear = () => {
      const wasShown = current;
      current = null;
      if (wasShown) hideInStack(env, SLOT);
    };

    const apply = async (found: FoundShare) => {
      const lang = env.session.get().lang;
      if (current?.card.kind !== 'offer') return;
      draw(found, { ...current.card, busy: true, error: undefined });
      try {
        const reply = await ask({
          type: 'schedule.applyShared',
          tag: found.tag,
          excerpt: found.excerpt,
        });
        if (reply.ok) {
          dismissed.add(found.tag);
          draw(found, { kind: 'applied' });
          env.ctx.setTimeout(() => current?.tag === found.tag && clear(), APPLIED_MS);
        } else {
          draw(found, { kind: 'refused', reason: reply.error[lang] });
        }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const offer = current?.card.kind === 'offer' ? current.card : { week: '' };
        draw(found, {
          kind: 'offer',
          week: offer.week,
          from: 'from' in offer ? offer.from : undefined,
          error: env.t()('window.shareError', { error: reason }),
        });
      }
    };

    const scan = () => {
      pending = false;
      // Test hook: each scan, and the card on screen when it started.
      recordOnHost(env.doc, 'share-scans', current?.card.kind ?? 'none');
      const restart = stale;
      stale = false;
      // The confirmation stays its few seconds, whatever the scan finds.
      if (current?.card.kind === 'applied') return;
      const state = env.session.get();
      if (state.protection !== 'active' || isMentor(state) || !state.snapshot) {
        seen = null;
        return clear();
      }
      const bubbles = incomingBubbles(env.doc);
      const last = bubbles[bubbles.length - 1];
      // A cut message shown whole changes neither: look again while one is on screen.
      const unchanged = seen && seen.count === bubbles.length && seen.last === last;
      if (!restart && unchanged && current?.card.kind !== 'cut') return;
      seen = { count: bubbles.length, last };
      const found = newestShare(bubbles);
      if (!found || dismissed.has(found.tag)) return clear();
      if (current?.tag === found.tag && !restart) return;
      if (found.cut) return draw(found, { kind: 'cut' });
      // Only the person a one-to-one chat is with may set the schedule, unless the user chose
      // otherwise: a group member's tag is not theirs to apply.
      if (
        !state.snapshot.settings.sharesFromAnyone &&
        !isFromChatPartner(found.sender, state.chat)
      ) {
        return draw(found, { kind: 'refused', reason: env.t()('window.shareNotFromPartner') });
      }
      const decoded = decodeShare(found.tag);
      if (!decoded.ok) return draw(found, { kind: 'refused', reason: decoded.error[state.lang] });
      const have = scheduleOrDefault(state.snapshot.schedule);
      if (JSON.stringify(have) === JSON.stringify(decoded.schedule)) return clear();
      draw(found, {
        kind: 'offer',
        week: describeWeek(decoded.schedule, state.lang),
        from: found.sender
          ? env.t()('window.shareFrom', {
              author: found.sender.author,
              posted: found.sender.postedAt,
              date: formatInstant(decoded.sharedAt.getTime(), state.lang),
            })
          : undefined,
      });
    };

    const later = () => {
      if (pending) return;
      pending = true;
      env.ctx.requestAnimationFrame(scan);
    };

    // New messages arrive as DOM changes anywhere in the conversation; scans are coalesced.
    const observer = new MutationObserver(later);
    observer.observe(env.doc.documentElement, { childList: true, subtree: true });
    env.ctx.onInvalidated(() => observer.disconnect());
    let { snapshot, chat, protection } = env.session.get();
    env.ctx.onInvalidated(
      env.session.subscribe((state) => {
        if (state.snapshot === snapshot && state.chat === chat && state.protection === protection) {
          return;
        }
        ({ snapshot, chat, protection } = state);
        // A new snapshot may be the schedule just applied: the card's offer may be moot.
        stale = true;
        later();
      }),
    );
    later();
  },
};

/** How far back in the conversation a shared availability is looked for. */
const LOOK_BACK = 60;

function newestShare(bubbles: readonly HTMLElement[]): FoundShare | null {
  for (let index = bubbles.length - 1; index >= Math.max(0, bubbles.length - LOOK_BACK); index--) {
    const message = readMessage(bubbles[index]);
    // Cut by WhatsApp ("Read more"): the tag is on the last line, which may be hidden.
    if (message.cut && mayBeShare(message.text)) {
      const excerpt = (message.meta || 'cadre').slice(0, 200);
      return { tag: `cut:${excerpt}`, excerpt, sender: shareSender(message.meta), cut: true };
    }
    const tags = findShares(message.text);
    if (tags.length === 0) continue;
    const tag = tags[tags.length - 1];
    const checksum = /:([0-9a-f]{8})\]$/.exec(tag)?.[1];
    const excerpt = (message.meta || (checksum ? `cadre ${checksum}` : 'cadre')).slice(0, 200);
    return { tag, excerpt, sender: shareSender(message.meta) };
  }
  return null;
}
