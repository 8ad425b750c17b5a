import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

// Numbers the numbering plans give only to organisations are nobody's personal data:
// French 08, British 03, 08 and 09, in every written form. Personal numbers that only
// look like them stay phones.
describe('service numbers', () => {
  it.each([
    'appelle le 08 92 12 34 56',
    'appelle le +33 8 00 12 34 56',
    'appelle le 0033 8 92 12 34 56',
    'call 0345 123 4567',
    'call 0800 123 4567',
    'call 0900 123 4567',
    'call +44 345 123 4567',
    'call 0044 300 123 4567',
  ])('%s', (text) => expect(foundOfType(text, 'PHONE')).toEqual([]));

  it.each([
    // French 03 and 09 numbers are a region's landlines and internet lines.
    ['appelle le 03 20 12 34 56', '03 20 12 34 56'],
    ['appelle le 09 51 23 45 67', '09 51 23 45 67'],
    // Ending in 08 is not starting with it.
    ['appelle le 01 44 55 66 08', '01 44 55 66 08'],
    // A London number that holds "03" further on.
    ['call +44 20 7946 0321', '+44 20 7946 0321'],
    ['call 0044 20 7946 0321', '0044 20 7946 0321'],
  ])('a personal number: %s', (text, phone) => expect(foundOfType(text, 'PHONE')).toEqual([phone]));
});
