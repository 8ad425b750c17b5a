import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const plates = (text: string) => foundOfType(text, 'PLATE');

// Belgian, Swiss and Irish plates count beside a word about a vehicle, before or after
// them, typed with or without their hyphens and spaces.
describe("neighbours' plates as typed", () => {
  it.each([
    ['Belgian, the vehicle named after it', "1-ABC-234, c'est la voiture de Samir", '1-ABC-234'],
    ['Swiss, the vehicle named after it', 'GE 123456 is the van we rented', 'GE 123456'],
    [
      'Irish, the vehicle named after it',
      "191-D-12345 c'est le camion de mon frère",
      '191-D-12345',
    ],
    ['Belgian, no hyphens', 'la voiture belge de Tom : 1ABC234', '1ABC234'],
    ['Swiss, no space', 'plaque ZH123456 sur la voiture', 'ZH123456'],
  ])('%s', (_case, text, expected) => expect(plates(text)).toEqual([expected]));
});
