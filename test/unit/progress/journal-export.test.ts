import { describe, expect, it } from 'vitest';
import type { JournalEvent } from '@/lib/db/records';
import { csvCell, journalToCsv, journalToJson } from '@/lib/progress';

const events: JournalEvent[] = [
  {
    id: 2,
    at: Date.parse('2025-03-11T09:00:00Z'),
    action: 'sent-anyway',
    findings: { PERSON: 2, EMAIL: 1 },
    signals: ['URGENT'],
    inWindow: false,
    attachments: ['document'],
  },
  { id: 1, at: Date.parse('2025-03-10T09:00:00Z'), action: 'clean', findings: {}, signals: [] },
];

describe('journalToCsv', () => {
  it('writes a header and one row per event, oldest first', () => {
    expect(journalToCsv(events).split('\r\n')).toEqual([
      'date,action,findings,signals,in_window,attachments',
      '2025-03-10T09:00:00.000Z,clean,,,,',
      '2025-03-11T09:00:00.000Z,sent-anyway,PERSON:2 EMAIL:1,URGENT,false,document',
      '',
    ]);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1', "'-1"],
  ])('%s → %s', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });
});

describe('journalToJson', () => {
  it('is a versioned document without ids, oldest first', () => {
    const parsed = JSON.parse(journalToJson(events, new Date('2025-03-20T00:00:00Z')));
    expect(parsed).toEqual({
      format: 'cadre-journal',
      version: 1,
      exportedAt: '2025-03-20T00:00:00.000Z',
      events: [
        { at: '2025-03-10T09:00:00.000Z', action: 'clean', findings: {}, signals: [] },
        {
          at: '2025-03-11T09:00:00.000Z',
          action: 'sent-anyway',
          findings: { PERSON: 2, EMAIL: 1 },
          signals: ['URGENT'],
          inWindow: false,
          attachments: ['document'],
        },
      ],
    });
  });
});
