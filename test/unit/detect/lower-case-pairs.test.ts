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
