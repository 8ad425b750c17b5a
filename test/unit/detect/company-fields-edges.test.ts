import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { found } from './helpers.ts';

// Companies pasted from a labelled field or typed in lower case with their legal form, at
// the edges of the rule: every label it knows, where the value ends, what it says to the
// user. Beside each, what must not become a company.
const companies = (text: string) => found(text).filter((f) => f.startsWith('ORG:'));

describe('every label a job offer, a payslip or a record prints', () => {
  it.each([
    ['Company: Kradex Logistics', 'ORG:Kradex Logistics'],
    ['Fournisseur : Sodexo Santé', 'ORG:Sodexo Santé'],
    ['Supplier: Brakes Foods', 'ORG:Brakes Foods'],
    ['Prestataire : Onet Propreté', 'ORG:Onet Propreté'],
    ['Agence : Adecco Lyon', 'ORG:Adecco Lyon'],
    ['Enseigne : Picard Surgelés', 'ORG:Picard Surgelés'],
    ['Organisation : Emmaüs Connect', 'ORG:Emmaüs Connect'],
    ['Cliente : Fnac Darty', 'ORG:Fnac Darty'],
    // A first word that ends like a title ("m", "dr", "ms") is no title.
    ['Client : Bloom Logistique', 'ORG:Bloom Logistique'],
    // Phone-typed: no space after the colon, a lower-case value.
    ['Employer:Kradex', 'ORG:Kradex'],
    ['Employer: kradex logistics', 'ORG:kradex logistics'],
  ])('%s', (text, org) => expect(companies(text)).toEqual([org]));
});

describe('where the value of a field ends', () => {
  it.each([
    // Six words at most.
    [
      'Employer: Kradex Logistics and Storage Solutions North West',
      'ORG:Kradex Logistics and Storage Solutions North',
    ],
    // A dash between spaces parts the fields; a hyphen belongs to the name.
    ['Employer: Kradex Logistics - Leeds', 'ORG:Kradex Logistics'],
    ['Employeur : Bati-Renov Services – Lyon', 'ORG:Bati-Renov Services'],
    ['Employer: Kradex Logistics; Leeds', 'ORG:Kradex Logistics'],
    ['Employer: Kradex Logistics (Leeds)', 'ORG:Kradex Logistics'],
    // The sentence's full stop is not the name's; a dot inside it is.
    ['Employer: Kradex Logistics.', 'ORG:Kradex Logistics'],
    ['Employer: Kradex Logistics!!', 'ORG:Kradex Logistics'],
    ['Client : St. Modwen Homes', 'ORG:St. Modwen Homes'],
  ])('%s', (text, org) => expect(companies(text)).toEqual([org]));

  it.each([
    ['a field left blank', 'Employer: (à confirmer)'],
    ['a label alone', 'Employeur :'],
    // A word no dictionary has, but a verb or an adjective by its ending.
    ['a state, not a name', 'Client : injoignable depuis lundi'],
    ['"non communiqué" shortened', 'Entreprise : NC'],
    ['a reference', 'Client : C1245'],
    // Only a value that starts with a capital or an unknown word: not a word then a name.
    ['a word, then a name', 'Client : toujours Kradex'],
  ])('no company: %s', (_case, text) => expect(companies(text)).toEqual([]));
});

describe('a legal form typed in lower case, and the words before it', () => {
  it.each([
    // Three words at most before the form.
    ['yesterday kradex haulage services ltd rang me', 'ORG:kradex haulage services ltd'],
    // A message that starts with a space, as a phone may send it.
    [' kradex ltd wants me monday', 'ORG:kradex ltd'],
    ['mon patron, kradex sarl, paie mal', 'ORG:kradex sarl'],
  ])('%s', (text, org) => expect(companies(text)).toEqual([org]));
});

describe('a field company and a legal-form company say why', () => {
  const reasons = (text: string) =>
    analyze(text).findings.map((f) => [f.text, f.reason, f.reasonEn]);
  it.each([
    [
      'Client: Bouygues Immobilier / Site: Lyon',
      [['Bouygues Immobilier', 'entreprise (champ renseigné)', 'company (labelled field)']],
    ],
    [
      'i start with sparkle clean ltd monday',
      [['sparkle clean ltd', 'entreprise (forme juridique)', 'company (legal form)']],
    ],
  ])('%s', (text, expected) => expect(reasons(text)).toEqual(expected));
});
