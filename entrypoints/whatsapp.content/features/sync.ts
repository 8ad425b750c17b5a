import { browser } from 'wxt/browser';
import { resolveLang } from '@/lib/i18n';
import {
  ask,
  ExtensionReloadedError,
  type ProtectionReport,
  type ToContent,
} from '@/lib/messaging';
import type { Feature } from './feature';
import { recordOnHost } from './test-hooks';

/**
 * Keeps the session's copy of Cadre's settings and lists in step with the database
 * (through the background), and answers the popup's "is this tab protected?".
 */
export const sync: Feature = {
  name: 'sync',
  setup({ ctx, session }) {
    const apply = (snapshot: NonNullable<ReturnType<typeof session.get>['snapshot']>) => {
      session.set({
        snapshot,
        lang: resolveLang(snapshot.settings.language, navigator.language),
      });
      // Test hook: how many snapshots of the settings and lists this page has taken in.
      recordOnHost(document, 'snapshots', 'applied');
    };

    ask({ type: 'snapshot.get' })
      .then(apply)
      .catch((error) => {
        if (error instanceof ExtensionReloadedError) session.set({ reloadNeeded: true });
        else console.warn('Cadre: could not read settings', error);
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
