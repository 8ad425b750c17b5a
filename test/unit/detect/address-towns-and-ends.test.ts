import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../lib/detect/recognizers/address.ts';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => [
  ...new Set(findAddresses(text).map((c) => text.slice(c.start, c.end))),
];

// The town after a postal code: compound names, with their articles and small words,
// hyphenated or not, capitalised or not, are read whole.
describe('a town of several words after its postal code', () => {
  const TOWNS = [
    "l'isle sur la sorgue",
    "L'Isle-sur-la-Sorgue",
    "L'Isle sur la Sorgue",
    'saint-remy-de-provence',
    'saint remy de provence',
    'Saint-Rémy-de-Provence',
    "l'isle-adam",
    "L'Isle-Adam",
    'le puy en velay',
    'Le Puy en Velay',
    'Le Puy-en-Velay',
    'boulogne sur mer',
    'aix les bains',
    'villeneuve sur lot',
    'la roche sur yon',
    'saint germain en laye',
    'chalons en champagne',
    'saint laurent du var',
    'saint maur des fosses',
    'saint etienne',
    'Villeneuve-d’Ascq',
    "Saint Martin d'Hères",
  ];
  it.each(TOWNS)('after a street: %s', (town) =>
    expect(addresses(`j'habite au 12 rue des Lilas 84000 ${town} merci`)).toEqual([
      `12 rue des Lilas 84000 ${town}`,
    ]),
  );
  it.each(TOWNS)('after a lower-case street and a comma: %s', (town) =>
    expect(addresses(`j'habite au 12 rue des lilas, 84000 ${town}`)).toEqual([
      `12 rue des lilas, 84000 ${town}`,
    ]),
  );
  it.each(TOWNS)('after a postal box: %s', (town) =>
    expect(addresses(`BP 45, 84000 ${town}`)).toEqual([`BP 45, 84000 ${town}`]),
  );
  it.each(['cedex', 'Cedex 2', 'CEDEX 15'])('and CEDEX: %s', (cedex) =>
    expect(addresses(`au 12 rue Pasteur 84800 l'isle sur la sorgue ${cedex}`)).toEqual([
      `12 rue Pasteur 84800 l'isle sur la sorgue ${cedex}`,
    ]),
  );

  it.each([
    ['the evening', '5 rue carnot 75011 paris le soir', '5 rue carnot 75011 paris'],
    ['a month', '5 rue carnot 69003 lyon en septembre', '5 rue carnot 69003 lyon'],
    ['a day', '5 rue carnot 69003 lyon le lundi', '5 rue carnot 69003 lyon'],
    ['a way of coming', '5 rue carnot 33000 bordeaux en voiture', '5 rue carnot 33000 bordeaux'],
    ['a moment', '5 rue carnot 33000 bordeaux en ce moment', '5 rue carnot 33000 bordeaux'],
    [
      'the whole week',
      '5 rue carnot 13001 marseille toute la semaine',
      '5 rue carnot 13001 marseille',
    ],
    ['a word after the town', '5 rue carnot 75011 paris demain', '5 rue carnot 75011 paris'],
    ['"de la part de"', '5 rue carnot 75011 paris de la part de marie', '5 rue carnot 75011 paris'],
    ['"sur le trajet"', '5 rue carnot 69003 lyon sur le trajet', '5 rue carnot 69003 lyon'],
    ['"en gros"', '5 rue carnot 69003 lyon en gros', '5 rue carnot 69003 lyon'],
    ['"en fait"', '5 rue carnot 69003 lyon en fait', '5 rue carnot 69003 lyon'],
    [
      '"la plupart du temps"',
      '5 rue carnot 69003 lyon la plupart du temps',
      '5 rue carnot 69003 lyon',
    ],
    ['"en attendant"', '5 rue carnot 69003 lyon en attendant', '5 rue carnot 69003 lyon'],
    ['"sous la pluie"', '5 rue carnot 69003 lyon sous la pluie', '5 rue carnot 69003 lyon'],
    ['"les week-ends"', '5 rue carnot 44000 nantes les week-ends', '5 rue carnot 44000 nantes'],
    ['a small word first', '5 rue Carnot 75011 de toute façon', '5 rue Carnot 75011'],
    ['an article and the time', '5 rue Carnot 75011 le soir', '5 rue Carnot 75011'],
    [
      'a capitalised town, then words',
      '5 rue Carnot 75011 Paris le soir',
      '5 rue Carnot 75011 Paris',
    ],
  ])('ends before %s', (_case, text, address) => expect(addresses(text)).toEqual([address]));
});

