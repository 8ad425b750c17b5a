import { browser } from 'wxt/browser';
import { resolveLang } from '@/lib/i18n';
import {
  ask,
  ExtensionReloadedError,
  type PageInspection,
  type ProtectionReport,
  type ToContent,
} from '@/lib/messaging';
import { missingCapabilities, readCapabilities } from '@/lib/whatsapp/capabilities';
import { markupSkeleton } from '@/lib/whatsapp/skeleton';
import type { Feature } from './feature';
import { errorName } from '@/lib/messaging/log';
import { recordOnHost } from './test-hooks';

/**
 * Keeps the session's copy of Cadre's settings and lists in step with the database
 * (through the background), answers the popup's "is this tab protected?", and the
 * options page's "Vérifier la page WhatsApp" when the person asks for it.
 */
export const sync: Feature = {
  name: 'sync',
  setup({ ctx, doc, session, faults }) {
    const apply = (snapshot: NonNullable<ReturnType<typeof session.get>['snapshot']>) => {
      session.set({
        snapshot,
        lang: resolveLang(snapshot.settings.language, navigator.language),
      });
      // Test hook: how many snapshots of the settings and lists this page has taken in.
      recordOnHost(doc, 'snapshots', 'applied');
    };
    // A slow start, on a test's request only (see test-faults.ts).
    const late = (snapshot: Parameters<typeof apply>[0]) =>
      faults.snapshotDelayMs
        ? void ctx.setTimeout(() => apply(snapshot), faults.snapshotDelayMs)
        : apply(snapshot);

    const read = () =>
      ask({ type: 'snapshot.get' })
        .then(late)
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
        const { protection, chat, capabilities, watched } = session.get();
        const report: ProtectionReport = {
          state: protection,
          chat,
          missing: watched ? missingCapabilities(capabilities) : [],
        };
        sendResponse(report);
      }
      if (typed?.type === 'page.inspect') {
        const inspection: PageInspection = {
          capabilities: readCapabilities(doc, session.get().capabilities),
          skeleton: typed.skeleton ? markupSkeleton(doc.body) : null,
        };
        sendResponse(inspection);
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
