import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// The words around a name that decide what it is: a verb of hiring after someone the
// gazetteer knows, a place beside another place, a carmaker named as a car, what follows
// a capitalised word at the start, "et"/"and" between lower-case names, a full name the
// gazetteer lacks.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('someone the gazetteer knows who hires is a person, not a company', () => {
  it.each([
    // A first name, a first name that is also a word, a surname, a surname that is also a word.
    ["Depuis que Kevin m'a embauché", ['PERSON:Kevin']],
    ["Depuis que Abigail m'a embauchée", ['PERSON:Abigail']],
    ["Depuis que Abbott m'a embauché", ['PERSON:Abbott']],
    ["Depuis que Barbier m'a embauché", ['PERSON:Barbier']],
    ["je crois que kevin m'a recruté", ['PERSON:kevin']],
    ["je crois que abigail m'a recruté", ['PERSON:abigail']],
    // An unknown name that hires is an employer.
    ["Depuis que Lumexa m'a viré", ['ORG:Lumexa']],
    ["je crois que lumexa m'a recruté", ['ORG:lumexa']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  it.each([["je crois que abbott m'a recruté"], ["je crois que barbier m'a recruté"]])(
    '%s: a surname in lower case is no employer',
    (text) => expect(names(text).filter((f) => f.startsWith('ORG:'))).toEqual([]),
  );
});

describe('a first name that is also a place', () => {
  it.each([
    // Beside a place, with "ou", "or", "et", "and": a place.
    ['On hésite entre la Réunion ou Maurice', []],
    ['We could fly to Denver and Austin', []],
    ['We visited London and Edinburgh', []],
    // Beside a person, a word in lower case, nothing, or a place without a link: a person.
    ["J'ai appelé Maurice et Kevin hier", ['PERSON:Maurice', 'PERSON:Kevin']],
    ["J'ai vu Maurice et nancy", ['PERSON:Maurice', 'PERSON:nancy']],
    ['Je suis à Lyon avec Maurice demain', ['PERSON:Maurice']],
    ["J'ai appelé Maurice pour Lyon", ['PERSON:Maurice']],
    // Still being typed: nothing after the link yet.
    ['Je passe voir Maurice et', ['PERSON:Maurice']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('a carmaker', () => {
  it.each([
    // A model after it: a car.
    ["j'ai vu Tesla Model 3", []],
    ["j'ai conduit Peugeot 308", []],
    // A verb or a comma after it: the company.
    ['Demain Renault ouvre une usine', ['ORG:Renault']],
    ['Hier Renault, Total et Engie ont signé', ['ORG:Renault', 'ORG:Total', 'ORG:Engie']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('a first name that is a word, at the start of a sentence', () => {
  it.each([
    // A verb after it shows someone, unless it defines a thing.
    ['Rose est seule ce soir', ['PERSON:Rose']],
    ["Rose est absente aujourd'hui", ['PERSON:Rose']],
    ['Rose est une couleur', []],
    // Being typed: "Rose est" and nothing yet.
    ['Rose est', ['PERSON:Rose']],
    // A colour in a list or a shopping note: no one.
    ['Rose: (la couleur) pour le mur', []],
    ['Rose : et blanc pour la chambre', []],
    ['Rose - et blanc pour la chambre', []],
    ['Rose poudré de chez Leroy Merlin', ['ORG:Leroy Merlin']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('lower-case names joined by "et" or "and"', () => {
  it.each([
    // A first name that is also a word beside a sure first name of three letters or more.
    ['je vois julien et eva demain', ['PERSON:julien', 'PERSON:eva']],
    ['je vois julien et jack', ['PERSON:julien', 'PERSON:jack']],
    ['je vois julien et monsieur thompson', ['PERSON:julien', 'PERSON:monsieur thompson']],
    ['I saw aissatou ba and clementine', ['PERSON:aissatou ba', 'PERSON:clementine']],
    // Two letters prove nothing.
    ['je vois ak et julien', []],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));

  // The sure name before "et"/"and" makes the other one a person.
  it.each([['je vois eva et julien'], ['eva and julien'], ['with eva and julien']])('%s', (text) =>
    expect(names(text)).toContain('PERSON:julien'),
  );
});

describe('a full name the gazetteer lacks', () => {
  it.each([
    ['Wenceslas de Kergoat a appelé', ['PERSON:Wenceslas de Kergoat']],
    ['Wenceslas Kergoat a appelé', ['PERSON:Wenceslas Kergoat']],
    ['Nkemdirim Roger a appelé', ['PERSON:Nkemdirim Roger']],
    // A place is no part of a name.
    ['Kestrel Edinburgh a envoyé le devis', []],
    // French with one English word is still French: an unknown capitalised word is a name.
    ['demain on voit Wenceslas avec le directeur', ['PERSON:Wenceslas']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});

describe('what follows a company', () => {
  it.each([
    // A street a few words later does not make the company a street.
    ["J'ai acheté ça à Tesco, Mill Road", ['ORG:Tesco']],
    // "et Fils" belongs to the name right before it.
    ['Voir avec Martin, Roux et Fils', ['PERSON:Martin', 'ORG:Roux et Fils']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});
