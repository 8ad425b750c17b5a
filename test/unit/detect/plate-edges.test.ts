import { describe, expect, it } from 'vitest';
import { findPlates } from '../../../lib/detect/recognizers/plate.ts';

const plates = (text: string) => findPlates(text).map((c) => text.slice(c.start, c.end));

// French plates use every letter but I, O and U; British ones give the half-year in
// their two digits and never use I, Q or Z in the area.
describe('French plates (AB-123-CD): the letters they use', () => {
  it.each(['AH-123-JN', 'PT-456-VZ', 'JN-789-AH', 'VZ-012-PT'])('%s', (plate) =>
    expect(plates(plate)).toEqual([plate]),
  );
  it.each(['AI-123-BC', 'OB-123-CD', 'UB-123-CD', 'AB-123-CI', 'AB-123-CO', 'AB-123-CU'])(
    'not %s',
    (text) => expect(plates(text)).toEqual([]),
  );
  it.each([
    ['spaced, after a vehicle word', 'ma voiture AB 123 CD', 'AB 123 CD'],
    ['glued, after a vehicle word', 'ma voiture AB123CD', 'AB123CD'],
    ['lower case and glued, after a vehicle word', 'voiture fk208ry', 'fk208ry'],
    ['five words after the vehicle word', 'la voiture de mon frère est là fk 208 ry', 'fk 208 ry'],
    ['the vehicle named just after', "fk 208 ry, c'était la voiture de Samir", 'fk 208 ry'],
    ['the vehicle three words after', "fk 208 ry c'est bien sa moto", 'fk 208 ry'],
    ['after "immat", as people shorten it', 'immat gh 415 zt', 'gh 415 zt'],
    ['after "carte grise"', 'sur la carte grise : gh-415-zt', 'gh-415-zt'],
  ])('%s', (_case, text, plate) => expect(plates(text)).toEqual([plate]));
  it.each([
    ['two separators', 'ma voiture AB-123 CD'],
    ['a dash before', '-AB-123-CD'],
    ['a digit before', '1AB-123-CD'],
    ['a letter before', 'XAB-123-CD'],
    ['a dash after', 'AB-123-CD-'],
    ['a digit after', 'AB-123-CD1'],
    ['a letter after', 'AB-123-CDX'],
    ['lower case without a vehicle', 'ab-123-cd'],
    ['mixed case without a vehicle', 'Ab-123-CD'],
    ['six words after the vehicle word', 'la voiture de mon grand frère est là fk 208 ry'],
    ['the vehicle too far after', 'fk 208 ry, on a dit que ce serait la voiture'],
    ['no vehicle', 'fk 208 ry est garé devant'],
  ])('not with %s', (_case, text) => expect(plates(text)).toEqual([]));
});

describe('British plates (LK21 XRT): the half-years and the letters', () => {
  it.each(['AH02 AHJ', 'JP09 PRZ', 'RY10 AHZ', 'AB29 XYZ', 'CD50 JPR', 'EF79 ABC', 'AB12CDE'])(
    '%s',
    (plate) => expect(plates(plate)).toEqual([plate]),
  );
  it.each([
    'AB01 CDE',
    'AB30 CDE',
    'AB80 CDE',
    'IB12 CDE',
    'QB12 CDE',
    'ZB12 CDE',
    'AB12 CDI',
    'AB12 CDQ',
  ])('not %s', (text) => expect(plates(text)).toEqual([]));
  it('lower case only after a vehicle word', () => {
    expect(plates('ab12 cde')).toEqual([]);
    expect(plates('my car ab12 cde')).toEqual(['ab12 cde']);
  });
});

describe('older French plates (123 ABC 75): only after a vehicle word', () => {
  it.each([
    ['voiture 123 ABC 75', '123 ABC 75'],
    ['voiture 1 AB 2A', '1 AB 2A'],
    ['voiture 12 AB 2B', '12 AB 2B'],
    ['voiture 456 ABC 974', '456 ABC 974'],
    ['voiture 4412TX69', '4412TX69'],
  ])('%s', (text, plate) => expect(plates(text)).toEqual([plate]));
  it.each(['voiture 12 kg 50', '123 ABC 75'])('not %s', (text) => expect(plates(text)).toEqual([]));
});
