import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { foundOfType } from './helpers.ts';

describe('EMAIL', () => {
  it.each([
    ['écris à jeanne.roux@cabinet-roux.fr demain', 'jeanne.roux@cabinet-roux.fr'],
    ['mail: a.b+rh@sub.example.co.uk.', 'a.b+rh@sub.example.co.uk'],
  ])('catches %s', (text, email) => expect(foundOfType(text, 'EMAIL')).toEqual([email]));
  it.each(['rendez-vous @ 10h', 'ping @marc sur Slack', 'adresse: moi@localhost'])(
    'ignores %s',
    (text) => expect(foundOfType(text, 'EMAIL')).toEqual([]),
  );
});

describe('PHONE', () => {
  it.each([
    ['appelle le 06 45 78 12 90 stp', '06 45 78 12 90'],
    ['fixe 01.84.23.60.17', '01.84.23.60.17'],
    ['mobile 0781645290', '0781645290'],
    ['bureau : +33 (0)1 44 55 66 77.', '+33 (0)1 44 55 66 77'],
    ['(06 12 34 56 78)', '06 12 34 56 78'],
    ['appelle au 06-12-34-56-78', '06-12-34-56-78'],
    ['tel (+33) 6 12 34 56 78 ok', '(+33) 6 12 34 56 78'],
    ['call +44 7911 123456 tonight', '+44 7911 123456'],
    ['au +33 7 81 22 43 10 ?', '+33 7 81 22 43 10'],
    ['Casablanca: +212 6 61 23 45 67', '+212 6 61 23 45 67'],
    ['ligne 0033 6 12 34 56 78', '0033 6 12 34 56 78'],
  ])('catches %s', (text, phone) => expect(foundOfType(text, 'PHONE')).toEqual([phone]));
  it.each([
    'la facture de 96 400 € arrive',
    'il finit par 4587',
    'réunion le 23/10 à 9h45',
    'commande 1 200 palettes, livré 1 180',
    'référence 12345678',
  ])('ignores %s', (text) => expect(foundOfType(text, 'PHONE')).toEqual([]));
});

describe('IBAN', () => {
  it.each([
    ['RIB : FR14 2004 1010 0505 0001 3M02 606 merci', 'FR14 2004 1010 0505 0001 3M02 606'],
    ['iban GB82WEST12345698765432.', 'GB82WEST12345698765432'],
    ['le bon c’est DE89 3704 0044 0532 0130 00, ok ?', 'DE89 3704 0044 0532 0130 00'],
  ])('catches %s', (text, iban) => expect(foundOfType(text, 'IBAN')).toEqual([iban]));
  it.each(['AB12 3456 7890 1234 5'])('ignores a bad check %s', (text) =>
    expect(foundOfType(text, 'IBAN')).toEqual([]),
  );
});

describe('identifiers whose check digits fail', () => {
  // Check digits decide, whatever the words before or the layout: a number that fails
  // its check is a reference, an example or made up, not someone's identifier.
  it.each([
    'RIB FR14 2004 1010 0505 0001 3M02 607',
    'sécu 1 90 06 06 088 413 85',
    'SIREN 732 829 321',
    'SIRET 732 829 320 00075',
    'ma carte 4970 1012 3456 7897',
    'réf 4970 1012 3456 7897',
    'code FR14 2004 1010 0505',
    'dossier 190060608841385',
  ])('ignores %s', (text) => expect(analyze(text).findings).toEqual([]));

  // A mod-97 that holds is enough for an IBAN: a country's own bank or branch key is
  // not asked for (hand-written examples rarely compute it; no typo survives mod-97).
  it.each([
    'PT23 6191 5579 7529 2311 4187 4',
    'BE21 9671 0636 7307',
    'ES38 9721 0867 5450 1626 2031',
  ])('an IBAN whose mod-97 holds but whose national key does not: %s', (iban) =>
    expect(analyze(`iban ${iban}`).findings.map((f) => [f.type, f.text])).toEqual([['IBAN', iban]]),
  );
});

describe('CARD', () => {
  it.each([
    ['carte 4111 1111 1111 1111 exp 12/27', '4111 1111 1111 1111'],
    ['5555-5555-5555-4444', '5555-5555-5555-4444'],
    ['amex 3782 822463 10005', '3782 822463 10005'],
  ])('catches %s', (text, card) => expect(foundOfType(text, 'CARD')).toEqual([card]));
  it.each(['4111 1111 1111 1112', '1234 5678 9012 3456', 'finit par 4587'])('ignores %s', (text) =>
    expect(foundOfType(text, 'CARD')).toEqual([]),
  );
});

describe('NIR', () => {
  it.each([
    ['sécu 1 90 06 06 088 413 84 ok', '1 90 06 06 088 413 84'],
    ['n° 299023523805734', '299023523805734'],
    ['corse 2 84 05 2A 123 456 32', '2 84 05 2A 123 456 32'],
  ])('catches %s', (text, nir) => expect(foundOfType(text, 'NIR')).toEqual([nir]));
  it.each(['190060608841385', '9 90 06 06 088 413 84'])(
    'ignores a wrong key or sex digit %s',
    (text) => expect(foundOfType(text, 'NIR')).toEqual([]),
  );
});