// Hameau, lieu-dit: names of places, and ordinary nouns. Without a name or a number
// after them, they are no address.
describe('a place word used as an ordinary noun', () => {
  it.each([
    'un hameau perdu dans les bois',
    'on a grandi dans un hameau de montagne',
    "c'est un lieu-dit perdu, pas de réseau",
    'le hameau le plus proche est à 3 km',
    'le lieu-dit est joli au printemps',
    'un petit hameau des Alpes',
    'ce hameau des Vosges me manque',
    'le hameau de la forêt a brûlé',
    'we stayed in a hameau near the coast',
    'on a pris le chemin des écoliers',
    'le chemin du retour était long',
    'à mi-chemin entre les deux',
    'au hameau : trois maisons',
    "j'ai vu un chameau Gaston au zoo",
  ])('no address: %s', (text) => expect(foundOfType(text, 'ADDRESS')).toEqual([]));

  it.each([
    ['a capitalised name', 'hameau des Près 24560 Issigeac', 'hameau des Près 24560 Issigeac'],
    ['a capitalised name, no postal code', 'au lieu-dit Bellevue', 'lieu-dit Bellevue'],
    [
      'lower case with a postal code',
      'lieu dit les granges 24560 issigeac',
      'lieu dit les granges 24560 issigeac',
    ],
    ['a bare lieu-dit in lower case', 'lieu-dit les granges, à côté', 'lieu-dit les granges'],
    [
      'an address word before',
      "j'habite au lieu-dit la croix blanche",
      'lieu-dit la croix blanche',
    ],
    ['an address word before a hamlet', "j'habite hameau des granges", 'hameau des granges'],
    [
      'a determiner, then a postal code',
      'un hameau des Granges 24560 Issigeac',
      'hameau des Granges 24560 Issigeac',
    ],
  ])('an address: %s', (_case, text, address) => expect(addresses(text)).toEqual([address]));
});

// Where a lower-case street name ends: before the time, a determiner, a verb or an
// ordinary phrase. An article after its words continues it only before a name.
describe('the end of a lower-case street name', () => {
  it.each([
    ['the evening', "j'habite au 12 rue du moulin le soir", '12 rue du moulin'],
    ['the night', "j'habite 4 impasse des roses la nuit", '4 impasse des roses'],
    ['a day', "j'habite au 12 rue du moulin le samedi", '12 rue du moulin'],
    ['the week', "j'habite 4 impasse jean moulin la semaine", '4 impasse jean moulin'],
    ['the next day', 'livraison au 8 allée des tilleuls le lendemain', '8 allée des tilleuls'],
    ['tomorrow morning', 'livraison au 8 allée des tilleuls demain matin', '8 allée des tilleuls'],
    ['most of the time', "j'habite au 12 rue du moulin la plupart du temps", '12 rue du moulin'],
    ['"en face"', 'mon adresse : 8 allée des tilleuls en face de la poste', '8 allée des tilleuls'],
    ['a participle', "j'habite au 12 rue de la paix passé le pont", '12 rue de la paix'],
    ['an adverb', 'envoie au 8 allée des tilleuls ensuite on verra', '8 allée des tilleuls'],
    ['an infinitive', "j'habite au 4 rue du clocher sonner deux fois", '4 rue du clocher'],
    ['"juste derrière"', "j'habite au 12 rue des lilas juste derrière", '12 rue des lilas'],
    ['a month', 'elle habite au 3 rue des lilas depuis mars', '3 rue des lilas'],
    ['"à côté de"', "j'habite au 12 rue du moulin à côté de la boulangerie", '12 rue du moulin'],
    ['"au fond de"', "j'habite au 12 rue du moulin au fond de la cour", '12 rue du moulin'],
    ['"en bas de"', "j'habite au 12 rue du moulin en bas de la côte", '12 rue du moulin'],
    ['"à droite"', "j'habite au 12 rue du moulin à droite", '12 rue du moulin'],
    ['"au coin"', "j'habite au 12 rue du moulin au coin", '12 rue du moulin'],
    ['"si"', "j'habite au 12 rue du moulin si tu veux passer", '12 rue du moulin'],
    ['"comme"', "j'habite au 12 rue du moulin comme d'hab", '12 rue du moulin'],
    [
      '"quand"',
      "j'habite au 12 rue du moulin quand je suis pas chez mes parents",
      '12 rue du moulin',
    ],
    ['"dans"', "j'habite au 12 rue du moulin dans le 11e", '12 rue du moulin'],
    ['a capitalised street and the evening', '12 rue du Moulin le soir', '12 rue du Moulin'],
    ['"après" and a time', 'passe au 12 rue des lilas apres 18h', '12 rue des lilas'],
    ['"avant" and a time', 'passe au 3 rue de la paix avant midi', '3 rue de la paix'],
    ['"vers" and a time', 'on se voit au 4 chemin des vignes vers 10h', '4 chemin des vignes'],
  ])('ends before %s', (_case, text, address) => expect(addresses(text)).toEqual([address]));

  it.each([
    ['"le" and a surname', "j'habite au 12 rue du moulin le blanc", '12 rue du moulin le blanc'],
    ['"le" and a capitalised word', '12 rue du Moulin Le Blanc', '12 rue du Moulin Le Blanc'],
    [
      '"le" and a capitalised name',
      "j'habite au 12 rue du moulin Le Roux",
      '12 rue du moulin Le Roux',
    ],
    ['"la" and a surname', "j'habite 3 rue des lilas la roche", '3 rue des lilas la roche'],
    ['a first name then "le" and a name', "j'habite 4 rue jean le bon", '4 rue jean le bon'],
    ['a word in -é after an article', "j'habite au 12 rue de la liberté", '12 rue de la liberté'],
    ['a noun in -er', "j'habite au 4 chemin du verger", '4 chemin du verger'],
    ['a noun in -er, again', "j'habite au 4 rue du clocher", '4 rue du clocher'],
    ['two names', "j'habite au 12 rue victor hugo", '12 rue victor hugo'],
    ['a title and a name', "j'habite au 12 rue du général leclerc", '12 rue du général leclerc'],
    ['a street named "du centre"', "j'habite au 12 rue du centre", '12 rue du centre'],
    ['a street named "de la côte"', "j'habite au 12 rue de la côte", '12 rue de la côte'],
  ])('stays whole with %s', (_case, text, address) => expect(addresses(text)).toEqual([address]));
});
