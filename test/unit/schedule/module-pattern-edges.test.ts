import { describe, expect, it } from 'vitest';
import { decodeShare, shareTag } from '../../../lib/schedule/share';
import { shareSender } from '../../../lib/schedule/share-sender';
import { holidayDates, type CountryHolidays } from '../../../lib/schedule/holidays';
import { validateSchedule } from '../../../lib/schedule/validate';
import { scheduleWith } from './fixtures';

// The patterns and filters lib/schedule builds when it loads, at their edges: what a shared
// tag keeps, which labels name someone, which ends of an away status are read, which years
// of holidays count.

describe('the shared tag keeps an absence that ends today', () => {
  it('so the other side knows one is away today', () => {
    const now = new Date('2026-11-26T09:00:00Z');
    const schedule = scheduleWith({
      absences: [
        { start: '2026-11-25', end: '2026-11-25' },
        { start: '2026-11-24', end: '2026-11-26' },
      ],
    });
    const result = decodeShare(shareTag(schedule, now));
    expect(result.ok && result.schedule.absences).toEqual([
      { start: '2026-11-24', end: '2026-11-26' },
    ]);
  });
});

describe('who posted a message, from WhatsApp’s label', () => {
  it.each([
    ['text before the bracket', 'x[14:05, 26/11/2026] Camille Roy'],
    ['a name longer than WhatsApp allows', `[14:05, 26/11/2026] ${'Camille '.repeat(30)}`],
  ])('names nobody with %s', (_, meta) => {
    expect(shareSender(meta)).toBeNull();
  });
});

describe('the end of an away status', () => {
  // Date.parse reads a six-digit year with its sign; the stored end is always four digits.
  it.each([
    ['a six-digit year', '+002026-11-30T10:00:00+01:00'],
    ['text before the date', 'le 2026-11-30T10:00:00+01:00'],
  ])('is refused with %s', (_, until) => {
    const result = validateSchedule(scheduleWith({ manual: { state: 'away', until } }));
    expect(!result.ok && result.errors.map((error) => [error.path, error.message.en])).toEqual([
      ['manual.until', 'Invalid end of away status (ISO date and time with offset).'],
    ]);
  });
});

describe('public holidays over the years asked', () => {
  const data: CountryHolidays = {
    from: 2025,
    to: 2027,
    national: ['2025-12-25', '2026-12-25', '2027-12-25'],
    regions: {},
  };

  it('leaves out the years before and after', () => {
    expect([...holidayDates(data, undefined, 2026, 2026)]).toEqual(['2026-12-25']);
  });
});
