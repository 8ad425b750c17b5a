// Builds lib/detect/data/phone-metadata.json: libphonenumber-js's "min" metadata (Google's
// libphonenumber data, Apache-2.0) without the formatting rules. Cadre only asks whether a
// number is valid, never how to print it, and the formats are 60% of the data.
// Run after upgrading libphonenumber-js: npm run phone-metadata
// test/unit/detect/phone-metadata.test.ts checks that the file is up to date and that every
// verdict matches the stock metadata's.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripFormats } from '../lib/detect/phone-metadata.ts';
import stock from 'libphonenumber-js/metadata.min.json';

const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../lib/detect/data/phone-metadata.json',
);
writeFileSync(out, JSON.stringify(stripFormats(stock)) + '\n');
console.log(`wrote ${path.relative(process.cwd(), out)}`);
