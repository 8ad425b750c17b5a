import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// A title before a name: how it is written (a dot or not, capitals, initials), and how far
// the name after it goes (particles, several names, a word that is no name).
const people = (text: string) => found(text).filter((f) => f.startsWith('PERSON:'));

describe('a title and the name after it', () => {
  it.each([
    ['Voir M.Dupont demain', ['PERSON:M.Dupont']],
    ['Voir Mme.Dupont demain', ['PERSON:Mme.Dupont']],
    ['Voir Dr. Benali demain', ['PERSON:Dr. Benali']],
    ['Voir Dr.Benali demain', ['PERSON:Dr.Benali']],
    // "M" without its dot is no title.
    ['Voir M Dupont demain', ['PERSON:Dupont']],
    // Two initials at most between the title and the name.
    ['Voir M. J. P. Dupont demain', ['PERSON:M. J. P. Dupont']],
    ['Voir M. J. P. K. Dupont demain', ['PERSON:Dupont']],
    // A title in capitals goes only with a name in capitals.
    ['Voir MME DUPONT demain', ['PERSON:MME DUPONT']],
    ['Voir Mme DUPONT LAGARDE demain', ['PERSON:Mme DUPONT LAGARDE']],
    ['Voir MME Dupont demain', ['PERSON:Dupont']],
    ['Voir Mme Dupont-Martin demain', ['PERSON:Mme Dupont-Martin']],
    // Five names at most after the first.
    [
      'Voir Mme Martin Dupont Durand Petit Leroy Moreau demain',
      ['PERSON:Mme Martin Dupont Durand Petit Leroy', 'PERSON:Moreau'],
    ],
    // A word that is no name ends it.
    ['Voir Mme Dupont Excel demain', ['PERSON:Mme Dupont']],
    // Particles, one or two, then a capitalised name.
    ['Voir Mme de la Tour demain', ['PERSON:Mme de la Tour']],
    ['Voir Mme de Latour demain', ['PERSON:Mme de Latour']],
    ['Voir Mme Dupont de la Tour', ['PERSON:Mme Dupont de la Tour']],
    ['Voir Mme Dupont van der Berg', ['PERSON:Mme Dupont van der Berg']],
    ['Voir Mme Dupont des Champs', ['PERSON:Mme Dupont des Champs']],
    // Particles with no name after them stay out.
    ['Voir Mme Dupont de la', ['PERSON:Mme Dupont']],
    ['Voir Mme Dupont de', ['PERSON:Mme Dupont']],
  ])('%s', (text, expected) => expect(people(text)).toEqual(expected));
});
