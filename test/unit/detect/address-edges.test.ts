import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../lib/detect/recognizers/address.ts';

const addresses = (text: string) => [
  ...new Set(findAddresses(text).map((c) => text.slice(c.start, c.end))),
];

// Where a street address starts and ends: its number, street type, name, postal box,
// postal code and city, in French and in English.
describe('street addresses and their edges', () => {
  it.each([
    ['"av." with its dot', 'au 12 av. Foch', '12 av. Foch'],
    ['"av" without it', 'au 12 av Foch', '12 av Foch'],
    ['"bis"', 'au 12 bis rue Pasteur', '12 bis rue Pasteur'],
    ['"bis" glued', 'au 12bis rue Pasteur', '12bis rue Pasteur'],
    ['a letter after the number', 'au 12 b rue Pasteur', '12 b rue Pasteur'],
    ['a comma after the number', 'au 12, rue Pasteur', '12, rue Pasteur'],
    ['"ruelle"', 'au 12 ruelle Pasteur', '12 ruelle Pasteur'],
    [
      'a comma before the postal code',
      'au 12 rue Pasteur, 75015 Paris',
      '12 rue Pasteur, 75015 Paris',
    ],
    ['a spaced postal code', 'au 12 rue Pasteur 75 015 Paris', '12 rue Pasteur 75 015 Paris'],
    [
      'CEDEX and its number',
      'au 12 rue Pasteur 75015 Paris Cedex 15',
      '12 rue Pasteur 75015 Paris Cedex 15',
    ],
    [
      'a city in capitals',
      'au 12 rue Pasteur 75015 PARIS CEDEX',
      '12 rue Pasteur 75015 PARIS CEDEX',
    ],
    [
      'a hyphenated city',
      'au 12 rue de la Paix 13100 Aix-en-Provence',
      '12 rue de la Paix 13100 Aix-en-Provence',
    ],
    [
      'a city of several words',
      "au 12 rue Pasteur 38000 Saint Martin d'Hères",
      "12 rue Pasteur 38000 Saint Martin d'Hères",
    ],
    [
      'a city in lower case',
      'au 12 rue Pasteur 69100 villeurbanne',
      '12 rue Pasteur 69100 villeurbanne',
    ],
    ['an elided street name', "au 12 rue l'Église 75015 Paris", "12 rue l'Église 75015 Paris"],
    ['"d\'" in the street name', "au 12 rue d'Alésia 75014 Paris", "12 rue d'Alésia 75014 Paris"],
    [
      'a lower-case street after an address word, up to a small word',
      "j'habite au 12 rue du moulin et c'est loin",
      '12 rue du moulin',
    ],
    ['a postal box glued to its number', 'CS70012 31081 Toulouse', 'CS70012 31081 Toulouse'],
    ['TSA', 'TSA 12345 75015 Paris', 'TSA 12345 75015 Paris'],
    ['a postal box alone', 'BP 45, 33000 Bordeaux Cedex', 'BP 45, 33000 Bordeaux Cedex'],
    ['"hameau"', 'hameau des Près 24560 Issigeac', 'hameau des Près 24560 Issigeac'],
    [
      '"lieu dit" without its hyphen',
      'lieu dit les granges 24560 issigeac',
      'lieu dit les granges 24560 issigeac',
    ],
    ['a British postcode', '12 High Street, London SW1A 1AA', '12 High Street, London SW1A 1AA'],
    ['a letter after a British number', '12B Baker Street', '12B Baker Street'],
    ['"St." and a town', '12 Baker St. London', '12 Baker St. London'],
    ['a postcode without a town', '12 Baker Street NW1 6XE', '12 Baker Street NW1 6XE'],
    [
      'lower case with a postcode',
      '41 harcourt road sheffield s10 1dq',
      '41 harcourt road sheffield s10 1dq',
    ],
    [
      'lower case, a comma before the town',
      '41 harcourt road, sheffield s10 1dq',
      '41 harcourt road, sheffield s10 1dq',
    ],
    ['an apartment before', 'apt 4, 12 Baker Street', 'apt 4, 12 Baker Street'],
  ])('%s', (_case, text, address) => expect(addresses(text)).toEqual([address]));

  it('a postal box between the street and the postal code', () =>
    expect(addresses('au 12 rue Pasteur BP 12 75015 Paris')).toEqual([
      '12 rue Pasteur BP 12 75015 Paris',
      'BP 12 75015 Paris',
    ]));

  it.each([
    ['a number of five digits', 'au 12345 rue Pasteur'],
    ['a number glued to a letter', 'au A12 rue Pasteur'],
    ['a word that starts like a street type', 'au 12 rues Pasteur'],
    ['a lower-case street without an address word', 'le 12 rue du moulin'],
    [
      'a lower-case street name of five words',
      "j'habite au 12 rue du petit moulin vert de la colline fleurie",
    ],
  ])('not with %s', (_case, text) => expect(addresses(text)).toEqual([]));
});
