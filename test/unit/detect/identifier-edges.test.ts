import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { foundOfType } from './helpers.ts';

// The edges of identifier recognition: each digit, letter, separator and word that turns
// a number into a NIR, an IBAN, a SIRET or a card, or keeps it from being one.
const nirs = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.type === 'NIR')
    .map((f) => [f.text, f.score]);

describe('NIR: who it can belong to, and where it ends', () => {
  it.each([
    // Corsica: 2A and 2B stand for the department, in capitals or not.
    ['secu 2 85 05 2A 041 123 60', '2 85 05 2A 041 123 60', 0.99],
    ['secu 2 85 05 2a 041 123 60', '2 85 05 2a 041 123 60', 0.99],
    ['secu 1 85 05 2B 041 123 40', '1 85 05 2B 041 123 40', 0.99],
    // Temporary numbers start with 3, 7 or 8.
    ['n° 3 93 03 75 112 345 87', '3 93 03 75 112 345 87', 0.99],
    ['n° 7 93 03 75 112 345 81', '7 93 03 75 112 345 81', 0.99],
    ['n° 8 93 03 75 112 345 31', '8 93 03 75 112 345 31', 0.99],
    ['n° 2930375112345 40', '2930375112345 40', 0.99],
  ])('%s', (text, nir, score) => expect(nirs(text)).toEqual([[nir, score]]));

  it.each([
    // No NIR starts with 5, 6 or 9; 4 is not a sex either.
    'secu 5 85 05 75 056 123 35',
    'secu 4 85 05 75 056 123 35',
    // Glued to a digit or a letter on either side: part of a longer reference.
    'code 9293037511234540',
    'dossier B293037511234540',
    'n° 2930375112345401',
    'n° 293037511234540B',
    // The key split from its number.
    'n° 29303751123454 0',
  ])('not in %s', (text) => expect(nirs(text)).toEqual([]));
});

const ofType = (text: string, type: string) =>
  analyze(text)
    .findings.filter((f) => f.type === type)
    .map((f) => [f.text, f.score]);

describe('SIREN and SIRET: the words before, the amount after', () => {
  it.each([
    'n°tva 784490153',
    'n° tva 784490153',
    'tva intra 784490153',
    'company number 784490153',
    'company id 784490153',
    'rcs 784490153',
    'immatriculée 784490153',
  ])('after the words: %s', (text) => expect(ofType(text, 'SIRET')).toEqual([['784490153', 0.95]]));

  it('the words too far back', () =>
    expect(
      ofType('siren, ou plutôt son numéro après bien des recherches : 784490153', 'SIRET'),
    ).toEqual([]));

  it.each([
    'le 784 490 153 € de budget',
    'le 784 490 153€',
    'le 784 490 153 euros',
    'le 784 490 153 eur',
    'le 784 490 153 %',
    'le 784 490 153 k€',
    'le 784 490 153 m2',
    'le 784 490 153 m²',
    'le 784 490 153 $',
  ])('an amount, not a SIREN: %s', (text) => expect(ofType(text, 'SIRET')).toEqual([]));

  it('a count after a SIREN laid out in threes does not hide it', () =>
    expect(ofType('le 784 490 153 ans', 'SIRET')).toEqual([['784 490 153', 0.75]]));

  it('a SIRET followed by a count: the SIRET is its first fourteen digits', () =>
    expect(ofType('siret 429 636 879 56812 12 salariés', 'SIRET')).toEqual([
      ['429 636 879 56812', 0.9],
    ]));

  // La Poste's establishments break Luhn and follow their own rule: sure without words.
  it.each([
    ['numero 35600000000001', '35600000000001'],
    ['bureau de poste 356 000 000 00001', '356 000 000 00001'],
  ])('La Poste: %s', (text, siret) => expect(ofType(text, 'SIRET')).toEqual([[siret, 0.97]]));
});

describe('SIRET laid out as on an invoice, with a card issuer’s prefix', () => {
  // 36785674320878 passes Luhn and starts like a Diners card: its layout decides.
  it.each(['le 367 856 743 20878', 'le 367.856.743.20878', 'le 367 856 74320878'])('%s', (text) =>
    expect(ofType(text, 'SIRET')).toEqual([[text.slice(3), 0.97]]),
  );
  it('the same digits in a card layout are a card', () =>
    expect(ofType('la 3678 567432 0878 du boss', 'CARD')).toEqual([['3678 567432 0878', 0.97]]));
});

describe('company words before a longer number', () => {
  it('a phone after "siren" is a phone, not a SIREN', () => {
    const text = 'siren ? je sais pas, appelle le 06 12 34 56 78';
    expect(ofType(text, 'SIRET')).toEqual([]);
    expect(foundOfType(text, 'PHONE')).toEqual(['06 12 34 56 78']);
  });
  it('a card after company words is a card', () =>
    expect(
      ofType('numéro RCS sur la facture, payée par carte 4661 3321 6871 9424', 'CARD'),
    ).toEqual([['4661 3321 6871 9424', 0.97]]));
  it('a reference whose first groups pass the SIREN key, without the words', () =>
    expect(analyze('réf 784 490 153 12').findings).toEqual([]));
  it('an amount in euros after a SIREN-shaped number', () =>
    expect(ofType('le 784 490 153 euro', 'SIRET')).toEqual([]));
  it('an amount further on does not hide a SIREN', () =>
    expect(ofType('Kbis : 784 490 153 et 12 € de frais', 'SIRET')).toEqual([
      ['784 490 153', 0.75],
    ]));
});

describe('numbers over a line break join only when their check holds', () => {
  it.each([
    ['a NIR with a wrong key, even after the words', 'secu 1 90 06 06 088\n413 85', 'NIR'],
    ['a SIRET', 'SIRET : 429 636\n879 56812', 'SIRET'],
    ['a card number whose Luhn check fails', 'carte 4661 3321\n6871 9425', 'CARD'],
  ])('%s', (_case, text, type) => expect(ofType(text, type)).toEqual([]));
});

describe('IBAN: its shortest form, its end', () => {
  it.each([
    // Its mod-97 holds, but French IBANs have 27 characters.
    ['a length its country does not have', 'rib FR04 3000 6000 0112 3456 7890 1'],
    ['a country that does not exist', 'rib XX90 3000 6000 0112 3456 7890 189'],
  ])('not with %s', (_case, text) => expect(ofType(text, 'IBAN')).toEqual([]));
  it('fifteen characters, without spaces (Norway)', () =>
    expect(ofType('konto NO8430004404218', 'IBAN')).toEqual([['NO8430004404218', 0.99]]));
  it.each([
    ['a comma after it', 'iban FR76 4406 5223 0371\n5187 4104 032, merci'],
    ['spaces before the break after it', 'iban FR76 4406 5223 0371\n5187 4104 032  \nmerci'],
  ])('across a line break, %s', (_case, text) =>
    expect(ofType(text, 'IBAN')).toEqual([['FR76 4406 5223 0371\n5187 4104 032', 0.99]]),
  );
});
