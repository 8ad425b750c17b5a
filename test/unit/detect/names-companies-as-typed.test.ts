import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Companies and addresses as people type them (issue 11): families of misses and false
// alarms seen on the read halves of the phone sets and on the names written fresh, each
// rule written from the phenomenon in wordings of our own, French and English, tidy and
// typed on a phone, with twins that must stay clean.

const ofType = (type: string) => (text: string) =>
  found(text)
    .filter((f) => f.startsWith(`${type}:`))
    .map((f) => f.slice(type.length + 1));
const orgs = ofType('ORG');

describe('the company after a post in a signature', () => {
  it.each([
    [
      'slashes, French',
      'Bien à vous, Inès Garnier / Chargée de recrutement / Batiplus Normandie / Tél : 02 31 44 55 66',
      'Batiplus Normandie',
    ],
    [
      'bars, English',
      'Best, Tom Okafor | Operations Manager | Greystone Facilities Group | tom@greystone.co.uk',
      'Greystone Facilities Group',
    ],
    [
      'commas',
      'Thanks, Priya Nair, Senior Pharmacist, Elmwood Community Pharmacy',
      'Elmwood Community Pharmacy',
    ],
    ['dashes, post in lower case', 'Signé : Yanis Haddad, gérant – YH Plomberie', 'YH Plomberie'],
    [
      'long dashes',
      'Contact : Léa Morin — Responsable commerciale — Provence Logistique — 04 90 11 22 33',
      'Provence Logistique',
    ],
  ])('%s', (_, text, org) => {
    expect(orgs(text)).toContain(org);
  });

  it.each([
    ['a town after the post', 'Julie, manager, Lyon'],
    ['a person after the post', 'Team lead, Karim Benali, Lyon'],
    ['words after the post', 'Merci Julie, responsable du planning, on se voit lundi'],
    ['a contact line after the post', 'Marc Petit / Gérant / Tél : 06 12 34 56 78'],
  ])('no company: %s', (_, text) => {
    expect(orgs(text)).toEqual([]);
  });
});
