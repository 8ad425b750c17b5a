// Capitalised words that read as a name by their shape but name a post, a numbered part
// of a venue, a place, a month or an app where they stand. Read after names are found
// (not-names-here.ts), on each candidate and the words around it.
import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import { words } from '../lexicon/words.ts';
import type { Candidate } from '../types.ts';

// Words that make a post, as signatures and referee lines print it after a name
// ("Consultant Geriatrician", "Chargée de recrutement", "Responsable RH"), and the
// endings of medical and care professions ("Paediatrician", "Psychologist").
const POSTS = words(
  'assistant assistants assistante accountant technician technicienne engineer officer leader member operative driver coordinator coordinatrice coordinateur administrator adviser advisor analyst apprentice trainee supervisor consultant executive receptionist cleaner nurse carer worker manager director directeur directrice representative specialist associate lead practitioner registrar matron midwife responsable charge chargee adjoint adjointe infirmier infirmiere conseiller conseillere gestionnaire referent referente educateur educatrice animateur animatrice psychologue medecin secretaire comptable juriste cadre',
);
const PROFESSION_ENDING = /(?:ician|ologist|iatrist|therapist|therapeute)$/;
const TITLE = /^(?:mr|mrs|ms|miss|dr|m|mme|mlle)$/;
const isPost = (key: string): boolean => POSTS.has(key) || PROFESSION_ENDING.test(key);

const keysOf = (s: string): string[] =>
  fold(s)
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);

/** A word that names someone whatever stands around it: a sure first name or a title. */
function personWord(key: string): boolean {
  return TITLE.test(key) || gazetteer().strongFirstNames.has(key);
}

// 1. A post, and what follows it in a signature: "Dr Faisal Rahman, Consultant
// Geriatrician, Salford Royal". The post names nobody; the item after it is where the
// person works, an organisation.
const ITEM_BEFORE = /([^,|·•–—]{2,50})[,|·•–—]\s*$/u;
function postOrWorkplace(text: string, c: Candidate, keys: string[]): 'post' | 'workplace' | '' {
  const g = gazetteer();
  if (keys.some((k) => personWord(k) || (g.ambiguousFirstNames.has(k) && !g.commonWords.has(k))))
    return '';
  if (keys.some(isPost)) return 'post';
  const item = ITEM_BEFORE.exec(text.slice(Math.max(0, c.start - 52), c.start));
  return item !== null && keysOf(item[1]).some(isPost) ? 'workplace' : '';
}

// 2. A part of a venue labelled by a number: "Hall 4", "Ward 7", "Pavillon 7", "Porte 3".
const LABELS = words('pavillon quai bloc box aile');
const LABEL_NUMBER = /^ \d{1,3}[A-Za-z]?(?![\d\p{L}]| \d)/u;
/** The candidate without a last word labelled by a number, or undefined when nothing is
 * left; the candidate itself otherwise. */
function withoutNumberedLabel(text: string, c: Candidate): Candidate | undefined {
  if (!LABEL_NUMBER.test(text.slice(c.end, c.end + 6))) return c;
  const last = /\S+$/u.exec(text.slice(c.start, c.end))!;
  const key = fold(last[0]);
  // "with Harpreet Gill 10:00": a full name before a time keeps its surname.
  if (
    !(gazetteer().commonWords.has(key) || LABELS.has(key)) ||
    keysOf(text.slice(c.start, c.end)).some(personWord)
  )
    return c;
  const end = c.start + text.slice(c.start, c.start + last.index).trimEnd().length;
  return end > c.start ? { ...c, end } : undefined;
}

