import { isValidBIC } from '../iban-countries.ts';
import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import { DAYS } from '../segment.ts';
import type { Candidate } from '../types.ts';
import { asNamed } from './things-named-like-people.ts';
import { wordList } from '../lexicon/word-lists.ts';

// Words that read as names by their shape, but not where they stand: opening hours,
// bank codes, acronyms, the town of a trade register. Read after names are found, on each candidate and its
// surroundings, so that the recognisers stay about names.

// Days as opening hours shorten them (segment.ts keeps their dot inside a sentence).
const DAY_ABBREVIATIONS = DAYS;
const DAY = `(?:${[...DAY_ABBREVIATIONS].join('|')})[a-z]*\\.?`;
// "Lun – Ven", "Mon-Fri", "du lun au ven", "Sam. et Dim.": a day next to another day.
// "et" or "and" only after a dot: "Sam et Dim sont venus" are two people.
const DAY_RANGE_AFTER = new RegExp(
  `^(?:\\.?\\s*(?:[-–—/&]|à|au|a|to|till|until)|\\.\\s*(?:et|and))\\s*${DAY}`,
  'i',
);
const DAY_RANGE_BEFORE = new RegExp(
  `(?:${DAY}\\s*(?:[-–—/&]|à|au|a|to|till|until)|${DAY.slice(0, -3)}\\.\\s*(?:et|and))\\s*$`,
  'i',
);
// "Sam : 7h – 13h", "Sat 10am-4pm": a day before opening hours, from one time to another
// ("Sam : 10h ?" may be Sam).
const HOURS_AFTER =
  /^\.?\s*:?\s*(?:de\s+)?\d{1,2}\s*(?:h\d{0,2}|:\d\d|am|pm)?\s*(?:[-–—]|à|a|to)\s*\d/i;

function dayInSchedule(text: string, c: Candidate): boolean {
  if (!DAY_ABBREVIATIONS.has(fold(text.slice(c.start, c.end)))) return false;
  const after = text.slice(c.end, c.end + 16);
  const before = text.slice(Math.max(0, c.start - 16), c.start);
  return DAY_RANGE_AFTER.test(after) || DAY_RANGE_BEFORE.test(before) || HOURS_AFTER.test(after);
}

// A bank's BIC (SWIFT) code: "BIC : SOGEFRPPXXX". Named by its label, or by the branch
// code "XXX" or a digit that no word has.
const BIC_LABEL = /\b(?:bic|swift)\b[\s:#-]*$/i;
function bankCode(text: string, c: Candidate): boolean {
  // Stryker disable next-line ConditionalExpression: a shortcut; a longer value is no valid BIC either
  if (c.end - c.start > 11) return false;
  // The whole code, digits included ("CMCIFR2A" is read as the name "CMCIFR"); a code
  // has 11 characters at most, so only that much is read around the candidate.
  const left = /[A-Z0-9]*$/.exec(text.slice(Math.max(0, c.start - 11), c.start))![0];
  // Stryker disable next-line Regex: the empty match at 0 makes the anchor change nothing
  const right = /^[A-Z0-9]*/.exec(text.slice(c.end, c.end + 11))![0];
  const start = c.start - left.length;
  const value = left + text.slice(c.start, c.end) + right;
  if (!isValidBIC(value)) return false;
  return BIC_LABEL.test(text.slice(Math.max(0, start - 12), start)) || /XXX$|\d/.test(value);
}

// "le dossier APA": one word of four capitals or fewer, in a message written in mixed
// case, is an acronym; names written in capitals come with a first name or a title.
function loneAcronym(text: string, c: Candidate, mixedCase: boolean): boolean {
  return c.type === 'PERSON' && mixedCase && /^\p{Lu}{2,4}$/u.test(text.slice(c.start, c.end));
}

// "RCS Paris 784 490 153", "RCS de Lyon": the town of the trade register that a company
// is entered in, as invoices and legal notices print it.
const REGISTER_BEFORE = /\bRCS\s+(?:de\s+|d['’]\s*)?$/i;
function registerTown(text: string, c: Candidate): boolean {
  return REGISTER_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start));
}

// English contractions typed without their apostrophe are no names, though a few are in
// the name lists ("Wont", "Hes"); a name before one ends there ("chris didnt turn up").
const CONTRACTIONS = wordList('contractions');
const LAST_WORD = /\s*(\S+)$/u;

function withoutContraction(text: string, c: Candidate): Candidate | undefined {
  const last = LAST_WORD.exec(text.slice(c.start, c.end));
  if (!last || !CONTRACTIONS.has(fold(last[1]))) return c;
  const end = c.end - last[0].length;
  return end > c.start ? { ...c, end } : undefined;
}

// "Maître de Cérémonie", "Maître de Chai", "maître d'Hôtel": a post, not a lawyer; the
// capitalised word after "de" is the trade, not a surname ("Maître de la Fontaine" is).
const MASTER_OF = wordList('master-of');
const MASTER_BEFORE = /\bma[iî]tres?\s+(?:de\s+|d['’]\s*)$/iu;
function masterOfTrade(text: string, c: Candidate): boolean {
  if (c.type !== 'PERSON' || !MASTER_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)))
    return false;
  const g = gazetteer();
  return fold(text.slice(c.start, c.end))
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .every(
      (k) =>
        MASTER_OF.has(k) ||
        (g.commonWords.has(k) && !g.surnames.has(k) && !g.ambiguousSurnames.has(k)),
    );
}

// "my sister in london wants a job", "elle bosse à paris": a town after a preposition of
// place, though the town is a first name too (Paris, Florence, Nancy). One word only, and
// not a possessive ("in Florence's office" is hers).
const PLACE_BEFORE = /(?:^|\s)(?:in|based in|near|outside|à|en|près de|pres de)\s+$/iu;
const POSSESSIVE_AFTER = /^['’]s\b/i;
function townAfterPlaceWord(text: string, c: Candidate): boolean {
  if (c.type !== 'PERSON') return false;
  const word = text.slice(c.start, c.end);
  return (
    !/\s/.test(word) &&
    gazetteer().places.has(fold(word)) &&
    PLACE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) &&
    !POSSESSIVE_AFTER.test(text.slice(c.end, c.end + 3))
  );
}

// "a friend of mine called", "a cousin of hers": a possessive pronoun after "of", though
// Mine is a first name too.
const OF_BEFORE = /(?:^|\s)of\s+$/i;
function pronounAfterOf(text: string, c: Candidate): boolean {
  return (
    c.type === 'PERSON' &&
    /^(?:mine|yours|his|hers|ours|theirs)$/i.test(text.slice(c.start, c.end)) &&
    OF_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start))
  );
}

/** The candidates that are names where they stand. */
export function namesHere(text: string, found: Candidate[]): Candidate[] {
  // Stryker disable next-line ConditionalExpression: a shortcut; filtering nothing gives nothing
  if (found.length === 0) return found;
  const mixedCase = /\p{Ll}/u.test(text);
  const candidates = found
    .map((c) => (c.type === 'PERSON' || c.type === 'ORG' ? withoutContraction(text, c) : c))
    .map((c) => c && asNamed(text, c))
    .filter((c): c is Candidate => c !== undefined);
  return candidates.filter(
    (c) =>
      (c.type !== 'PERSON' && c.type !== 'ORG') ||
      !(
        dayInSchedule(text, c) ||
        bankCode(text, c) ||
        loneAcronym(text, c, mixedCase) ||
        registerTown(text, c) ||
        masterOfTrade(text, c) ||
        townAfterPlaceWord(text, c) ||
        pronounAfterOf(text, c)
      ),
  );
}
