import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Words shaped like a name that name something else where they stand (a post, a numbered
// part of a venue, a venue or a district built on a town, a shortened month, an app), and
// companies named by a pasted field or a legal form. Each family has its catches and its
// traps: the person or the company that must still be found.
const people = (text: string) => found(text).filter((f) => f.startsWith('PERSON:'));

describe('a post in apposition after a name is no person', () => {
  it.each([
    ['Dr Faisal Rahman, Consultant Geriatrician, Salford Royal', ['PERSON:Dr Faisal Rahman']],
    ['Best, Dr Amir Haddad, Consultant Psychiatrist', ['PERSON:Dr Amir Haddad']],
    ['Nadia Benali, Infirmière Coordinatrice, EHPAD Les Tilleuls', ['PERSON:Nadia Benali']],
    ['Cordialement, Sophie Marchand, Chargée de Recrutement', ['PERSON:Sophie Marchand']],
    ['Thomas Girard — Responsable Exploitation', ['PERSON:Thomas Girard']],
    ['Referee: Ann Lee, Senior Staff Nurse', ['PERSON:Ann Lee']],
    ['Signed: Paediatrician on call', []],
  ])('%s', (text, expected) => expect(people(text)).toEqual(expected));

  it.each([
    // The item after a post, printed with capitals, is where the person works.
    ['Dr Faisal Rahman, Consultant Geriatrician, Salford Royal', 'ORG:Salford Royal'],
    ['Fabrice Lemoine | Responsable d’exploitation | Lemoine Transports', 'ORG:Lemoine Transports'],
  ])('%s: the employer', (text, org) => expect(found(text)).toContain(org));

  it.each([
    // A first name or a title keeps the person, whatever post stands beside them.
    ['Kind regards, Tom Driver, Clinical Lead', 'PERSON:Tom Driver'],
    ['Mrs Porter, Practice Manager', 'PERSON:Mrs Porter'],
    ['Responsable RH, Karim Benali', 'PERSON:Karim Benali'],
    // A role in lower case then a name: someone, not a workplace.
    ['mon manager, pierre', 'PERSON:pierre'],
    ['my line manager, kev said no', 'PERSON:kev'],
  ])('%s: still %s', (text, person) => expect(found(text)).toContain(person));
});

describe('a part of a venue labelled by a number is no person', () => {
  it.each([
    'Paris Expo — Hall 1',
    'rdv Paris Expo Hall 4 à 9h',
    'stand B12 Hall 3',
    'Fwd: Shift offer - Ward 22, nights',
    'on se retrouve au Pavillon 7',
    'Terminal 2, Gate 12',
  ])('%s', (text) => expect(people(text)).toEqual([]));

  it.each([
    ['1:1 with Harpreet Gill 10:00-10:30', 'PERSON:Harpreet Gill'],
    ['Appelle Karim 2 fois', 'PERSON:Karim'],
    ['Dupont 3 rue de la Paix', 'PERSON:Dupont'],
  ])('%s: still %s', (text, person) => expect(found(text)).toContain(person));
});

describe('a venue or a district built on a town is no person', () => {
  it.each([
    'Paris Expo',
    'rdv à Paris Expo demain',
    'Lyon Part-Dieu',
    'rdv Lyon Part-Dieu à 8h',
    'Marseille Chanot',
    'ZAC Part-Dieu Ouest',
    'ZAC des Tanneries',
    'London East',
    'the London East office',
    'Paris Nord',
  ])('%s', (text) => expect(people(text)).toEqual([]));

  it.each([
    ['Paris Hilton', 'PERSON:Paris Hilton'],
    ['Florence Dupont a appelé', 'PERSON:Florence Dupont'],
    ['Jordan Pickford', 'PERSON:Jordan Pickford'],
    ['Sydney Martin', 'PERSON:Sydney Martin'],
    ['Kevin West a appelé', 'PERSON:Kevin West'],
    ['Mr West', 'PERSON:Mr West'],
    ['Zac Efron', 'PERSON:Zac Efron'],
  ])('%s: still %s', (text, person) => expect(found(text)).toContain(person));
});

describe('a common word or a town in lower case is no first name', () => {
  it.each([
    'zero larsen',
    'y a encore un effet larsen dans la salle',
    'ils descendent de santiago',
    'she flew back from houston',
  ])('%s', (text) => expect(people(text)).toEqual([]));

  it.each([
    ['tavita says hi', 'PERSON:tavita'],
    ['and wiremu said yes', 'PERSON:wiremu'],
    ["j'ai vu santiago hier", 'PERSON:santiago'],
    ['kadi diop m’a dit oui', 'PERSON:kadi diop'],
    ['my colleague tran minh is from hanoi', 'PERSON:tran minh'],
  ])('%s: still %s', (text, person) => expect(found(text)).toContain(person));
});

describe('a month shortened is no name', () => {
  it.each([
    'Rota for Jan is here',
    'Apply by 30 Nov',
    'see you 12 Jan',
    'dispo fin Sept',
    'Paie de Déc 2025',
  ])('%s', (text) => expect(found(text)).toEqual([]));
  it.each([
    ['Jan Peeters a appelé', 'PERSON:Jan Peeters'],
    ['I told Jan about it', 'PERSON:Jan'],
  ])('%s: still %s', (text, person) => expect(found(text)).toContain(person));
});

describe('an app used to pay, send or order is no company', () => {
  it.each([
    'i send her money every month with revolut',
    'je lui envoie les sous avec Revolut',
    'paid via PayPal as usual',
  ])('%s', (text) => expect(found(text)).toEqual([]));
  it.each([
    ['je bosse chez revolut', 'ORG:revolut'],
    ['I have an interview with Revolut', 'ORG:Revolut'],
  ])('%s: still %s', (text, org) => expect(found(text)).toContain(org));
});

describe('a company pasted from a labelled field', () => {
  it.each([
    ['Employer: Aramark Ireland · Location: Dublin', 'ORG:Aramark Ireland'],
    ['Employer: Aramark Ireland Location: Dublin', 'ORG:Aramark Ireland'],
    ['Établissement : Le Dragon de Tolbiac', 'ORG:Le Dragon de Tolbiac'],
    ['Client: Bouygues Immobilier / Site: Lyon', 'ORG:Bouygues Immobilier'],
    ['Poste : agent – Employeur : GSF Saturne – Lieu : Marignane', 'ORG:GSF Saturne'],
    ['Agency: Medacs Healthcare Ward: A&E', 'ORG:Medacs Healthcare'],
    ['Société : Bati-Renov 77 SARL, 12 salariés', 'ORG:Bati-Renov 77 SARL'],
  ])('%s', (text, org) => expect(found(text)).toContain(org));

  it.each([
    ['Client : Mme Martin', ['PERSON:Mme Martin']],
    ['Client: Karim Benali', ['PERSON:Karim Benali']],
    ['Client : oui il a signé', []],
    ['Entreprise : non communiquée', []],
    ['Raison sociale : à compléter par l’employeur', []],
    ['Employer: self-employed', []],
    ['Text from the agency: Shift confirmed 8am-8pm tomorrow', []],
  ])('%s: no company', (text, expected) => expect(found(text)).toEqual(expected));
});

describe('a company typed in lower case with its legal form or its domain', () => {
  it.each([
    ['i start with sparkle clean ltd monday', 'ORG:sparkle clean ltd'],
    ['bosse chez nettoyage pro sarl', 'ORG:nettoyage pro sarl'],
    ['dale freight ltd wants me on the continental runs', 'ORG:dale freight ltd'],
    ['je commande sur wurth.fr', 'ORG:wurth.fr'],
    ['airbnb.fr ma suspendu mon compte', 'ORG:airbnb.fr'],
  ])('%s', (text, org) => expect(found(text)).toContain(org));

  it.each([
    "j'ai monté ma petite sarl",
    'my own ltd is doing fine',
    "c'est bon.fr pour moi",
    'le site lemonde.fr',
    'ça marche.it works',
  ])('%s: no company', (text) => expect(found(text)).toEqual([]));
});
