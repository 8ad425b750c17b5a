import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

const people = (text: string) =>
  found(text)
    .filter((f) => f.startsWith('PERSON:'))
    .map((f) => f.slice('PERSON:'.length));

// A title, then a role, then the surname ("Monsieur le Maire Dupuis"); a lawyer whose
// surname opens with a particle ("maître de la Fontaine"), not a trade's master ("maître
// de stage"); Vietnamese and Chinese names written whole, surname first; South Indian
// surnames after an initial; a customer named after "client", not a kind of customer.
describe('a person after a title and a role, or written in full', () => {
  it.each([
    ['Madame la Présidente Moreau a signé', 'Moreau'],
    // The title and the role belong to the name.
    ['mme la directrice lefort m’a appelée', 'mme la directrice lefort'],
    ['Monsieur le Maire Dupuis est venu', 'Dupuis'],
    ['monsieur le maire Dupuis est venu', 'Dupuis'],
    ['MADAME LA PRÉSIDENTE MOREAU', 'MOREAU'],
    ['rdv avec Maître de la Fontaine demain', 'Maître de la Fontaine'],
    ['rdv avec maître de la Fontaine demain', 'maître de la Fontaine'],
    ['rdv avec maitre de la fontaine demain', 'maitre de la fontaine'],
    ['le docteur van der Berg consulte le mardi', 'docteur van der Berg'],
    ['dr ben salem arrive', 'dr ben salem'],
    ["j'ai vu nguyen thi hoa hier", 'nguyen thi hoa'],
    ['tran van minh est malade', 'tran van minh'],
    ['zhang wei ming arrive lundi', 'zhang wei ming'],
    ['I met zhang wei ming yesterday', 'zhang wei ming'],
    ['K. Rajendran sent the file', 'Rajendran'],
    ['A. Murugan a envoyé le devis', 'Murugan'],
    ['Krishnan will call you', 'Krishnan'],
    ['client dupuis a rappelé', 'dupuis'],
    ['cliente martin veut un devis', 'martin'],
  ])('%s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });
});

describe('no person: a role alone, a trade, a kind of customer', () => {
  it.each([
    'Madame la Présidente a signé',
    'Madame La Présidente a signé',
    'monsieur le maire a dit non',
    'MONSIEUR LE MAIRE a dit non',
    'Le Directeur Commercial est parti',
    'le directeur commercial est parti',
    'Bonjour Madame la Directrice,',
    'mon maître de stage est sympa',
    'Maître de Conférences à Lyon',
    'Il est Maître de Stage',
    'le maître de maison',
    'client mystère ce matin',
    'client final content',
    'client satisfait',
    'client lambda a appelé',
    'cliente vip a rappelé',
    'client prioritaire a appelé',
    'the customer vip called',
    'nguyen van lundi',
  ])('%s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
