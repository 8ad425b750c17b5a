import { ibanLength } from '../iban-countries.ts';
import {
  frenchVatValid,
  ibanMod97Valid,
  luhnValid,
  nirKeyValid,
  siretOrSirenValid,
} from '../checksums.ts';
import type { Candidate } from '../types.ts';
import { cardIssuer } from '../card-issuers.ts';
import { findDigitRuns } from './digit-runs.ts';

// Check digits decide: a number whose check fails is a reference, an example or a
// made-up number, not someone's identifier (issue 11: precision stays at 100% on
// identifiers). Words before a number only help to tell SIRET from a card.
const contextBefore = (text: string, start: number, words: RegExp): boolean =>
  words.test(text.slice(Math.max(0, start - 50), start));

// NIR: sex, year, month, department (2A/2B for Corsica), commune, order, key.
// Groups may be separated by spaces, dots or dashes, as forms and PDFs print them.
const NIR =
  /(?<![\p{L}\d])([1-478])[ .-]?(\d\d)[ .-]?(\d\d)[ .-]?(\d\d|2[AB])[ .-]?(\d{3})[ .-]?(\d{3})[ .-]?(\d\d)(?![\p{L}\d])/giu;

// The same fifteen digits grouped another way, as a form or a person cuts them: an
// overseas department has three digits and its commune two ("2 99 07 971 20 159 35").
// The key decides, as for any NIR.
const NIR_REGROUPED = /(?<![\p{L}\d])[1-478](?:[ .-]?\d){14}(?![\p{L}\d])/gu;

export function findNirs(text: string): Candidate[] {
  const found: Candidate[] = [];
  NIR.lastIndex = 0;
  for (let m = NIR.exec(text); m; m = NIR.exec(text)) {
    if (!nirKeyValid(m.slice(1, 7).join(''), m[7])) continue;
    found.push(nirAt(m.index, m.index + m[0].length));
  }
  NIR_REGROUPED.lastIndex = 0;
  for (let m = NIR_REGROUPED.exec(text); m; m = NIR_REGROUPED.exec(text)) {
    const digits = m[0].replace(/\D/g, '');
    // Cut in groups as a person reads them, the key a group of its own; not a long
    // number with a digit apart ("n° 29303751123454 0").
    const groups = m[0].split(/[ .-]/);
    if (
      groups.length < 5 ||
      groups.some((g) => g.length > 4) ||
      groups[groups.length - 1].length < 2
    )
      continue;
    if (
      found.some((f) => f.start === m.index) ||
      !nirKeyValid(digits.slice(0, 13), digits.slice(13))
    )
      continue;
    found.push(nirAt(m.index, m.index + m[0].length));
  }
  return found;
}

function nirAt(start: number, end: number): Candidate {
  return {
    start,
    end,
    type: 'NIR',
    score: 0.99,
    reason: 'numéro de sécurité sociale (clé valide)',
    reasonEn: 'social security number (valid key)',
  };
}

// French intra-EU VAT number: the SIREN with a key before it ("FR 12 784 490 153"), as
// invoices print it. Its key and the SIREN's both decide; it names the company as its
// SIREN does.
const FRENCH_VAT =
  /(?<![\p{L}\d])FR[ .-]?(\d\d)[ .-]?(\d{3})[ .-]?(\d{3})[ .-]?(\d{3})(?![\p{L}\d])/giu;

export function findFrenchVatNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  FRENCH_VAT.lastIndex = 0;
  for (let m = FRENCH_VAT.exec(text); m; m = FRENCH_VAT.exec(text)) {
    if (!frenchVatValid(m[1], m[2] + m[3] + m[4])) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'SIRET',
      score: 0.97,
      reason: 'numéro de TVA intracommunautaire (clé valide)',
      reasonEn: 'French VAT number (valid key)',
    });
  }
  return found;
}

