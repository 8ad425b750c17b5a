import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { found } from './helpers.ts';

// Words shaped like a name that name something else (things-named-like-people.ts), at the
// edges of each rule: the endings of a post, the titles, the surnames that keep a person
// beside a town. Beside each, the person who must still be found.
const people = (text: string) => found(text).filter((f) => f.startsWith('PERSON:'));

const table = (rows: Array<[string, string[]]>) =>
  it.each(rows)('%s', (text, expected) => expect(people(text)).toEqual(expected));

describe('a post is known by its ending, at the end of the word only', () => {
  table([
    // "ician" inside a surname, not at its end.
    ["j'ai appelé Viciana hier", ['PERSON:Viciana']],
  ]);
});

describe('a title is a whole word', () => {
  table([
    // A town ending like a title ("m") is still a town, and the venue built on it no person.
    ['Birmingham Expo', []],
    ['rdv à Amsterdam Expo demain', []],
    ['Meeting in Room 4 at 9', []],
    ['rdv Cardiff Stadium', []],
  ]);
});

describe('a surname that is also a word keeps the person beside a town', () => {
  table([
    ['Paris Marchand a appelé', ['PERSON:Paris Marchand']],
    ['rdv avec Paris Marchand', ['PERSON:Paris Marchand']],
  ]);
});

describe('a label and its number are cut from the name before them', () => {
  table([
    // The person before the label stays, without it.
    ['patient Lefèvre Pavillon 4 demain', ['PERSON:Lefèvre']],
    ['visite Dupont Bloc 2 demain', ['PERSON:Dupont']],
    // A letter may follow the number.
    ['rdv Paris Expo Hall 7A à 9h', []],
    ['on se retrouve au Pavillon 7B', []],
    // A title keeps the whole name, label-like surname and all.
    ['Rappelle Mme Pavillon 2 fois', ['PERSON:Mme Pavillon']],
  ]);
});

describe('the item after a post names a workplace only when printed with capitals', () => {
  table([
    // A first name that is no common word keeps the person after a post.
    ['Consultant Psychiatrist, Hunter Blake', ['PERSON:Hunter Blake']],
    ['Clinical Lead, Parker Hayes', ['PERSON:Parker Hayes']],
    // A post said in lower case, then a surname: the person asked for.
    ['ask the duty manager, Okafor', ['PERSON:Okafor']],
    ["j'ai vu la responsable, Lefèvre", ['PERSON:Lefèvre']],
  ]);
});

describe('the employer after a post, typed without a space, and what it says', () => {
  it('a comma glued to the workplace', () =>
    expect(found('Dr Faisal Rahman, Consultant Geriatrician,Salford Royal')).toEqual([
      'PERSON:Dr Faisal Rahman',
      'ORG:Salford Royal',
    ]));
  it('an employer, in French and in English', () => {
    const org = analyze('Dr Faisal Rahman, Consultant Geriatrician, Salford Royal').findings.find(
      (f) => f.type === 'ORG',
    );
    expect([org?.text, org?.reason, org?.reasonEn]).toEqual([
      'Salford Royal',
      'employeur',
      'employer',
    ]);
  });
});

describe('a town counts only right before the name', () => {
  table([
    ["J'étais à Lyon hier avec Nkemelu", ['PERSON:Nkemelu']],
    ['Back from Leeds, then lunch with Okafor', ['PERSON:Okafor']],
    // Typed with no stop after the town: a known first name keeps the person.
    ['back from Paris Karim Nkemelu says hi', ['PERSON:Karim Nkemelu']],
    ['arrivé à Lyon Karim Nkemelu ma appelé', ['PERSON:Karim Nkemelu']],
    // An industrial zone at the start of the text is not the name's.
    ['ZI Nord, rdv avec Okafor demain', ['PERSON:Okafor']],
  ]);
});

describe('a point of the compass ends a district only after a town or an unknown word', () => {
  table([
    // Alone, the word is a surname.
    ["j'ai vu West hier", ['PERSON:West']],
    ['rdv avec West demain', ['PERSON:West']],
    // Every word before it counts, not only the first or one of them.
    ['Sarah Nkemelu West a appelé', ['PERSON:Sarah Nkemelu West']],
    ['Nkemelu Sarah West a appelé', ['PERSON:Nkemelu Sarah West']],
  ]);
});

describe('a month shortened, at the edges of its rule', () => {
  table([
    // A month's name in a longer name is a first name, whatever stands before it.
    ['I did it for Jan Peeters', ['PERSON:Jan Peeters']],
    ['email to Jan Peeters', ['PERSON:Jan Peeters']],
    // Two spaces after the preposition; a dot and no space before the year.
    ['Rota for  Jan is here', []],
    ['Paie de Déc.2025', []],
    // A number further on, after a comma, is no date.
    ['I told Jan, 2 weeks ago', ['PERSON:Jan']],
  ]);
});

describe('an app used to pay, at the edges of its rule', () => {
  const all = (rows: Array<[string, string[]]>) =>
    it.each(rows)('%s', (text, expected) => expect(found(text)).toEqual(expected));
  all([
    // Sending or wiring said alone, without "money".
    ["i'll send it with revolut", []],
    ['sent it with Revolut', []],
    ['je lui ai viré 50 balles avec Revolut', []],
    // Paying said after the company's name is not what is done with it.
    ['I have an interview with Revolut about a payments role', ['ORG:Revolut']],
    // A person one pays with is still a person.
    ['I paid the rent with Karim', ['PERSON:Karim']],
  ]);
});

describe('a venue built on a town, even when its word is also a surname', () => {
  table([
    ['Lyon Arena', []],
    ['rdv à Paris Arena demain', []],
    ['the gig is at Cardiff Arena tonight', []],
    // Two spaces typed between the town and the venue.
    ['rdv à Paris  Expo demain', []],
  ]);
  // A surname that is no venue's word still names someone.
  table([
    ['Paris Hilton', ['PERSON:Paris Hilton']],
    ['Paris Marchand a appelé', ['PERSON:Paris Marchand']],
  ]);
});
