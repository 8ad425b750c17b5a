import { h } from 'preact';
import { ShareButton } from '@/components/window/ShareButton';
import { encodeShare } from '@/lib/schedule';
import { readText, replaceRanges } from '@/lib/whatsapp/composer';
import type { Feature } from './feature';
import { isMentor, windowNow } from './window-now';
import { hideInStack, showInStack } from './window-stack';

const SLOT = 'window-share';

/**
 * The mentor's "Share my availability": Cadre writes a readable message ending with a
 * machine tag at the end of the composer, through Lexical's input path; the mentor sends
 * it themselves. A mentee without Cadre simply reads a normal message.
 */
export const shareAvailability: Feature = {
  name: 'share-availability',
  setup(env) {
    let busy = false;
    let failed = false;
    let drawn: { composer: HTMLElement; lang: string; busy: boolean; failed: boolean } | null =
      null;

    const share = async () => {
      const state = env.session.get();
      const composer = state.composer?.kind === 'main' ? state.composer.element : null;
      const now = new Date();
      const view = windowNow(state, now);
      if (!composer || !view || busy) return;
      busy = true;
      failed = false;
      refresh();
      try {
        const message = encodeShare(view.schedule, {
          now,
          lang: state.lang,
          holidays: new Set(state.snapshot?.holidays ?? []),
        });
        const existing = readText(composer);
        const end = existing.length;
        const text = existing.trim() === '' ? message : `\n${message}`;
        const result = await replaceRanges(composer, [{ start: end, end, text }]);
        failed = !result.ok;
        // The reason only: the result also holds the composer's text, the user's draft.
        if (!result.ok)
          console.warn('Cadre: could not write the availability message', result.reason);
      } finally {
        busy = false;
        refresh();
      }
    };

    const refresh = () => {
      const state = env.session.get();
      const composer = state.composer?.kind === 'main' ? state.composer.element : null;
      if (state.protection !== 'active' || !isMentor(state) || !composer) {
        // Cleared first, so a refresh during hide() finds nothing left to hide.
        const wasDrawn = drawn;
        drawn = null;
        if (wasDrawn) hideInStack(env, SLOT);
        return;
      }
      const next = { composer, lang: state.lang, busy, failed };
      // Redrawn only on a change: every session change calls refresh.
      if (
        drawn &&
        drawn.composer === next.composer &&
        drawn.lang === next.lang &&
        drawn.busy === next.busy &&
        drawn.failed === next.failed
      ) {
        return;
      }
      drawn = next;
      showInStack(
        env,
        SLOT,
        h(ShareButton, {
          t: env.t(),
          busy,
          error: failed ? env.t()('window.shareFailed') : undefined,
          onShare: () => void share(),
        }),
      );
    };

    env.ctx.onInvalidated(env.session.subscribe(refresh));
    refresh();
  },
};
