import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../lib/detect/recognizers/email.ts';

const emails = (text: string) => findEmails(text).map((c) => text.slice(c.start, c.end));

// Where an e-mail address starts and ends: the characters of its local part and domain,
// and the punctuation around it that is not part of it.
describe('e-mail addresses and their edges', () => {
  it.each([
    ['accents in the local part', 'écris à élodie.lefèvre@orange.fr', 'élodie.lefèvre@orange.fr'],
    ['an underscore', 'mail a_b@x.fr', 'a_b@x.fr'],
    ['a percent sign', 'mail a%b@x.fr', 'a%b@x.fr'],
    ['a hyphen', 'mail jean-marc@x.fr', 'jean-marc@x.fr'],
    ['digits', 'mail 2024jean@x.fr', '2024jean@x.fr'],
    ['capitals in the domain', 'Jean@Cabinet-Roux.FR', 'Jean@Cabinet-Roux.FR'],
    ['a full stop after it', 'écris à a@b.fr.', 'a@b.fr'],
    ['a hyphen after it', 'écris à a@b-c.fr- ok', 'a@b-c.fr'],
    ['dots before it', 'voir ...jean@x.fr', 'jean@x.fr'],
  ])('%s', (_case, text, email) => expect(emails(text)).toEqual([email]));

  it.each(['a@b.fr,c@d.fr', 'a@b.fr c@d.fr'])('two addresses: %s', (text) =>
    expect(emails(text)).toEqual(['a@b.fr', 'c@d.fr']),
  );

  it.each([
    ['nothing before the @', 'voir @cabinet.fr'],
    ['a one-letter ending', 'toto@x.f'],
    ['an ending longer than any', 'toto@x.abcdefghijklmnopqrstuvwxyz'],
    ['two dots in a row', 'toto@x..fr'],
    ['digits in the ending', 'toto@x.fr2'],
  ])('not with %s', (_case, text) => expect(emails(text)).toEqual([]));

  it('a local part longer than 64 characters keeps its last 64', () => {
    const local = 'a'.repeat(70);
    expect(emails(`${local}@x.fr`)).toEqual([`${'a'.repeat(64)}@x.fr`]);
  });
  it('a domain longer than 254 characters is cut there', () => {
    const text = `a@${'b'.repeat(300)}.fr`;
    expect(emails(text)).toEqual([]);
  });
});
