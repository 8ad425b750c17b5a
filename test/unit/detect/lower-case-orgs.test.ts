import { describe, expect, it } from 'vitest';
import {
  companyRoleAfter,
  employedAfter,
  employerBefore,
} from '../../../lib/detect/recognizers/lower-case-orgs.ts';
import { fold } from '../../../lib/detect/fold.ts';
import { tokenize } from '../../../lib/detect/tokenize.ts';

// The words around a company written in lower case that make it one: an employer named
// before it, being hired or let go after it, a role given to it. Read on their own, with
// the text a mentee types before or after the company's name.

/** The text before a company, and its last word folded as the recogniser reads it. */
const before = (text: string) =>
  employerBefore(text, fold(/([\p{L}+]+)[^\p{L}+]*$/u.exec(text)![1]));

describe('an employer named before the word', () => {
  it.each([
    'je bosse chez ',
    'bosse chez ',
    'je bosse  chez ',
    "j'ai bossé pour ",
    'je bossais à ',
    'je travaille dans ',
    'je taffe chez la ',
    "un stage chez l'",
    'embauchée chez ',
    'recrutée chez ',
    "j'ai postulé chez ",
    'un cdi chez ',
    'en intérim chez ',
    'en interim chez ',
    'works at ',
    'work for ',
    'shifts at ',
    'extras at ',
    'roles at ',
    'mon employeur ',
    'mon  employeur ',
    'ma boîte ',
    'ma boite ',
    'notre société ',
    'notre societe ',
    'mon ancien employeur ',
    'my former employer ',
    'our company ',
    // Each form of the cue, and the double spaces a phone keyboard leaves.
    'je vais postuler chez ',
    'I do a shift at ',
    'I do an extra at ',
    'I got a role at ',
    "c'est mon employeur ",
    'travaille à  ',
    'je travaille à la  ',
    'my employer  ',
    'jbosse chez ',
    'my contract with ',
  ])('%s', (text) => expect(before(text)).toBe(true));

  it.each([
    // A cue glued to another word (a phone's "j'" is read: "jbosse chez"), or no space
    // before the company.
    'onbosse chez ',
    'en intxrim chez ',
    'mon employeur',
    'mon employeur, ',
    'monemployeur ',
    // Words that end no cue.
    'je pense à ',
    'mon ami ',
  ])('not %s', (text) => expect(before(text)).toBe(false));
});

/** The words after `word` in `text`. */
const after = (read: typeof employedAfter, text: string, word: string) => {
  const tokens = tokenize(text);
  return read(
    tokens,
    tokens.findIndex((t) => t.text === word),
  );
};

describe('being hired or let go by the word before', () => {
  it.each([
    ['peyrache m a viré', 'peyrache'],
    // A woman not kept on: the feminine ending as well.
    ["depuis que peyrache m'a pas renouvelée", 'peyrache'],
    ["depuis que peyrache m'a pas renouvelé", 'peyrache'],
    ['since wilko let me go', 'wilko'],
    ['acme hired me last year', 'acme'],
    ['acme laid us off', 'acme'],
    ['acme took me on', 'acme'],
    ['acme offered me a job', 'acme'],
    ['peyrache nous a jamais rappelée', 'peyrache'],
  ])('%s', (text, word) => expect(after(employedAfter, text, word)).toBe(true));

  it.each([
    ["peyrache m'a dit bonjour", 'peyrache'],
    ['on parle de peyrache', 'peyrache'],
    ["peyrache  m'a virée", 'peyrache'],
    ['acme let me know', 'acme'],
    ['acme hired meg', 'acme'],
  ])('not %s', (text, word) => expect(after(employedAfter, text, word)).toBe(false));
});

describe('a role given to the word before', () => {
  it.each([
    ['we chose contoso as our cloud provider', 'contoso'],
    ['on a pris mauduit comme prestataire', 'mauduit'],
    ['mauduit comme nouveau fournisseur', 'mauduit'],
    ['contoso as a partner', 'contoso'],
  ])('%s', (text, word) => expect(after(companyRoleAfter, text, word)).toBe(true));

  it.each([
    ['contoso as usual', 'contoso'],
    ['mauduit comme toujours', 'mauduit'],
    ['mauduit  comme prestataire', 'mauduit'],
    ['contoso as our providers', 'contoso'],
    ['on parle de mauduit', 'mauduit'],
    // The role must follow the name at once.
    ['zorgcorp as well as our supplier', 'zorgcorp'],
  ])('not %s', (text, word) => expect(after(companyRoleAfter, text, word)).toBe(false));
});
