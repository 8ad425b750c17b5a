import { describe, expect, it } from 'vitest';
import {
  compactLabel,
  longLabel,
  nextReadingTime,
  windowView,
} from '@/components/window/window-status';
import { translator } from '@/lib/i18n';
import { DEFAULT_SCHEDULE, type Schedule } from '@/lib/schedule';

// The few words of the chip and the popup's sentence, for a viewer in Paris.
const PARIS = 'Europe/Paris';
const HOLIDAYS = ['2026-12-25', '2027-01-01'];
const at = (iso: string) => new Date(iso);
const away = (until?: string): Schedule => ({
  ...DEFAULT_SCHEDULE,
  manual: until ? { state: 'away', until } : { state: 'away' },
});
const withAbsence: Schedule = {
  ...DEFAULT_SCHEDULE,
  absences: [{ start: '2026-12-28', end: '2027-01-01', note: 'congés' }],
};

describe('the response window as the chip and the popup say it', () => {
  it.each([
    ['open', null, '2026-12-02T10:00:00+01:00', 'Ouvert', "Ouvert · jusqu'à 18h"],
    [
      'closed',
      null,
      '2026-12-05T11:00:00+01:00',
      'Fermé · lundi 8h',
      'Fermé · réouverture lundi 8h',
    ],
    [
      'a holiday',
      null,
      '2026-12-25T10:00:00+01:00',
      'Férié · lundi 8h',
      'Férié · réouverture lundi 8h',
    ],
    [
      'away with an end',
      away('2026-12-04T12:00:00+01:00'),
      '2026-12-02T10:00:00+01:00',
      'Absent · vendredi 12h',
      "Absent jusqu'à vendredi 12h",
    ],
    ['away without an end', away(), '2026-12-02T10:00:00+01:00', 'Absent', 'Absent'],
    [
      'on an absence',
      withAbsence,
      '2026-12-29T10:00:00+01:00',
      'Absent · 1er janvier',
      "Absent jusqu'au 1er janvier (congés)",
    ],
  ])('%s', (_label, schedule, now, compact, long) => {
    const view = windowView(schedule, HOLIDAYS, at(now));
    const t = translator('fr');
    expect(compactLabel(view, at(now), t, 'fr', PARIS)).toBe(compact);
    expect(longLabel(view, at(now), 'fr', PARIS)).toBe(long);
  });

  it('speaks English', () => {
    const now = at('2026-12-05T11:00:00+01:00');
    const view = windowView(null, HOLIDAYS, now);
    expect(compactLabel(view, now, translator('en'), 'en', PARIS)).toBe('Closed · Monday 8 am');
  });

  it('shows the reopening in the viewer’s zone', () => {
    const now = at('2026-12-05T11:00:00+01:00');
    const view = windowView(null, HOLIDAYS, now);
    expect(compactLabel(view, now, translator('fr'), 'fr', 'America/Montreal')).toBe(
      'Fermé · lundi 2h',
    );
  });

  it('says when a message sent now will be read, and nothing while open', () => {
    const saturday = at('2026-12-05T11:00:00+01:00');
    expect(nextReadingTime(windowView(null, HOLIDAYS, saturday), saturday, 'fr', PARIS)).toBe(
      'lundi 8h',
    );
    const wednesday = at('2026-12-02T10:00:00+01:00');
    expect(
      nextReadingTime(windowView(null, HOLIDAYS, wednesday), wednesday, 'fr', PARIS),
    ).toBeUndefined();
  });

  it('falls back to the charter’s hours when the stored schedule is broken', () => {
    const view = windowView({ version: 9 }, [], at('2026-12-02T10:00:00+01:00'));
    expect(view.schedule).toEqual(DEFAULT_SCHEDULE);
  });
});
