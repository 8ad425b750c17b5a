import { describe, expect, it } from 'vitest';
import { signalText } from '../../../lib/detect/signals/normalize.ts';
import { isNothing, isSevere, withRulesAlone } from './signal-rules.ts';

// Passive ideation (C-SSRS 1, PHQ-9 item 9) and farewells (preparatory acts) as people
// type them on a phone, tidy or not, beside the ordinary message that shares their words.
// Read by the rules alone: the learnt model only adds, and is tested on its own.

withRulesAlone();

describe('phone spellings read as the cues write them', () => {
  it.each([
    ['nobody wud care', 'nobody would care'],
    ['talkin bout it all day', 'talking about it all day'],
    ['cos i dunno why', 'because i dont know why'],
    ['coz no1 gets it', 'because no one gets it'],
    ['i nvr sleep', 'i never sleep'],
    ['take care of urself', 'take care of yourself'],
    ['jsuis crevée ajd', 'je suis crevee aujourde hui'],
    ['g tout rangé hier', 'je ai tout range hier'],
    ['g decidé, g vendu la moto', 'je ai decide, je ai vendu la moto'],
    ["s'il m'arrive un truc", 'si il me arrive un truc'],
    ['psk cetait tro dur', 'parce que ce etait trop dur'],
    ['paske ke ca', 'parce que que ca'],
  ])('%s → %s', (typed, form) => expect(signalText(typed)).toBe(form));

  it.each([
    // French words that only look like English shorthand stay as they are.
    ['je suis à bout', 'je suis a bout'],
    ['au bout du couloir', 'au bout du couloir'],
    ["s'il te plaît", 'please'],
    ['200 g de farine', '200 g de farine'],
  ])('%s stays %s', (typed, form) => expect(signalText(typed)).toBe(form));
});

describe('passive ideation: the wish to be dead or gone', () => {
  it.each([
    'je serai bientot plus un poids pour personne',
    'franchement ca changerait quoi que je sois la ou pas',
    'des fois si je me reveillais pas le matin ca serait pas grave',
    'i reckon ive lived long enough tbh',
    'jai assez vecu, vraiment',
    'i wont be around much longer honestly',
    'nobody wud even care if i was gone',
    'I pray every night that God takes me',
    'honestly im done with living',
    'i dont really want to be here anymore',
    'honestly no reason to carry on really',
    'i dont care what happens to me now',
  ])('%s: distress and urgent', isSevere('passive-ideation'));

  it.each([
    'ca changerait quoi que je sois la ou pas a la reunion de 10h',
    'ive lived in this town long enough, time to move',
    'wont be around much on sunday, family lunch',
    'nobody wud even notice if i was gone early on friday',
    'nobody would notice if i was gone for an hour, the shop is quiet',
    'done with living in a flatshare, signed for a studio',
    'no reason to carry on with the evening class, it moved online',
    'i dont care what happens to me at the review, I did my best',
  ])('%s: nothing', isNothing);
});

describe('farewells: the last word and affairs put in order', () => {
  it.each([
    'handed back the keys, wont need them anymore',
    'this is the last time you will hear from me',
    'make sure someone feeds the cat when im gone',
    'sorted the bank stuff so nobody has to deal with it after',
    'my dog is with my neighbour for good now',
    'jai vendu la voiture, jai plus besoin de rien',
    'u were a good mentor, remember me ok',
    'g deja tout prevu, garde un bon souvenir de moi',
    'deleted my socials and made a will',
    'whatever happens dont blame yourself',
    'its been nice knowing you honestly',
  ])('%s: distress and urgent', isSevere('farewell'));

  it.each([
    'handed back the keys, wont need them for the new flat',
    'this is the last time you will hear me complain about the printer',
    'sorted the bank stuff so nobody has to deal with the direct debits after I move',
    'my dog is with my neighbour for the weekend, I’m on call',
    'u were a good mentor, remember me when the next group starts',
    'deleted my socials for the exams',
    'whatever happens with the interview, dont blame yourself',
    'The doctor says no more sugar, so goodbye cake, it was nice knowing you.',
  ])('%s: nothing', isNothing);
});
