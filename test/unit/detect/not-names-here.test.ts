import { describe, expect, it } from 'vitest';
import { namesHere } from '../../../lib/detect/recognizers/not-names-here.ts';
import type { Candidate } from '../../../lib/detect/types.ts';

// The last look at a name the recognisers found: is it a name where it stands? Each row
// gives the message, the word taken for a name, and whether it stays one. The recognisers
// rarely offer some of these words (a day, a bank code), so the check is read on its own.
const kept = (text: string, word: string, type: Candidate['type'] = 'PERSON'): boolean => {
  const start = text.indexOf(word);
  const candidate = { start, end: start + word.length, type, score: 0.6, reason: '', reasonEn: '' };
  return namesHere(text, [candidate]).length === 1;
};

describe('a day in opening hours is no name', () => {
  it.each([
    // A day next to another day, spaces, dashes, slashes and words between.
    ['Sam – Dim', 'Sam'],
    ['Sam–Dim fermé', 'Sam'],
    ['Sam/Dim', 'Sam'],
    ['Sam au Dim', 'Sam'],
    ['Sat till Sun', 'Sat'],
    ['Ven – Sam fermé toute la journée', 'Sam'],
    ['du Ven au Sam', 'Sam'],
    // A day before opening hours, in every way they are written.
    ['Sam : 9h – 12h', 'Sam'],
    ['Sam:9h-12h', 'Sam'],
    ['Sam 9h-12h', 'Sam'],
    ['Sam 9h30-12h', 'Sam'],
    ['Sam 9 h - 12h', 'Sam'],
    ['Sam 9h - 12h', 'Sam'],
    ['Sam 9h -  12h', 'Sam'],
    ['Sam 9 - 12', 'Sam'],
    ['Sam de 9h à 12h', 'Sam'],
    ['Sam de  9h-12h', 'Sam'],
    ['Sam 10am to 2pm', 'Sam'],
  ])('%s: not %s', (text, word) => expect(kept(text, word)).toBe(false));

  it.each([
    ['Sam vient 9h-12h', 'Sam'],
    ['Sam : 10h ?', 'Sam'],
    ['Sam - 9h', 'Sam'],
    ['Samuel – Dim', 'Samuel'],
  ])('%s: %s is still a name', (text, word) => expect(kept(text, word)).toBe(true));
});

describe('a bank code is no name', () => {
  it.each([
    // Named by its label: a colon, a hash or spaces after "BIC" or "SWIFT".
    ['BIC : CMCIFRPP', 'CMCIFRPP'],
    ['SWIFT#CMCIFRPP', 'CMCIFRPP'],
    // Or by its digits or branch code "XXX".
    ['ref BNPAFRPPXXX', 'BNPAFRPPXXX'],
    ['code CMCIFR2A', 'CMCIFR'],
    // The whole code is read, also before the word taken for a name.
    ['CMCIFR2ALYO', 'ALYO'],
    ['BIC : CMCIFRPP', 'FRPP'],
  ])('%s: not %s', (text, word) => expect(kept(text, word)).toBe(false));

  it.each([
    // A code's shape without its label, digits or branch code.
    ['BIC ok, CMCIFRPP', 'CMCIFRPP'],
    ['ref CMCIXXXPABC', 'CMCIXXXPABC'],
    // A name after the label is no code.
    ["BIC : Paul me l'envoie", 'Paul'],
  ])('%s: %s is still a name', (text, word) => expect(kept(text, word)).toBe(true));
});

describe('a short word in capitals', () => {
  it('is an acronym in a message written in mixed case', () =>
    expect(kept('Pour le dossier APA il manque un papier', 'APA')).toBe(false));
  it.each([
    // A message all in capitals writes names so too.
    ['RDV AVEC NOUR', 'NOUR'],
    // Longer than an acronym.
    ['Le dossier de MARTINE est prêt', 'MARTINE'],
  ])('%s: %s is still a name', (text, word) => expect(kept(text, word)).toBe(true));
  it('is still a company', () =>
    expect(kept('Le client HSBC a rappelé', 'HSBC', 'ORG')).toBe(true));
});

describe('the town of a trade register is no name', () => {
  it.each([
    ['RCS Nantes 784 490 153', 'Nantes'],
    ['RCS  Nantes', 'Nantes'],
    ['RCS de Nantes', 'Nantes'],
    ['RCS de  Nantes', 'Nantes'],
    ["RCS d'Évry", 'Évry'],
    ["RCS d' Évry", 'Évry'],
  ])('%s: not %s', (text, word) => expect(kept(text, word)).toBe(false));
  it('a name after a question about the register is still one', () =>
    expect(kept('au RCS ? Paul dit que oui', 'Paul')).toBe(true));
});

describe('a town after a preposition of place is no name, though it is a first name too', () => {
  it.each([
    ['my sister in london wants a job', 'london'],
    ['my sister in paris wants a job', 'paris'],
    ['elle bosse à Paris depuis mars', 'Paris'],
    ['on se voit en  Paris ?', 'Paris'],
    ['he is based in Sydney now', 'Sydney'],
    ['on habite pres de Nancy', 'Nancy'],
  ])('%s: not %s', (text, word) => expect(kept(text, word)).toBe(false));
  it.each([
    ["I was in Florence's office", 'Florence'],
    ['Paris m’a appelé hier', 'Paris'],
    ['thanks to Paris for the cake', 'Paris'],
    ['avec Nancy on finit le dossier', 'Nancy'],
    ['in Paris Hilton style', 'Paris Hilton'],
    ['on se voit à Clément demain', 'Clément'],
  ])('%s: %s kept', (text, word) => expect(kept(text, word)).toBe(true));
  it('reads people only', () => expect(kept('un stage à Paris', 'Paris', 'ORG')).toBe(true));
});

describe('a possessive pronoun after "of"', () => {
  it.each([
    ['the friend of mine called', 'mine'],
    ['A friend of Mine said so', 'Mine'],
    ['a cousin of hers came', 'hers'],
  ])('%s: not %s', (text, word) => expect(kept(text, word)).toBe(false));
  it.each([
    ['Mine called me yesterday', 'Mine'],
    ['a colleague of hers, Mine, said', 'Mine'],
    ['the office of Mine Yilmaz', 'Mine Yilmaz'],
  ])('%s: %s kept', (text, word) => expect(kept(text, word)).toBe(true));
});

describe('what the check reads', () => {
  it('drops a company as it drops a person', () => {
    expect(kept('BIC : CMCIFR2A', 'CMCIFR', 'ORG')).toBe(false);
    expect(kept('RCS de Lyon', 'Lyon', 'ORG')).toBe(false);
  });
  it('leaves other kinds of findings alone', () =>
    expect(kept('Sam – Dim', 'Sam', 'PHONE')).toBe(true));
});
