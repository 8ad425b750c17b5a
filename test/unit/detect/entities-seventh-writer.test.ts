import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Companies and identifiers from the read halves of a seventh trio's probes (mixed16's and
// mixed17's even lines), each rewritten from its phenomenon in other words and put beside
// sentences that share its words. Sentences and numbers written for these tables (keys
// computed).

describe('large employers of the trades, and their nicknames', () => {
  it.each([
    ['jai fait la fermeture au macdo hier soir', 'ORG:macdo'],
    ['the supervisor at derichebourg moved my shift', 'ORG:derichebourg'],
    ['je suis en interim chez atalian depuis lundi', 'ORG:atalian'],
    ['my cousin works at jollibee in manila', 'ORG:jollibee'],
    ['Is Uber Eats hiring riders in Lyon?', 'ORG:Uber Eats'],
    ['jai signe a lentrepot amazon de saran', 'ORG:amazon'],
  ])('%s', (text, org) => expect(found(text)).toContain(org));

  it.each([
    'the amazon rainforest is on the news again',
    'i used to cook, now i just eat toast',
    'en avril je commence ma formation',
    'un bain chaud et au lit',
    'mon pc dell est mort',
  ])('no company: %s', (text) =>
    expect(found(text).filter((f) => f.startsWith('ORG:'))).toEqual([]),
  );
});

describe('identifiers as people cut and paste them', () => {
  it('a NIR of an overseas department, grouped as its parts read', () =>
    expect(found('mon numéro de sécu : 1 85 03 974 11 234 50')).toContain(
      'NIR:1 85 03 974 11 234 50',
    ));
  it('fifteen digits whose key is wrong are no NIR', () =>
    expect(found('commande 1 85 03 974 11 234 51 livrée')).not.toContain(
      'NIR:1 85 03 974 11 234 51',
    ));
  it("a plate in brackets after the car's model", () =>
    expect(found('la courroie de la clio (FG 482 KT), 480 €')).toContain('PLATE:FG 482 KT'));
  it.each([
    [
      'les scans sont dans /home/awa/Documents/cerfa/ sur mon pc',
      'LINK:/home/awa/Documents/cerfa/',
    ],
    [
      'the file is /Users/tom/Desktop/payslips/march.pdf',
      'LINK:/Users/tom/Desktop/payslips/march.pdf',
    ],
  ])('a home folder path: %s', (text, link) => expect(found(text)).toContain(link));
  it.each([
    ['my birthday on the enrolment form is 14/02/1999', 'DOB:14/02/1999'],
    ['bday 3/4/2001 if they ask', 'DOB:3/4/2001'],
  ])('a birthday with its year: %s', (text, dob) => expect(found(text)).toContain(dob));
  it.each(['my birthday party is on 12/12/2026', 'notre anniversaire de mariage le 12/06/2015'])(
    'no date of birth: %s',
    (text) => expect(found(text).filter((f) => f.startsWith('DOB:'))).toEqual([]),
  );
  it.each([
    [
      'she lives at 418 W Fullerton Ave, Apt 2C, Chicago, IL 60614',
      'ADDRESS:418 W Fullerton Ave, Apt 2C, Chicago, IL 60614',
    ],
    ['the office is 120 7th Ave, New York, NY 10011', 'ADDRESS:120 7th Ave, New York, NY 10011'],
  ])('an American address: %s', (text, address) => expect(found(text)).toContain(address));
});

describe('a company named by its legal form or its sector', () => {
  it.each([
    ['la traite au GAEC des Trois Chênes commence à 5h', 'ORG:GAEC des Trois Chênes'],
    ["stage à l'EARL du Moulin Vert cet été", 'ORG:EARL du Moulin Vert'],
    ['contact RH chez Derichebourg Propreté', 'ORG:Derichebourg Propreté'],
    ['stage chez Vinci Energies en mars', 'ORG:Vinci Energies'],
    ['chez sarl ko & fils demain', 'ORG:sarl ko & fils'],
  ])('%s', (text, org) => expect(found(text)).toContain(org));
});
