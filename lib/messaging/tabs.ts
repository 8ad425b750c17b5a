import { browser } from 'wxt/browser';
import type { PageInspection, ProtectionReport, ToContent } from './protocol';

export type TabProtection = ProtectionReport | { state: 'no-tab' } | { state: 'reload' };

/**
 * Asks the WhatsApp tab how Cadre is doing there: the active tab if it is WhatsApp, else
 * the WhatsApp tab used last (the popup may sit over another page).
 */
export async function whatsAppTabProtection(): Promise<TabProtection> {
  const tab = await whatsAppTab();
  if (!tab) return { state: 'no-tab' };
  try {
    const report = (await browser.tabs.sendMessage(tab.id!, { type: 'protection.get' })) as
      ProtectionReport | undefined;
    return report ?? { state: 'reload' };
  } catch {
    // No content script answers: the tab was opened before Cadre was installed or updated.
    return { state: 'reload' };
  }
}

/** The WhatsApp tab Cadre speaks about: the active one, else the one used last. */
async function whatsAppTab() {
  const tabs = await browser.tabs.query({ url: 'https://web.whatsapp.com/*' });
  if (!tabs.length) return null;
  return (
    tabs.find((candidate) => candidate.active) ??
    [...tabs].sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0]
  );
}

/** Asks the WhatsApp tab which alternative matched per capability (and its skeleton). */
export async function inspectWhatsAppTab(skeleton: boolean): Promise<PageInspection | null> {
  const tab = await whatsAppTab();
  if (tab?.id === undefined) return null;
  const message: ToContent = { type: 'page.inspect', skeleton };
  try {
    return (
      ((await browser.tabs.sendMessage(tab.id, message)) as PageInspection | undefined) ?? null
    );
  } catch {
    return null;
  }
}
