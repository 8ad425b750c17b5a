import { browser } from 'wxt/browser';
import { resolveLang } from '@/lib/i18n';
import {
  ask,
  ExtensionReloadedError,
  type ProtectionReport,
  type ToContent,
} from '@/lib/messaging';
import type { Feature } from './feature';
import { errorName } from '@/lib/messaging/log';

/**
 * Keeps the session's copy of Cadre's settings and lists in step with the database
 * (through the background), and answers the popup's "is this tab protected?".
 */
export const sync: Feature = {
  name: 'sync',
  setup({ ctx, session, doc }) {
    const apply = (snapshot: NonNullable<ReturnType<typeof session.get>['snapshot']>) =>
      session.set({
        snapshot,
        lang: resolveLang(snapshot.settings.language, navigator.language),
      });

    const read = () =>
      ask({ type: 'snapshot.get' })
        .then(apply)
        .catch((error) => {
          if (error instanceof ExtensionReloadedError) session.set({ reloadNeeded: true });
          else console.warn('Cadre: could not read settings', errorName(error));
        });
    read();
    // A push can be missed (the background was asleep, the tab was frozen): coming back to
    // the tab reads the settings again.
    ctx.addEventListener(doc, 'visibilitychange', () => {
      if (doc.visibilityState === 'visible') read();
    });

    const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      const typed = message as ToContent;
      if (typed?.type === 'snapshot.changed') apply(typed.snapshot);
      if (typed?.type === 'protection.get') {
        const { protection, chat } = session.get();
        const report: ProtectionReport = { state: protection, chat };
        sendResponse(report);
      }
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The runtime is already gone: nothing left to remove.
      }
    });
  },
};
