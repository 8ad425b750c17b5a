import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { db } from '@/lib/db';
import { handleMessage } from '@/lib/messaging/handlers';
import { readSnapshot } from '@/lib/messaging/snapshot';
import { inspectWhatsAppTab } from '@/lib/messaging/tabs';
import { holidaysAround } from '@/lib/schedule/holidays';
import { scheduleOrDefault } from '@/lib/schedule';
import { loadCountryHolidays } from '@/lib/holidays/load';
import { openOnboarding, type OnboardingOutcome } from '@/lib/onboarding/open-on-install';
import {
  CHANGES_SNAPSHOT,
  type Snapshot,
  type TestFaults,
  type ToContent,
} from '@/lib/messaging/protocol';

const WHATSAPP_TABS = 'https://web.whatsapp.com/*';

export default defineBackground(() => {
  const database = db();
  const holidaysFor = async (schedule: unknown, now: Date) =>
    holidaysAround(
      schedule,
      now,
      await loadCountryHolidays(scheduleOrDefault(schedule).holidays.country),
    );
  const snapshot = () => readSnapshot(database, holidaysFor);
  // Set once Cadre stops looking for its install-time onboarding tab: from then on no
  // second one can open (an end-to-end test waits for it).
  let onboardingOutcome: OnboardingOutcome | null = null;

  // sendResponse + `return true` works in every browser WXT targets (a returned promise
  // does not, in older Chrome).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Cadre's own pages have an extension URL; a content script has the web page's.
    const fromExtensionPage =
      sender.id === browser.runtime.id &&
      (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
    handleMessage(message, {
      database,
      readSnapshot: snapshot,
      fromExtensionPage,
      inspectPage: inspectWhatsAppTab,
      onboardingOutcome: () => onboardingOutcome,
      testFaults: () => (globalThis as { cadreTestFaults?: TestFaults }).cadreTestFaults ?? {},
    }).then((reply) => {
      sendResponse(reply);
      // The message woke this worker if Chrome had stopped it: push now, whatever the
      // live query below has seen.
      const type = (message as { type?: string } | null)?.type;
      if (reply.ok && CHANGES_SNAPSHOT.has(type as never)) {
        void snapshot().then(pushToWhatsAppTabs);
      }
    });
    return true;
  });

  // Any change, from here or from the popup and options pages, reaches open WhatsApp tabs.
  liveQuery(snapshot).subscribe({
    next: (next) => void pushToWhatsAppTabs(next),
    error: (error) => console.error('Cadre: snapshot query failed', error),
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    openOnboarding(browser.runtime.getURL('/options.html')).then(
      (outcome) => (onboardingOutcome = outcome),
      (error) => console.error('Cadre: could not open the onboarding', String(error)),
    );
  });
});

async function pushToWhatsAppTabs(snapshot: Snapshot) {
  const message: ToContent = { type: 'snapshot.changed', snapshot };
  for (const tab of await browser.tabs.query({ url: WHATSAPP_TABS })) {
    if (tab.id === undefined) continue;
    // A tab whose content script is not there yet simply has no listener.
    browser.tabs.sendMessage(tab.id, message).catch(() => {});
  }
}
