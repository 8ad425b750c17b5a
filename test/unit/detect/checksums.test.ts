import { describe, expect, it } from 'vitest';
import { isValidIBAN } from 'ibantools';
import {
  ibanMod97Valid,
  luhnValid,
  nirKeyValid,
  siretOrSirenValid,
} from '../../../lib/detect/checksums.ts';

describe('Luhn', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['5555555555554444', true],
    ['378282246310005', true],
    ['732829320', true],
    ['732829321', false],
    ['', false],
    ['12a4', false],
    // Characters just below and above the digits, placed where they would pass the sum.
    ['0/01', false],
    ['0:00', false],
  ])('%s → %s', (digits, valid) => expect(luhnValid(digits)).toBe(valid));
});

describe('SIREN / SIRET', () => {
  it.each([
    ['732829320', true], // SIREN, Luhn
    ['73282932000074', true], // SIRET, Luhn
    ['73282932000075', false],
    ['35600000000048', true], // La Poste's head office: Luhn holds
    ['35600000000001', true], // La Poste establishment: digit sum 15, a multiple of 5, Luhn fails
    ['35600000000002', false],
    ['000000000', false],
    ['000000018', true], // leading zeros are digits like any other
    ['356000000', true], // La Poste's SIREN alone follows Luhn
    ['12345678', false],
    ['0732829320', false], // ten digits: a valid SIREN inside is not one
    ['073282932000074', false], // fifteen digits
  ])('%s → %s', (digits, valid) => expect(siretOrSirenValid(digits)).toBe(valid));

  it('La Poste exception really breaks Luhn', () =>
    expect(luhnValid('35600000000001')).toBe(false));
});

describe('NIR key', () => {
  it.each([
    ['1900606088413', '84', true],
    ['1900606088413', '85', false],
    ['2990235238057', '34', true],
    // Corsica: 2A counts as 19, 2B as 18
    ['284052A123456', '32', true],
    ['284052A123456', '33', false],
    ['180122B045123', '83', true],
    ['380122C045123', '83', false],
  ])('%s %s → %s', (body, key, valid) => expect(nirKeyValid(body, key)).toBe(valid));

  // A body of 14 characters whose key is right for its 14 digits: not a NIR.
  const keyOf = (digits: string) => String(97 - Number(BigInt(digits) % 97n)).padStart(2, '0');
  it.each(['91900606088413', '19006060884130'])('%s is not 13 characters', (body) =>
    expect(nirKeyValid(body, keyOf(body))).toBe(false),
  );
});

describe('IBAN (ibantools, mod 97)', () => {
  it.each([
    ['FR1420041010050500013M02606', true],
    ['GB82WEST12345698765432', true],
    ['DE89370400440532013000', true],
    ['FR1420041010050500013M02607', false],
  ])('%s → %s', (iban, valid) => expect(isValidIBAN(iban)).toBe(valid));
});

describe('ibanMod97Valid', () => {
  it.each(['FR7644065223037151874104032', 'GB29NWBK60161331926819', 'BE21967106367307'])(
    'holds for %s',
    (iban) => expect(ibanMod97Valid(iban)).toBe(true),
  );
  // Any one digit changed breaks mod 97: that is why it alone rules out a typo.
  it('fails for every single-digit change of a valid IBAN', () => {
    const iban = 'FR7644065223037151874104032';
    for (let i = 2; i < iban.length; i++) {
      if (!/\d/.test(iban[i])) continue;
      const changed = iban.slice(0, i) + ((Number(iban[i]) + 1) % 10) + iban.slice(i + 1);
      expect(ibanMod97Valid(changed)).toBe(false);
    }
  });
});
