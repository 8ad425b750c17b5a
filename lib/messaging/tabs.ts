import { browser } from 'wxt/browser';
import type { ProtectionReport } from './protocol';

export type TabProtection = ProtectionReport | { state: 'no-tab' } | { state: 'reload' };

/**
 * Asks the WhatsApp tab how Cadre is doing there: the active tab if it is WhatsApp, else
 * the WhatsApp tab used last (the popup may sit over another page).
 */
export async function whatsAppTabProtection(): Promise<TabProtection> {
  const tabs = await browser.tabs.query({ url: 'https://web.whatsapp.com/*' });
  if (!tabs.length) return { state: 'no-tab' };
  const tab =
    tabs.find((candidate) => candidate.active) ??
    [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  try {
    const report = (await browser.tabs.sendMessage(tab.id!, { type: 'protection.get' })) as
      ProtectionReport | undefined;
    return report ?? { state: 'reload' };
  } catch {
    // No content script answers: the tab was opened before Cadre was installed or updated.
    return { state: 'reload' };
  }
}
