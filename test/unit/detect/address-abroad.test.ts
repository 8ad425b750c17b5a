import { describe, expect, it } from 'vitest';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');

// Postal tails from abroad after a street: a full British postcode even when the street
// has no English street word (Welsh, Scottish), Glasgow's tenement flats ("flat 2/1"),
// Irish Eircodes, Canadian "ville QC H2J 2L3", Australian "suburb NSW 2000"; a post
// office box with its town and code.
describe('an address with a postal code from abroad', () => {
  it.each([
    [
      'a Glasgow tenement flat',
      'the office is at flat 3/2, 45 dumbarton road, glasgow g11 6pw',
      'flat 3/2, 45 dumbarton road, glasgow g11 6pw',
    ],
    [
      'a Welsh street, no street word',
      'send it to 22 heol y dwr, carmarthen sa31 1ab',
      '22 heol y dwr, carmarthen sa31 1ab',
    ],
    [
      'a Scottish wynd',
      'his address is 8 the wynd, dalkeith eh22 1ab',
      '8 the wynd, dalkeith eh22 1ab',
    ],
    [
      'a street named without a type, lower case',
      'she lives 22 kingsway manchester m19 2lf',
      '22 kingsway manchester m19 2lf',
    ],
    [
      'an Eircode after the town',
      'my cousin lives at 7 main street, dublin d02 x285',
      '7 main street, dublin d02 x285',
    ],
    [
      'an Eircode after a Dublin district',
      'The clinic: 40 Merrion Square, Dublin 2, D02 WC84',
      '40 Merrion Square, Dublin 2, D02 WC84',
    ],
    [
      'an Eircode after a county',
      'reply to 12 oak park, castlebar, co mayo f23 k8d3',
      '12 oak park, castlebar, co mayo f23 k8d3',
    ],
    [
      'a Canadian code, French street',
      '4520 rue saint-denis, montreal qc h2j 2l3',
      '4520 rue saint-denis, montreal qc h2j 2l3',
    ],
    [
      'a Canadian code, a direction after the street',
      'interview at 221 King St W, Toronto ON M5H 1K5 on monday',
      '221 King St W, Toronto ON M5H 1K5',
    ],
    [
      'an Australian suburb and state',
      'they moved to 12 wattle cres, blacktown nsw 2148',
      '12 wattle cres, blacktown nsw 2148',
    ],
    [
      'an Australian unit and number',
      'she lives at 3/45 ocean parade, coogee nsw 2034',
      '3/45 ocean parade, coogee nsw 2034',
    ],
    [
      'an Australian state after a capitalised suburb',
      'Post it to Unit 4, 17 Smith St, Fitzroy VIC 3065 thanks',
      'Unit 4, 17 Smith St, Fitzroy VIC 3065',
    ],
    [
      'a flat after the street, then a Canadian code',
      'deliver to 120 Yonge Street, Apt 4B, Toronto ON M5C 1W1',
      '120 Yonge Street, Apt 4B, Toronto ON M5C 1W1',
    ],
    [
      'a suite numbered with "#" after the street',
      'our office is 500 King St W #204, Toronto ON M5V 1L9',
      '500 King St W #204, Toronto ON M5V 1L9',
    ],
    [
      "Quebec's flat after the street",
      "mon appart c'est 3420 av du parc app 4, montreal qc h2x 2h5",
      '3420 av du parc app 4, montreal qc h2x 2h5',
    ],
    [
      'a Glasgow flat after the street',
      "she's at 45 dumbarton road, flat 2/1, glasgow g11 6pw",
      '45 dumbarton road, flat 2/1, glasgow g11 6pw',
    ],
    [
      'a state that is a word, in capitals',
      'the store is at 12 rundle mall, adelaide SA 5000',
      '12 rundle mall, adelaide SA 5000',
    ],
  ])('%s', (_case, text, expected) => expect(addresses(text)).toEqual([expected]));

  it.each([
    ['an Australian box', 'po box 115, brisbane qld 4001', 'po box 115, brisbane qld 4001'],
    [
      'a box, then a town and four digits',
      'write to PO Box 8821, Auckland 1150',
      'PO Box 8821, Auckland 1150',
    ],
    [
      'a French box, then the town and its code',
      'envoyé à BP 88, Nouméa 98845',
      'BP 88, Nouméa 98845',
    ],
  ])('a postal box: %s', (_case, text, expected) => expect(addresses(text)).toEqual([expected]));

  it.each([
    ['a coffee', "i'll grab a flat white on the way"],
    ['a box in a sentence', 'the parcel went to the po box by mistake'],
    ['a blood pressure', 'his bp was 140 over 90 this morning'],
    ['a serial number shaped like a postcode', 'the serial number is SN12 4XY on the back'],
    ['a count before a town and postcode', 'i have 3 kids in leeds ls6 3ab'],
    ['states and a distance', 'we drove 4000 km across qld and nsw'],
    ['a number before a state', 'win 5 on nsw 2000 tickets'],
    ['"sa" before a car model, French', "j'ai conduit 2 fois sa 3008 hier"],
    ['a product code shaped like a postcode', 'model ab12 3cd is out of stock, 3 units left'],
    ['a flight', 'my flight is BA 2490 at 10:15'],
    ['a flat alone', 'flat 4 is leaking again'],
    ['a law and its year', 'I have worked 3 months under the Equality Act 2010 rules'],
    ['a count, then a town and postcode', 'I have worked 3 months in total, leeds ls6 3ab'],
    ['a course and a term', 'I got a B in CS 101, Fall 2024 and it was fine'],
    ['a unit of a course', 'unit 3 of the course is hard'],
  ])('no address: %s', (_case, text) => expect(addresses(text)).toEqual([]));

  it.each([
    ['"suite à"', '12 rue des lilas suite a ton message'],
    ['a French word after "unit"', "j'habite 12 rue des lilas unite 3"],
  ])('no flat after a French street: %s', (_case, text) =>
    expect(addresses(text)).toEqual(['12 rue des lilas']),
  );
});
