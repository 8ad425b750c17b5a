import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Names and companies from the read half of a sixth writer's probe (mixed15's even lines), each
// rewritten from its phenomenon in other words and put beside sentences that share its
// words. Sentences written for these tables.

describe('a legal form ends the name: the department after it is not in it', () => {
  it.each([
    ["I'll send it to Westfield Print Ltd HR today", 'ORG:Westfield Print Ltd'],
    ['Envoie le contrat à Marbrerie Costal SARL RH demain', 'ORG:Marbrerie Costal SARL'],
  ])('%s', (text, org) => expect(found(text)).toContain(org));
});

describe('a trade and its owner’s name, in a sentence about work', () => {
  it.each([
    ['il dit que carrosserie dupont cherche un apprenti', 'ORG:carrosserie dupont'],
    ['je fais mon stage a la plomberie martin', 'ORG:plomberie martin'],
    ['je bosse au comptoir de maore depuis lundi', 'ORG:comptoir de maore'],
    ['stage au garage van damme la semaine pro', 'ORG:garage van damme'],
    [
      'jai eu un entretien a la distillerie la favorite pour la logistique',
      'ORG:distillerie la favorite',
    ],
  ])('%s', (text, org) => expect(found(text)).toContain(org));

  it.each([
    'la menuiserie du coin cherche un apprenti',
    'le salon de coiffure recrute',
    'je bosse au comptoir de paris',
  ])('%s: no company', (text) =>
    expect(found(text).filter((f) => f.startsWith('ORG:'))).toEqual([]),
  );
});

describe('an English business named before its trade, after "from"', () => {
  it('i got a text from golden dragon takeaway about the job', () =>
    expect(found('i got a text from golden dragon takeaway about the job')).toContain(
      'ORG:golden dragon takeaway',
    ));

  it('a message from the local pub: no company', () =>
    expect(found('a message from the local pub')).toEqual([]));
});

describe('a month or a day between two names is a name too', () => {
  it.each([
    ['Le titulaire est Thi Mai Pham.', 'PERSON:Thi Mai Pham'],
    ["j'ai vu Anne Avril Dupont", 'PERSON:Anne Avril Dupont'],
  ])('%s', (text, person) => expect(found(text)).toEqual([person]));

  it.each(['Rendez-vous Lundi Mai 12', 'Paul Mardi prochain'])('%s: no month in a name', (text) =>
    expect(found(text).filter((f) => /Mai|Mardi/.test(f))).toEqual([]),
  );
});

describe('the Berber particle "ait" in a name typed in lower case', () => {
  it.each([
    ['demande monsieur ait ouali', 'PERSON:monsieur ait ouali'],
    ["karim ait ahmed m'a appelé", 'PERSON:karim ait ahmed'],
  ])('%s', (text, person) => expect(found(text)).toContain(person));

  it('"que karim ait fini": the verb, not a particle', () =>
    expect(found('il faut que karim ait fini avant midi')).toEqual(['PERSON:karim']));
});
