import { describe, expect, it } from 'vitest';
import { found, nameSpans } from './helpers.ts';

// Where a name may start and end: a cue in the sentence before does not reach across its
// full stop, and a title holds its name only across the gap a title is written with (a
// dot, a space), never across a comma or a line break.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('a cue word ends with its sentence', () => {
  it.each([
    // "client" before a known company that is also a word names it, in its own sentence.
    ["J'ai vu le client orange hier.", ['ORG:orange']],
    // After the full stop, the word is a colour again.
    ["J'ai vu le client. orange et bleu sont ses couleurs.", []],
    ["Je l'ai dit au client! orange ou rouge, il hésite.", []],
    // After "la formation", capitalised words name the programme; after its full stop,
    // someone.
    ['Je suis la formation Lead Together depuis mars.', []],
    ["J'ai fini la formation. Julien Martin m'a aidé.", ['PERSON:Julien Martin']],
    ['I finished the course. Julien Martin helped me.', ['PERSON:Julien Martin']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

// analyze() hands the recognisers one sentence at a time; findNames holds the same bound
// on its own, for a text of several sentences.
describe('findNames on several sentences', () => {
  it.each([
    ["J'ai fini la formation Julien Martin.", []],
    ["J'ai fini la formation. Julien Martin m'a aidé.", ['PERSON:Julien Martin']],
    ['I finished the course! Julien Martin helped me.', ['PERSON:Julien Martin']],
    ['Fin de la formation\nJulien Martin', ['PERSON:Julien Martin']],
  ])('%j', (text, expected) => expect(nameSpans(text)).toEqual(expected));
});

describe('a title and its name', () => {
  it.each([
    ['Voir M. Dupont demain', ['PERSON:M. Dupont']],
    ['Voir M.Dupont demain', ['PERSON:M.Dupont']],
    // Initials between, with or without a space after their dot.
    ['Voir M. J. Dupont demain', ['PERSON:M. J. Dupont']],
    ['Voir M. J.Dupont demain', ['PERSON:M. J.Dupont']],
    ['Voir Mme Lefèvre demain', ['PERSON:Mme Lefèvre']],
    ['Voir Mme. Lefèvre demain', ['PERSON:Mme. Lefèvre']],
    // Any other gap parts them (a comma, a line break, a space before the dot, two
    // spaces): the name is still caught, alone.
    ['RDV avec M.  Dupont', ['PERSON:Dupont']],
    ['Voir M .Dupont demain', ['PERSON:Dupont']],
    ['Voir M. J.  Dupont demain', ['PERSON:Dupont']],
    ['Voir M. J .Dupont demain', ['PERSON:Dupont']],
    ['Voir Mme, Lefèvre demain', ['PERSON:Lefèvre']],
    ['Voir Mme\nLefèvre demain', ['PERSON:Lefèvre']],
    ['Voir M.\nDupont demain', ['PERSON:Dupont']],
    ['Voir M. J.\nDupont demain', ['PERSON:Dupont']],
  ])('%j', (text, expected) => expect(names(text)).toEqual(expected));
});
