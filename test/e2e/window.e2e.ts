import { afterEach, describe, expect, it } from 'vitest';
import { screenshot, type CadreSession } from './harness';
import {
  MENTORING,
  chipWindow,
  freezeContentClock,
  launchWindowSession,
  openMentoring,
  openPopupAt,
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
});
