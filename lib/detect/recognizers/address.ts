import type { Candidate } from '../types.ts';

const STREET_TYPES =
  'rue|avenue|av\\.?|boulevard|bd|bld|place|pl\\.|square|allée|allee|impasse|chemin|route|quai|cours|passage|villa|cité|cite|résidence|residence|faubourg|fg|lotissement|sentier|voie|rond-point|parvis|promenade|esplanade|hameau|lieu-dit|mail|montée|ruelle|venelle|clos|domaine|parc|rte|chaussée';
// Number (with bis/ter), street type: the anchor. The name is read token by token below.
const FR_START = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,4}(?: ?(?:bis|ter|[abt])\\b)?,? )(?:${STREET_TYPES})(?![\\p{L}])`,
  'giu',
);
const EN_STREET =
  /(?<![\p{L}\d])\d{1,5}[A-Z]? (?:[A-Z][\p{L}'-]+ ){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Boulevard|Place|Square|Way|Court)(?:,? (?:[A-Z][\p{L}'-]+ ?){1,3})?(?:,? ?(?:[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]{2} \d{5}))?(?![\p{L}\d])/gu;
const PARTICLES = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'aux',
  'au',
  'à',
  'a',
  'sur',
  'en',
  'saint',
  'sainte',
  'st',
  'ste',
]);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}-]*|['’]/uy;
const POSTAL_CITY =
  /,? ?(?:\d{5}|\d{2} \d{3}) (?:[\p{Lu}][\p{L}\p{M}'’-]*)(?: (?:[\p{Lu}][\p{L}\p{M}'’-]*|sur|sous|en|les|le|la|de|du|d'\S+)){0,4}(?: (?:cedex|CEDEX)(?: \d{1,2})?)?/uy;

export function findAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  const reason = { reason: 'adresse postale', reasonEn: 'street address' };
  FR_START.lastIndex = 0;
  for (let m = FR_START.exec(text); m; m = FR_START.exec(text)) {
    let end = m.index + m[0].length;
    let words = 0;
    let lastGood = end;
    let pos = end;
    // Street name: capitalised words and particles, at most eight tokens.
    while (words < 8) {
      let p = pos;
      while (p < text.length && text[p] === ' ') p++;
      if (text[p] === "'" || text[p] === '’') p++;
      WORD.lastIndex = p;
      const w = WORD.exec(text);
      if (!w || (p === pos && pos !== end && text[pos - 1] !== "'" && text[pos - 1] !== '’')) break;
      const token = w[0];
      const isName = /^[\p{Lu}\d]/u.test(token);
      if (!isName && !PARTICLES.has(token.toLowerCase())) break;
      pos = p + token.length;
      words++;
      if (isName) lastGood = pos;
    }
    if (lastGood === end) continue;
    end = lastGood;
    POSTAL_CITY.lastIndex = end;
    const pc = POSTAL_CITY.exec(text);
    if (pc) end += pc[0].length;
    found.push({ start: m.index, end, type: 'ADDRESS', score: 0.9, ...reason });
  }
  EN_STREET.lastIndex = 0;
  for (let m = EN_STREET.exec(text); m; m = EN_STREET.exec(text)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'ADDRESS',
      score: 0.8,
      ...reason,
    });
  }
  return found;
}
