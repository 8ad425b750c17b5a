import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// The first word of a sentence has a capital by grammar: it is a name only when it is a
// known one, or when what follows shows someone. Each row is a sentence that starts so.
const people = (text: string) => found(text).filter((f) => f.startsWith('PERSON:'));

describe('a capitalised word at the start of a sentence', () => {
  it.each([
    // A name that is also a word, then a comma, a bracket or a verb.
    ['Rose, tu viens ?', ['PERSON:Rose']],
    ['Rose (la RH) a dit oui', ['PERSON:Rose']],
    ["Rose m'a dit oui", ['PERSON:Rose']],
    ['Rose is great', ['PERSON:Rose']],
    ['Olive Martin est là', ['PERSON:Olive Martin']],
    // An unknown word in capitals, five letters or more.
    ["ZORGL m'a dit", ['PERSON:ZORGL']],
    // An unknown word, then a surname: unless the first word is a verb.
    ['Wiremu Dupont est là', ['PERSON:Wiremu Dupont']],
    ['Voir Dupont demain', ['PERSON:Dupont']],
    // Two unknown words that are no common words: a full name from anywhere.
    ['Iñaki Etxeberria est venu', ['PERSON:Iñaki Etxeberria']],
    ['Wideline Pierre-Louis est venue', ['PERSON:Wideline Pierre-Louis']],
    ['Zorglub Brouzouf a dit', ['PERSON:Zorglub Brouzouf']],
  ])('%s', (text, expected) => expect(people(text)).toEqual(expected));

  it.each([
    'Rose est une couleur',
    'Rose is a colour',
    'Grâce à toi ça marche',
    "ZORG m'a dit",
    'Prime Macron versée',
    'Salon Bourget demain',
    'Olive Lundi',
    'Grace Period ends',
    'Hope Street is nice',
    'Logement Social Paris',
  ])('no one in %s', (text) => expect(people(text)).toEqual([]));
});
