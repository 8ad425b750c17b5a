import { afterEach, describe, expect, it } from 'vitest';
import { composer, screenshot, shadow, typeInComposer, type CadreSession } from './harness';
import {
  MENTORING,
  chipWindow,
  freezeContentClock,
  launchWindowSession,
  openMentoring,
  journalActions,
  openPopupAt,
  popupWindow,
  seed,
} from './window-helpers';

// Rule 3 on the replica: the response window in the chip and in the popup, at fixed
// times of the mentor's zone (Europe/Paris, the test browser's zone too).
process.env.TZ = 'Europe/Paris';

const at = (iso: string) => new Date(iso);
const WEDNESDAY_10H = at('2026-12-02T10:00:00+01:00');
const SATURDAY_11H = at('2026-12-05T11:00:00+01:00');
const CHRISTMAS_10H = at('2026-12-25T10:00:00+01:00');

describe('response window', () => {
  let session: CadreSession | undefined;
  afterEach(async () => {
    await session?.close();
    session = undefined;
  });

  it('shows open, closed and holiday in the chip at fixed times', async () => {
    session = await launchWindowSession();
    await seed(session, { role: 'mentee', watched: [MENTORING] });
    const { page } = session;
    await openMentoring(page);

    await freezeContentClock(page, WEDNESDAY_10H);
    await expect.poll(() => chipWindow(page).getAttribute('data-window-state')).toBe('open');
    expect(await chipWindow(page).textContent()).toBe('Ouvert');

    await freezeContentClock(page, SATURDAY_11H);
    await expect.poll(() => chipWindow(page).getAttribute('data-window-state')).toBe('closed');
    expect(await chipWindow(page).textContent()).toBe('Fermé · lundi 8h');
    await screenshot(page, 'window-chip-closed');

    await freezeContentClock(page, CHRISTMAS_10H);
    await expect.poll(() => chipWindow(page).getAttribute('data-window-state')).toBe('holiday');
    expect(await chipWindow(page).textContent()).toBe('Férié · lundi 8h');
  });

  it('shows the state in large type in the popup at fixed times', async () => {
    session = await launchWindowSession();
    await seed(session, { role: 'mentee', watched: [MENTORING] });
    const cases: [Date, string, string][] = [
      [WEDNESDAY_10H, 'open', "Ouvert · jusqu'à 18h"],
      [SATURDAY_11H, 'closed', 'Fermé · réouverture lundi 8h'],
      [CHRISTMAS_10H, 'holiday', 'Férié · réouverture lundi 8h'],
    ];
    for (const [time, state, text] of cases) {
      const popup = await openPopupAt(session, time);
      await expect.poll(() => popupWindow(popup).getAttribute('data-window-state')).toBe(state);
      expect(await popupWindow(popup).textContent()).toBe(text);
      if (state === 'closed') await screenshot(popup, 'window-popup-closed');
      await popup.close();
    }
  });

  it("reflects the mentor's away switch in the chip, and back", async () => {
    session = await launchWindowSession();
    await seed(session, { role: 'mentor', watched: [MENTORING] });
    const { page } = session;
    await openMentoring(page);
    await freezeContentClock(page, WEDNESDAY_10H);
    await expect.poll(() => chipWindow(page).getAttribute('data-window-state')).toBe('open');

    const popup = await openPopupAt(session, WEDNESDAY_10H);
    await popup.getByLabel("Jusqu'à (facultatif)").fill('2026-12-04T12:00');
    await popup.getByRole('button', { name: 'Me mettre absent' }).click();
    await expect.poll(() => popupWindow(popup).textContent()).toBe("Absent jusqu'à vendredi 12h");
    await screenshot(popup, 'window-popup-away');
    await expect.poll(() => chipWindow(page).getAttribute('data-window-state')).toBe('away');
    await expect.poll(() => chipWindow(page).textContent()).toBe('Absent · vendredi 12h');
    await screenshot(page, 'window-chip-away');

    await popup.getByRole('button', { name: 'Je suis disponible' }).click();
    await expect.poll(() => chipWindow(page).getAttribute('data-window-state')).toBe('open');
    // The popup and the tab hear of the change each on their own: wait for both.
    await expect.poll(() => popupWindow(popup).textContent()).toBe("Ouvert · jusqu'à 18h");

    // The link to the schedule editor opens the options page on its section.
    const editor = session.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Modifier mes horaires' }).click();
    const options = await editor;
    await options.locator('form.schedule-editor').waitFor();
    expect(options.url()).toMatch(/\/options\.html#schedule$/);
  });

  it('tells the mentee, after sending outside the window, when it will be read', async () => {
    session = await launchWindowSession();
    await seed(session, { role: 'mentee', watched: [MENTORING] });
    const { page } = session;
    await openMentoring(page);
    await freezeContentClock(page, SATURDAY_11H);
    await typeInComposer(page, 'Voici le compte rendu de la semaine.');
    await page.keyboard.press('Enter');
    expect((await session.sent()).map((record) => record.text)).toEqual([
      'Voici le compte rendu de la semaine.',
    ]);
    const notice = shadow(page).locator('[data-window-card="sent-outside"]');
    await expect
      .poll(() => notice.textContent())
      .toContain('Envoyé — ce message sera lu à partir de lundi 8h');
    await screenshot(page, 'window-sent-outside');
    await expect
      .poll(async () => (await journalActions(session!)).map((event) => event.action))
      .toContain('outside-window');
    await notice.getByRole('button', { name: 'Fermer' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('says nothing to the mentee sending inside the window', async () => {
    session = await launchWindowSession();
    await seed(session, { role: 'mentee', watched: [MENTORING] });
    const { page } = session;
    await openMentoring(page);
    await freezeContentClock(page, WEDNESDAY_10H);
    await typeInComposer(page, 'Voici le compte rendu de la semaine.');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await session!.sent()).length).toBe(1);
    // Cadre looked at the message and decided that no notice follows.
    await expect.poll(() => shadow(page).getAttribute('data-sent-notice')).toBe('1:none');
    expect(await shadow(page).locator('[data-window-card="sent-outside"]').count()).toBe(0);
  });

  it('reminds the mentor replying outside the window, once a day', async () => {
    session = await launchWindowSession();
    await seed(session, { role: 'mentor', watched: [MENTORING] });
    const { page } = session;
    await openMentoring(page);
    await freezeContentClock(page, SATURDAY_11H);
    await typeInComposer(page, 'Merci');
    const reminder = shadow(page).locator('[data-window-card="mentor-reminder"]');
    await expect
      .poll(() => reminder.textContent())
      .toContain('Rien n’est attendu de vous avant lundi 8h');
    await screenshot(page, 'window-mentor-reminder');
    await reminder.getByRole('button', { name: 'Compris, plus de rappel aujourd’hui' }).click();
    await expect.poll(() => reminder.count()).toBe(0);
    await composer(page).click();
    await page.keyboard.type(' pour ta question');
    // Cadre looked at the new input and kept quiet.
    await expect.poll(() => shadow(page).getAttribute('data-reminder')).toMatch(/:quiet$/);
    expect(await reminder.count()).toBe(0);
    // Never blocking: the reply still goes.
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await session!.sent()).length).toBe(1);
  });

  it('speaks English in the chip and the popup', async () => {
    session = await launchWindowSession('en');
    await seed(session, { role: 'mentor', watched: [MENTORING] });
    const { page } = session;
    await openMentoring(page);
    await freezeContentClock(page, SATURDAY_11H);
    await expect.poll(() => chipWindow(page).textContent()).toBe('Closed · Monday 8 am');
    expect(await shadow(page).getByRole('button', { name: 'Share my availability' }).count()).toBe(
      1,
    );
    const popup = await openPopupAt(session, CHRISTMAS_10H);
    expect(await popupWindow(popup).textContent()).toBe('Public holiday · reopens Monday 8 am');
    await expect(popup.getByRole('button', { name: 'Set me away' }).count()).resolves.toBe(1);
    await screenshot(popup, 'window-popup-holiday-en');
  });
});
