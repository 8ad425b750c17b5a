import { h } from 'preact';
import { WindowChipDetail } from '@/components/window/WindowChipDetail';
import { compactLabel, longLabel } from '@/components/window/window-status';
import type { Feature } from './feature';
import { windowNow } from './window-now';

/** How often the chip re-reads the clock; the window turns on the minute at most. */
const REFRESH_MS = 30_000;

/** The response window inside the composer chip of watched chats: "Fermé · lundi 8h". */
export const windowChip: Feature = {
  name: 'window-chip',
  setup(env) {
    let shown = '';
    const refresh = () => {
      const state = env.session.get();
      const now = new Date();
      const view = state.watched ? windowNow(state, now) : null;
      if (!view) {
        // Cleared first, so a refresh during hide() finds nothing left to hide.
        const wasShown = shown;
        shown = '';
        if (wasShown) env.hide('chip-detail');
        return;
      }
      const label = compactLabel(view, now, env.t(), state.lang);
      const title = longLabel(view, now, state.lang);
      const key = `${view.status.state}|${label}|${title}`;
      // Redrawn only when something changed: every session change calls refresh.
      if (key === shown) return;
      shown = key;
      env.show('chip-detail', h(WindowChipDetail, { state: view.status.state, label, title }));
    };

    env.ctx.onInvalidated(env.session.subscribe(refresh));
    env.ctx.setInterval(refresh, REFRESH_MS);
    // After sleep or a long time in another tab, the clock jumped: look again at once.
    env.ctx.addEventListener(env.win, 'focus', refresh);
    env.ctx.addEventListener(env.doc, 'visibilitychange', refresh);
    refresh();
  },
};
