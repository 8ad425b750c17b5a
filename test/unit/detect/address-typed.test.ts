import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');

// Addresses as people type them on a phone: street types shortened, no capitals, no
// commas, a flat or a floor after the street, the town before its postal code, a number
// with bis or ter, the street alone on its line; English streets in lower case after
// "lives at" or a flat. Each family beside the ordinary sentences that share its words.
describe('French addresses typed on a phone', () => {
  it.each([
    ['"r." for rue', 'jhabite 12 r. des lilas a lyon', '12 r. des lilas a lyon'],
    ['"r" before a particle', '12 r de la paix 75002 paris', '12 r de la paix 75002 paris'],
    ['"chem."', 'le colis: 12 chem. des vignes 69130 ecully', '12 chem. des vignes 69130 ecully'],
    ['"imp."', 'Envoi au 8 imp. des Roses, 33000 Bordeaux', '8 imp. des Roses, 33000 Bordeaux'],
    ['"bvd"', 'rdv au 12 bvd st germain', '12 bvd st germain'],
    [
      '"bis" with no other cue',
      '27 bis av jean jaures aubervilliers',
      '27 bis av jean jaures aubervilliers',
    ],
    ['"ter" with no other cue', 'c 12 ter rue du moulin', '12 ter rue du moulin'],
    ['a flat after the street', 'cest 3 rue des lilas appt 12', '3 rue des lilas appt 12'],
    ['a floor typed short', 'chez moi 3 rue des lilas etg 2', '3 rue des lilas etg 2'],
    [
      'a floor between the street and the postal code',
      '12 rue de la république, 2ème étage, 69002 lyon',
      '12 rue de la république, 2ème étage, 69002 lyon',
    ],
    [
      'a building and a flat, tidy',
      'Locataire : 8 rue des Lilas, Bât. C, apt 12, 59000 Lille',
      '8 rue des Lilas, Bât. C, apt 12, 59000 Lille',
    ],
    [
      'the town then its postal code',
      'le 12 rue oberkampf paris 75011',
      '12 rue oberkampf paris 75011',
    ],
    ['a town then its district', 'au 12 rue oberkampf, paris 11e', '12 rue oberkampf, paris 11e'],
    ['a tidy town then its code', 'au 4 rue Carnot, Lyon 69003', '4 rue Carnot, Lyon 69003'],
    [
      'a postal code alone after the street',
      'le 14 rue de la paix 75002 stp',
      '14 rue de la paix 75002',
    ],
    ['"rdv" right before', 'rdv 12 rue des lilas', '12 rue des lilas'],
    ['"devant le"', 'jsuis devant le 14 rue de la paix', '14 rue de la paix'],
    ["a sister's home", 'je suis chez ma soeur 12 allee des acacias', '12 allee des acacias'],
    ['"n°"', 'n°12 rue des lilas', '12 rue des lilas'],
    ['the street alone on its line', 'ok\n12 rue des lilas', '12 rue des lilas'],
    // Particles are not counted among a lower-case name's four words.
    [
      'a name with particles, then the town after "a"',
      "j'habite au 12 rue de la paix a lyon",
      '12 rue de la paix a lyon',
    ],
    [
      'a long name with particles',
      'jhabite au 12 rue du moulin de la tour a saint malo',
      '12 rue du moulin de la tour a saint malo',
    ],
    ['"a la" and where', 'rdv au 12 rue des lilas a la sortie du metro', '12 rue des lilas'],
    ['"a l\'" and where', "rdv au 12 rue des lilas a l'angle", '12 rue des lilas'],
    ['"jusqu\'à" ends it', "je suis au 12 rue victor hugo jusqu'à 18h", '12 rue victor hugo'],
    ['a lieu-dit and a bare postal code', 'lieu dit la croix 29860', 'lieu dit la croix 29860'],
    [
      'a lower-case street over two lines',
      'voila\n12 rue des lilas\n69003 lyon',
      '12 rue des lilas\n69003 lyon',
    ],
  ])('%s', (_case, text, address) => expect(addresses(text)).toEqual([address]));

  it.each([
    ['directions', 'tourne a gauche rue de la paix puis tout droit'],
    ['a street counted', 'prends la 2e rue a droite'],
    ['the street in general', 'la rue était bloquée ce matin'],
    ['a square to meet at', 'on se retrouve place bellecour a 18h'],
    ['a street to meet in, with a time', 'rdv a 14h rue de rivoli devant le mcdo'],
    ['streets to cross', 'il reste 3 rue a traverser et on y est'],
    ['a floor alone', 'il habite au 3e etage'],
    ['a number and no street', 'rdv devant le 3 pour le cafe'],
    ['a bus in a street', 'le bus 12 passe rue de la paix'],
    ['an amount', "j'ai payé 15000 euros pour la voiture"],
    ['"r." ending a word', "j'ai fini r. 2 semaines"],
    ['a date', 'rdv le 12 à 18h'],
    ['years before a street', "j'habite depuis 3 ans rue de la paix"],
  ])('no address: %s', (_case, text) => expect(addresses(text)).toEqual([]));

  it('a postal code does not take the amount after it', () =>
    expect(addresses('au 12 rue des lilas 15000 euros de travaux')).toEqual(['12 rue des lilas']));
});

describe('English streets typed in lower case', () => {
  it.each([
    ['"lives at"', 'he lives at 14 elm road', '14 elm road'],
    [
      '"my address is", a known town after',
      'my address is 22 baker st london',
      '22 baker st london',
    ],
    ['"send it to"', 'send it to 10 downing street by friday', '10 downing street'],
    ['a flat before', 'flat 3 22 elm grove bristol', 'flat 3 22 elm grove bristol'],
    ['an apartment before', 'apt 4b 120 main street', 'apt 4b 120 main street'],
    ['"moved to"', 'we moved to 7 ashgrove crescent', '7 ashgrove crescent'],
    ['a town ending the sentence', 'my address is 3 mill lane, york.', '3 mill lane, york'],
    ['"now" ending the sentence, no town', 'he lives at 14 elm road now', '14 elm road'],
    ['"too" ending the sentence, no town', 'she lives at 22 baker st too', '22 baker st'],
    ['"live on"', 'i live on 45 station road', '45 station road'],
  ])('%s', (_case, text, address) => expect(addresses(text)).toEqual([address]));

  it.each([
    ['a time near a park', 'meet at 6 near hyde park'],
    ['a time then the park', 'see you at 10 in the park'],
    ['a time then the road', 'at 3 the road was closed'],
    ['a distance down the road', 'i walked 10 miles down the road'],
    ['a car park', 'meet me at level 2 car park'],
    ['minutes away', 'i live 5 minutes from the station'],
    ['people sent', 'send it to 3 people on the team'],
    ['doors down the road', 'she lives 2 doors down the road'],
  ])('no address: %s', (_case, text) => expect(addresses(text)).toEqual([]));
});
