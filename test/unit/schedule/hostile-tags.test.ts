import { describe, expect, it } from 'vitest';
import { crc32Hex } from '../../../lib/schedule/checksum';
import { MAX_RANGES_PER_DAY, MAX_SHARE_TAG_LENGTH } from '../../../lib/schedule/limits';
import { decodeShare, shareTag } from '../../../lib/schedule/share';
import { isFromChatPartner, shareSender } from '../../../lib/schedule/share-sender';
import { status } from '../../../lib/schedule/status';
import { statusThisMinute } from '../../../lib/schedule/status-cache';
import type { Schedule, TimeRange } from '../../../lib/schedule/types';
import { WEEKDAYS } from '../../../lib/schedule/types';
import { validateSchedule } from '../../../lib/schedule/validate';
import { encodeText } from '../../../lib/schedule/text-codec';
import { NO_HOLIDAYS, scheduleWith } from './fixtures';

// What an adversarial review found: a tag anyone can post in a chat, crafted to freeze the
// tab or to put the attacker's words inside Cadre's own card.

/**
 * Milliseconds of this process's CPU time spent in `run`: unlike the wall clock, it does not
 * grow when other processes load the machine.
 */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The least of three measures: the process's CPU time also counts the engine compiling or
 * collecting on its other threads, which lands on any one run; a slow path slows all three. */
const leastCpuMs = (run: () => void): number => Math.min(cpuMs(run), cpuMs(run), cpuMs(run));

/** Under mutation testing (CADRE_MUTATION) the code is instrumented and about ten times
 * slower; a tag that freezes the tab still blows a budget ten times as wide. */
const SLOWER = process.env.CADRE_MUTATION ? 10 : 1;

function tagAround(payload: unknown): string {
  const encoded = encodeText(JSON.stringify(payload));
  return `[cadre:v1:${encoded}:${crc32Hex(encoded)}]`;
}

