import { describe, expect, it } from 'vitest';
import {
  LOOK_EVERY_MS,
  LOOK_FOR_MS,
  openOnboarding,
  type OnboardingTabs,
} from '@/lib/onboarding/open-on-install';

// The onboarding must appear once on install, whether or not the browser keeps its word.

const URL = 'chrome-extension://cadre/options.html';

/** `shows`: what each look finds, the last answer repeating. */
function fakeTabs(options: { refuses?: boolean; shows?: (boolean | undefined)[] }) {
  const answers = [...(options.shows ?? [])];
  const calls: string[] = [];
  const tabs: OnboardingTabs = {
    async openOptionsPage() {
      calls.push('openOptionsPage');
      if (options.refuses) throw new Error('no window yet');
    },
    async createTab(url) {
      calls.push(`createTab ${url}`);
    },
    async tabShows(url) {
      calls.push(`tabShows ${url}`);
      return answers.length > 1 ? answers.shift() : answers[0];
    },
    async wait(ms) {
      calls.push(`wait ${ms}`);
    },
  };
  return { tabs, calls };
}

describe('opening the onboarding on install', () => {
  it('stops looking as soon as a tab shows it', async () => {
    const { tabs, calls } = fakeTabs({ shows: [false, true] });
    expect(await openOnboarding(URL, tabs)).toBe('shown');
    const look = [`wait ${LOOK_EVERY_MS}`, `tabShows ${URL}`];
    expect(calls).toEqual(['openOptionsPage', ...look, ...look]);
  });

  it('does not open it again when the person closed it at once', async () => {
    const { tabs, calls } = fakeTabs({ shows: [true, false] });
    expect(await openOnboarding(URL, tabs)).toBe('shown');
    expect(calls.some((call) => call.startsWith('createTab'))).toBe(false);
  });

  it('opens a plain tab when the browser accepted but never showed it', async () => {
    const { tabs, calls } = fakeTabs({ shows: [false] });
    expect(await openOnboarding(URL, tabs)).toBe('opened');
    expect(calls.filter((call) => call.startsWith('tabShows'))).toHaveLength(
      LOOK_FOR_MS / LOOK_EVERY_MS,
    );
    expect(calls.at(-1)).toBe(`createTab ${URL}`);
    expect(calls.filter((call) => call.startsWith('createTab'))).toHaveLength(1);
  });

  it('opens a plain tab at once when the browser refuses', async () => {
    const { tabs, calls } = fakeTabs({ refuses: true });
    expect(await openOnboarding(URL, tabs)).toBe('opened');
    expect(calls).toEqual(['openOptionsPage', `createTab ${URL}`]);
  });

  it('opens no second tab when the browser cannot tell what it shows', async () => {
    const { tabs, calls } = fakeTabs({ shows: [undefined] });
    expect(await openOnboarding(URL, tabs)).toBe('trusted');
    expect(calls.some((call) => call.startsWith('createTab'))).toBe(false);
  });
});
