import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

const addresses = (text: string) =>
  found(text)
    .filter((f) => f.startsWith('ADDRESS:'))
    .map((f) => f.slice('ADDRESS:'.length));

// Addresses in the orders other countries and other habits write them: Belgium and
// Switzerland put the number after the street and a four-digit postal code before the
// town; some put the postal code and town first, then the street; a residence is often
// given with its building and flat and nothing else.
describe('an address written in another order', () => {
  it.each([
    ['Belgian', 'rue de la Loi 16, 1000 Bruxelles', 'rue de la Loi 16, 1000 Bruxelles'],
    [
      'Belgian, typed',
      'il habite rue de la loi 16, 1000 bruxelles',
      'rue de la loi 16, 1000 bruxelles',
    ],
    [
      'Belgian, capitalised street',
      'Notre bureau : Avenue Louise 54, 1050 Ixelles.',
      'Avenue Louise 54, 1050 Ixelles',
    ],
    [
      'Belgian, bis',
      'chaussée de Wavre 120 bis, 1050 Bruxelles',
      'chaussée de Wavre 120 bis, 1050 Bruxelles',
    ],
    ['Swiss German', 'Bahnhofstrasse 12, 8001 Zürich', 'Bahnhofstrasse 12, 8001 Zürich'],
    [
      'Swiss German, typed',
      'send it to bahnhofstrasse 12 8001 zurich',
      'bahnhofstrasse 12 8001 zurich',
    ],
    ['Swiss, "ch." for chemin', 'ch. des Vignes 4, 1260 Nyon', 'ch. des Vignes 4, 1260 Nyon'],
    ['Swiss, typed', 'chemin des vignes 4, 1260 nyon stp', 'chemin des vignes 4, 1260 nyon'],
    ['Swiss, "av."', 'Av. de la Gare 8, 1003 Lausanne', 'Av. de la Gare 8, 1003 Lausanne'],
    [
      'postal code and town first',
      '75011 Paris, 12 rue Oberkampf',
      '75011 Paris, 12 rue Oberkampf',
    ],
    [
      'postal code and town first, typed',
      'envoie au 75011 paris, 12 rue oberkampf',
      '75011 paris, 12 rue oberkampf',
    ],
    [
      'postal code and a compound town first',
      'Adresse : 13100 Aix-en-Provence, 3 cours Mirabeau',
      '13100 Aix-en-Provence, 3 cours Mirabeau',
    ],
    [
      'a residence, its building and flat',
      'résidence les Tilleuls, bât B, appt 12',
      'résidence les Tilleuls, bât B, appt 12',
    ],
    [
      'a residence typed without commas or accents',
      "j'habite residence les tilleuls bat b appt 12",
      'residence les tilleuls bat b appt 12',
    ],
    [
      'a residence and its staircase',
      'Livraison : Résidence Les Pins, bât. A, appt 203, merci',
      'Résidence Les Pins, bât. A, appt 203',
    ],
    ['a building named, its staircase', "c'est immeuble le Verdi esc 2", 'immeuble le Verdi esc 2'],
    ['a UK flat', 'Flat 3, 14 Mill Lane, Leeds LS6 2AB', 'Flat 3, 14 Mill Lane, Leeds LS6 2AB'],
    [
      'a UK flat, typed',
      'flat 3, 14 mill lane, leeds ls6 2ab',
      'flat 3, 14 mill lane, leeds ls6 2ab',
    ],
  ])('%s', (_label, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });
});

describe('no address: streets, buildings and sums said in passing', () => {
  it.each([
    'la rue est bloquée depuis ce matin',
    'the street 12 was closed',
    'le bâtiment B est fermé',
    'le bat B est fermé aujourd’hui',
    'la cité est fermée, bât B aussi',
    'la résidence est calme',
    'ma résidence principale',
    'ça coûte 75 euros',
    'on était 12, 1500 euros chacun',
    'le chemin fait 12, 1500 mètres',
    'la place 3, 1000 personnes',
    'Place 3, 1000 Points gagnés',
    'ouvert de 9h à 18h, 7 jours sur 7',
    "j'ai payé 15000 euros, 12 rue c'est trop",
    'flat 3 is on the second floor',
    'the residence is quiet, apt 12 is empty',
    'road 66, 2000 miles of it',
  ])('%s', (text) => {
    expect(addresses(text)).toEqual([]);
  });
});
