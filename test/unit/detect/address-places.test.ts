import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

const addresses = (text: string) =>
  found(text)
    .filter((f) => f.startsWith('ADDRESS:'))
    .map((f) => f.slice('ADDRESS:'.length));

// Addresses as signatures, forms and business cards write them on one line: a residence,
// an estate or a business zone before the street or instead of it, parts set apart by
// dashes, a building's parts before the postal code; in Britain a unit on an estate, a
// named building, a lower-case street with its postcode and no town.
describe('an address with its place, its building or its estate', () => {
  it.each([
    [
      'a business zone and dashes',
      'ZA du Moulin Neuf - 8 rue des Forges - 35510 Cesson-Sévigné',
      'ZA du Moulin Neuf - 8 rue des Forges - 35510 Cesson-Sévigné',
    ],
    [
      'an industrial zone, a postal box and en dashes',
      'Livraison : Zone industrielle Nord – 2 impasse Volta – BP 57 – 59650 Villeneuve d’Ascq',
      'Zone industrielle Nord – 2 impasse Volta – BP 57 – 59650 Villeneuve d’Ascq',
    ],
    [
      'a business park and a delivery code',
      "Parc d'activités des Chênes, 14 avenue de l'Europe, CS 30012, 69140 Rillieux-la-Pape Cedex",
      "Parc d'activités des Chênes, 14 avenue de l'Europe, CS 30012, 69140 Rillieux-la-Pape Cedex",
    ],
    [
      'a residence and its building, no street',
      'mon adresse : Résidence Les Tamarins, bât. B, 97400 Saint-Denis',
      'Résidence Les Tamarins, bât. B, 97400 Saint-Denis',
    ],
    [
      'a housing estate, its building and staircase',
      'Cité des Fleurs, bât. 4, esc. 2, 93200 Saint-Denis',
      'Cité des Fleurs, bât. 4, esc. 2, 93200 Saint-Denis',
    ],
    [
      'a residence before the street',
      'Résidence du Lac, 12 allée des Cygnes, 74000 Annecy',
      'Résidence du Lac, 12 allée des Cygnes, 74000 Annecy',
    ],
    [
      'an estate and its postal code',
      'Domaine de la Source - 33000 Bordeaux',
      'Domaine de la Source - 33000 Bordeaux',
    ],
    [
      'a unit on a business park',
      'Unit 7, Riverside Business Park, Leeds LS11 5DP',
      'Unit 7, Riverside Business Park, Leeds LS11 5DP',
    ],
    [
      'an industrial estate without a unit',
      'deliveries go to Kingsway Trading Estate, Hull HU4 7DY please',
      'Kingsway Trading Estate, Hull HU4 7DY',
    ],
    [
      'a suite in a named building',
      'Suite 12, Kelvin House, 40 George Street, Glasgow G2 4AB',
      'Suite 12, Kelvin House, 40 George Street, Glasgow G2 4AB',
    ],
    [
      'a lower-case street and postcode, no town',
      'send it to 9 mossley rd ol6 6ll thanks',
      '9 mossley rd ol6 6ll',
    ],
  ])('%s', (_case, text, expected) => expect(addresses(text)).toEqual([expected]));

  it.each([
    ['a residence and a price', 'on a visité la Résidence Bellevue, 45000 euros le studio'],
    ['a residence said as a noun', 'la résidence était calme, on a fêté ses 75 ans'],
    ['a science museum and its district', 'on va à la cité des sciences, 75019 Paris'],
    ['a zone and a count', 'ZI nord, 3 camions attendent au quai'],
    ['a unit without a postcode', 'Unit 4 is closed today, call Leeds'],
    ['a business park without a postcode', 'the Business Park was empty, Leeds was quiet'],
    ['an estate and bottles', 'le Domaine des Treilles - 12 bouteilles commandées'],
    ['a ski area', 'le domaine skiable, 12000 visiteurs ce week-end'],
  ])('no address: %s', (_case, text) => expect(addresses(text)).toEqual([]));

  it('a residence said before the street is not taken with words that are no name', () =>
    expect(addresses('la résidence depuis hier, 12 rue des Lilas')).toEqual(['12 rue des Lilas']));

  it('"bât." and "esc." end no sentence', () =>
    expect(found('Bât. C, esc. 4 : sonnez chez la gardienne.')).toEqual([]));
});
