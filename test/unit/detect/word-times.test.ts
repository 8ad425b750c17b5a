import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { signalText } from '../../../lib/detect/signals/normalize.ts';
import { wordTimesAsDigits } from '../../../lib/detect/signals/word-times.ts';

// Clock times written in words, as people dictate or type them in full: read as the
// digits they stand for, and weighed against the clock like any time.

const digits = (text: string) => wordTimesAsDigits(signalText(text));
const at = (hm: string) =>
  new Date(2026, 11, 2, ...(hm.split(':').map(Number) as [number, number]));
const signals = (text: string, now: string) => analyze(text, { now: at(now) }).signals;

describe('clock times in words', () => {
  it.each([
    ["it's quarter past eight", 'its 8:15'],
    // Said alone, a time of day is read as one said after "at" ("arriving quarter past four").
    ['ten to nine', 'at 8:50'],
    ['half past 7', 'at 7:30'],
    ['five to one', 'at 12:55'],
    ['the client arrives quarter past four', 'the client arrives at 4:15'],
    ['by quarter past four', 'by 4:15'],
    ["at nine o'clock", 'at 9:00'],
    ['by nine.', 'by 9.'],
    ["it's nine thirty", 'its 9:30'],
    ['il est huit heures et quart', 'il est 8:15'],
    ['avant onze heures et demie', 'avant 11:30'],
    ['à neuf heures moins le quart', 'a 8:45'],
    ['vers deux heures moins dix', 'vers 1:50'],
    ['pour dix heures vingt', 'pour 10:20'],
  ])('%s → %s', (text, expected) => expect(digits(text)).toBe(expected));

  it.each([
    "il y a une heure j'ai reçu le mail",
    'ça dure depuis une heure',
    'dans deux heures',
    'at one point i thought about quitting',
    'before one of us leaves we should talk',
    'ten past years of work',
    'i have two hours left',
  ])('no time of day: %s', (text) => expect(digits(text)).toBe(signalText(text)));
});

describe('a deadline in words, against the clock', () => {
  it.each([
    ["okay so it's quarter past eight and the coordinator wants my answer by nine", '08:15'],
    ['il est huit heures et quart, ils veulent ma réponse avant neuf heures', '08:15'],
    ["the interview is at ten to nine and I still don't know what to wear", '08:20'],
    ['ils veulent le dossier avant onze heures et demie, je fais comment ?', '10:50'],
  ])('URGENT: %s (at %s)', (text, now) => expect(signals(text, now)).toContain('URGENT'));

  it.each([
    ['they want my answer by nine, no rush, next week is fine', '08:15'],
    ['ils veulent ma réponse avant neuf heures demain', '16:00'],
    ['the interview was at ten to nine, it went well', '11:00'],
    ['je suis dispo vers deux heures si tu veux parler de mon cv', '09:00'],
  ])('not URGENT: %s (at %s)', (text, now) => expect(signals(text, now)).not.toContain('URGENT'));
});

// What the mutation run of the signals' time rules found untested (stryker.signals.config.mjs):
// two-digit hours, hours no clock has, an hour said alone, and every time of a sentence.
describe('clock times in words: edges', () => {
  it.each([
    ['quarter past 11', 'at 11:15'],
    ['ten to 12', 'at 11:50'],
    ['à neuf heures', 'a 9:00'],
    ['vers 14 heures', 'vers 14:00'],
    ['at eleven forty five', 'at 11:45'],
    ['by eleven', 'by 11'],
    ['à 23 heures', 'a 23:00'],
    ['à 0 heure', 'a 0:00'],
    ['à midi et quart', 'a 12h15'],
    ["la deadline c'est midi trente", 'la deadline ce est 12h30'],
    ['vers midi moins le quart', 'vers 11h45'],
    ['by noon et demi', 'by 12h30'],
  ])('%s → %s', (text, expected) => expect(digits(text)).toBe(expected));

  it.each(['half past 13', 'quarter past 0', 'à 25 heures', 'ten to 00'])(
    'no clock has it: %s',
    (text) => expect(digits(text)).toBe(signalText(text)),
  );

  it.each([
    ['between quarter past eight and half past nine', 'between 8:15 and 9:30'],
    ['at nine thirty or at ten fifteen', 'at 9:30 or at 10:15'],
    ["at nine o'clock or ten o'clock", 'at 9:00 or 10:00'],
    ['by nine or by ten', 'by 9 or by 10'],
    ['avant neuf heures ou avant dix heures', 'avant 9:00 ou avant 10:00'],
    ['à midi ou vers midi', 'a 12h ou vers 12h'],
  ])('every time of the sentence: %s → %s', (text, expected) =>
    expect(digits(text)).toBe(expected),
  );
});
