import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Two people typed in lower case joined by "et" or "and": a name that is also a word, or
// one the gazetteer lacks, counts beside a sure one, on either side. Not a word beside
// another word, nor beside "ou".
describe('a name beside another name', () => {
  it.each([
    ['sarah et julien sont venus', ['PERSON:sarah', 'PERSON:julien']],
    ['julien et rose sont venus', ['PERSON:julien', 'PERSON:rose']],
    ['ferhat et lindiwe sont venus', ['PERSON:ferhat', 'PERSON:lindiwe']],
    ['aissatou ba et clementine sont venues', ['PERSON:aissatou ba', 'PERSON:clementine']],
    ['jack thompson et rose sont venus', ['PERSON:jack thompson', 'PERSON:rose']],
    ['rose et jack thompson sont venus', ['PERSON:rose', 'PERSON:jack thompson']],
    ['karim et zorglub sont venus', ['PERSON:karim', 'PERSON:zorglub']],
    ['zorglub et karim sont venus', ['PERSON:zorglub', 'PERSON:karim']],
    // "ou" joins no one; two letters are too short.
    ['karim ou zorglub', ['PERSON:karim']],
    ['karim et zo', ['PERSON:karim']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each(['la rose et le lys', 'rose et ciment', 'jo et rose', 'rose et jo'])(
    'no one in %s',
    (text) => expect(found(text)).toEqual([]),
  );
});

// A first name that is also a word, then a surname that may be one too, after "with",
// "to", "avec"...: someone spoken with, to or of. Without a surname after it, the word.
describe('a first name and a surname after a preposition', () => {
  it.each([
    ['i spoke to michael smith', ['PERSON:michael smith']],
    ['had a meeting with paul jones', ['PERSON:paul jones']],
    ['a call from mark jones', ['PERSON:mark jones']],
    ["j'ai parlé avec paul martin", ['PERSON:paul martin']],
    ['rdv avec laura petit', ['PERSON:laura petit']],
    ["send it to james o'connor please", ["PERSON:james o'connor"]],
    ['avec paul kowalczyk', ['PERSON:paul kowalczyk']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'with rose gold earrings',
    'with will power',
    'to may june',
    'avec pierre blanche',
    'to tom asap',
    'with mark tmrw',
  ])('names none: %s', (text) => expect(found(text)).toEqual([]));
});
