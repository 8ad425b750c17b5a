import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Text pasted from records, signatures, bank pages and shop pages: field labels, opening
// hours, bank codes, service numbers. Their capitals and digits are not people's data;
// the people and numbers in them still are. Sentences written for these rules.

describe('a line break written " / " or " | " starts a new line', () => {
  it.each([
    ['Réf dossier 4471 / Patiente : Lina Haddad / Motif : contrôle', ['PERSON:Lina Haddad']],
    ['Owner: Priya Nair | Stage: Won | Next step: Kickoff', ['PERSON:Priya Nair']],
    [
      'Marc Tessier / Conducteur de travaux / Tél : 06 14 27 83 90',
      ['PERSON:Marc Tessier', 'PHONE:06 14 27 83 90'],
    ],
    ['Stagiaire : Hugo Perrin / Tuteur : Mme Blanc', ['PERSON:Hugo Perrin', 'PERSON:Mme Blanc']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('opening hours', () => {
  it.each([
    'Ouvert Lun – Ven : 8h – 18h / Sam : 9h – 12h',
    'Hours: Mon-Fri 9am-5pm, Sat 10am-2pm',
    'accueil du lun au ven de 9h a 17h30',
    'Dim : 10h – 13h',
  ])('no name in %s', (text) => expect(found(text)).toEqual([]));
  it.each([
    ["Sam m'a dit que le dossier était prêt", ['PERSON:Sam']],
    ['Demande à Sam : 10h ça lui va ?', ['PERSON:Sam']],
  ])('the name Sam is still a name: %s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('bank codes', () => {
  it.each(['BIC : CMCIFR2A', 'SWIFT/BIC: BNPAFRPPXXX', 'code BIC AGRIFRPP882'])(
    'no name in %s',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('short acronyms in a message written in mixed case', () => {
  it.each(['Pour le dossier APA il manque un papier', 'On attend la MDPH pour la suite'])(
    'no name in %s',
    (text) => expect(found(text)).toEqual([]),
  );
  it.each([
    ['Le client HSBC a rappelé', ['ORG:HSBC']],
    ['Mme LE GOFF a signé', ['PERSON:Mme LE GOFF']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('the town of a trade register', () => {
  it.each([
    ['immatriculée au RCS Paris 784 490 153', ['SIRET:784 490 153']],
    ['RCS de Lyon B 784 490 153', ['SIRET:784 490 153']],
    ["rcs d'Évry 784490153", ['SIRET:784490153']],
    // The register's town only: a name further on is still one.
    ['RCS Paris, gérant Jean Martin', ['PERSON:Jean Martin']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('service numbers belong to organisations', () => {
  it.each([
    "le numéro d'opposition 0 892 705 705",
    'service client 0800 123 456',
    'customer services 0345 600 4213',
    'rates line 0870 010 0222',
  ])('no phone in %s', (text) => expect(found(text)).toEqual([]));
  it.each([
    ['mon fixe 09 72 39 40 51', ['PHONE:09 72 39 40 51']],
    ['my mobile 07412 583 906', ['PHONE:07412 583 906']],
  ])('personal numbers stay: %s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('SMS "pr" and lower-case Maître', () => {
  it.each(['on decore la vitrine pr noel', 'c pr lundi ou mardi ?'])('no name in %s', (text) =>
    expect(found(text)).toEqual([]),
  );
  it.each([
    ['jvois me lacroix demain pr le bail', ['PERSON:me lacroix']],
    ['pr dupont a validé la these', ['PERSON:pr dupont']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
  it.each(['il me donne rdv demain', 'elle me rappelle ce soir', 'tu me manques'])(
    'the pronoun "me" stays a pronoun: %s',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('a company used as a platform', () => {
  it.each([
    ["j'ai mis l'annonce sur leboncoin", []],
    ['I found the job on Indeed', []],
    ['je bosse chez leboncoin', ['ORG:leboncoin']],
    ['je travaille sur Airbus depuis 2 ans', ['ORG:Airbus']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('documents and bracketed e-mails', () => {
  it.each([
    ["l'extrait Kbis de la société est joint", []],
    ['Contact : yann [at] breizh-mail [dot] bzh', ['EMAIL:yann [at] breizh-mail [dot] bzh']],
    ['Mme RIVIÈRE au CHU de Nantes', ['PERSON:Mme RIVIÈRE']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('firms named by a profession or a Belgian legal form', () => {
  it.each([
    ['I work for Greenway Accountants now', ['ORG:Greenway Accountants']],
    ['on commande chez Nail Pro Supply', ['ORG:Nail Pro Supply']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('the English object "me" is no title', () => {
  it.each(['the recruiter keeps calling me abt a role', 'she told me abt it'])('%s', (text) =>
    expect(found(text)).toEqual([]),
  );
});

describe('titles before surnames that are words, initials, capitals', () => {
  it.each([
    ['meeting w ms young from the agency tmrw', ['PERSON:ms young']],
    ['mme boulanger est passée ce matin', ['PERSON:mme boulanger']],
    ['mrs baker called twice', ['PERSON:mrs baker']],
    ['Name: MR C. OBI', ['PERSON:MR C. OBI']],
    ['M. J. Dupont a signé', ['PERSON:M. J. Dupont']],
    ['Le DR est absent', []],
    ['ms word plante encore', []],
    ['mme la directrice valide', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a date of birth asked for in one sentence, given in the next', () => {
  it.each([
    [
      "On me demande la date de naissance de sa mère. Sur la carte c'est le 14/02/1936.",
      ['DOB:14/02/1936'],
    ],
    ['date de naissance ? je sais pas. rdv le 12/03/2025 avec elle', []],
    ['il me faut sa date de naissance avant le 12/05/2026', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a job offered at a company', () => {
  it.each([
    ['i got a role at greggs', ['ORG:greggs']],
    ["j'ai une offre chez castorama", ['ORG:castorama']],
    ["j'ai une offre pour le stage", []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('posts written with capitals in job ads and signatures', () => {
  it.each([
    'Job title: Senior Care Assistant, nights available',
    'Kind regards | Team Leader | Warehouse 3',
    'We are pleased to offer you the position of Trainee Technician.',
    'Role: Support Engineer, start on Monday',
  ])('no name in %s', (text) => expect(found(text)).toEqual([]));
  it.each([
    ['Kind regards, Marcus Fairweather | Team Leader', ['PERSON:Marcus Fairweather']],
    ['Mr Porter signed the form', ['PERSON:Mr Porter']],
    ['I spoke to Nadia Driver about the rota', ['PERSON:Nadia Driver']],
  ])('the person is still found: %s', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('English contractions typed without an apostrophe', () => {
  it.each([
    ['my manager chris didnt turn up to my review', ['PERSON:chris']],
    ['my tenant ade hasnt paid in 2 months', ['PERSON:ade']],
    ['Texted Chloe Wood about the shift but she hasnt replied.', ['PERSON:Chloe Wood']],
  ])('end the name before them: %s', (text, expected) => expect(found(text)).toEqual(expected));
  it.each([
    'okafor was upset today cos her daughter didnt visit',
    'hunter is my new manager, hes american',
    'my line manager wont sign my timesheet',
  ])('are no names themselves: %s', (text) =>
    expect(found(text).filter((f) => /didnt|hes|wont/.test(f))).toEqual([]),
  );
});
