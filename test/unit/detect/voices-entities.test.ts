import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { foundOfType } from './helpers.ts';

// Names, companies and numbers as a new writer typed them (the entities probe of the voices
// round): a Belgian or Swiss number with a slash after its zone, a first name that is also a
// word introduced by where the person works, an employer named after the day one starts.

describe('a slash after the zone, as Belgium and Switzerland write it', () => {
  it.each(['0485/23.61.97', '0485/23 61 97', '02/512.34.56', '079/123 45 67'])(
    '%s is a phone',
    (phone) => expect(foundOfType(`appelle le ${phone} demain`, 'PHONE')).toEqual([phone]),
  );

  it.each(['le 12/03/2024 a 10h', 'ref 0123/45.67.89', 'facture 04/2024 12 34'])(
    '%s: no phone',
    (text) => expect(foundOfType(text, 'PHONE')).toEqual([]),
  );
});

describe('a first name, then where the person works, then what they did', () => {
  it.each([
    ['frank from pret a manger wants me to do a trial shift', 'frank'],
    ['bill from hargreaves plumbing offered me an apprenticeship', 'bill'],
    ['will from accounts asked for my timesheet', 'will'],
  ])('%s: %s', (text, name) => expect(foundOfType(text, 'PERSON')).toContain(name));

  it.each(['the bill from the plumber came today', 'will from now on be on time'])(
    '%s: no one',
    (text) => expect(foundOfType(text, 'PERSON')).toEqual([]),
  );
});

describe('an employer after the day one starts there', () => {
  it.each([
    ['je commence lundi à la poste comme facteur', 'la poste'],
    ['I start monday at greggs', 'greggs'],
  ])('%s: %s', (text, org) => expect(foundOfType(text, 'ORG')).toEqual([org]));

  it.each(['je commence demain à 8h', 'I start tomorrow at 9', 'je bosse samedi pour la fête'])(
    '%s: no company',
    (text) => expect(analyze(text).findings).toEqual([]),
  );
});
