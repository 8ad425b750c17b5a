import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

// The edges of phone recognition: which digits a reference, a help line or a country
// code turns into something else. British national numbers have 11 digits, so
// "01234 567 890" is a phone unless the words just before make it a reference.
describe('an 11-digit British number after reference words', () => {
  it.each([
    'Référence 01234 567 890',
    'reference 01234 567 890',
    'Réf 01234 567 890',
    'Réf:01234 567 890',
    'Réf.: 01234 567 890',
    'ref 01234 567 890',
    'Order no 01234 567 890',
    'Dossier numéro 01234 567 890',
    'Account number: 01234 567 890',
    'Commande n°01234 567 890',
  ])('is a reference: %s', (text) => expect(foundOfType(text, 'PHONE')).toEqual([]));

  it.each([
    // The reference word is further back, not the number's label.
    ['ref ok, appelle-moi au 01234 567 890', '01234 567 890'],
    // A name that starts with a reference word is not one.
    ['le service client de Ticketmaster : 01234 567 890', '01234 567 890'],
    ['call Ticketmaster: 01234 567 890', '01234 567 890'],
  ])('is a phone: %s', (text, phone) => expect(foundOfType(text, 'PHONE')).toEqual([phone]));

  it('a landline in the range kept for fiction is not a phone; a mobile one is', () => {
    expect(foundOfType('the number in the film was 01632 960 707', 'PHONE')).toEqual([]);
    expect(foundOfType('texte-moi au 07700 900 418', 'PHONE')).toEqual(['07700 900 418']);
    // The trunk zero set apart, as French numbers are often written.
    expect(foundOfType('texte-moi au 0 7700 900 418', 'PHONE')).toEqual(['0 7700 900 418']);
  });

  it('a short British number is not read as British', () =>
    expect(foundOfType("ChildLine, c'est le 0800 1111", 'PHONE')).toEqual([]));
});

describe('numbers written with a country code', () => {
  it.each([
    ['appelle le 01 44 55 66 00', '01 44 55 66 00'],
    ['call 0044 7911 123457', '0044 7911 123457'],
    // A length Luxembourg allows, even if the metadata does not know the range.
    ['au Luxembourg : +352 621 1234', '+352 621 1234'],
    // German numbers vary in length: fifteen digits in all is still a number.
    ['Berlin : +49 30 1234 5678 901', '+49 30 1234 5678 901'],
  ])('%s', (text, phone) => expect(foundOfType(text, 'PHONE')).toEqual([phone]));

  it.each([
    // Nine digits with the country code: too short to be reached by.
    'au Luxembourg : +352 621 123',
    // A French mobile missing a digit.
    'mon num +33 6 12 34 56 7',
    // No country has the code 999.
    'le +999 1234 5678',
    // Sixteen digits: longer than any number in the world (fifteen at most).
    'Berlin : +49 30 1234 5678 9012',
  ])('not a phone: %s', (text) => expect(foundOfType(text, 'PHONE')).toEqual([]));
});

describe('the public numbers of help lines, in every form', () => {
  it.each([
    '09 72 39 40 50',
    '01 45 39 40 00',
    '01 40 44 46 45',
    '0 800 235 236',
    '0 800 23 13 13',
    '09 80 98 09 30',
    '09 80 98 09 40',
    '0 800 05 95 95',
    '0 800 05 41 41',
    '+33 9 72 39 40 50',
    '0033 9 72 39 40 50',
  ])('%s', (number) =>
    expect(foundOfType(`appelle le ${number} si ça va pas`, 'PHONE')).toEqual([]),
  );
});
