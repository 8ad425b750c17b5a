import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CadreDb } from '@/lib/db';
import { applySharedTag, readScheduleRow, saveSchedule, setManualState } from '@/lib/db/schedule';
import { handleMessage } from '@/lib/messaging/handlers';
import { readSnapshot } from '@/lib/messaging/snapshot';
import { DEFAULT_SCHEDULE, shareTag, type Schedule } from '@/lib/schedule';

let database: CadreDb;
beforeEach(async () => {
  database = new CadreDb(`cadre-schedule-${Math.random()}`);
  await database.open();
});
afterEach(async () => {
  database.close();
  await Dexie.delete(database.name);
});

const NOW = new Date('2026-12-02T10:00:00+01:00');
const SHORTER: Schedule = {
  ...DEFAULT_SCHEDULE,
  week: { ...DEFAULT_SCHEDULE.week, fri: [{ start: '08:00', end: '12:00' }] },
};

describe('the stored schedule', () => {
  it('stores a valid schedule and refuses an invalid one, leaving the row as it was', async () => {
    expect((await saveSchedule(database, SHORTER, 'local', undefined, NOW)).ok).toBe(true);
    const bad = await saveSchedule(database, { ...SHORTER, timeZone: 'Mars/Olympus' }, 'file');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0].path).toBe('timeZone');
    expect(await readScheduleRow(database)).toEqual({
      key: 'current',
      schedule: SHORTER,
      updatedAt: NOW.getTime(),
      source: 'local',
    });
  });

  it("switches the mentor's manual status and keeps the hours", async () => {
    await saveSchedule(database, SHORTER, 'local');
    await setManualState(database, { state: 'away', until: '2026-12-04T11:00:00.000Z' });
    expect((await readScheduleRow(database))?.schedule).toEqual({
      ...SHORTER,
      manual: { state: 'away', until: '2026-12-04T11:00:00.000Z' },
    });
    await setManualState(database, { state: 'available' });
    expect((await readScheduleRow(database))?.schedule).toEqual(SHORTER);
  });

  it('switches from the default when nothing is stored yet', async () => {
    await setManualState(database, { state: 'away' });
    expect((await readScheduleRow(database))?.schedule).toEqual({
      ...DEFAULT_SCHEDULE,
      manual: { state: 'away' },
    });
  });
});

describe('applying a shared schedule', () => {
  const tag = shareTag(SHORTER, NOW);

  it('applies a good tag with its source and excerpt', async () => {
    const result = await applySharedTag(database, tag, '[10:00, 02/12/2026] Camille', NOW);
    expect(result).toEqual({ ok: true, updatedAt: NOW.getTime() });
    expect(await readScheduleRow(database)).toMatchObject({
      schedule: SHORTER,
      source: 'shared',
      sharedExcerpt: '[10:00, 02/12/2026] Camille',
    });
  });

  it.each([
    [
      'tampered',
      tag.replace(/^\[cadre:v1:./, (head) => head.slice(0, -1) + (head.endsWith('A') ? 'B' : 'A')),
      'somme de contrôle',
    ],
    ['truncated', tag.slice(0, 30), 'incomplet'],
    ['from a newer Cadre', tag.replace('v1', 'v7'), 'format inconnu'],
  ])('refuses a %s tag and changes nothing', async (_label, bad, words) => {
    await saveSchedule(database, DEFAULT_SCHEDULE, 'local', undefined, NOW);
    const result = await applySharedTag(database, bad, 'x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fr).toContain(words);
    expect(await readScheduleRow(database)).toMatchObject({
      schedule: DEFAULT_SCHEDULE,
      source: 'local',
    });
  });

  it('goes through the protocol, which validates the message first', async () => {
    const context = { database, readSnapshot: () => readSnapshot(database) };
    const tooLong = await handleMessage(
      { type: 'schedule.applyShared', tag, excerpt: 'a\nb' },
      context,
    );
    expect(tooLong.ok).toBe(false);
    const reply = await handleMessage(
      { type: 'schedule.applyShared', tag, excerpt: 'ok' },
      context,
    );
    expect(reply).toMatchObject({ ok: true, value: { ok: true } });
    expect((await readSnapshot(database)).schedule).toEqual(SHORTER);
  });
});
