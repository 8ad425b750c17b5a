import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Names and companies from the read half of a fifth writer's set (phone13's even lines),
// each rewritten from its phenomenon with other names, beside the traps that share its
// words. Sentences written for these tables.

describe('a month or a modal that is a first name, then a department or a role', () => {
  it.each([
    ['may from the staffing agency rang about nights', 'PERSON:may'],
    ['june in accounts said my expenses are through', 'PERSON:june'],
    ['august is the new supervisor on my line', 'PERSON:august'],
    ['will is the supervisor on nights this week', 'PERSON:will'],
  ])('%s', (text, name) => expect(found(text)).toContain(name));

  it.each([
    'in may the agency rang about nights',
    'since april in accounts nobody answers',
    'may the manager from sales sign it for me?',
    'see you in june from the office',
    'it will be the manager who decides',
  ])('%s: no person', (text) =>
    expect(found(text).filter((f) => f.startsWith('PERSON'))).toEqual([]),
  );
});

describe('a name that is a word, then a role in apposition', () => {
  it('olive the recruiter from the agency said', () =>
    expect(found('olive the recruiter from the agency said the pay is weekly')).toContain(
      'PERSON:olive',
    ));
  it('hope the manager likes it: a verb, no name', () =>
    expect(found('hope the manager from sales likes the deck')).toEqual([]));
});

describe("an Irish surname with o' after a first name that is a word", () => {
  it("grace o'connell is my line manager", () =>
    expect(found("grace o'connell is my line manager now")).toContain("PERSON:grace o'connell"));
});

describe('a department speaks through someone; it is nobody', () => {
  it.each(['dawn from payroll says the slip is wrong', 'bill from accounts sorted it'])(
    '%s',
    (text) => expect(found(text).filter((f) => /payroll|accounts/.test(f))).toEqual([]),
  );
});

describe('a legal form in capitals after a name in lower case', () => {
  it.each([
    ['client menuiserie dufresne SARL, elle paie à 60 jours', 'ORG:menuiserie dufresne SARL'],
    ['je bosse chez transports ricard SAS depuis mars', 'ORG:transports ricard SAS'],
  ])('%s', (text, org) => expect(found(text)).toContain(org));

  it.each(['elle a monté sa SARL en 2020', 'on a créé une SAS avec mon frère'])(
    '%s: no company',
    (text) => expect(found(text)).toEqual([]),
  );
});

describe('a public body and a phrase that is also a company', () => {
  it.each(["formulaire ameli pour l'arrêt de travail", 'call her direct line after 3'])(
    '%s: nothing named',
    (text) => expect(found(text).filter((f) => /^(?:PERSON|ORG):/.test(f))).toEqual([]),
  );
  it('Direct Line capitalised is the insurer', () =>
    expect(found("I'm with Direct Line for the van")).toContain('ORG:Direct Line'));
});

describe('who pays, named by a payslip', () => {
  it.each([
    ['fiche de paie de juin de kiabi reçue, toujours pas les heures sup', 'ORG:kiabi'],
    ['my payslip from greggs is short again', 'ORG:greggs'],
  ])('%s', (text, org) => expect(found(text)).toContain(org));

  it.each(['ma fiche de paie de mars est fausse', 'payslip from last month never came'])(
    '%s: no company',
    (text) => expect(found(text)).toEqual([]),
  );
});
