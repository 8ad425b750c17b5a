import {
  parsePhoneNumberFromString as parseWith,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import metadata from '../data/phone-metadata.json';
import type { Candidate } from '../types.ts';
import { findDigitRuns } from './digit-runs.ts';

const SLASHED = /(?<![\d/])0[1-9](?:\/\d\d){4}(?![\d/])/g;

const phoneAt = (start: number, end: number): Candidate => ({
  start,
  end,
  type: 'PHONE',
  score: 0.95,
  reason: 'numéro de téléphone',
  reasonEn: 'phone number',
});

// libphonenumber-js's "min" metadata without its formatting rules (scripts/build-phone-metadata.ts):
// validation never reads them, and they were 50 KB of the content script.
const parsePhoneNumberFromString = (input: string, country: CountryCode) =>
  parseWith(input, country, metadata as unknown as MetadataJson);

// Candidates are runs of digits; libphonenumber-js (Google's metadata)
// decides whether one is a valid number, French by default.
export function findPhones(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const run of findDigitRuns(text)) {
    const count = run.raw.replace(/\(0\)/, '').replace(/[^\d]/g, '').length;
    if (count < 8 || count > 15) continue;
    // "00 33 ..." is an international prefix: give it a '+' for the parser.
    // "+33 (0)1 ...": the trunk zero in parentheses is dialled only from France.
    const raw = run.raw.replace(/\(0\)/, '').replace(/[()]/g, '');
    const input = run.digits.startsWith('00') ? '+' + run.digits.slice(2) : raw;
    const phone = parsePhoneNumberFromString(input, 'FR');
    if (!phone || !phone.isValid()) continue;
    // A bare run without separators must look like a phone (0X or +): not a reference.
    if (!run.digits.startsWith('+') && !run.digits.startsWith('0')) continue;
    found.push(phoneAt(run.start, run.end));
  }
  // Slashes separate a phone's pairs on some forms ("06/12/34/56/78"); dates use them
  // too, so only the full five pairs of a French number count.
  SLASHED.lastIndex = 0;
  for (let m = SLASHED.exec(text); m; m = SLASHED.exec(text)) {
    const phone = parsePhoneNumberFromString(m[0].replace(/\//g, ''), 'FR');
    if (phone?.isValid()) found.push(phoneAt(m.index, m.index + m[0].length));
  }
  return found;
}
