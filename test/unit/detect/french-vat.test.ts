import { describe, expect, it } from 'vitest';
import { frenchVatValid } from '../../../lib/detect/checksums.ts';
import { analyze } from '../../../lib/detect/index.ts';

// A French intra-EU VAT number is the company's SIREN behind "FR" and a key: invoices and
// signatures print it where no SIREN appears. Both keys decide, as for every identifier.

const companyNumbers = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.type === 'SIRET')
    .map((f) => f.text);

describe('French VAT numbers', () => {
  it('checks the key against the SIREN', () => {
    // SIREN 784 490 153: 784490153 mod 97 = 34, key (12 + 3 × 34) mod 97 = 17.
    expect(frenchVatValid('17', '784490153')).toBe(true);
    expect(frenchVatValid('12', '784490153')).toBe(false);
    // A right key for a SIREN whose own Luhn check fails.
    expect(frenchVatValid(String((12 + 3 * (784490154 % 97)) % 97), '784490154')).toBe(false);
  });

  it.each([
    ['TVA intracom : FR 17 784 490 153', 'FR 17 784 490 153'],
    ['n° TVA FR17784490153', 'FR17784490153'],
    ['tva: fr17784490153 (facture 12)', 'fr17784490153'],
    ['VAT FR-17-784-490-153.', 'FR-17-784-490-153'],
    ['FR.17.784.490.153', 'FR.17.784.490.153'],
    // With nothing before it: the key is the context.
    ['fr 17 784490153', 'fr 17 784490153'],
  ])('finds %s', (text, vat) => expect(companyNumbers(text)).toEqual([vat]));

  it.each([
    // A wrong key: a typo or a made-up number.
    'TVA FR 12 784 490 153',
    // Glued to a letter or a digit: part of a longer reference.
    'ref XFR17784490153',
    'ref FR177844901530',
    // Other countries' VAT numbers have no key Cadre can check.
    'VAT DE 123456789',
  ])('leaves alone %s', (text) => expect(companyNumbers(text)).toEqual([]));
});
