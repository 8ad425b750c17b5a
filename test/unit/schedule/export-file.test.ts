import { describe, expect, it } from 'vitest';
import { exportSchedule, importSchedule } from '../../../lib/schedule/export-file';
import { scheduleWith } from './fixtures';

const exportedAt = new Date('2026-11-26T20:00:00Z');
const schedule = scheduleWith({
  absences: [{ start: '2026-12-21', end: '2027-01-02', note: 'Noël' }],
  manual: { state: 'away' },
});

describe('export and import', () => {
  it('round-trips, manual state included', () => {
    expect(importSchedule(exportSchedule(schedule, exportedAt))).toEqual({
      ok: true,
      schedule,
      sharedAt: exportedAt,
    });
  });

  it('marks the file with its format and version', () => {
    expect(JSON.parse(exportSchedule(schedule, exportedAt))).toMatchObject({
      format: 'cadre-schedule',
      version: 1,
      exportedAt: '2026-11-26T20:00:00.000Z',
    });
  });

  const file = (changes: Record<string, unknown>) =>
    JSON.stringify({ ...JSON.parse(exportSchedule(schedule, exportedAt)), ...changes });

  it.each([
    ['malformed JSON', '{"format": "cadre-schedule",', 'not valid JSON'],
    ['an empty file', '', 'not valid JSON'],
    [
      'a foreign file',
      JSON.stringify({ name: 'package', version: 1 }),
      'not a Cadre schedule export',
    ],
    ['a JSON array', '[]', 'not a Cadre schedule export'],
    ['a newer version', file({ version: 2 }), 'newer Cadre'],
    ['an older, unknown version', file({ version: 0 }), 'not supported'],
    ['a missing version', file({ version: undefined }), 'version missing'],
    ['a bad export date', file({ exportedAt: 'hier' }), 'date missing or invalid'],
    [
      'an invalid schedule',
      file({ schedule: { ...schedule, timeZone: 'Paris' } }),
      'Unknown time zone',
    ],
  ])('refuses %s', (_name, text, message) => {
    const result = importSchedule(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.en).toContain(message);
  });
});
