import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULE, type Schedule } from '../../lib/schedule';
import { replicaUrl } from './browser';
import { composer, receive, screenshot, shadow, withDom, type CadreSession } from './harness';
import {
  MENTORING,
  launchWindowSession,
  openMentoring,
  openPopupAt,
  popupWindow,
  readScheduleRow,
  seed,
} from './window-helpers';

// Sharing availability through the chat itself (rule 3): the mentor's Cadre writes the
// message, the mentor sends it, the mentee's Cadre recognises it and applies it.
process.env.TZ = 'Europe/Paris';

const FRIDAY_17H30 = new Date('2026-12-04T17:30:00+01:00');
const range = (start: string, end: string) => [{ start, end }];
const MENTOR_SCHEDULE: Schedule = {
  ...DEFAULT_SCHEDULE,
  week: {
    mon: range('09:00', '17:00'),
    tue: range('09:00', '17:00'),
    wed: range('09:00', '17:00'),
    thu: range('09:00', '17:00'),
    fri: [],
    sat: [],
    sun: [],
  },
  absences: [{ start: '2027-02-15', end: '2027-02-19', note: 'congés' }],
};

/** Changes one character of the tag's payload, keeping its checksum. */
function tamper(message: string): string {
  return message.replace(
    /(\[cadre:v1:)(.)/,
    (_whole, head: string, first: string) => `${head}${first === 'A' ? 'B' : 'A'}`,
  );
}

describe('sharing availability through the chat', () => {
  const sessions: CadreSession[] = [];
  afterEach(async () => {
    for (const session of sessions.splice(0)) await session.close();
  });

  /** The mentor shares; returns exactly what WhatsApp sent. */
  async function mentorShares(): Promise<string> {
    const mentor = await launchWindowSession();
    sessions.push(mentor);
    await seed(mentor, { role: 'mentor', watched: [MENTORING], schedule: MENTOR_SCHEDULE });
    await openMentoring(mentor.page);
    await shadow(mentor.page).getByRole('button', { name: 'Partager mes disponibilités' }).click();
    await expect
      .poll(() => composer(mentor.page).textContent(), {
        timeout: 15_000,
      })
      .toContain('[cadre:v1:');
    // Written and verified: the button is usable again.
    await expect
      .poll(() => shadow(mentor.page).locator('[data-window-share]').isEnabled(), {
        timeout: 15_000,
      })
      .toBe(true);
    await screenshot(mentor.page, 'share-mentor-composer');
    await mentor.page.keyboard.press('Enter');
    // Cadre's own tag is not identifiable data: the guard lets the message go at once.
    await expect.poll(async () => (await mentor.sent()).length).toBe(1);
    expect(await shadow(mentor.page).locator('[role="alertdialog"]').count()).toBe(0);
    return (await mentor.sent())[0].text;
  }

  /** `query`: extra replica options for the mentee's WhatsApp, e.g. `readmore=60`. */
  async function menteeReceives(text: string, query = ''): Promise<CadreSession> {
    const mentee = await launchWindowSession();
    sessions.push(mentee);
    await seed(mentee, { role: 'mentee', watched: [MENTORING] });
    if (query) {
      await mentee.page.goto(replicaUrl('fr', withDom(query)));
      await mentee.page.waitForSelector('html[data-replica-ready="true"]');
    }
    await openMentoring(mentee.page);
    expect(await receive(mentee.page, MENTORING, text)).toBe(true);
    return mentee;
  }

  it('carries the schedule from the mentor to the mentee, who applies it', async () => {
    const text = await mentorShares();
    expect(text).toContain('Mes disponibilités (Cadre)');
    expect(text).toContain('lundi–jeudi 9h–17h');
    expect(text).toMatch(/\n\[cadre:v1:[A-Za-z0-9.-]+:[0-9a-f]{8}\]$/);

    const mentee = await menteeReceives(text);
    const before = await openPopupAt(mentee, FRIDAY_17H30);
    expect(await popupWindow(before).textContent()).toBe("Ouvert · jusqu'à 18h");
    await before.close();

    const card = shadow(mentee.page).locator('[data-window-card="share-offer"]');
    await expect.poll(() => card.textContent()).toContain('lundi–jeudi 9h–17h');
    await screenshot(mentee.page, 'share-mentee-card');
    await card.getByRole('button', { name: 'Appliquer' }).click();
    await expect
      .poll(() => shadow(mentee.page).locator('[data-window-card="share-applied"]').count())
      .toBe(1);

    const row = await readScheduleRow(mentee);
    expect(row).toMatchObject({ source: 'shared', schedule: MENTOR_SCHEDULE });
    expect(row?.sharedExcerpt).toMatch(/^\[\d\d:\d\d, \d\d\/\d\d\/\d{4}\] Camille — mentorat$/);

    const after = await openPopupAt(mentee, FRIDAY_17H30);
    await expect.poll(() => popupWindow(after).textContent()).toBe('Fermé · réouverture lundi 9h');
    await expect
      .poll(() => after.locator('[data-schedule-source="shared"]').textContent())
      .toMatch(/^Mis à jour le .+, depuis le message « \[\d\d:\d\d, .+\] Camille — mentorat »\.$/);
    await screenshot(after, 'share-mentee-popup');
    // Applied: the confirmation goes after a few seconds, and when a new message makes Cadre
    // look at the chat again, the card does not come back for the same tag.
    const cards = shadow(mentee.page).locator('[data-window-card^="share-"]');
    await expect.poll(() => cards.count(), { timeout: 10_000 }).toBe(0);
    const scans = () =>
      shadow(mentee.page).evaluate((host) => parseInt(host.dataset.shareScans ?? '0'));
    const scansBefore = await scans();
    await receive(mentee.page, MENTORING, 'Bonne soirée !');
    await expect.poll(scans).toBeGreaterThan(scansBefore);
    expect(await cards.count()).toBe(0);
  });

  it('a share WhatsApp shows cut ("Read more") is named, and offered once shown whole', async () => {
    const text = await mentorShares();
    // EVIDENCE.md, Messages: long messages are cut with a "Read more" button; the tag is on
    // the last line, hidden here.
    const mentee = await menteeReceives(text, 'readmore=60');
    const cut = shadow(mentee.page).locator('[data-window-card="share-cut"]');
    await expect.poll(() => cut.textContent()).toContain('Lire la suite');
    expect(await shadow(mentee.page).locator('[data-window-card="share-refused"]').count()).toBe(0);
    await screenshot(mentee.page, 'share-cut');
    // The person shows it whole, in WhatsApp: Cadre reads it and offers it.
    await mentee.page.locator('#main [role="button"]', { hasText: 'Lire la suite' }).click();
    const offer = shadow(mentee.page).locator('[data-window-card="share-offer"]');
    await expect.poll(() => offer.textContent()).toContain('lundi–jeudi 9h–17h');
    expect(await cut.count()).toBe(0);
    await offer.getByRole('button', { name: 'Appliquer' }).click();
    await expect
      .poll(async () => (await readScheduleRow(mentee))?.schedule)
      .toEqual(MENTOR_SCHEDULE);
  });

  it('refuses a tampered tag with a clear message, and nothing changes', async () => {
    const text = tamper(await mentorShares());
    const mentee = await menteeReceives(text);
    const card = shadow(mentee.page).locator('[data-window-card="share-refused"]');
    await expect.poll(() => card.textContent()).toContain('somme de contrôle fausse');
    expect(await card.getByRole('button', { name: 'Appliquer' }).count()).toBe(0);
    await screenshot(mentee.page, 'share-tampered');

    // The background checks again: the same tag sent straight to it changes nothing.
    const page = await mentee.context.newPage();
    await page.goto(`chrome-extension://${mentee.extensionId}/popup.html`);
    const tag = text.slice(text.lastIndexOf('[cadre:'));
    const reply = await page.evaluate(
      (body) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage(body),
      { type: 'schedule.applyShared', tag, excerpt: 'test' },
    );
    expect(reply).toMatchObject({ ok: true, value: { ok: false } });
    expect(await readScheduleRow(mentee)).toBeNull();
    const popup = await openPopupAt(mentee, FRIDAY_17H30);
    expect(await popupWindow(popup).textContent()).toBe("Ouvert · jusqu'à 18h");
  });
});
