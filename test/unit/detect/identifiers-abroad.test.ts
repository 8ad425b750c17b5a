import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

// Numbers as the mentees who live abroad write them: a North American phone has no trunk
// zero, and Belgian, Swiss and Irish plates have their own shapes. Each needs its shape
// (and, for a plate, a word about a vehicle) so that an order number stays a number.

describe('North American phone numbers, in three groups', () => {
  it.each([
    ["mon cell c'est le 418 690-1234", '418 690-1234'],
    ['appelle au (418) 690-1234 après 17h', '(418) 690-1234'],
    ['call me at 514-690-1234 tonight', '514-690-1234'],
    ['my number is 604.555.0142', '604.555.0142'],
  ])('%s', (text, phone) => expect(foundOfType(text, 'PHONE')).toEqual([phone]));
  it.each([
    'commande 418-690-1234 expédiée',
    'référence 514 690 1234',
    // An area code starting with 1 does not exist.
    'le lot 118 690 1234',
    'ten digits in one run: 4186901234',
  ])('not a phone: %s', (text) => expect(foundOfType(text, 'PHONE')).toEqual([]));
});

describe("neighbours' plates beside a vehicle", () => {
  it.each([
    ["sa plaque c'est 1-ABC-234", '1-ABC-234'],
    ['plaque GE 123456', 'GE 123456'],
    ['la voiture de service immatriculée vd 45 123', 'vd 45 123'],
    ['the car is 191-D-12345', '191-D-12345'],
    ['my car reg is 12-KY-4521', '12-KY-4521'],
  ])('%s', (text, plate) => expect(foundOfType(text, 'PLATE')).toEqual([plate]));
  it.each([
    'le bus GE 12 passe à 8h',
    'article 1-ABC-234 du code',
    'rdv salle GE 123456',
    'dossier 191-D-12345 en cours',
  ])('not a plate: %s', (text) => expect(foundOfType(text, 'PLATE')).toEqual([]));
});
