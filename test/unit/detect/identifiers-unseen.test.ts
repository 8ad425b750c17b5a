import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

// Identifiers in forms fresh text revealed: each class with new wording and its traps.
describe('British phone numbers in national format and +44 fiction ranges', () => {
  it.each([
    ['call me on 07983 214 560 after five', '07983 214 560'],
    ['the office line is 0161 496 0723', '0161 496 0723'],
    ['Mon numéro anglais : 07700 900 418', '07700 900 418'],
    ['text her on +44 7700 900512 tonight', '+44 7700 900512'],
    ['Le standard de Leeds : 0113 496 0555.', '0113 496 0555'],
  ])('%s', (text, expected) => expect(foundOfType(text, 'PHONE')).toEqual([expected]));
  it.each([
    ['Ticket 0208 0000 1111 2222 has been closed.'],
    ['the 0800 line is free to call'],
    ['Order 01632 960 is on its way'],
    ['Commande n° 01234 567 890 expédiée.'],
  ])('not in %s', (text) => expect(foundOfType(text, 'PHONE')).toEqual([]));
  it('a French number stays French', () =>
    expect(foundOfType('mon 06 51 22 83 17', 'PHONE')).toEqual(['06 51 22 83 17']));
});

describe('British number plates', () => {
  it.each([
    ['The hire car is WP19 KLM, level 2.', 'WP19 KLM'],
    ['my van reg is yd68 tzc if security asks', 'yd68 tzc'],
    ['La voiture de location : BF70 HNU, devant.', 'BF70 HNU'],
  ])('%s', (text, expected) => expect(foundOfType(text, 'PLATE')).toEqual([expected]));
  it.each([
    ['The M25 J10 roadworks made me late.'],
    ['Room LG01 ABC wing is closed.'],
    ['see ab12 cde'],
  ])('not in %s', (text) => expect(foundOfType(text, 'PLATE')).toEqual([]));
});

describe('self-hosted share links', () => {
  it.each([
    ['Le partage : https://cloud.atelier-morel.fr/index.php/s/Qx7pLm2'],
    ['grab it from https://files.hartwell-law.co.uk/s/Bd82kQ before friday'],
    ['photos : https://nuage.renov-lacroix.fr/index.php/s/p8ZcW3'],
  ])('%s', (text) => expect(foundOfType(text, 'LINK')).toHaveLength(1));
  it.each([
    ['read https://nextcloud.com/blog/ for the release notes'],
    ['https://www.service-public.fr/particuliers/vosdroits/F2455 explique tout'],
  ])('not %s', (text) => expect(foundOfType(text, 'LINK')).toEqual([]));
});
