import { afterEach, describe, expect, it } from 'vitest';
import { onboardingOutcomeInPage } from './onboarding-settled';
import { launchCadre, openChat, type CadreSession } from './harness';
import { chip, launchWatched, MENTORING } from './guard-helpers';
import { dumpDatabase, openOptions } from './options-pages';

// The file's Chromium is reused from test to test (test/e2e/browser-pool.ts): what one test
// leaves behind must be gone for the next, exactly as after a fresh install.

let session: CadreSession | undefined;
let freshInstall: Record<string, unknown[]> | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The database without the fields a clock or a counter fills. */
async function databaseOf(current: CadreSession) {
  const page = await openOptions(current);
  const dump = await dumpDatabase(page);
  await page.close();
  return JSON.parse(
    JSON.stringify(dump, (key, value) => (key === 'at' || key.endsWith('At') ? 0 : value)),
  );
}

describe('a reused browser is as fresh as a new install', () => {
  it('a real install opens the onboarding, and its database is the reference', async () => {
    session = await launchCadre({ fresh: true });
    const onboardingTabs = () =>
      session!.context
        .pages()
        .filter((page) =>
          page.url().startsWith(`chrome-extension://${session!.extensionId}/options.html`),
        );
    expect(onboardingTabs(), 'the onboarding tab Cadre opens on install').toHaveLength(1);
    // Cadre looks for that tab to make sure the onboarding showed (lib/onboarding):
    // Chromium can tell, and so no second one opens.
    const settled = () => onboardingTabs()[0]!.evaluate(onboardingOutcomeInPage);
    await expect.poll(settled, { timeout: 15_000 }).toBe('shown');
    expect(onboardingTabs()).toHaveLength(1);
    freshInstall = await databaseOf(session);
    expect(freshInstall!.watchedChats).toEqual([]);
  });

  it('leaves state behind: a watched chat, settings, page storage, a blocked request', async () => {
    session = await launchWatched();
    const { page } = session;
    await page.evaluate(() => {
      localStorage.setItem('left-behind', 'yes');
      void fetch('https://example.com/left-behind').catch(() => {});
    });
    await expect.poll(() => session!.requests.length).toBe(1);
    const options = await openOptions(session);
    await options.getByLabel('la personne accompagnée').check();
    const database = await dumpDatabase(options);
    expect(database.watchedChats).toHaveLength(1);
  });

  it('the next test sees none of it', async () => {
    session = await launchCadre();
    const { page } = session;
    expect(session.requests).toEqual([]);
    const open = session.context.pages().map((other) => other.url());
    expect(open.filter((url) => url !== 'about:blank')).toEqual([page.url()]);
    expect(await page.evaluate(() => localStorage.getItem('left-behind'))).toBeNull();
    expect(await databaseOf(session)).toEqual(freshInstall);
    await openChat(page, MENTORING);
    await expect.poll(() => chip(session!).getAttribute('data-protection')).toBe('unwatched');
  });
});
