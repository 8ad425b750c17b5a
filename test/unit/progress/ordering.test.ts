import { describe, expect, it } from 'vitest';
import type { JournalEvent } from '@/lib/db/records';
import { journalToCsv, journalToJson, weeklyProgress } from '@/lib/progress';

const event = (at: string, extra: Partial<JournalEvent> = {}): JournalEvent => ({
  at: Date.parse(at),
  action: 'clean',
  findings: {},
  signals: [],
  ...extra,
});

describe('journal exports with several signals and attachments', () => {
  const events = [
    event('2025-03-10T09:00:00Z', {
      action: 'sent-anyway',
      signals: ['URGENT', 'DISTRESS'],
      attachments: ['image', 'document'],
    }),
  ];

  it('separates them with a space in the CSV', () => {
    expect(journalToCsv(events).split('\r\n')[1]).toBe(
      '2025-03-10T09:00:00.000Z,sent-anyway,,URGENT DISTRESS,,image document',
    );
  });

  it('keeps them as lists in the JSON', () => {
    const [exported] = JSON.parse(journalToJson(events)).events;
    expect(exported).toEqual({
      at: '2025-03-10T09:00:00.000Z',
      action: 'sent-anyway',
      findings: {},
      signals: ['URGENT', 'DISTRESS'],
      attachments: ['image', 'document'],
    });
  });
});

describe('weekly progress from a journal in any order', () => {
  it('lists weeks oldest first even when later events were stored first', () => {
    const weeks = weeklyProgress(
      [
        event('2025-03-19T09:00:00Z'),
        event('2025-03-04T09:00:00Z', { action: 'anonymized' }),
        event('2025-03-12T09:00:00Z', { action: 'sent-anyway' }),
      ],
      { timeZone: 'UTC' },
    );
    expect(weeks.map((w) => [w.weekStart, w.clean, w.anonymized, w.sentAnyway])).toEqual([
      ['2025-03-03', 0, 1, 0],
      ['2025-03-10', 0, 0, 1],
      ['2025-03-17', 1, 0, 0],
    ]);
  });
});
