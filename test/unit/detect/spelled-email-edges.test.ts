import { describe, expect, it } from 'vitest';
import { findSpelledEmails } from '../../../lib/detect/recognizers/spelled-email.ts';

const emails = (text: string) => findSpelledEmails(text).map((c) => text.slice(c.start, c.end));

// Every way of writing the @ and the dot so that robots miss the address, and what an
// address needs around them.
describe('spelled-out e-mail addresses', () => {
  it.each([
    ['{at}', 'mail jean{at}orange.fr', 'jean{at}orange.fr'],
    ['<at>', 'mail jean<at>orange.fr', 'jean<at>orange.fr'],
    ['(arobase)', 'mail jean(arobase)orange.fr', 'jean(arobase)orange.fr'],
    ['[arobase]', 'mail jean[arobase]orange.fr', 'jean[arobase]orange.fr'],
    ['arobas', 'mail jean arobas orange.fr', 'jean arobas orange.fr'],
    ['"@ "', 'mail jean@ orange.fr', 'jean@ orange.fr'],
    ['" @"', 'mail jean @orange.fr', 'jean @orange.fr'],
    ['[dot]', 'mail jean[at]orange[dot]fr', 'jean[at]orange[dot]fr'],
    ['(dot)', 'mail jean(at)orange(dot)fr', 'jean(at)orange(dot)fr'],
    [
      '[dot] in the local part too',
      'contact: sarah [dot] lee [at] outlook [dot] com',
      'sarah [dot] lee [at] outlook [dot] com',
    ],
    [
      '(dot) glued in the local part',
      'ecris a tom(dot)rey(at)free(dot)fr',
      'tom(dot)rey(at)free(dot)fr',
    ],
    ['accents in the local part', 'é.lefèvre(at)orange.fr', 'é.lefèvre(at)orange.fr'],
    ['a percent sign in the local part', 'jean%x(at)orange.fr', 'jean%x(at)orange.fr'],
    ['a written dot and any ending', 'jean arobase orange.xyz', 'jean arobase orange.xyz'],
    [
      'four spoken words in the local part',
      'a point b point c point d arobase x point fr',
      'a point b point c point d arobase x point fr',
    ],
    [
      'five spoken words: the last four',
      'a point b point c point d point e arobase x point fr',
      'b point c point d point e arobase x point fr',
    ],
  ])('%s', (_case, text, email) => expect(emails(text)).toEqual([email]));

  it('two addresses in one sentence', () =>
    expect(emails('jean arobase orange point fr et marc arobase free point fr')).toEqual([
      'jean arobase orange point fr',
      'marc arobase free point fr',
    ]));

  it.each([
    ['a digit in the local part', 'john2 at acme.com'],
    ['an underscore in the local part', 'john_d at acme.com'],
    ['a spoken dot in the domain', 'john at acme dot com'],
  ])('"at" with %s', (_case, text) => expect(emails(text)).toEqual([text]));

  it.each([
    ['one label only', 'jean arobase orange'],
    ['an ending of digits', 'jean arobase orange point 12'],
    ['a spoken dot and an unusual ending', 'jean arobase orange point xyz'],
    ['a hyphen after the dot', 'jean arobase orange.-fr'],
    ['a hyphen starting the domain', 'jean arobase -orange.fr'],
    ['a hyphen ending a label', 'jean arobase orange-.fr'],
    ['no local part', '(at)orange.fr'],
  ])('not with %s', (_case, text) => expect(emails(text)).toEqual([]));
});
