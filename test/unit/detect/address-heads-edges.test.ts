import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');

// A residence that is no place's name ("résidence principale", a kind of home) before the
// flat and the street: the parts after it are the address's, the residence is not.
describe('the heads before a street, after a residence that is no name', () => {
  it.each([
    [
      'a main residence, then a building, a staircase and a flat',
      "pour les impots c'est ma residence principale, bat c escalier 2 appt 124, 4 rue des lilas 75011 paris",
      'bat c escalier 2 appt 124, 4 rue des lilas 75011 paris',
    ],
  ])('%s', (_case, text, expected) => expect(addresses(text)).toEqual([expected]));
});
