// Builds lib/detect/data/iban-countries.json from ibantools' country table (MIT): the IBAN
// length of each country that has one, and the countries a BIC may name. Detection needs
// only these two facts; ibantools itself weighs 16 KB in the content script.
// Run after upgrading ibantools: npm run iban-countries
// test/unit/detect/iban-countries.test.ts checks that the file is up to date and that every
// verdict matches ibantools'.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ibanCountriesFrom } from '../lib/detect/iban-countries.ts';
import { countrySpecs } from 'ibantools';

const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../lib/detect/data/iban-countries.json',
);
writeFileSync(out, JSON.stringify(ibanCountriesFrom(countrySpecs)) + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)}`);