// Country code, check digits, then 11 to 30 letters or digits; groups separated by
// spaces, dots or dashes, in capitals or not.
const IBAN = /(?<![\p{L}\d])[A-Z]{2}\d\d(?:[ .-]?[A-Z0-9]){11,30}(?![\p{L}\d])/giu;
// The same across one line break, as a narrow field or a PDF wraps it.
const WRAPPED_IBAN =
  /(?<![\p{L}\d])[A-Z]{2}\d\d(?:(?:[ .-]|[ \t]*\r?\n[ \t]*)?[A-Z0-9]){11,30}(?![\p{L}\d])/giu;
const SEPARATORS = /[\s.-]/g;
// ISO 13616's mod-97 and the country's length (ibantools' table, iban-countries.ts) decide. A country's
// own bank or branch key and its layout are not required: once the mod-97 holds, no typo
// remains, and examples people write by hand rarely compute the national key.
const ibanHolds = (compact: string): boolean =>
  ibanLength(compact) === compact.length &&
  /^[A-Z]{2}\d\d[A-Z0-9]+$/.test(compact) &&
  ibanMod97Valid(compact);

const lastSeparator = (raw: string): number =>
  Math.max(raw.lastIndexOf(' '), raw.lastIndexOf('.'), raw.lastIndexOf('-'), raw.lastIndexOf('\n'));

/** The longest prefix of a match, ending on a group, whose check digits hold. */
function validPrefix(raw: string): string | undefined {
  while (raw.length >= 15) {
    if (ibanHolds(raw.replace(SEPARATORS, '').toUpperCase())) return raw;
    const cut = lastSeparator(raw);
    if (cut < 0) return undefined;
    raw = raw.slice(0, cut).replace(/\s+$/, '');
  }
  return undefined;
}

const validIban = (start: number, raw: string): Candidate => ({
  start,
  end: start + raw.length,
  type: 'IBAN',
  score: 0.99,
  reason: 'IBAN (clé de contrôle valide)',
  reasonEn: 'IBAN (valid check digits)',
});

export function findIbans(text: string): Candidate[] {
  const found: Candidate[] = [];
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m; m = IBAN.exec(text)) {
    // The match may run into a following word; try shorter prefixes ending on a group.
    const valid = validPrefix(m[0]);
    if (valid) found.push(validIban(m.index, valid));
  }
  return found;
}

/** IBANs cut by a line break: read over the whole message, since sentences are read
 * line by line. Only those whose check digits hold. */
export function findWrappedIbans(text: string): Candidate[] {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without a break nothing below is kept
  if (!text.includes('\n')) return [];
  const found: Candidate[] = [];
  WRAPPED_IBAN.lastIndex = 0;
  for (let m = WRAPPED_IBAN.exec(text); m; m = WRAPPED_IBAN.exec(text)) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; the check of the valid prefix below decides
    if (!m[0].includes('\n')) continue;
    const valid = validPrefix(m[0]);
    // Stryker disable next-line StringLiteral: an IBAN on one line is found as such, at the same place
    if (valid?.includes('\n')) found.push(validIban(m.index, valid));
  }
  return found;
}

const COMPANY_CONTEXT = /\b(?:siren|siret|rcs|n° ?tva|tva intra|company (?:number|id)|immatricul)/i;
// "eur" also starts "euro" and "euros".
const AMOUNT_AFTER = /^\s*(?:€|eur|k€|\$|%|m2|m²)/i;
// SIRET as printed on invoices: SIREN in threes, then the establishment's five digits.
const SIRET_LAYOUT = /^\d{3}([ .])\d{3}\1\d{3}[ .]?\d{5}$/;
const SIREN_LAYOUT = /^\d{3}([ .])\d{3}\1\d{3}$/;

/** SIRET, SIREN and payment cards, from runs of digits. */
/** Length of the SIRET (3 3 3 5) or SIREN (3 3 3) that opens a longer run of digit
 * groups, when its key is valid; 0 otherwise. */
