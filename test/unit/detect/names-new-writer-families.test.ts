import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Families of misses and false alarms seen on a new writer's messages (the read half of
// phone9, with phone6–8's read halves): each rule is written from the phenomenon, in
// wordings of our own, French and English, tidy and typed on a phone, with twins that
// must stay clean.

const ofType = (type: string) => (text: string) =>
  found(text)
    .filter((f) => f.startsWith(`${type}:`))
    .map((f) => f.slice(type.length + 1));
const addresses = ofType('ADDRESS');

describe('an address with a postal box named in words', () => {
  it.each([
    ['Swiss', 'Écrivez-nous : Case postale 58, 1002 Lausanne', 'Case postale 58, 1002 Lausanne'],
    [
      'Swiss, typed, delivery number',
      'envoie le courrier a case postale 77, 1211 geneve 3 stp',
      'case postale 77, 1211 geneve 3',
    ],
    ['French', 'adresse : boite postale 9, 59000 lille', 'boite postale 9, 59000 lille'],
    ['German', 'Postfach 120, 8021 Zürich', 'Postfach 120, 8021 Zürich'],
    ['British', 'send it to PO Box 4410, London SW1A 2AA', 'PO Box 4410, London SW1A 2AA'],
  ])('%s', (_, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a box with nothing after', 'la case postale est pleine'],
    ['a count of boxes', 'On a 12 boîtes postales, 3000 euros de stock'],
    ['a box without a town', 'my PO box 12 is full'],
  ])('no address: %s', (_, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('a Belgian box number after the house number', () => {
  it.each([
    [
      'boîte',
      'Adresse : Rue Neuve 15 boîte 3, 1000 Bruxelles',
      'Rue Neuve 15 boîte 3, 1000 Bruxelles',
    ],
    [
      'bte, typed, unaccented chaussée',
      'elle habite chaussee de louvain 220 bte 4, 1030 schaerbeek',
      'chaussee de louvain 220 bte 4, 1030 schaerbeek',
    ],
    [
      'bus (Flemish)',
      'Avenue Louise 99 bus 2, 1050 Ixelles',
      'Avenue Louise 99 bus 2, 1050 Ixelles',
    ],
  ])('%s', (_, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('no address: a bus line and a number of people', () => {
    expect(addresses('on a pris la ligne 15 bus 3, 1000 personnes dedans')).toEqual([]);
  });
});

describe('an estate, a business zone or a lieu-dit, set apart by dashes or commas', () => {
  it.each([
    [
      'a lieu-dit inside an estate',
      'Mon stage se déroule au Domaine des Oliviers, lieu-dit Le Pré, 30000 Nîmes.',
      'Domaine des Oliviers, lieu-dit Le Pré, 30000 Nîmes',
    ],
    [
      'a zone and a postal box between dashes',
      'Facturation : SARL Bois Ouest – ZA des Landes – BP 12 – 35000 Rennes',
      'ZA des Landes – BP 12 – 35000 Rennes',
    ],
    [
      'hyphens for dashes',
      'ZI du Moulin - CS 300 - 44800 Saint-Herblain',
      'ZI du Moulin - CS 300 - 44800 Saint-Herblain',
    ],
  ])('%s', (_, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it('no address: a sum after dashes', () => {
    expect(addresses('la zone est fermée – BP de 12 – 35000 euros')).toEqual([]);
  });
});

describe('a British street with no street type, then its town and postcode', () => {
  it.each([
    ['Deliver to: 14 Highgate, Kendal LA9 4ED', '14 Highgate, Kendal LA9 4ED'],
    ['Send to 3 Broadway, Leeds LS1 4BT', '3 Broadway, Leeds LS1 4BT'],
    ['Office: 7 Kingsgate, Bradford BD1 3AB.', '7 Kingsgate, Bradford BD1 3AB'],
  ])('%s', (text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a count and a town', 'I saw 22 people in Leeds'],
    ['no postcode', 'We had 3 Broadway shows, Leeds and York'],
  ])('no address: %s', (_, text) => {
    expect(addresses(text)).toEqual([]);
  });
});
