import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const phones = (text: string) => foundOfType(text, 'PHONE');

// A North American number with its area code in brackets, as often typed with no space
// after them; an area code or an exchange that starts with 0 or 1 is no such number.
describe('a North American number, its area code in brackets', () => {
  it.each([
    ['no space after the brackets', 'call me at (418)690-1234 tonight', '(418)690-1234'],
    ['French, no space after the brackets', 'mon cell : (514)690.1234', '(514)690.1234'],
    ['a space inside the brackets', 'appelle au (418 ) 690-1234', '(418 ) 690-1234'],
  ])('%s', (_case, text, expected) => expect(phones(text)).toEqual([expected]));

  it.each([
    ['an area code starting with 1', 'call me at (118)690-1234 tonight'],
    ['an exchange starting with 1', 'call me at (418)190-1234 tonight'],
    ['an order number', 'commande (418)690-1234 expédiée'],
  ])('not a phone: %s', (_case, text) => expect(phones(text)).toEqual([]));
});
