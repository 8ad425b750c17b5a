import { words } from '../lexicon/words.ts';
import {
  parsePhoneNumberFromString as parseWith,
  type CountryCode,
  type MetadataJson,
} from 'libphonenumber-js/core';
import { bytes, packed } from '../data/phone-metadata.packed.json';
import { unpackJson } from '../packed-json.ts';
import type { Candidate } from '../types.ts';
import { findDigitRuns, neverClosed } from './digit-runs.ts';

const SLASHED = /(?<![\d/])0[1-9](?:\/\d\d){4}(?![\d/])/g;
// Belgium and Switzerland write a slash after the zone or the mobile prefix, then dots or
// spaces: "0485/23.61.97", "02/512.34.56", "079/123 45 67".
const ZONE_SLASH = /(?<![\d/])0\d{1,3}\/\d{2,3}(?:[ .]?\d\d){2}(?![\d/])/g;

const phoneAt = (start: number, end: number): Candidate => ({
  start,
  end,
  type: 'PHONE',
  score: 0.95,
  reason: 'numéro de téléphone',
  reasonEn: 'phone number',
});

// libphonenumber-js's "min" metadata without its formatting rules (scripts/build-phone-metadata.ts):
// validation never reads them, and they were 50 KB of the content script. The rest ships
// deflated (12 KB instead of 32) and is inflated once, on the first number read.
let metadata: MetadataJson | undefined;

/** The phone metadata, inflated on first use (a few milliseconds). */
export function phoneMetadata(): MetadataJson {
  metadata ??= unpackJson<MetadataJson>({ packed, bytes });
  return metadata;
}

const parsePhoneNumberFromString = (input: string, country: CountryCode) =>
  parseWith(input, country, phoneMetadata());

// Public numbers of French help lines, written in full: SOS Amitié, Suicide Écoute, SOS
// Suicide Phénix, Écoute Alcool, Écoute Cannabis. Those on 08 numbers (Fil Santé Jeunes,
// Drogues Info Service, Viols Femmes Informations, Allô Enfance maltraitée) are service
// numbers, left out below with every 08 number.
const HELP_LINE_NUMBERS = words('0972394050 0145394000 0140444645 0980980930 0980980940');

