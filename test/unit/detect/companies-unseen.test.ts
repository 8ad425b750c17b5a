import { describe, expect, it } from 'vitest';
import { found } from './helpers.ts';

// Companies, people and their traps on text nobody tuned to: each class with fresh
// sentences in French and English.
const names = (text: string) =>
  found(text).filter((f) => f.startsWith('PERSON:') || f.startsWith('ORG:'));

describe('companies that title-case rules must not swallow', () => {
  it.each([
    [
      'a known company after a capitalised first word',
      'Chez Orange, on m’a proposé un CDD.',
      'ORG:Orange',
    ],
    ['a known company after "Avec"', 'Avec Free, la fibre arrive lundi.', 'ORG:Free'],
    ['a one-word employer after "at"', 'My sister works at Siemens now.', 'ORG:Siemens'],
    ['a company after "from"', 'Two engineers from Siemens came by.', 'ORG:Siemens'],
    [
      'an article that opens a shop’s name',
      'On commande chez Les Jardins de Margot.',
      'ORG:Les Jardins de Margot',
    ],
    [
      'an article inside a sentence',
      'Le traiteur, c’est La Belle Assiette, à Nantes.',
      'ORG:La Belle Assiette',
    ],
  ])('%s', (_case, text, expected) => expect(names(text)).toContain(expected));
  it.each([
    ['a room after "at"', 'We met at Reception on Monday.'],
    ['a team after "from"', 'Notes from Marketing are in the folder.'],
    ['a city with an article', 'Il a déménagé vers Le Mans puis à La Rochelle.'],
    ['an office after "at"', 'She left her badge at Head Office.'],
  ])('not %s', (_case, text) => expect(names(text)).toEqual([]));
});

const orgs = (text: string) => found(text).filter((f) => f.startsWith('ORG:'));

describe('UK and French chains in lower case, short names after a cue', () => {
  it.each([
    ['got a trial shift at sainsburys on sat', 'ORG:sainsburys'],
    ['i do nights at asda now', 'ORG:asda'],
    ['second interview at barclays tomorrow!!', 'ORG:barclays'],
    ['my weekends at jd sports are killing me', 'ORG:jd sports'],
    ['She left Lloyds for Monzo in May.', 'ORG:Monzo'],
    ['He is leaving HSBC after ten years.', 'ORG:HSBC'],
    ['je fais des extras au nandos du centre', 'ORG:nandos'],
    ['ma conseillere lcl veut un rdv', 'ORG:lcl'],
    ['le dossier chez mma est bloque', 'ORG:mma'],
    ['the adviser from axa rang back', 'ORG:axa'],
  ])('%s', (text, expected) => expect(orgs(text)).toContain(expected));
  it.each([
    ['i left my keys at home again'],
    ['see you at noon at the station'],
    ['je passe a la poste demain'],
    ['your booking reference is in the email'],
    ['on a lance une action collective'],
  ])('not in %s', (text) => expect(orgs(text)).toEqual([]));
});

describe('small businesses in lower case: a legal form or trade, a surname, a family or trade ending', () => {
  it.each([
    ['relance eurl martins peinture pr la facture', 'ORG:eurl martins peinture'],
    ['le devis de la sas delorme paysages', 'ORG:sas delorme paysages'],
    ['mon stage au garage dos reis et fils', 'ORG:garage dos reis et fils'],
    ['2 ans a la boucherie oliveira freres', 'ORG:boucherie oliveira freres'],
    ['she does nights at oakwood care home', 'ORG:oakwood care home'],
    ['placement at st anselms care home from may', 'ORG:st anselms care home'],
  ])('%s', (text, expected) => expect(orgs(text)).toContain(expected));
  it.each([
    ['le garage est ferme le lundi'],
    ['la sarl cest mieux que la micro entreprise ?'],
    ['the care home visit was lovely'],
    ['on passe a la pharmacie de garde'],
  ])('not in %s', (text) => expect(orgs(text)).toEqual([]));
});

