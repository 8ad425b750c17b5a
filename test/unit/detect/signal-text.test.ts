import { describe, expect, it } from 'vitest';
import { signalText } from '../../../lib/detect/signals/normalize.ts';

// The form every signal pattern is written against (lib/detect/signals/normalize.ts), one
// row per step: the mutation run of the signals' context and normalisation found most of
// them unpinned, and one of them never firing ("jpeu plus" had become "je peu plus" before
// its rule was read).

describe('English contractions closed, as the cues write them', () => {
  it.each([
    ['I can not go on', 'i cant go on'],
    ['I do not want this', 'i dont want this'],
    ['I am tired', 'im tired'],
    ['I have had enough', 'ive had enough'],
    ['I will stop', 'ill stop'],
    ['I would rather not', 'id rather not'],
    ["don't", 'dont'],
    ["I'm", 'im'],
    ["can't", 'cant'],
  ])('%s -> %s', (typed, read) => expect(signalText(typed)).toBe(read));
});

describe('French elisions opened, "ne" dropped, spaces made one', () => {
  it.each([
    ['j’en peux plus', 'je en peux plus'],
    ['jʼen peux plus', 'je en peux plus'],
    ['l`appel', 'le appel'],
    ["je n'en peux plus", 'je en peux plus'],
    ['je ne sais pas', 'je sais pas'],
    ['cœur', 'coeur'],
    ['ex æquo', 'ex aequo'],
    ['je\tsuis\n  là', 'je suis la'],
    ['  espaces   partout  ', 'espaces partout'],
    ['réponds-moi', 'reponds moi'],
    ["jusqu'à demain", 'jusque a demain'],
    ['aujourd hui', 'aujourde hui'],
    ['aujourdhui', 'aujourde hui'],
    ['j arrive', 'je arrive'],
    ['narrive plus', 'arrive plus'],
    ['ils mont enfermée', 'ils me ont enfermee'],
    ['jpleurais', 'je pleurais'],
    ["s'il m'arrive quelque chose", 'si il me arrive quelque chose'],
  ])('%s -> %s', (typed, read) => expect(signalText(typed)).toBe(read));
});

describe('elisions typed with no apostrophe', () => {
  it.each([
    ['dune façon', 'de une facon'],
    ['dun coup', 'de un coup'],
    ['dangoisse', 'de angoisse'],
    ['sarranger', 'se arranger'],
    ['larticle', 'le article'],
    ['lhuissier', 'le huissier'],
    ['linfirmiere', 'le infirmiere'],
    ['tinquiete', 'te inquiete'],
    ['mecoute', 'me ecoute'],
  ])('%s -> %s', (typed, read) => expect(signalText(typed)).toBe(read));

  it.each(['larmes', 'les larmes', 'savoir', 'lover', 'dearly', 'tears', 'landed', 'letters'])(
    '%s is a word, not an elision',
    (word) => expect(signalText(word)).toBe(word),
  );
});

describe('phone shorthand', () => {
  it.each([
    ['jpeu plus', 'je peux plus'],
    ['jpeux plu', 'je peux plus'],
    ['jpeut plus', 'je peux plus'],
    ['jpeu pas', 'je peux pas'],
    ['jpeut pas', 'je peux pas'],
    ['jpeu pa', 'je peux pas'],
    ['au tel', 'au telephone'],
    ['t dispo la ?', 'tu es dispo la ?'],
    ['quun jour', 'que un jour'],
    ['hurt myself myself', 'hurt myself'],
    ['ngl jsp', 'je sais pas'],
    ['tbh', ''],
    ['stp', 'please'],
    ["s'il te plait", 'please'],
    ['ya personne', 'il y a personne'],
    ['thinkin bout it', 'thinking about it'],
    ['lookin at it', 'looking at it'],
    ['g envie de partir', 'je ai envie de partir'],
    ['c trop dur', 'ce est trop dur'],
    ['sh again', 'self harm again'],
    ['sewer slide', 'suicide'],
  ])('%s -> %s', (typed, read) => expect(signalText(typed)).toBe(read));
});