const REFERENCE_BEFORE =
  /(?:commande|order|r[ée]f[ée]rence|ref|r[ée]f|facture|invoice|ticket|dossier|contrat|contract|account|compte|n°|no\.|#)\s*[:.]?\s*(?:n°|no\.?|number|num[ée]ro)?\s*[:.]?\s*$/i;

// Numbers that the numbering plans give only to organisations: in France 08 (free,
// shared-cost and premium services), in the UK 03, 08 and 09 (non-geographic services).
// A customer-service or card-blocking line is nobody's personal data.
function serviceNumber(digits: string): boolean {
  const french = digits.replace(/^(?:\+|00)33/, '0');
  if (french.length === 10 && french.startsWith('08')) return true;
  const british = digits.replace(/^(?:\+|00)44/, '0');
  return british.length === 11 && /^0[389]/.test(british);
}

/** French first; then British, whose national numbers have 11 digits ("020 7946 0321",
 * "07412 583 906"); the metadata decides. A number written with its "+" country code
 * counts when its length is possible there: Ofcom keeps ranges for fiction and tests
 * ("+44 7700 900512") that the metadata calls invalid, yet people give them. */
function validPhone(input: string, count: number, before: string): boolean {
  const phone = parsePhoneNumberFromString(input, 'FR');
  if (phone?.isValid()) return true;
  if (input.startsWith('+')) return phone !== undefined && count >= 10 && phone.isPossible();
  if (count !== 11 || !/^0[1-9]/.test(input.replace(/\D/g, ''))) return false;
  // "Commande n° 01234 567 890": a reference that happens to be a British number.
  if (REFERENCE_BEFORE.test(before)) return false;
  const british = parsePhoneNumberFromString(input, 'GB');
  // Stryker disable next-line ConditionalExpression,BooleanLiteral: eleven digits starting with 0 always parse
  if (!british) return false;
  // A mobile (07...) in a fiction range is still someone's way to be reached.
  return british.isValid() || (british.isPossible() && /^07/.test(input.replace(/\D/g, '')));
}

// "(418) 690-1234", "514-690-1234", "418 690 1234": an area code and an exchange that
// never start with 0 or 1, then four digits (the North American Numbering Plan). The shape
// is asked for, not ten digits alone, so that an order number is not read as a phone; a
// number in the range kept for fiction (555-01XX) is still how someone is reached.
const NANP_SHAPE = /^(?:\(\s?[2-9]\d\d\s?\)\s?|[2-9]\d\d[-. ])[2-9]\d\d[-. ]\d{4}$/;
function northAmerican(raw: string, before: string): boolean {
  if (!NANP_SHAPE.test(raw.trim()) || REFERENCE_BEFORE.test(before)) return false;
  return parsePhoneNumberFromString(raw, 'CA')?.isPossible() ?? false;
}

// Candidates are runs of digits; libphonenumber-js (Google's metadata)
// decides whether one is a valid number, French by default.
export function findPhones(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const run of findDigitRuns(text)) {
    // Stryker disable next-line StringLiteral: the digits are counted, so what replaces "(0)" does not matter
    const count = run.raw.replace(/\(0\)/, '').replace(/[^\d]/g, '').length;
    if (count < 8 || count > 15) continue;
    // "00 33 ..." is an international prefix: give it a '+' for the parser.
    // "+33 (0)1 ...": the trunk zero in parentheses is dialled only from France.
    const raw = run.raw.replace(/\(0\)/, '').replace(/[()]/g, '');
    const input = run.digits.startsWith('00') ? '+' + run.digits.slice(2) : raw;
    const before = text.slice(Math.max(0, run.start - 24), run.start);
    // A bare run without separators must look like a phone (0X or +): not a reference.
    // North America writes its numbers with no trunk zero, in three groups; its shape is
    // read with the area code's brackets ("(418)690-1234").
    if (!run.digits.startsWith('+') && !run.digits.startsWith('0')) {
      if (!northAmerican(run.raw, before)) continue;
    } else if (!validPhone(input, count, before)) continue;
    // A help line's public number is no one's personal data.
    // Stryker disable next-line Regex: +33 or 0033 can only come first in a number that passed validPhone
    if (HELP_LINE_NUMBERS.has(run.digits.replace(/^(?:\+33|0033)/, '0'))) continue;
    if (serviceNumber(run.digits)) continue;
    // "(+33 6 12 34 56 78 et…": the bracket opened and never closed is the sentence's.
    found.push(phoneAt(run.start + (neverClosed(run.raw) ? 1 : 0), run.end));
  }
  // Slashes separate a phone's pairs on some forms ("06/12/34/56/78"); dates use them
  // too, so only the full five pairs of a French number count.
  SLASHED.lastIndex = 0;
  for (let m = SLASHED.exec(text); m; m = SLASHED.exec(text)) {
    const phone = parsePhoneNumberFromString(m[0].replace(/\//g, ''), 'FR');
    // Stryker disable next-line ConditionalExpression,OptionalChaining: the metadata holds every 0[1-9] and 8 digits valid in France
    if (phone?.isValid()) found.push(phoneAt(m.index, m.index + m[0].length));
  }
  ZONE_SLASH.lastIndex = 0;
  for (let m = ZONE_SLASH.exec(text); m; m = ZONE_SLASH.exec(text)) {
    const digits = m[0].replace(/\D/g, '');
    if (
      (['BE', 'CH'] as const).some((country) =>
        parsePhoneNumberFromString(digits, country)?.isValid(),
      )
    )
      found.push(phoneAt(m.index, m.index + m[0].length));
  }
  return found;
}