describe('English company names ending on a sector noun, or a known brand extended', () => {
  it.each([
    ['Her new employer, Harbourline Freight, pays weekly.', 'ORG:Harbourline Freight'],
    ['Northgate Bakery still owes us for March.', 'ORG:Northgate Bakery'],
    ['The contract with Orange Grove Nurseries ends in June.', 'ORG:Orange Grove Nurseries'],
    ['Redfern Analytics turned three of us down.', 'ORG:Redfern Analytics'],
    ['Il a signé chez Amazon Web Services Ireland.', 'ORG:Amazon Web Services Ireland'],
  ])('%s', (text, expected) => expect(orgs(text)).toContain(expected));
  it.each([
    ['Mental Health Awareness Week starts on Monday.'],
    ['Global Logistics is the hardest module of my course.'],
    ['Atelier PowerPoint jeudi, ça vaut le coup ?'],
  ])('not in %s', (text) => expect(orgs(text)).toEqual([]));
  it('but a workshop named after its owner is a company', () =>
    expect(orgs('Atelier Morel m’a payé en retard.')).toEqual(['ORG:Atelier Morel']));
});

describe('a two-letter first word after "chez" with a name after it', () => {
  it.each([
    ['je fais la plonge chez ki sushi le soir', 'ORG:ki sushi'],
    ['des extras chez ti breizh le samedi', 'ORG:ti breizh'],
  ])('%s', (text, expected) => expect(orgs(text)).toContain(expected));
  it.each([['je reste chez moi ce soir'], ['on dine chez eux demain']])('not in %s', (text) =>
    expect(orgs(text)).toEqual([]),
  );
});

describe('a company named as the one that hires, offers or pays', () => {
  it.each([
    ['carrefour recrute des caissiers pour noel', ['ORG:carrefour']],
    ['securitas paie mieux que mon ancienne boite', ['ORG:securitas']],
    ['axa me propose un poste de gestionnaire', ['ORG:axa']],
    ['caremark pays better than my last agency', ['ORG:caremark']],
    ['evri pays well but the routes are long', ['ORG:evri']],
    ['Lumexa rejected me but sent feedback', ['ORG:Lumexa']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
  it.each([
    'ma mere ma proposé de venir dimanche',
    'my mum pays my phone bill',
    'une startup ma proposé un stage non payé',
    'la pizzeria me doit encore deux semaines',
    'the agency hasnt paid me yet',
    'michelin a clermont ma proposé un contrat pro',
  ])('no company made of the subject: %s', (text) =>
    expect(found(text).filter((f) => !f.endsWith(':michelin'))).toEqual([]),
  );
  it('leaves a first name before a hiring verb a person', () => {
    expect(found('karim recrute des stagiaires pour juin')).toEqual(['PERSON:karim']);
  });
});

describe('a company named by its legal form or as the company', () => {
  it.each([
    ['sas fleurs et jardins cherche un paysagiste', ['ORG:sas fleurs et jardins']],
    ["Objet : Candidature spontanée – SAS Clean'Pro Services", ["ORG:SAS Clean'Pro Services"]],
    ['Employeur : EURL Atelier Mercier – Contrat : CDD', ['ORG:EURL Atelier Mercier']],
    ['je bosse pour la SARL Dubreuil depuis mars', ['ORG:SARL Dubreuil']],
    ['la boite cest securitas mais on est placés ailleurs', ['ORG:securitas']],
    ['the company is called brightlane, they do payroll', ['ORG:brightlane']],
    ['the company is nexa bio ltd, very small', ['ORG:nexa bio ltd']],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
  it.each([
    'la sarl cest mieux que la micro entreprise ?',
    "la boite c'est pas terrible en ce moment",
    'the company is great to work for',
    'ma boite est fermée lundi',
  ])('names none: %s', (text) => expect(names(text)).toEqual([]));
  it('leaves a legal form after the name to the name', () => {
    expect(names('transports girard sarl veut que je commence lundi')).toEqual([
      'ORG:transports girard sarl',
    ]);
  });
});
