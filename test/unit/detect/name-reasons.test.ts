import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// What the guard panel says about each kind of name a recogniser reads: the reason in
// French and in English, and the score that orders it, one row for each way a person or a
// company is found (capitals or not, a title, a cue, a legal form, a trade).
const names = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.type === 'PERSON' || f.type === 'ORG')
    .map((f) => [f.type, f.text, f.score, f.reason, f.reasonEn]);

const TITLED = ['nom de personne (avec civilité)', 'person name (with title)'];
const COMPANY = ['entreprise', 'company'];
const FIRST = ['prénom', 'first name'];
const FULL = ['nom et prénom', 'full name'];
const SURNAME = ['nom de famille', 'surname'];

describe('each name found says why, with its score', () => {
  it.each([
    // A title, then a name in lower case or with a capital.
    ["mme boyer m'a rappelée", [['PERSON', 'mme boyer', 0.9, ...TITLED]]],
    ['La réunion avec Mme Nguyen s’est bien passée.', [['PERSON', 'Mme Nguyen', 0.92, ...TITLED]]],
    ['M. Van den Bosch est là', [['PERSON', 'M. Van den Bosch', 0.92, ...TITLED]]],
    // Companies: known, after "chez" in lower case, headed, family firms, legal forms,
    // trades, after a cue.
    ['Je travaille chez Decathlon depuis mars', [['ORG', 'Decathlon', 0.88, ...COMPANY]]],
    [
      'il bosse chez mauduit',
      [['ORG', 'mauduit', 0.6, 'entreprise (employeur, client)', 'company (employer, client)']],
    ],
    ['le groupe peyrache a signé', [['ORG', 'groupe peyrache', 0.6, ...COMPANY]]],
    ['Martin Frères a livré', [['ORG', 'Martin Frères', 0.85, ...COMPANY]]],
    ['Voir avec Durand & Associés demain', [['ORG', 'Durand & Associés', 0.85, ...COMPANY]]],
    [
      'Le contrat de Dupont SARL est signé',
      [['ORG', 'Dupont SARL', 0.85, 'entreprise (forme juridique)', 'company (legal form)']],
    ],
    ['Je travaille chez Kestrel Logistics', [['ORG', 'Kestrel Logistics', 0.85, ...COMPANY]]],
    [
      'I work at Viva Technology',
      [
        [
          'ORG',
          'Viva Technology',
          0.8,
          'entreprise (client, employeur, fournisseur)',
          'company (client, employer, supplier)',
        ],
      ],
    ],
    ['I heard it from Summit yesterday', [['ORG', 'Summit', 0.6, ...COMPANY]]],
    ['I heard it from Siemens yesterday', [['ORG', 'Siemens', 0.88, ...COMPANY]]],
    // Named as a company by its legal form first; an unknown word that turns someone down.
    ["SAS Clean'Pro Services recrute", [['ORG', "SAS Clean'Pro Services", 0.8, ...COMPANY]]],
    [
      'Lumexa rejected me',
      [['ORG', 'Lumexa', 0.6, 'entreprise (employeur, client)', 'company (employer, client)']],
    ],
    // Someone the gazetteer knows who turns someone down stays a person.
    ['Kevin rejected me yesterday', [['PERSON', 'Kevin', 0.85, ...FIRST]]],
    // People with capitals: a full name, a first name, a surname, a name nobody knows.
    ["J'ai vu Rose Martin", [['PERSON', 'Rose Martin', 0.93, ...FULL]]],
    ['Voir Karim', [['PERSON', 'Karim', 0.85, ...FIRST]]],
    ["J'ai vu Benali hier", [['PERSON', 'Benali', 0.75, ...SURNAME]]],
    ['Il a vu Wiremu hier', [['PERSON', 'Wiremu', 0.6, 'nom propre', 'proper name']]],
    // People in lower case.
    // Two first names joined, then a plural verb: each as sure as the other.
    [
      'sarah et julien sont venus',
      [
        ['PERSON', 'sarah', 0.6, ...FIRST],
        ['PERSON', 'julien', 0.6, ...FIRST],
      ],
    ],
    ['tran van minh est arrivé', [['PERSON', 'tran van minh', 0.85, ...FULL]]],
    ['france ma tante arrive', [['PERSON', 'france', 0.6, ...FIRST]]],
    ['kadi diop est passée', [['PERSON', 'kadi diop', 0.6, ...FULL]]],
    ["j'ai vu karim benali hier", [['PERSON', 'karim benali', 0.85, ...FULL]]],
    ["avec lamotte on s'entend pas", [['PERSON', 'lamotte', 0.6, ...SURNAME]]],
    ['tavita says hi', [['PERSON', 'tavita', 0.5, ...FIRST]]],
  ])('%s', (text, expected) => expect(names(text)).toEqual(expected));
});
