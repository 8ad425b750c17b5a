import { describe, expect, it } from 'vitest';
import { found, nameSpans } from './helpers.ts';

// What a capitalised word is before it can be a name: a medicine, a car after "ma", a
// brand with an inner capital, a compound first name, a known company written with a
// hyphen, a company's trade after it.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('words that are things, and the names beside them', () => {
  it.each([
    ["J'ai pris du Doliprane hier", []],
    ['Le Xanax ne me fait plus rien', []],
    // A medicine after "avec", "depuis": still no one.
    ['Je tiens avec Doliprane et du repos', []],
    ['Depuis Lexomil je dors', []],
    // A car after "ma", a person before a verb.
    ["J'ai rayé ma Clio hier", []],
    ["Clio m'a appelé hier", ['PERSON:Clio']],
    // An inner capital marks a brand; Mc and Mac open a surname.
    ["J'utilise ChatGPT pour mes mails", []],
    ['On se retrouve à VivaTech', []],
    ['vu avec MyKomi hier', []],
    ["J'en ai parlé avec BeReal", []],
    ['vu avec DataKomi hier', []],
    ['vu avec DocMac hier', []],
    ["J'ai vu McKenzie hier", ['PERSON:McKenzie']],
    ["J'ai vu MacAllister hier", ['PERSON:MacAllister']],
    ["J'ai parlé à Sarah McDonald hier", ['PERSON:Sarah McDonald']],
    ["J'ai parlé à Sarah MacLeod hier", ['PERSON:Sarah MacLeod']],
    // A compound first name has a first name in every part.
    ["J'ai vu Anne-Sophie hier", ['PERSON:Anne-Sophie']],
    ['On part à Marie-Galante cet été', []],
    // A known company written with a hyphen, and its trade written after it.
    ['Je bosse chez Mercedes-Benz depuis mars', ['ORG:Mercedes-Benz']],
    ['je bosse chez vinci energies', ['ORG:vinci energies']],
    ['je bosse chez vinci, energies et climat', ['ORG:vinci']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('initials and spaces inside a name (findNames on raw text)', () => {
  it.each([
    // A full stop after a whole name ends it: "Dupont" is no initial.
    ['Voir M. Dupont. Martin viendra aussi.', ['PERSON:M. Dupont']],
    // An initial is one capital letter.
    ['Voir M. j. Dupont demain', ['PERSON:Dupont']],
    // A no-break space joins the words of a name as a space does.
    ['Voir Jean\u00a0Dupont demain', ['PERSON:Jean\u00a0Dupont']],
  ])('%j', (text, expected) => expect(nameSpans(text)).toEqual(expected));
});
