import { browser } from 'wxt/browser';

// On install Cadre opens its onboarding. Firefox can accept openOptionsPage() while its
// first window is still opening and then show nothing; a person who installed Cadre would
// see no welcome and no charter to sign. So the tab is looked for, often, for a few
// seconds, and opened plainly if it never showed: looking often means a tab the person
// closes at once is not opened again.

/** How long the browser gets to show the tab it accepted to open, and how often it is looked for. */
export const LOOK_FOR_MS = 3_000;
export const LOOK_EVERY_MS = 250;

export interface OnboardingTabs {
  openOptionsPage(): Promise<void>;
  createTab(url: string): Promise<unknown>;
  /** Whether some tab shows `url`; undefined when this browser cannot tell. */
  tabShows(url: string): Promise<boolean | undefined>;
  wait(ms: number): Promise<void>;
}

/**
 * How the onboarding came to show: the browser's own options tab (`shown`), a tab Cadre
 * opened itself (`opened`), or trusted to a browser that cannot tell (`trusted`).
 */
export type OnboardingOutcome = 'shown' | 'opened' | 'trusted';

export async function openOnboarding(
  url: string,
  tabs: OnboardingTabs = browserTabs(),
): Promise<OnboardingOutcome> {
  try {
    await tabs.openOptionsPage();
  } catch {
    await tabs.createTab(url);
    return 'opened';
  }
  for (let waited = 0; waited < LOOK_FOR_MS; waited += LOOK_EVERY_MS) {
    await tabs.wait(LOOK_EVERY_MS);
    const shows = await tabs.tabShows(url);
    if (shows) return 'shown';
    // When the browser cannot tell, a second onboarding tab would be worse than trusting it.
    if (shows === undefined) return 'trusted';
  }
  await tabs.createTab(url);
  return 'opened';
}

function browserTabs(): OnboardingTabs {
  return {
    openOptionsPage: () => browser.runtime.openOptionsPage(),
    createTab: (url) => browser.tabs.create({ url }),
    async tabShows(url) {
      // A busy Firefox lists the new tab with its address before its page has loaded, and
      // only then counts it among the extension's contexts: either sign is enough. An
      // extension sees its own pages' addresses without the "tabs" permission.
      const tabs = await browser.tabs.query({});
      if (tabs.some((tab) => (tab.url ?? tab.pendingUrl)?.startsWith(url))) return true;
      // runtime.getContexts needs no permission (Chrome 116, Firefox 128).
      if (typeof browser.runtime.getContexts !== 'function') return undefined;
      const contexts = await browser.runtime.getContexts({ contextTypes: ['TAB'] });
      return contexts.some((context) => context.documentUrl?.startsWith(url));
    },
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
