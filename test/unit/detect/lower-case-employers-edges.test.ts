import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const orgs = (text: string) => foundOfType(text, 'ORG');

// The edges of findNames (names.ts) for a lower-case word after the employer rule: after
// "chez", a cue of employment, a company just found or a head noun ("transports mauduit").
describe('lower-case companies: after "chez" and the employer cues', () => {
  it.each([
    // "chez" then a comma: the words after the pause are the sentence's, not a business.
    ['"chez" then a comma and a filler', 'on mange chez, euh, mauduit', []],
    ['"de chez" then a name', 'je sors de chez mauduit', ['mauduit']],
    ['"de chez" at the start of a message', 'de chez mauduit directement', ['mauduit']],
    // Two spaces typed after "chez" change nothing.
    ['two spaces after "chez"', 'il bosse chez  mauduit depuis mars', ['mauduit']],
    // "nul de chez nul": a word said twice around "de chez" is emphasis.
    ['a word said twice around "de chez"', "c'est nul de chez nul", []],
    // Two letters after "chez" name a business only with a name after them ("chez ki sushi").
    ['two letters alone after "chez"', 'on dort chez ti ce soir', []],
  ])('%s', (_case, text, expected) => expect(orgs(text)).toEqual(expected));
});

// "applied to mazars and fiducial": a word joined to a company just found is another one,
// when it is no short abbreviation and no verb before its object.
describe('lower-case companies: joined to a company just found', () => {
  it.each([
    ['a four-letter name', 'applied to mazars and kiro', ['mazars', 'kiro']],
    ['a three-letter abbreviation', 'je bosse chez lidl et auj repos', ['lidl']],
    ['a word before a determiner is a verb', 'je passe chez lidl et recup les colis', ['lidl']],
  ])('%s', (_case, text, expected) => expect(orgs(text)).toEqual(expected));
});
