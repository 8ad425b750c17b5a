import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { foundOfType } from './helpers.ts';

const addresses = (text: string) => foundOfType(text, 'ADDRESS');

// The edges of a postal tail from abroad: the suburb and state already read with the
// street, a street named after a common word, a count before a town and its postcode, a
// French possessive before a car's number shaped like an Australian state and postcode.
describe('a postal tail from abroad, its edges', () => {
  it.each([
    [
      'a suburb and a state in capitals after the street, no comma',
      'the office is at 12 Collins Street Melbourne VIC 3000',
      '12 Collins Street Melbourne VIC 3000',
    ],
    [
      'a street named after a common word, no street type',
      'she lives 8 castle wynd, inverness iv2 3aa',
      '8 castle wynd, inverness iv2 3aa',
    ],
  ])('%s', (_case, text, expected) => expect(addresses(text)).toEqual([expected]));

  it.each([
    ['a count of boxes, then a town and postcode', 'Order 12 boxes, Leeds LS6 3AB'],
    ['"sa" before a car model in the South Australian range', "j'ai conduit 2 fois sa 5008 hier"],
  ])('no address: %s', (_case, text) => expect(addresses(text)).toEqual([]));

  it('a car model after a French street is not its postal code', () =>
    expect(addresses('il habite 12 rue de la paix, sa 5008 est garée devant')).toEqual([
      '12 rue de la paix',
    ]));

  it('the reason shown for a street with no street type is a street address', () => {
    const [finding] = analyze('send it to 22 heol y dwr, carmarthen sa31 1ab').findings;
    expect([finding.reason, finding.reasonEn]).toEqual(['adresse postale', 'street address']);
  });
});

// Found by the survivors: a plural common word after "the" names a street ("5 the
// fields"), not a count; an Australian state in title case is an address unless it is a
// word or a name ("Act", "Vic", "Tas").
describe('a postal tail from abroad, as typed', () => {
  it.each([
    [
      '"the" and a plural common word',
      'we moved to 5 the fields, leeds ls6 3ab',
      '5 the fields, leeds ls6 3ab',
    ],
    [
      '"the" and a plural common word, York',
      'his address is 12 the woods, york yo10 5dd',
      '12 the woods, york yo10 5dd',
    ],
    [
      'Queensland in title case',
      'send it to 12 Queen St, Brisbane Qld 4000',
      '12 Queen St, Brisbane Qld 4000',
    ],
    [
      'New South Wales in title case',
      'she lives at 3/45 ocean parade, Coogee Nsw 2034',
      '3/45 ocean parade, Coogee Nsw 2034',
    ],
  ])('%s', (_case, text, expected) => expect(addresses(text)).toEqual([expected]));
});
