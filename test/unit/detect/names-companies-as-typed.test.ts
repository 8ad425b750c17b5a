import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

// Companies and addresses as people type them (issue 11): families of misses and false
// alarms seen on the read halves of the phone sets and on the names written fresh, each
// rule written from the phenomenon in wordings of our own, French and English, tidy and
// typed on a phone, with twins that must stay clean.

const orgs = (text: string) => foundOfType(text, 'ORG');
const addresses = (text: string) => foundOfType(text, 'ADDRESS');

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

describe('a company that hires, with where it stands between', () => {
  it.each([
    ['a town after "in"', 'lumenix in croydon is hiring', 'lumenix'],
    ['a site word', 'Vantor store needs a cashier', 'Vantor'],
    ['a site and a town', 'brightwell plant in derby has openings', 'brightwell'],
    ['a known chain, a landmark', 'tesco by the station needs a cleaner', 'tesco'],
    ['a known name that is a word', 'Mind in Leeds are looking for volunteers', 'Mind'],
    ['a known name, a role offered', 'Shelter have a paid outreach role', 'Shelter'],
    ['closing down', 'zorvo shut down last month so im looking', 'zorvo'],
    ['French, a trade sought', 'kalimo cherche des nounous pour la rentree', 'kalimo'],
    [
      'two words opening the sentence',
      'greenway paints need a driver for the van',
      'greenway paints',
    ],
  ])('%s', (_, text, org) => {
    expect(orgs(text)).toEqual([org]);
  });

  it.each([
    ['a person who needs a lift', 'Tamsin needs a lift to work'],
    ['a person who wants food', 'julie wants a burger'],
    ['a startup unnamed', 'some startup in leeds offered me shares'],
    ['a shop unnamed', 'the shop closed down'],
    ['a bakery by where it stands', 'la boulangerie du coin cherche des vendeuses'],
    ['neighbours', 'les voisins cherchent des nounous'],
  ])('no company: %s', (_, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('employers of the mentees countries, in lower case', () => {
  it.each([
    ['a Nigerian bank', 'my cousin got a job at gtbank in lagos', 'gtbank'],
    ['an Indian telecom', 'applied to airtel for the sales role', 'airtel'],
    ['an Irish chain', 'i do weekends at centra now', 'centra'],
    ['a staffing agency', 'my agency pertemps sent me to a new site', 'pertemps'],
    ['a French platform', 'je travaille pour yoopies comme nounou', 'yoopies'],
    ['a known name that is a word, hiring', 'iceland are hiring for christmas', 'iceland'],
  ])('%s', (_, text, org) => {
    expect(orgs(text)).toEqual([org]);
  });

  it.each([
    ['a country', 'we went to iceland for the holidays'],
    ['a fast-food word', 'on mange quick ce soir ou pas'],
    ['a reed', 'the reed by the pond'],
  ])('no company: %s', (_, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe('a business zone typed in lower case, with its postal code', () => {
  it.each([
    ['zac', 'livraison zac des noues 44800 saint-herblain', 'zac des noues 44800 saint-herblain'],
    ['zi', 'le colis part de zi des epinettes 77200 torcy', 'zi des epinettes 77200 torcy'],
  ])('%s', (_, text, address) => {
    expect(addresses(text)).toEqual([address]);
  });

  it.each([
    ['a zone without a code', 'le za est fermé le dimanche'],
    ['a meeting in the zone', 'on se voit a la zi demain'],
  ])('no address: %s', (_, text) => {
    expect(addresses(text)).toEqual([]);
  });
});

describe('what stands beside a known company or a trade', () => {
  it.each([
    ['the driver before a company that is a word', 'le chauffeur bolt a annulé la course', 'bolt'],
    ['the rider before it', 'la livreuse uber eats est en bas', 'uber eats'],
  ])('%s', (_, text, org) => {
    expect(orgs(text)).toEqual([org]);
  });

  it.each([
    ['a town after a trade', 'on mange au restaurant paris ce soir'],
    ['a town after a bakery', 'la boulangerie lyon est fermée'],
    ['words joined after "chez"', 'chez check-in 2 nights'],
  ])('no company: %s', (_, text) => {
    expect(orgs(text)).toEqual([]);
  });
});

describe("a shop named after its owner with 's and its trade", () => {
  it.each([
    [
      'a trade in lower case',
      "she got a job at tunde's bakery on the high street",
      "tunde's bakery",
    ],
    ['a cash and carry', "mr patel runs patel's cash & carry in leicester", "patel's cash & carry"],
    [
      'capitalised, several words',
      "Receipt - Kofi's Mobile Mechanics - 2 hrs",
      "Kofi's Mobile Mechanics",
    ],
    ['a garage, capitalised', "i start at Dave's Garage on monday", "Dave's Garage"],
  ])('%s', (_, text, org) => {
    expect(orgs(text)).toContain(org);
  });

  it.each([
    ["a relative's garage", "my mum's garage is full of boxes"],
    ["someone's nails", "sarah's nails look great"],
    ["someone's car", "john's car is red"],
    ["a relative's home", "we had dinner at my sister's"],
  ])('no company: %s', (_, text) => {
    expect(orgs(text)).toEqual([]);
  });
});