describe('SIRET / SIREN', () => {
  it.each([
    ['SIRET 732 829 320 00074', '732 829 320 00074'],
    ['siret: 73282932000074', '73282932000074'],
    ['SIREN du client : 732 829 320', '732 829 320'],
    ['La Poste, établissement 356 000 000 00001', '356 000 000 00001'],
  ])('catches %s', (text, siret) => expect(foundOfType(text, 'SIRET')).toEqual([siret]));
  it.each(['numéro 732 829 321', 'budget de 732 829 320 €', 'compte 73282932000075'])(
    'ignores %s',
    (text) => expect(foundOfType(text, 'SIRET')).toEqual([]),
  );
});

describe('PLATE', () => {
  it.each([
    ['la camionnette HN-918-RC a pris une amende', 'HN-918-RC'],
    ['immatriculée AB 123 CD', 'AB 123 CD'],
    ['ma voiture 123 ABC 75 est vieille', '123 ABC 75'],
  ])('catches %s', (text, plate) => expect(foundOfType(text, 'PLATE')).toEqual([plate]));
  it.each(['le modèle AB 123 CD', 'le code OU-123-IO', 'version 2-123-45'])('ignores %s', (text) =>
    expect(foundOfType(text, 'PLATE')).toEqual([]),
  );
});

describe('DOB', () => {
  it.each([
    ['née le 07/12/1983, arrivée en mars', '07/12/1983'],
    ['né le 29 avril 1975.', '29 avril 1975'],
    ['date de naissance : 1er mai 1990', '1er mai 1990'],
    ['born on March 3, 1988', 'March 3, 1988'],
    ['DOB: 1991-02-14', '1991-02-14'],
    ['né(e) le 12/03/1990', '12/03/1990'],
    ['Date de naissance de la candidate : 21/03/1996.', '21/03/1996'],
  ])('catches %s', (text, dob) => expect(foundOfType(text, 'DOB')).toEqual([dob]));
  it.each(['réunion le 07/12/2025', 'signé le 29 avril 2024', 'le projet est né de rien'])(
    'ignores %s',
    (text) => expect(foundOfType(text, 'DOB')).toEqual([]),
  );
});

describe('ADDRESS', () => {
  it.each([
    [
      'Elle habite 3 square des Peupliers, 76000 Rouen et travaille',
      '3 square des Peupliers, 76000 Rouen',
    ],
    ['au 12 bis avenue Jean Jaurès, 69007 Lyon.', '12 bis avenue Jean Jaurès, 69007 Lyon'],
    ['siège: 66 rue de la Croix-Rouge, 51100 Reims', '66 rue de la Croix-Rouge, 51100 Reims'],
    ['passe au 5 rue Victor Hugo demain', '5 rue Victor Hugo'],
    ['office at 221B Baker Street', '221B Baker Street'],
    [
      'she lives at 12 Oxford Road, Manchester M13 9PL if needed',
      '12 Oxford Road, Manchester M13 9PL',
    ],
  ])('catches %s', (text, address) => expect(foundOfType(text, 'ADDRESS')).toEqual([address]));
  it.each(['il habite rue de la paix', 'on a 3 rues à traverser', 'les 2 places de parking'])(
    'ignores %s',
    (text) => expect(foundOfType(text, 'ADDRESS')).toEqual([]),
  );
});

describe('LINK', () => {
  it.each([
    [
      'voir https://acme.sharepoint.com/sites/RH/Docs/plan.xlsx, merci',
      'https://acme.sharepoint.com/sites/RH/Docs/plan.xlsx',
    ],
    [
      'https://docs.google.com/document/d/1AbC/edit',
      'https://docs.google.com/document/d/1AbC/edit',
    ],
    ['dans \\\\nas-compta\\devis\\2024\\devis.pdf ok', '\\\\nas-compta\\devis\\2024\\devis.pdf'],
    ['http://intranet.acme.fr/rh', 'http://intranet.acme.fr/rh'],
    ['wiki.acme.corp/page', 'wiki.acme.corp/page'],
    ['file:///C:/Users/marc/bilan.docx', 'file:///C:/Users/marc/bilan.docx'],
    ['S:\\Commun\\Paie\\janvier.xlsx', 'S:\\Commun\\Paie\\janvier.xlsx'],
    ['voir drive.google.com/file/d/abc/view', 'drive.google.com/file/d/abc/view'],
    ['http://192.168.1.20:8080/admin', 'http://192.168.1.20:8080/admin'],
    [
      'https://www.menuiserie-dupont.fr/tarifs/grille-2025.pdf',
      'https://www.menuiserie-dupont.fr/tarifs/grille-2025.pdf',
    ],
  ])('catches %s', (text, link) => expect(foundOfType(text, 'LINK')).toEqual([link]));
  it.each([
    'https://code.travail.gouv.fr/outils/indemnite-licenciement',
    'lu sur https://www.lemonde.fr/economie/article/2024/10/01/x.html',
    'www.linkedin.com/in/quelquun',
    'voir lemonde.fr/economie/article',
    'https://www.service-public.fr/particuliers/vosdroits/F2000.pdf',
  ])('ignores a public page %s', (text) => expect(foundOfType(text, 'LINK')).toEqual([]));
});