/** One-minute slots back to back, as many as fit a tag of about 8 KB. */
function forgedManySlotsTag(): string {
  const day: string[] = [];
  for (let minute = 0; minute < 80; minute++) {
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}`;
    day.push(`${hhmm(minute * 2)}-${hhmm(minute * 2 + 1)}`);
  }
  const w = WEEKDAYS.map(() => day.join(',')).join('|');
  return tagAround({ t: 1_764_000_000, s: { z: 'Europe/Paris', w, h: ['FR', '', 1], a: [] } });
}

const allDay: TimeRange[] = [{ start: '00:00', end: '24:00' }];
const twentyFourSeven = scheduleWith({
  week: Object.fromEntries(WEEKDAYS.map((day) => [day, allDay])) as Schedule['week'],
});

describe('a forged tag', () => {
  it('of about 8 KB with many slots a day is refused with a readable reason, quickly', () => {
    const tag = forgedManySlotsTag();
    expect(tag.length).toBeGreaterThan(7_000);
    expect(tag.length).toBeLessThan(8_200);
    let result = decodeShare('');
    expect(leastCpuMs(() => (result = decodeShare(tag)))).toBeLessThan(50 * SLOWER);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.en).toBe(
      `Shared availability refused: Too many ranges on Monday (80, at most ${MAX_RANGES_PER_DAY}).`,
    );
    expect(result.error.fr).toBe(
      `Disponibilités partagées refusées : Trop de plages le lundi (80, ${MAX_RANGES_PER_DAY} au plus).`,
    );
  });

  it('never has its text repeated in the reason: the reason names the field', () => {
    const bait = 'Cadre: your mentor needs your IBAN FR76 3000 6000 0112 3456 7890 189';
    const cases: Record<string, unknown>[] = [
      { z: bait, w: '0800-1800||||||', h: ['FR', '', 1], a: [] },
      { z: 'Europe/Paris', w: `${bait}-1800||||||`, h: ['FR', '', 1], a: [] },
      { z: 'Europe/Paris', w: '0800-1800||||||', h: [bait, '', 1], a: [] },
      { z: 'Europe/Paris', w: '0800-1800||||||', h: ['FR', bait, 1], a: [] },
      { z: 'Europe/Paris', w: '0800-1800||||||', h: ['FR', '', 1], a: [[bait, '2026-01-01']] },
      {
        z: 'Europe/Paris',
        w: '0800-1800||||||',
        h: ['FR', '', 1],
        a: [],
        m: bait,
      },
    ];
    for (const s of cases) {
      const result = decodeShare(tagAround({ t: 1, s }));
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const text of [result.error.fr, result.error.en]) {
        expect(text).not.toContain('IBAN');
        expect(text).not.toMatch(/\d{4}/);
      }
    }
    const zone = decodeShare(tagAround({ t: 1, s: cases[0] }));
    expect(!zone.ok && zone.error.en).toBe(
      'Shared availability refused: Unknown time zone (for example Europe/Paris).',
    );
  });

  it('with a version made of digits does not repeat them', () => {
    const result = decodeShare('[cadre:v30006000011234567890:abc:12345678]');
    expect(!result.ok && result.error.en).toBe(
      'Shared availability in a format unknown to this version of Cadre: update Cadre.',
    );
  });

  it('longer than any tag Cadre writes is refused before it is decoded', () => {
    const result = decodeShare(`[cadre:v1:${'A'.repeat(MAX_SHARE_TAG_LENGTH)}:00000000]`);
    expect(!result.ok && result.error.en).toBe(
      `Shared availability refused: the message is too long (over ${MAX_SHARE_TAG_LENGTH} characters).`,
    );
  });
});

describe('what a tag may carry', () => {
  it('the largest schedule Cadre accepts still shares within the tag limit', () => {
    const now = new Date('2026-11-26T20:00:00Z');
    const day: TimeRange[] = Array.from({ length: MAX_RANGES_PER_DAY }, (_, index) => ({
      start: `${String(index * 2).padStart(2, '0')}:00`,
      end: `${String(index * 2).padStart(2, '0')}:30`,
    }));
    const busiest = scheduleWith({
      week: Object.fromEntries(WEEKDAYS.map((name) => [name, day])) as Schedule['week'],
      holidays: { country: 'FR', region: '67', enabled: true },
      absences: Array.from({ length: 50 }, (_, index) => ({
        start: `2027-${String((index % 12) + 1).padStart(2, '0')}-01`,
        end: `2027-${String((index % 12) + 1).padStart(2, '0')}-02`,
        note: '😀'.repeat(100),
      })),
      manual: { state: 'away', until: '2026-11-30T10:00:00+01:00' },
    });
    expect(validateSchedule(busiest).ok).toBe(true);
    const tag = shareTag(busiest, now);
    expect(tag.length).toBeLessThanOrEqual(MAX_SHARE_TAG_LENGTH);
    expect(decodeShare(tag).ok).toBe(true);
  });

  it('leaves past absences out of the tag', () => {
    const now = new Date('2026-11-26T20:00:00Z');
    const schedule = scheduleWith({
      absences: [
        { start: '2026-01-05', end: '2026-01-09' },
        { start: '2026-11-20', end: '2026-11-27' },
      ],
    });
    const result = decodeShare(shareTag(schedule, now));
    expect(result.ok && result.schedule.absences).toEqual([
      { start: '2026-11-20', end: '2026-11-27' },
    ]);
  });
});

describe('validation bounds', () => {
  it('merges back-to-back ranges into one', () => {
    const result = validateSchedule(
      scheduleWith({
        week: {
          ...scheduleWith().week,
          mon: [
            { start: '12:00', end: '14:00' },
            { start: '08:00', end: '12:00' },
            { start: '14:00', end: '18:00' },
            { start: '19:00', end: '20:00' },
          ],
        },
      }),
    );
    expect(result.ok && result.schedule.week.mon).toEqual([
      { start: '08:00', end: '18:00' },
      { start: '19:00', end: '20:00' },
    ]);
  });

  it('refuses more absences than it keeps', () => {
    const absences = Array.from({ length: 51 }, () => ({ start: '2026-01-01', end: '2026-01-01' }));
    const result = validateSchedule(scheduleWith({ absences }));
    expect(!result.ok && result.errors.map((error) => [error.path, error.message.en])).toEqual([
      ['absences', 'Too many absences (51, at most 50): remove past ones.'],
    ]);
  });
});

describe('status cost', () => {
  it('a 24/7 schedule computes in under 5 ms', () => {
    // Warm up the zone's formatter and the code paths once, as a running page has.
    status(new Date('2026-01-12T09:00:00Z'), scheduleWith(), NO_HOLIDAYS);
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const copy = structuredClone(twentyFourSeven);
      let result = status(new Date('2026-01-12T09:00:00Z'), scheduleWith(), NO_HOLIDAYS);
      times.push(
        cpuMs(() => (result = status(new Date('2026-01-12T09:00:00Z'), copy, NO_HOLIDAYS))),
      );
      expect(result.state).toBe('open');
    }
    // The least of five, for the reason `leastCpuMs` gives.
    expect(Math.min(...times)).toBeLessThan(5 * SLOWER);
  });

  it('a schedule with the most ranges a day stays fast', () => {
    const day: TimeRange[] = Array.from({ length: MAX_RANGES_PER_DAY }, (_, index) => ({
      start: `${String(index * 2).padStart(2, '0')}:00`,
      end: `${String(index * 2).padStart(2, '0')}:30`,
    }));
    const busiest = scheduleWith({
      week: Object.fromEntries(WEEKDAYS.map((name) => [name, day])) as Schedule['week'],
    });
    status(new Date('2026-01-12T09:00:00Z'), scheduleWith(), NO_HOLIDAYS);
    const spent = cpuMs(() => {
      for (let minute = 0; minute < 20; minute++) {
        status(new Date(Date.UTC(2026, 0, 12, 9, minute * 7)), busiest, NO_HOLIDAYS);
      }
    });
    expect(spent / 20).toBeLessThan(5 * SLOWER);
  });

  it('is computed once per minute for the same schedule', () => {
    const schedule = structuredClone(twentyFourSeven);
    const first = statusThisMinute(new Date('2026-01-12T09:00:05Z'), schedule, NO_HOLIDAYS);
    expect(statusThisMinute(new Date('2026-01-12T09:00:55Z'), schedule, NO_HOLIDAYS)).toBe(first);
    expect(statusThisMinute(new Date('2026-01-12T09:01:00Z'), schedule, NO_HOLIDAYS)).not.toBe(
      first,
    );
    expect(statusThisMinute(new Date('2026-01-12T09:01:00Z'), schedule, new Set())).toEqual(
      status(new Date('2026-01-12T09:01:00Z'), schedule, NO_HOLIDAYS),
    );
  });
});

describe('who shared it', () => {
  it.each([
    ['[14:05, 26/11/2026] Camille — mentorat', 'Camille — mentorat', true],
    ['[14:05, 26/11/2026] \u202aCamille — mentorat\u202c', 'Camille — mentorat', true],
    ['[14:05, 26/11/2026] camille — MENTORAT:', '\u2068Camille — mentorat\u2069', true],
    ['[14:05, 26/11/2026] Lucas', 'Groupe projet', false],
    ['[14:05, 26/11/2026] Camille', 'Camille — mentorat', false],
    ['', 'Camille — mentorat', false],
    ['Camille — mentorat', 'Camille — mentorat', false],
  ])('%j in %j: %s', (meta, title, expected) => {
    expect(isFromChatPartner(shareSender(meta), title)).toBe(expected);
  });

  it('reads the author and WhatsApp’s time label', () => {
    expect(shareSender('[14:05, 26/11/2026] Camille Roy')).toEqual({
      author: 'Camille Roy',
      postedAt: '14:05, 26/11/2026',
    });
  });
});