// 3. Venues and districts built on a town: "Paris Expo", "Lyon Part-Dieu", "Marseille
// Chanot", "London East", "ZAC Part-Dieu Ouest". A name that is also a town counts as a
// person only with a known surname beside it ("Paris Hilton", "Florence Dupont").
const COMPASS = words('nord sud est ouest north south east west centre center');
const VENUES = words(
  'expo exposition arena stade stadium parc park gare station aeroport airport congres convention events centre center',
);
const ZONES = /^(?:ZAC|ZA|ZI|ZAE|ZUP)\b/;
// Not inside a longer name ("Manpower Lyon Part-Dieu" is an agency).
const TOWN_BEFORE = /(?<!\p{Lu}[\p{L}-]* )(\p{Lu}[\p{L}-]{2,}) $/u;
function placeOrVenue(text: string, c: Candidate, keys: string[]): boolean {
  const g = gazetteer();
  if (ZONES.test(text.slice(c.start, c.end))) return true;
  const known = (k: string) =>
    personWord(k) || g.surnames.has(k) || (g.ambiguousSurnames.has(k) && !COMPASS.has(k));
  const town = (k: string) => g.places.has(k) && !personWord(k);
  const townBefore = TOWN_BEFORE.exec(text.slice(Math.max(0, c.start - 30), c.start));
  if (townBefore && town(fold(townBefore[1])) && !keys.some(known)) return true;
  if (keys.length < 2) return false;
  // A town that is also a first name, then a word: only a common word or a venue's.
  const venueWord = (k: string) => !known(k) && (g.commonWords.has(k) || VENUES.has(k));
  if (town(keys[0]) && keys.slice(1).every(venueWord)) return true;
  // A district: a town (or a word no list knows) and a point of the compass.
  return (
    COMPASS.has(keys[keys.length - 1]) &&
    /\p{Lu}/u.test(text[c.end - keys[keys.length - 1].length] ?? '') &&
    keys.slice(0, -1).every((k) => g.places.has(k) || !known(k))
  );
}

// 4. A month shortened, beside a date or after a preposition: "Rota for Jan", "12 Jan".
const MONTHS = words('jan feb mar apr jun jul aug sep sept oct nov dec janv fev fevr avr juil');
const TIME_BEFORE =
  /(?:\d|\b(?:for|in|from|until|till|by|since|of|to|next|last|this|early|mid|late|end|en|pour|depuis|fin|debut|mi|jusqu'en))\s*$/i;
function shortMonth(text: string, c: Candidate, keys: string[]): boolean {
  return (
    keys.length === 1 &&
    MONTHS.has(keys[0]) &&
    (TIME_BEFORE.test(fold(text.slice(Math.max(0, c.start - 12), c.start))) ||
      /^\.?\s*\d/.test(text.slice(c.end, c.end + 3)))
  );
}

// 5. An app used to pay, send or order: "i send her money every month with revolut".
const MEANS_BEFORE = /\b(?:with|avec|via|par|using|through)\s+$/i;
const PAYING =
  /\b(?:send|sends|sent|pay|pays|paid|paying|transfer\S*|money|order\S*|book\S*|virement|vir[ée]|envo\S*|pa[iy]\S*|command\S*|r[ée]serv\S*|argent|thunes|sous)\b/i;
function appUsed(text: string, c: Candidate): boolean {
  return (
    c.type === 'ORG' &&
    MEANS_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start)) &&
    PAYING.test(text.slice(0, c.start))
  );
}

/** The candidate as it stands (trimmed of a numbered label), or undefined when it names
 * a post, a place, a month or an app rather than a person or a company. */
export function asNamed(text: string, found: Candidate): Candidate | undefined {
  if (found.type !== 'PERSON' && found.type !== 'ORG') return found;
  if (appUsed(text, found)) return undefined;
  if (found.type !== 'PERSON' && !MONTHS.has(fold(text.slice(found.start, found.end))))
    return found;
  const c = withoutNumberedLabel(text, found);
  if (!c) return undefined;
  const keys = keysOf(text.slice(c.start, c.end));
  if (shortMonth(text, c, keys)) return undefined;
  if (c.type !== 'PERSON') return c;
  const post = postOrWorkplace(text, c, keys);
  if (post === 'workplace') return { ...c, type: 'ORG', reason: 'employeur', reasonEn: 'employer' };
  return post || placeOrVenue(text, c, keys) ? undefined : c;
}
