import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isCalendarDate,
  weekdayOf,
} from '../../../lib/schedule/calendar-date';
import { crc32Hex } from '../../../lib/schedule/checksum';
import { parseClockTime } from '../../../lib/schedule/clock-time';
import { decodeText, encodeText } from '../../../lib/schedule/text-codec';

// The small codecs a shared schedule tag is made of, against known values.

describe('crc32Hex', () => {
  it.each([
    ['', '00000000'],
    ['a', 'e8b7be43'],
    ['123456789', 'cbf43926'],
    ['The quick brown fox jumps over the lazy dog', '414fa339'],
    ['é', '0e048d3e'],
  ])('%j → %s', (text, hex) => expect(crc32Hex(text)).toBe(hex));
});

describe('encodeText / decodeText', () => {
  it.each([
    ['', ''],
    ['a', 'YQ'],
    ['ab', 'YWI'],
    ['abc', 'YWJj'],
    // Bytes that base64 writes with '+' and '/', here '-' and '.'.
    ['\u00fb\u00ff', 'w7vDvw'],
    ['>?', 'Pj8'],
    ['ÿÿÿ', 'w7.Dv8O.'],
    ['~~~>', 'fn5-Pg'],
  ])('%j ⇄ %s', (text, encoded) => {
    expect(encodeText(text)).toBe(encoded);
    expect(decodeText(encoded)).toBe(text);
  });

  it.each([
    ['a character outside the alphabet', 'YQ=='],
    ['an underscore, which WhatsApp would eat', 'YW_j'],
    ['a length no encoding gives', 'YWJjZ'],
    ['bytes that are not UTF-8', '_w'.replace('_', '.')],
    ['a lone continuation byte', 'gA'],
  ])('refuses %s', (_name, encoded) => expect(decodeText(encoded)).toBeUndefined());
});

describe('isCalendarDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-12-31', true],
    ['2025-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-04-31', false],
    ['x2026-01-01', false],
    ['2026-01-01x', false],
    ['2026-1-01', false],
    // Date.UTC reads years 0–99 as 1900–1999: such a year never matches its own date.
    ['0099-05-05', false],
  ])('%s → %s', (date, expected) => expect(isCalendarDate(date)).toBe(expected));

  it('counts days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-12-24', '2027-01-04')).toBe(11);
    expect(weekdayOf('2026-12-27')).toBe('sun');
  });
});

describe('parseClockTime', () => {
  it.each([
    ['00:00', false, 0],
    ['23:59', false, 1439],
    ['24:00', true, 1440],
    ['24:00', false, undefined],
    ['x08:00', false, undefined],
    ['08:00x', false, undefined],
    ['8:00', false, undefined],
    ['08:60', false, undefined],
  ] as const)('%s (end of day %s) → %s', (text, endOfDay, minutes) => {
    expect(parseClockTime(text, endOfDay)).toBe(minutes);
  });
});
