import { describe, expect, it } from 'vitest';
import {
  addAbsence,
  addRange,
  errorsAt,
  removeAbsence,
  removeRange,
  setAbsence,
  setHolidayArea,
  setRange,
} from '@/components/schedule/draft';
import { DEFAULT_SCHEDULE, validateSchedule } from '@/lib/schedule';

describe('the schedule editor draft', () => {
  it('adds a second range after the first, and removes it', () => {
    const lunch = setRange(DEFAULT_SCHEDULE, 'mon', 0, { end: '12:00' });
    const two = addRange(lunch, 'mon');
    expect(two.week.mon).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '12:00', end: '13:00' },
    ]);
    expect(validateSchedule(two).ok).toBe(true);
    expect(removeRange(two, 'mon', 0).week.mon).toEqual([{ start: '12:00', end: '13:00' }]);
    expect(DEFAULT_SCHEDULE.week.mon).toEqual([{ start: '08:00', end: '18:00' }]);
  });

  it("opens a closed day with the charter's hours", () => {
    expect(addRange(DEFAULT_SCHEDULE, 'sat').week.sat).toEqual([{ start: '08:00', end: '18:00' }]);
  });

  it('edits absences, an emptied note being no note', () => {
    const one = addAbsence(DEFAULT_SCHEDULE, '2026-12-21');
    const noted = setAbsence(one, 0, { end: '2026-12-24', note: 'congés' });
    expect(noted.absences).toEqual([{ start: '2026-12-21', end: '2026-12-24', note: 'congés' }]);
    expect(setAbsence(noted, 0, { note: '' }).absences[0]).not.toHaveProperty('note');
    expect(removeAbsence(noted, 0).absences).toEqual([]);
  });

  it('drops the region when the country changes', () => {
    const alsace = setHolidayArea(DEFAULT_SCHEDULE, 'FR', '67');
    expect(alsace.holidays).toEqual({ enabled: true, country: 'FR', region: '67' });
    expect(setHolidayArea(alsace, 'BE').holidays).toEqual({ enabled: true, country: 'BE' });
  });

  it("finds a field's messages by path, in the reader's language", () => {
    const bad = setRange(DEFAULT_SCHEDULE, 'tue', 0, { start: '19:00' });
    const result = validateSchedule(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(errorsAt(result.errors, 'week.tue[0]', 'fr')[0]).toContain('finit avant de commencer');
    expect(errorsAt(result.errors, 'week.tue', 'en')[0]).toContain('ends before it starts');
    expect(errorsAt(result.errors, 'week.mon', 'fr')).toEqual([]);
    expect(errorsAt(result.errors, 'week.tue', 'fr', true)).toEqual([]);
  });
});
