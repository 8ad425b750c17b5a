import { countrySpecs, isValidBIC as ibantoolsBIC } from 'ibantools';
import { describe, expect, it } from 'vitest';
import shipped from '../../../lib/detect/data/iban-countries.json';
import { ibanCountriesFrom, ibanLength, isValidBIC } from '../../../lib/detect/iban-countries.ts';

// Detection carries two facts from ibantools' table instead of ibantools itself: they must
// say exactly what ibantools says.

describe('the IBAN country table', () => {
  it('is up to date with ibantools (else: npm run iban-countries)', () => {
    expect(shipped).toEqual(ibanCountriesFrom(countrySpecs));
  });

  it("gives every country's IBAN length as ibantools does, and none for the others", () => {
    for (const [code, spec] of Object.entries(countrySpecs))
      expect(ibanLength(`${code}76`), code).toBe(spec.chars || undefined);
    expect(ibanLength('FR76 3000')).toBe(27);
    expect(ibanLength('ZZ12')).toBeUndefined();
    expect(ibanLength('toString')).toBeUndefined();
  });

  it.each([
    'BNPAFRPP',
    'bnpafrpp',
    'BNPAFRPPXXX',
    'DEUTDEFF500',
    'BNPAZZPP',
    'BNPAFRP',
    'BNPAFRPPXX',
    '1NPAFRPP',
    'BNPAFRPP-XX',
    'CRLYFRPPXXXX',
    'AGRIFRPP882',
  ])('judges the BIC %s as ibantools does', (bic) => {
    expect(isValidBIC(bic)).toBe(ibantoolsBIC(bic));
  });

  it('accepts a BIC of every country ibantools knows', () => {
    for (const code of Object.keys(countrySpecs))
      expect(isValidBIC(`ABCD${code}2A`), code).toBe(true);
  });
});
