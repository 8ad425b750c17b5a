import { afterEach, describe, expect, it } from 'vitest';
import {
  GENERATIONS,
  composerText,
  launchFirefoxCadre,
  openChat,
  clickOverlayButton,
  panelOpen,
  typeInComposer,
  protection,
  screenshot,
  until,
  watchMentoring,
  type FirefoxSession,
} from './harness';

// The send guard's main paths in Firefox, on every replica generation.

const RISKY = "Bonjour, j'ai revu Claire Martin (claire.martin@exemple.fr) pour son devis.";
const ANONYMIZED = "Bonjour, j'ai revu [Personne 1] ([e-mail]) pour son devis.";
const texts = async (session: FirefoxSession) => (await session.sent()).map((r) => r.text);

let session: FirefoxSession | undefined;
afterEach(async () => {
  if (session) expect(session.requests, 'requests that left the page').toEqual([]);
  await session?.close();
  session = undefined;
});

describe.each(GENERATIONS)('Firefox: the send guard on WhatsApp Web %s', (dom) => {
  async function holdRisky() {
    session = await launchFirefoxCadre({ dom });
    await watchMentoring(session);
    await typeInComposer(session.page, RISKY);
    await session.page.keyboard.press('Enter');
    await until(() => panelOpen(session!.page), true);
    expect(await session.sent()).toEqual([]);
    return session;
  }

  it('holds a risky message; Modifier sends nothing and keeps the text', async () => {
    const { page } = await holdRisky();
    if (dom === '2025') await screenshot(page, 'firefox-guard-panel');
    await clickOverlayButton(page, 'Modifier');
    await until(() => panelOpen(page), false);
    expect(await session!.sent()).toEqual([]);
    expect(await composerText(page)).toBe(RISKY);
  });

  it('Anonymiser et envoyer sends the placeholders', async () => {
    const { page } = await holdRisky();
    await clickOverlayButton(page, 'Anonymiser et envoyer');
    await until(() => texts(session!), [ANONYMIZED], 15_000);
    await until(() => composerText(page), '');
  });

  it('Envoyer quand même sends exactly what was typed', async () => {
    const { page } = await holdRisky();
    await clickOverlayButton(page, 'Envoyer quand même');
    await until(() => texts(session!), [RISKY]);
  });

  it('sends a clean message at once', async () => {
    session = await launchFirefoxCadre({ dom });
    await watchMentoring(session);
    await typeInComposer(session.page, 'On se voit jeudi pour en parler ?');
    await session.page.keyboard.press('Enter');
    await until(() => texts(session!), ['On se voit jeudi pour en parler ?']);
    expect(await panelOpen(session.page)).toBe(false);
  });

  it('intercepts nothing in a chat that is not watched', async () => {
    session = await launchFirefoxCadre({ dom });
    await watchMentoring(session);
    await openChat(session.page, 'Famille');
    await until(() => protection(session!.page), 'unwatched');
    await typeInComposer(session.page, RISKY);
    await session.page.keyboard.press('Enter');
    await until(() => texts(session!), [RISKY]);
    expect(await panelOpen(session.page)).toBe(false);
  });
});
