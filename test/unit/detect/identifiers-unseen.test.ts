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

describe('British street addresses', () => {
  it.each([
    ['send it to 12 Marlowe Close, Bristol BS7 9QT please', '12 Marlowe Close, Bristol BS7 9QT'],
    [
      'Flat 3, 27 Thornbury Gardens, Cardiff CF14 2LN',
      'Flat 3, 27 Thornbury Gardens, Cardiff CF14 2LN',
    ],
    ['new place is unit 4 18 canal walk leeds ls2 7hp', 'unit 4 18 canal walk leeds ls2 7hp'],
    ['my digs are 31 elm grove, york yo10 3ad', '31 elm grove, york yo10 3ad'],
  ])('%s', (text, expected) => expect(foundOfType(text, 'ADDRESS')).toEqual([expected]));
  it.each([
    ['Flat 3 is the cheapest option on the list.'],
    ['We walked along Canal Walk for 12 miles.'],
    ['Leeds LS2 is a nice area to rent in.'],
  ])('not in %s', (text) => expect(foundOfType(text, 'ADDRESS')).toEqual([]));
  it('a street named after a word is no company', () =>
    expect(foundOfType('We walked along Canal Walk for 12 miles.', 'ORG')).toEqual([]));
});

describe('a SIREN merged with the number after it', () => {
  it.each([
    ['siren 813 472 107 980 euros ht a regler', '813 472 107'],
    ['SIREN 813 472 107 12 salariés, CA 2 M€', '813 472 107'],
  ])('%s', (text, expected) => expect(foundOfType(text, 'SIRET')).toEqual([expected]));
  it.each([["siren : c'est 9 chiffres, le siret 14"], ['facture 2025 0412 1 450 euros']])(
    'not in %s',
    (text) => expect(foundOfType(text, 'SIRET')).toEqual([]),
  );
});

describe('a NIR or a card wrapped over a line break', () => {
  it('a NIR', () =>
    expect(foundOfType('Mon numéro de sécu :\n1 91 02 13 055 231\n81', 'NIR')).toEqual([
      '1 91 02 13 055 231\n81',
    ]));
  it('a NIR in English', () =>
    expect(foundOfType('Social security no.\n2 88 11 69 123 456\n37', 'NIR')).toHaveLength(1));
  it('a card', () =>
    expect(foundOfType('My card: 5132 7788\n0412 9931', 'CARD')).toEqual(['5132 7788\n0412 9931']));
  it('not two numbers on two lines', () => {
    expect(foundOfType('Commande 1 91 02\n13 articles livrés', 'NIR')).toEqual([]);
    expect(foundOfType('Tel fixe du standard :\n01 40 20 50 50', 'NIR')).toEqual([]);
  });
});

describe('a help line’s public number', () => {
  it.each([
    ['SOS Amitié au 09 72 39 40 50 est ouvert la nuit.'],
    ['Le 3114 et Suicide Écoute 01 45 39 40 00 sont sur le flyer.'],
  ])('%s', (text) => expect(foundOfType(text, 'PHONE')).toEqual([]));
  it('but a personal number beside a help line', () =>
    expect(
      foundOfType("Mon numéro perso c'est le 06 51 22 83 17, pas celui de SOS Amitié.", 'PHONE'),
    ).toEqual(['06 51 22 83 17']));
});

describe('an address printed over several lines', () => {
  it.each([
    [
      'Envoi à :\nBâtiment B, escalier 2\n14 rue des Tanneurs\n67000 Strasbourg',
      'Bâtiment B, escalier 2\n14 rue des Tanneurs\n67000 Strasbourg',
    ],
    [
      'Deliver to:\nUnit 5, Riverside Court\n22 Mill Lane\nDerby DE1 3AB',
      'Unit 5, Riverside Court\n22 Mill Lane\nDerby DE1 3AB',
    ],
    [
      'Retour :\n3 impasse des Lilas\n44000 Nantes Cedex 2',
      '3 impasse des Lilas\n44000 Nantes Cedex 2',
    ],
  ])('%s', (text, expected) => expect(foundOfType(text, 'ADDRESS')).toEqual([expected]));
  it('not a street and a time on the next line', () =>
    expect(foundOfType('On se voit au 14 rue des Tanneurs\nà 10h demain', 'ADDRESS')).toEqual([
      '14 rue des Tanneurs',
    ]));
  it('a building alone is no company', () =>
    expect(foundOfType('Bâtiment B, escalier 2 : la réunion est là-bas.', 'ORG')).toEqual([]));
});
