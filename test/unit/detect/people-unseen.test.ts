import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// People typed on a phone keyboard, on text nobody tuned to: each class with fresh
// sentences and the traps beside it.
const people = (text: string) => found(text).filter((f) => f.startsWith('PERSON:'));

describe('a bare lower-case "m" for Monsieur', () => {
  it.each([
    ['la proprio cest m ferrand, il repond jamais', 'PERSON:m ferrand'],
    ['jai rdv avec m mercier jeudi pr le bilan', 'PERSON:m mercier'],
    ['cest m masson qui valide les absences', 'PERSON:m masson'],
    ['i emailed m roussel about the deadline', 'PERSON:m roussel'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([
    ['la piece fait 4 m de long'],
    ['compte 20 m carre minimum'],
    ['m bof pas convaincue'],
    ['tu peux m appeler apres 18h ?'],
    ['i m so tired today'],
    ["I'm worried about the review."],
  ])('not in %s', (text) => expect(people(text)).toEqual([]));
});

describe('a surname in -er after a title or "van der"', () => {
  it.each([
    ['mrs potter asked for the rota', 'PERSON:mrs potter'],
    ['jai eu mme slater au tel', 'PERSON:mme slater'],
    ['ms weaver is my new supervisor', 'PERSON:ms weaver'],
    ['sanne van der linder reprend le dossier', 'PERSON:sanne van der linder'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([
    ['ms planner keeps crashing'],
    ['jai rachete du mr cleaner'],
    ['the dr said it was fine'],
  ])('not in %s', (text) => expect(people(text)).toEqual([]));
});

describe('SMS "pr" for "pour" is no title', () => {
  it.each([
    ['merci pr lenvoi du planning'],
    ['jsuis chaud pr lapero vendredi'],
    ['2 pages pr lintro stp'],
  ])('%s', (text) => expect(people(text)).toEqual([]));
  it.each([
    ['demain jvois le pr lambert', 'PERSON:pr lambert'],
    ['rdv avec le Pr Okafor jeudi', 'PERSON:Pr Okafor'],
  ])('but %s', (text, expected) => expect(people(text)).toContain(expected));
});

describe('a name that is a word, shown by a relative or a role beside it', () => {
  it.each([
    ['aurore ma cousine bosse la bas', 'PERSON:aurore'],
    ['mon ex clement me doit 200 balles', 'PERSON:clement'],
    ['constance la nouvelle rh ma convoquee', 'PERSON:constance'],
    ['my ex river kept my charger', 'PERSON:river'],
    ['summer my flatmate found the ad', 'PERSON:summer'],
    ['mon ex jordan arrete pas de mecrire', 'PERSON:jordan'],
    ['france ma marraine ma trouve le stage', 'PERSON:france'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([
    ['aurore ce matin etait superbe'],
    ['la constance cest la cle'],
    ['my ex job paid better'],
    ['je rentre en france mon pays natal'],
    ['jai offert un bracelet a ma soeur pour son anniv'],
  ])('not in %s', (text) => expect(people(text)).toEqual([]));
});

describe('a short first name after a verb of sending and "à"', () => {
  it.each([
    ['jai passe le relais a eva hier', 'PERSON:eva'],
    ['envoie le doc a noa stp', 'PERSON:noa'],
  ])('%s', (text, expected) => expect(people(text)).toContain(expected));
  it.each([['jai repondu a ton mail hier'], ['on part a dix demain']])('not in %s', (text) =>
    expect(people(text)).toEqual([]),
  );
});

describe('rooms, help lines and places are not people', () => {
  it.each([
    ["Point d'équipe en salle Montmartre à 10 h."],
    ['Le jury siège salle Vauban, au rez-de-chaussée.'],
    ['London or Edinburgh for a first job?'],
    ["J'ai mis l'affiche de SOS Amitié dans le couloir."],
  ])('%s', (text) => expect(people(text)).toEqual([]));
  it.each([
    ["Florence m'a dit que c'est validé.", 'PERSON:Florence'],
    ['Lourdes Ortega from HR called me back.', 'PERSON:Lourdes Ortega'],
  ])('but %s', (text, expected) => expect(people(text)).toContain(expected));
});

describe('a word that may be a first name, then an article, then a noun', () => {
  it.each([
    ['il lance le debrief a 10h'],
    ['tu peux me redonner deja le num du standard ?'],
    ['elle jette du carton tous les jours'],
  ])('%s', (text) => expect(people(text)).toEqual([]));
  it.each([
    ['jai vu pierre le goff ce matin', 'PERSON:pierre le goff'],
    ['rose le gall ma rappele pr le contrat', 'PERSON:rose le gall'],
    ['demain jvois jean-baptiste du plessis', 'PERSON:jean-baptiste du plessis'],
  ])('but %s', (text, expected) => expect(people(text)).toContain(expected));
});
