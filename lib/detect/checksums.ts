// Check digits of the identifiers Cadre recognizes. Inputs are digit strings.

/** Luhn (ISO/IEC 7812): payment cards, SIREN and SIRET. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

const LA_POSTE_SIREN = '356000000';

/** SIREN (9 digits) or SIRET (14 digits). La Poste's establishments (SIREN 356000000)
 * break Luhn: their SIRET digits sum to a multiple of 5 instead. */
export function siretOrSirenValid(digits: string): boolean {
  if (!/^\d{9}$|^\d{14}$/.test(digits)) return false;
  if (/^0+$/.test(digits)) return false;
  if (digits.length === 14 && digits.startsWith(LA_POSTE_SIREN)) {
    if (digits === '35600000000048') return true; // La Poste's head office follows Luhn
    let sum = 0;
    for (const ch of digits) sum += ch.charCodeAt(0) - 48;
    return sum % 5 === 0;
  }
  return luhnValid(digits);
}

/** French social security number: 13 characters (Corsica: 2A/2B in the department)
 * and a 2-digit key equal to 97 − (number mod 97). */
export function nirKeyValid(body13: string, key: string): boolean {
  const upper = body13.toUpperCase();
  if (!/^[12378]\d{4}(?:\d{2}|2A|2B)\d{6}$/.test(upper)) return false;
  // Corsica: 2A counts as 19, 2B as 18 in the department position.
  const numeric = upper.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  const expected = 97 - (Number(numeric) % 97);
  return Number(key) === expected;
}

/** ISO 13616's check of an IBAN (compact, capitals): moved to the end, letters as
 * 10–35, the whole number mod 97 is 1. */
export function ibanMod97Valid(compact: string): boolean {
  const moved = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const char of moved) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    rest = (value > 9 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest === 1;
}

/** French intra-EU VAT number: "FR", a two-digit key, the SIREN; key = (12 + 3 × (SIREN mod 97)) mod 97. */
export function frenchVatValid(key: string, siren: string): boolean {
  return siretOrSirenValid(siren) && Number(key) === (12 + 3 * (Number(siren) % 97)) % 97;
}
