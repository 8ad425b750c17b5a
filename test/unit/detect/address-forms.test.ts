import { describe, expect, it } from 'vitest';
import { findAddressBlocks, findAddresses } from '../../../lib/detect/recognizers/address.ts';
import { found } from './helpers.ts';

const addresses = (text: string) => [
  ...new Set(findAddresses(text).map((c) => text.slice(c.start, c.end))),
];
const blocks = (text: string) => findAddressBlocks(text).map((c) => text.slice(c.start, c.end));

// The parts of an address a person may add, leave out or type differently, and the
// sentences that only look like one.
describe('parts of a street address', () => {
  it.each([
    ['a typographic apostrophe', 'au 12 rue d’Alésia 75014 Paris', '12 rue d’Alésia 75014 Paris'],
    [
      'a postal box before the street',
      'BP 118 21 rue Pasteur 75015 Paris',
      'BP 118 21 rue Pasteur 75015 Paris',
    ],
    [
      'a postal box and a comma before the street',
      'BP118, 21 rue Pasteur 75015 Paris',
      'BP118, 21 rue Pasteur 75015 Paris',
    ],
    [
      'a postal box and no postal code',
      'écrire au 12 rue Pasteur BP 12 merci',
      '12 rue Pasteur BP 12',
    ],
    [
      'a lower-case street after a delivery word',
      'livraison au 12 rue du moulin',
      '12 rue du moulin',
    ],
    [
      'a lower-case street of four words',
      "j'habite au 12 rue du vieux moulin rouge",
      '12 rue du vieux moulin rouge',
    ],
    [
      'a lower-case street up to a small word after a particle',
      "j'habite au 12 rue du moulin en ce moment",
      '12 rue du moulin',
    ],
    [
      'a lower-case street early in a long message',
      "j'habite au 12 rue du moulin et c'est assez loin du centre-ville, tu verras bien",
      '12 rue du moulin',
    ],
    [
      '"lieu-dit" with its hyphen',
      'lieu-dit Les Granges 24560 Issigeac',
      'lieu-dit Les Granges 24560 Issigeac',
    ],
    ['a flat of two digits', 'Flat 12, 18 Albert Street', 'Flat 12, 18 Albert Street'],
    ['an address word right before the street', "j'habite 12 rue du moulin", '12 rue du moulin'],
    ['two spaces after the address word', "j'habite  au  12 rue du moulin", '12 rue du moulin'],
    [
      'a lower-case street and its floor',
      "j'habite au 12 rue du moulin 3e étage",
      '12 rue du moulin 3e étage',
    ],
    [
      'a lower-case street up to a one-letter word',
      "j'habite au 12 rue du moulin y compris le week-end",
      '12 rue du moulin',
    ],
    ['a lower-case place name', 'lieu-dit les granges, à côté', 'lieu-dit les granges'],
    ['a flat without a comma', 'Flat 2 18 Albert Street', 'Flat 2 18 Albert Street'],
    [
      'a hyphenated street name',
      'au 12 avenue Jean-Jaurès 31000 Toulouse',
      '12 avenue Jean-Jaurès 31000 Toulouse',
    ],
    [
      'an accent typed as a combining mark',
      'au 12 rue de l’E\u0301glise 75015 Paris',
      '12 rue de l’E\u0301glise 75015 Paris',
    ],
    ['a flat further before', 'Unit 4 shut, see 18 Albert Street', '18 Albert Street'],
    ['"au" in the street name', 'au 12 rue au Maire 75003 Paris', '12 rue au Maire 75003 Paris'],
    [
      'a lower-case street up to "de ce"',
      "j'habite au 12 rue du moulin de ce village",
      '12 rue du moulin',
    ],
    [
      'a lower-case street up to "sur ce"',
      "j'habite au 12 rue du moulin sur ce plateau",
      '12 rue du moulin',
    ],
    ['a unit', 'Unit 5, 22 Mill Lane', 'Unit 5, 22 Mill Lane'],
  ])('%s', (_case, text, address) => expect(addresses(text)).toEqual([address]));

  it('a glued postal box between the street and the postal code', () =>
    expect(addresses('au 12 rue Pasteur, CS70012 31081 Toulouse')).toEqual([
      '12 rue Pasteur, CS70012 31081 Toulouse',
      'CS70012 31081 Toulouse',
    ]));

  it.each([
    ['a street type without a name', 'au 12 rue 75015 Paris'],
    [
      'an address word too far before a lower-case street',
      "j'habite à Lyon, mais le 12 rue du moulin est fermé",
    ],
    ['"hameau" inside a word', "j'ai vu un chameau Gaston au zoo"],
    ['"hameau" and no name', 'au hameau : trois maisons'],
  ])('not with %s', (_case, text) => expect(addresses(text)).toEqual([]));

  it('an address says so, in both languages', () =>
    expect(
      [
        ...findAddresses('au 12 rue Pasteur'),
        ...findAddresses('BP 45, 33000 Bordeaux'),
        ...findAddresses('hameau des Près 24560 Issigeac'),
        ...findAddresses('12 Baker Street'),
        ...findAddressBlocks('14 rue des Tanneurs\n67000 Strasbourg'),
      ].map((c) => [c.type, c.reason, c.reasonEn]),
    ).toEqual(Array(5).fill(['ADDRESS', 'adresse postale', 'street address'])));
});

