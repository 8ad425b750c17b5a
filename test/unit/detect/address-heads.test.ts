import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');

// La Poste's lines 2 to 6 typed on one line before the street (flat, floor, staircase,
// building, residence), a quarter or an estate before a postal code, a street without its
// number but with its postal code, a street named after a date, the number after the
// street with a French postal code, Luxembourg's "L-" codes.
describe('the flat, floor, building and residence before a street', () => {
  it.each([
    [
      'flat, building and residence, lower case',
      "mon adresse c'est appt 12 bat c residence les glycines 3 allee des tilleuls 31400 toulouse",
      'appt 12 bat c residence les glycines 3 allee des tilleuls 31400 toulouse',
    ],
    [
      'staircase and floor',
      'cest esc b 3eme etage 27 bd voltaire 75011 paris',
      'esc b 3eme etage 27 bd voltaire 75011 paris',
    ],
    [
      'floor and door',
      'envoie a etage 2 porte droite 14 rue nationale 59800 lille',
      'etage 2 porte droite 14 rue nationale 59800 lille',
    ],
    [
      'a room in a student residence',
      'je suis chambre 118 residence les marronniers 5 rue des ecoles 21000 dijon',
      'chambre 118 residence les marronniers 5 rue des ecoles 21000 dijon',
    ],
    [
      'a floor with its side, commas',
      '2e etage gauche, 17 rue garibaldi, 69006 lyon',
      '2e etage gauche, 17 rue garibaldi, 69006 lyon',
    ],
    [
      'a shortened residence, its building',
      'Chez moi : Rés. Les Alizés, bât 2, 97230 Sainte-Marie',
      'Rés. Les Alizés, bât 2, 97230 Sainte-Marie',
    ],
    [
      'building and flat, a place named, no street number',
      'colis a bat d4 appt 21 les hauts du lac 74000 annecy',
      'bat d4 appt 21 les hauts du lac 74000 annecy',
    ],
    [
      'a residence, its flat and postal code',
      'elle vit residence les palmiers appt 3 97410 saint pierre',
      'residence les palmiers appt 3 97410 saint pierre',
    ],
  ])('%s', (_case, text, expected) => expect(addresses(text)).toEqual([expected]));

  it('a residence named with no name is left out', () =>
    expect(addresses('la résidence depuis hier, 12 rue des Lilas')).toEqual(['12 rue des Lilas']));

  it.each([
    ['a room', 'on se voit salle 12 au 2eme etage'],
    ['a building alone', 'le batiment C est fermé ce matin'],
    ['a room in a hospital', 'il est chambre 214 au 3e etage, visites a 18h'],
    ['a flat for rent', 'un appart de 40 m2 au 4eme etage pour 650 euros'],
    ['a staircase', "escalier b c'est celui de gauche"],
    ['a residence as a kind of home', 'residence principale ou secondaire ?'],
    ['an appointment', 'dentist appt at 3 tomorrow so i will be late'],
  ])('no address: %s', (_case, text) => expect(addresses(text)).toEqual([]));
});

describe('a quarter, an estate or a street without its number, with its postal code', () => {
  it.each([
    ['a quarter', 'on habite quartier bois rouge 97224 ducos', 'quartier bois rouge 97224 ducos'],
    [
      'a quarter, a compound town',
      'envoie au quartier terres sainville 97200 fort de france',
      'quartier terres sainville 97200 fort de france',
    ],
    [
      'an estate, "a" for "à"',
      'envoie a lotissement les orchidees 97122 baie-mahault',
      'lotissement les orchidees 97122 baie-mahault',
    ],
    [
      'a street with no number',
      "l'adresse c'est impasse des goyaviers 97436 saint leu",
      'impasse des goyaviers 97436 saint leu',
    ],
    [
      'a street named after a date',
      'jhabite 9 rue du 8 mai 1945 35000 rennes',
      '9 rue du 8 mai 1945 35000 rennes',
    ],
    [
      'the number after the street, a French postal code',
      "j'habite avenue jean jaures au 31, 38000 grenoble",
      'avenue jean jaures au 31, 38000 grenoble',
    ],
    [
      'the number after the street with "n°", no postal code',
      "j'habite rue victor hugo n°12, 3eme etage",
      'rue victor hugo n°12, 3eme etage',
    ],
    [
      'the number after the street with "numero", then the postal code',
      "c'est avenue foch numero 8 bis 75016 paris",
      'avenue foch numero 8 bis 75016 paris',
    ],
    [
      'Luxembourg',
      'Le bureau est au 8, rue de la Poste, L-2346 Luxembourg',
      '8, rue de la Poste, L-2346 Luxembourg',
    ],
  ])('%s', (_case, text, expected) => expect(addresses(text)).toEqual([expected]));

  it.each([
    ['a quarter and a count', 'le quartier compte 12000 habitants'],
    ['a quarter said as a noun', 'le quartier 97 a été rénové'],
    ['a street in directions', 'tourne rue de la paix puis tout droit'],
    ['a street and a duration', "j'ai marché rue de la paix 20 minutes"],
    ['a postal code alone', "le code postal c'est 75011 je crois"],
    ['a date after a street', 'rdv au 12 rue de la paix le 8 mai a 14h'],
    ['a ski area and a count', 'le domaine skiable, 12000 visiteurs'],
    ['a rank', 'la rue numéro 1 du classement des plus belles rues'],
    ['a podium', 'sur la place numéro 3 du podium'],
    ['a course numbered', 'Relis le cours de gestion n°4 avant lundi'],
    ['a job and a salary', "On m'a proposé une place de chef de projet à 42000 brut par an"],
    ['"suite à" before a postal code', 'Suite à notre échange, je vous envoie mon CV, 75011 Paris'],
  ])('no more than the street: %s', (_case, text) =>
    expect(addresses(text).filter((a) => !/^12 rue de la paix$/.test(a))).toEqual([]),
  );
});
