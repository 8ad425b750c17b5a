import { isValidIBAN } from 'ibantools';
import { luhnValid, nirKeyValid, siretOrSirenValid } from '../checksums.ts';
import type { Candidate } from '../types.ts';
import { findDigitRuns } from './digit-runs.ts';

// NIR: sex, year, month, department (2A/2B for Corsica), commune, order, key.
const NIR =
  /(?<![\p{L}\d])([1-478])[ .]?(\d\d)[ .]?(\d\d)[ .]?(\d\d|2[AB])[ .]?(\d{3})[ .]?(\d{3})[ .]?(\d\d)(?![\p{L}\d])/giu;

export function findNirs(text: string): Candidate[] {
  const found: Candidate[] = [];
  NIR.lastIndex = 0;
  for (let m = NIR.exec(text); m; m = NIR.exec(text)) {
    const body = m.slice(1, 7).join('');
    if (!nirKeyValid(body, m[7])) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'NIR',
      score: 0.99,
      reason: 'numéro de sécurité sociale (clé valide)',
      reasonEn: 'social security number (valid key)',
    });
  }
  return found;
}

// Country code, check digits, then 11 to 30 letters or digits, spaces allowed.
const IBAN = /(?<![\p{L}\d])[A-Z]{2}\d\d(?: ?[A-Z0-9]){11,30}(?![\p{L}\d])/giu;

export function findIbans(text: string): Candidate[] {
  const found: Candidate[] = [];
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m; m = IBAN.exec(text)) {
    // The match may run into a following word; try shorter prefixes ending on a group.
    let raw = m[0];
    while (raw.length >= 15) {
      if (isValidIBAN(raw.replace(/ /g, '').toUpperCase())) {
        found.push({
          start: m.index,
          end: m.index + raw.length,
          type: 'IBAN',
          score: 0.99,
          reason: 'IBAN (clé de contrôle valide)',
          reasonEn: 'IBAN (valid check digits)',
        });
        break;
      }
      const cut = raw.lastIndexOf(' ');
      if (cut < 0) break;
      raw = raw.slice(0, cut);
    }
  }
  return found;
}

const COMPANY_CONTEXT = /\b(?:siren|siret|rcs|n° ?tva|tva intra|company (?:number|id)|immatricul)/i;
const AMOUNT_AFTER = /^\s*(?:€|euros?|eur|k€|\$|%|m2|m²)/i;

/** SIRET, SIREN and payment cards, from runs of digits. */
export function findNumberIdentifiers(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const run of findDigitRuns(text)) {
    const digits = run.digits.replace('+', '');
    if (run.digits.startsWith('+')) continue;
    const before = text.slice(Math.max(0, run.start - 40), run.start);
    const after = text.slice(run.end, run.end + 8);
    const hasContext = COMPANY_CONTEXT.test(before);
    if (AMOUNT_AFTER.test(after)) continue;
    if (
      digits.length === 14 &&
      siretOrSirenValid(digits) &&
      (hasContext || /^\d{3} ?\d{3} ?\d{3} ?\d{5}$/.test(run.raw) || !luhnValid(digits))
    ) {
      found.push({
        start: run.start,
        end: run.end,
        type: 'SIRET',
        score: 0.97,
        reason: 'numéro SIRET (clé valide)',
        reasonEn: 'SIRET company number (valid check digit)',
      });
      continue;
    }
    if (
      digits.length === 9 &&
      siretOrSirenValid(digits) &&
      (hasContext || /^\d{3}[ .]\d{3}[ .]\d{3}$/.test(run.raw))
    ) {
      found.push({
        start: run.start,
        end: run.end,
        type: 'SIRET',
        score: hasContext ? 0.95 : 0.75,
        reason: 'numéro SIREN (clé valide)',
        reasonEn: 'SIREN company number (valid check digit)',
      });
      continue;
    }
    // Cards: 13 to 19 digits, Luhn, and a known issuer prefix (Visa, Mastercard, Amex,
    // Discover, JCB, Diners, UnionPay, CB co-branded).
    if (
      digits.length >= 13 &&
      digits.length <= 19 &&
      /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6)/.test(digits) &&
      luhnValid(digits)
    ) {
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