// An address printed over lines: a building line, the street line, the postal code line.
describe('an address over several lines', () => {
  it.each([
    [
      'on the first lines of the message',
      '14 rue des Tanneurs\n67000 Strasbourg\nmerci',
      '14 rue des Tanneurs\n67000 Strasbourg',
    ],
    [
      'an indented building line',
      'Envoi :\n  Résidence les Pins\n14 rue des Tanneurs\n67000 Strasbourg',
      'Résidence les Pins\n14 rue des Tanneurs\n67000 Strasbourg',
    ],
    [
      'spaces after the postal code line',
      'Envoi :\n14 rue des Tanneurs\n67000 Strasbourg   \nmerci',
      '14 rue des Tanneurs\n67000 Strasbourg',
    ],
    [
      'spaces after the street line',
      'Envoi :\n14 rue des Tanneurs  \n67000 Strasbourg',
      '14 rue des Tanneurs  \n67000 Strasbourg',
    ],
    [
      'a postcode with two digits in its first half',
      '22 Mill Lane\nLondon SE10 9LS',
      '22 Mill Lane\nLondon SE10 9LS',
    ],
    [
      'spaces after a British postcode',
      '22 Mill Lane\nDerby DE1 3AB  ',
      '22 Mill Lane\nDerby DE1 3AB',
    ],
    [
      'CEDEX and a two-digit number',
      '12 rue Pasteur\n75015 Paris cedex 15',
      '12 rue Pasteur\n75015 Paris cedex 15',
    ],
    ['a British town and postcode', '22 Mill Lane\nDerby, DE1 3AB', '22 Mill Lane\nDerby, DE1 3AB'],
    [
      'a building abbreviated',
      'Bât. C\n14 rue des Tanneurs\n67000 Strasbourg',
      'Bât. C\n14 rue des Tanneurs\n67000 Strasbourg',
    ],
    [
      'a street in the middle of its line',
      'Envoi au 14 rue des Tanneurs\n67000 Strasbourg',
      '14 rue des Tanneurs\n67000 Strasbourg',
    ],
    [
      'an indented postal code line',
      '14 rue des Tanneurs\n  67000 Strasbourg',
      '14 rue des Tanneurs\n  67000 Strasbourg',
    ],
    [
      'a city with an apostrophe',
      "3 rue Nationale\n59650 Villeneuve-d'Ascq",
      "3 rue Nationale\n59650 Villeneuve-d'Ascq",
    ],
    [
      'a city with a typographic apostrophe',
      '3 rue Nationale\n59650 Villeneuve-d’Ascq',
      '3 rue Nationale\n59650 Villeneuve-d’Ascq',
    ],
    [
      'a city of two words',
      '3 rue Nationale\n42000 Saint Étienne',
      '3 rue Nationale\n42000 Saint Étienne',
    ],
    [
      'an accent typed as a combining mark',
      '3 rue Nationale\n42000 Saint-E\u0301tienne',
      '3 rue Nationale\n42000 Saint-E\u0301tienne',
    ],
    [
      'a postcode without its space',
      '22 Mill Lane\nLondon SW1A1AA',
      '22 Mill Lane\nLondon SW1A1AA',
    ],
    [
      'a building without accent or dot',
      'Bat C\n14 rue des Tanneurs\n67000 Strasbourg',
      'Bat C\n14 rue des Tanneurs\n67000 Strasbourg',
    ],
    [
      'a staircase without its dot',
      'esc 2\n14 rue des Tanneurs\n67000 Strasbourg',
      'esc 2\n14 rue des Tanneurs\n67000 Strasbourg',
    ],
    [
      'a staircase abbreviated',
      'esc. 2\n14 rue des Tanneurs\n67000 Strasbourg cedex 9',
      'esc. 2\n14 rue des Tanneurs\n67000 Strasbourg cedex 9',
    ],
  ])('%s', (_case, text, address) => expect(blocks(text)).toEqual([address]));

  it.each([
    ['one line', '14 rue des Tanneurs 67000 Strasbourg'],
    ['words after the street', '14 rue des Tanneurs, au fond\n67000 Strasbourg'],
    ['a next line that is no postal code', '14 rue des Tanneurs\nà 10h demain'],
    ['a postal code inside a sentence', "14 rue des Tanneurs\nc'est à 67000 Strasbourg"],
    ['a street on the last line', 'Envoi :\n14 rue des Tanneurs'],
    ['a postal code line that goes on', '14 rue des Tanneurs\n67000 Strasbourg, merci !'],
  ])('not with %s', (_case, text) => expect(blocks(text)).toEqual([]));
});

describe('the line before the street', () => {
  it.each([
    ['a sentence that names someone', 'Envoi chez Marc :'],
    [
      'a long sentence that starts with "chez"',
      "chez nous le colis n'est jamais arrivé, alors voici l'adresse complète du bureau",
    ],
  ])('is no building line: %s', (_case, line) =>
    expect(blocks(`${line}\n14 rue des Tanneurs\n67000 Strasbourg`)).toEqual([
      '14 rue des Tanneurs\n67000 Strasbourg',
    ]),
  );
});

describe('a lower-case street after "au" or "at", or where someone lives in English', () => {
  it.each([
    ['I live at 12 rue du moulin', ['ADDRESS:12 rue du moulin']],
    ['rdv au 3 rue des lilas demain', ['ADDRESS:3 rue des lilas']],
    ['my address is 7 avenue des tilleuls', ['ADDRESS:7 avenue des tilleuls']],
    ['we moved to 14 chemin des vignes last week', ['ADDRESS:14 chemin des vignes']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
  it.each(['rdv au bureau à 12h', 'au 3 rue ils ont tout cassé', 'at 12 we start the rota'])(
    'no address in %s',
    (text) => expect(found(text)).toEqual([]),
  );
});