function leadingCompanyNumber(raw: string): number {
  const m = /^(\d{3}([ .])\d{3}\2\d{3})(\2\d{5})?(?=\2)/.exec(raw);
  if (!m) return 0;
  const siren = m[1].replace(/\D/g, '');
  if (m[3] && siretOrSirenValid(siren + m[3].slice(1))) return m[1].length + m[3].length;
  return siretOrSirenValid(siren) ? m[1].length : 0;
}

export function findNumberIdentifiers(text: string): Candidate[] {
  const found: Candidate[] = [];
  const siret = (
    run: { start: number; end: number },
    score: number,
    reason: string,
    reasonEn: string,
  ) => found.push({ start: run.start, end: run.end, type: 'SIRET', score, reason, reasonEn });
  for (const run of findDigitRuns(text)) {
    // Stryker disable next-line ConditionalExpression,MethodExpression: Luhn, the SIREN keys and the issuers' prefixes all refuse a '+'
    if (run.digits.startsWith('+')) continue;
    const digits = run.digits;
    const company = contextBefore(text, run.start, COMPANY_CONTEXT);
    // "siren 889 676 920 1240 euros": an amount or a count right after the number merges
    // with it into one run; the SIREN or SIRET is its first groups, when their key holds.
    if (company && digits.length > 9 && digits.length !== 14) {
      const head = leadingCompanyNumber(run.raw);
      if (head) {
        siret(
          { start: run.start, end: run.start + head },
          0.9,
          'numéro SIREN ou SIRET (clé valide)',
          'SIREN or SIRET company number (valid check digit)',
        );
        continue;
      }
    }
    if (AMOUNT_AFTER.test(text.slice(run.end, run.end + 8))) continue;
    if (digits.length === 14) {
      const valid = siretOrSirenValid(digits);
      // Fourteen digits that pass Luhn may be a Diners card: without the words or the
      // layout of a SIRET, an issuer's prefix makes it a card.
      const layout = SIRET_LAYOUT.test(run.raw);
      const laPoste = valid && !luhnValid(digits);
      if (valid && (company || layout || laPoste || !cardIssuer(digits))) {
        siret(
          run,
          company || layout || laPoste ? 0.97 : 0.75,
          'numéro SIRET (clé valide)',
          'SIRET company number (valid check digit)',
        );
        continue;
      }
    }
    if (digits.length === 9 && (company || SIREN_LAYOUT.test(run.raw))) {
      if (siretOrSirenValid(digits))
        siret(
          run,
          company ? 0.95 : 0.75,
          'numéro SIREN (clé valide)',
          'SIREN company number (valid check digit)',
        );
      continue;
    }
    // Cards: an issuer's prefix and length (card-issuers.ts), and Luhn.
    if (!cardIssuer(digits)) continue;
    if (luhnValid(digits)) {
      found.push({
        start: run.start,
        end: run.end,
        type: 'CARD',
        score: 0.97,
        reason: 'numéro de carte bancaire (Luhn valide)',
        reasonEn: 'payment card number (valid Luhn check)',
      });
    }
  }
  return found;
}

/** A NIR or a card number wrapped over a line break ("1 91 02 13 055 231\n47"): read on
 * the text with its breaks as spaces (same offsets); only a valid key or Luhn check
 * counts, so two unrelated numbers on two lines are never joined. */
export function findWrappedNumbers(text: string): Candidate[] {
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without a break nothing below is kept
  if (!text.includes('\n')) return [];
  const flat = text.replace(/\n/g, ' ');
  // Stryker disable next-line MethodExpression,StringLiteral: a number on one line is found there too, at the same place
  const spansBreak = (c: Candidate) => text.slice(c.start, c.end).includes('\n');
  // Only numbers whose key or Luhn check holds are found at all.
  return [
    // Stryker disable next-line MethodExpression: a NIR on one line is found there too, at the same place
    ...findNirs(flat).filter(spansBreak),
    ...findNumberIdentifiers(flat).filter((c) => c.type === 'CARD' && spansBreak(c)),
  ];
}
