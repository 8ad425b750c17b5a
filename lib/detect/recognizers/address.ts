import type { Candidate } from '../types.ts';

const STREET_TYPES =
  'rue|avenue|av\\.?|boulevard|bd|bld|place|pl\\.|square|allée|allee|impasse|chemin|route|quai|cours|passage|villa|cité|cite|résidence|residence|faubourg|fg|lotissement|sentier|voie|rond-point|parvis|promenade|esplanade|hameau|lieu-dit|mail|montée|ruelle|venelle|clos|domaine|parc|rte|chaussée';
// Number (with bis/ter), street type: the anchor. The name is read token by token below.
const FR_START = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,4}(?: ?(?:bis|ter|[abt])\\b)?,? )(?:${STREET_TYPES})(?![\\p{L}])`,
  'giu',
);
const EN_STREET_TYPES =
  'Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Drive|Boulevard|Place|Square|Way|Court|Walk|Close|Gardens|Crescent|Grove|Terrace|Row|Mews|Hill|Rise|Parade|Wharf|Quay|View|Park';
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}';
const EN_STREET = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,5}[A-Z]? (?:[A-Z][\\p{L}'-]+ ){1,3}(?:${EN_STREET_TYPES})(?:,? (?:[A-Z][\\p{L}'-]+ ?){1,3})?(?:,? ?(?:${UK_POSTCODE}|[A-Z]{2} \\d{5}))?(?![\\p{L}\\d])`,
  'gu',
);
// The same typed in lower case ("41 harcourt road sheffield s10 1dq"): only with the
// postcode at the end, which no sentence has by chance.
const EN_STREET_LOWER = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,5}[a-z]? (?:[a-z][\\p{L}'-]+ ){1,3}(?:${EN_STREET_TYPES.toLowerCase()}),? (?:[a-z][\\p{L}'-]+ ){1,2},? ?${UK_POSTCODE.toLowerCase()}(?![\\p{L}\\d])`,
  'gu',
);
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
const WORD = /[\p{L}\p{M}][\p{L}\p{M}-]*/uy;
// Postal code, then the city: capitalised words, or in lower case one word and the
// particles of compound names ("aix en provence"); CEDEX and its number.
const CITY_WORD = "(?!cedex\\b|Cedex\\b|CEDEX\\b)[\\p{Lu}][\\p{L}\\p{M}'’-]*";
const POSTAL_CITY = new RegExp(
  `,? ?(?:\\d{5}|\\d{2} \\d{3}) (?:${CITY_WORD}(?: (?:(?:sur|sous|en|les|lès|le|la|de|du|aux?) |d['’])?${CITY_WORD}){0,4}|(?:(?:saint|sainte|st|ste) )?[\\p{Ll}][\\p{L}\\p{M}'’-]*(?: (?:sur|sous|en|les|lès|le|la|de|du|aux?) [\\p{L}\\p{M}'’-]+){0,2})(?: (?:cedex|Cedex|CEDEX)(?: \\d{1,2})?)?`,
  'uy',
);
// A postal box or delivery code between the street and the postal code (CS 70012).
const POSTAL_BOX = /,? (?:bp|cs|tsa) ?\d{1,6}/iy;
// ... or before the street: "BP 118 21 rue Pasteur".
const POSTAL_BOX_BEFORE = /(?:bp|cs|tsa) ?\d{1,6},? $/i;
// A postal box with its postal code and city, no street: "BP 45, 33000 Bordeaux Cedex".
const POSTAL_BOX_ALONE = /(?<![\p{L}\d])(?:bp|cs|tsa) ?\d{1,6}/giu;
// A place without a street number: "lieu-dit les Granges 24560 Issigeac".
const LIEU_DIT = /(?<![\p{L}])(?:lieu[- ]dit|hameau) /giu;
// Words about where someone lives, after which a lower-case street is still an address.
const ADDRESS_CUE =
  /(?:habite|adresse|domicile|livr|envoie|envoyer|colis|courrier|facturation|demenag|déménag)\S*\s+(?:\S+\s+){0,3}$/i;
// Words that end a lower-case street name.
const NOT_STREET = new Set(
  'et ou mais donc car depuis pour avec chez c ca ça est sont a au qui que quoi stp svp merci demain hier ce cette on je tu il elle nous vous ils elles'.split(
    ' ',
  ),
);

/** End of a postal code and city starting at `at`, with a postal box before them. */
function postalEnd(text: string, at: number): number {
  let pos = at;
  POSTAL_BOX.lastIndex = pos;
  const box = POSTAL_BOX.exec(text);
  if (box) pos += box[0].length;
  POSTAL_CITY.lastIndex = pos;
  const pc = POSTAL_CITY.exec(text);
  return pc ? pos + pc[0].length : box ? pos : at;
}

/** End of the street name that starts at `from`: capitalised words and particles, or
 * lower-case words when a postal code follows or the words before speak of an address. */
function streetEnd(text: string, from: number, cue: boolean): number {
  let words = 0;
  let lastCapitalised = from;
  let lastLower = from;
  let pos = from;
  let lowerOk = true;
  while (words < 8) {
    const postal = postalEnd(text, pos);
    if (postal > pos && words > 0) return postal;
    let p = pos;
    while (text[p] === ' ') p++;
    if (text[p] === "'" || text[p] === '’') p++;
    WORD.lastIndex = p;
    const w = WORD.exec(text);
    if (!w) break;
    const token = w[0];
    const isName = /^\p{Lu}/u.test(token);
    const particle = PARTICLES.has(token.toLowerCase());
    if (!isName && !particle && (NOT_STREET.has(token.toLowerCase()) || token.length < 2)) break;
    pos = p + token.length;
    words++;
    if (isName) lastCapitalised = pos;
    if (!isName && !particle) lowerOk &&= words <= 4;
    if (!particle) lastLower = pos;
  }
  if (lastCapitalised > from) return postalEnd(text, lastCapitalised);
  return cue && lowerOk ? lastLower : from;
}

export function findAddresses(text: string): Candidate[] {
  const found: Candidate[] = [];
  const reason = { reason: 'adresse postale', reasonEn: 'street address' };
  FR_START.lastIndex = 0;
  for (let m = FR_START.exec(text); m; m = FR_START.exec(text)) {
    let start = m.index;
    const from = m.index + m[0].length;
    const cue = ADDRESS_CUE.test(text.slice(Math.max(0, start - 60), start));
    const end = streetEnd(text, from, cue);
    if (end === from) continue;
    const box = POSTAL_BOX_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (box) start -= box[0].length;
    found.push({ start, end, type: 'ADDRESS', score: 0.9, ...reason });
  }
  POSTAL_BOX_ALONE.lastIndex = 0;
  for (let m = POSTAL_BOX_ALONE.exec(text); m; m = POSTAL_BOX_ALONE.exec(text)) {
    const from = m.index + m[0].length;
    POSTAL_CITY.lastIndex = from;
    const city = POSTAL_CITY.exec(text);
    if (city)
      found.push({
        start: m.index,
        end: from + city[0].length,
        type: 'ADDRESS',
        score: 0.85,
        ...reason,
      });
  }
  LIEU_DIT.lastIndex = 0;
  for (let m = LIEU_DIT.exec(text); m; m = LIEU_DIT.exec(text)) {
    const from = m.index + m[0].length;
    const end = streetEnd(text, from, true);
    if (end > from) found.push({ start: m.index, end, type: 'ADDRESS', score: 0.85, ...reason });
  }
  for (const pattern of [EN_STREET, EN_STREET_LOWER]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // "Flat 2, 18 Albert Street": the flat belongs to the address.
      const flat = /(?:flat|apartment|apt|unit) \w{1,4},? $/i.exec(
        text.slice(Math.max(0, m.index - 20), m.index),
      );
      found.push({
        start: m.index - (flat ? flat[0].length : 0),
        end: m.index + m[0].length,
        type: 'ADDRESS',
        score: 0.8,
        ...reason,
      });
    }
  }
  return found;
}

// An address block over several lines, as forms and signatures print it: a building
// line, the street line, the postal code and city line.
const BUILDING_LINE =
  /^\s*(?:r[ée]sidence|b[âa]timent|b[âa]t\.?|immeuble|escalier|esc\.?|appartement|appt|apt|flat|unit|lieu-dit|chez)\b[^\n]{0,60}$/iu;
const POSTAL_LINE =
  /^\s*(?:\d{5} [\p{L}\p{M}'’ -]{2,40}?(?: cedex(?: \d{1,2})?)?|[\p{Lu}][\p{L}'’ -]{1,30},? [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\s*$/iu;

/** Addresses whose street line is followed by a postal code and city line (and perhaps
 * preceded by a building line): one address over the lines. Offsets are the text's. */
export function findAddressBlocks(text: string): Candidate[] {
  if (!text.includes('\n')) return [];
  const found: Candidate[] = [];
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  for (let k = 0; k + 1 < lines.length; k++) {
    const street = findAddresses(lines[k].text).find(
      (a) => lines[k].text.slice(a.end).trim().length === 0,
    );
    if (!street || !POSTAL_LINE.test(lines[k + 1].text)) continue;
    const building = k > 0 && BUILDING_LINE.test(lines[k - 1].text);
    const startLine = building ? lines[k - 1] : lines[k];
    const start = building
      ? startLine.start + (startLine.text.length - startLine.text.trimStart().length)
      : lines[k].start + street.start;
    const next = lines[k + 1];
    found.push({
      start,
      end: next.start + next.text.trimEnd().length,
      type: 'ADDRESS',
      score: 0.9,
      reason: 'adresse postale',
      reasonEn: 'street address',
    });
  }
  return found;
}
