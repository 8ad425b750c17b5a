// Words that read as a name by their shape but name a post, a numbered part of a venue,
// a place, a month or an app where they stand. Read after names are found
// (not-names-here.ts), on each candidate and the words around it.
import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import { knownOrganizations } from '../lexicon/organizations.ts';
import { patternsRegExp, wordList } from '../lexicon/word-lists.ts';
import type { Candidate } from '../types.ts';

// A post, as signatures and referee lines print it ("Consultant Geriatrician", "Chargée
// de recrutement"), or the ending of a care profession ("Paediatrician", "Psychologist").
const POSTS = wordList('posts');
const LABELS = wordList('labels');
const COMPASS = wordList('compass');
const VENUES = wordList('venues');
const MONTHS = wordList('months');
let orgIndex: Map<string, unknown> | undefined;
const SENTENCE_OPENERS = wordList('clause-start');
const VERB_AFTER = /^\s+(?:is|was|has|said|says|told|est|etait|était|a|m'a|m’a|ma|dit)\b/iu;
// Labels of a field that holds a place: its value is where, not who.
const PLACE_LABEL = patternsRegExp('{place-label}', 'iu'); // patterns.txt
const isPost = (k: string): boolean =>
  POSTS.has(k) || /(?:ician|ologist|iatrist|therapist|therapeute)$/.test(k);

const keysOf = (s: string): string[] =>
  fold(s)
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);
const before = (text: string, c: Candidate, n: number): string =>
  text.slice(Math.max(0, c.start - n), c.start);

function asPerson(text: string, c: Candidate): Candidate | undefined {
  const g = gazetteer();
  // A title or a sure first name names someone whatever stands around it.
  const sure = (k: string) =>
    /^(?:mr|mrs|ms|miss|dr|m|mme|mlle|madame|monsieur|mademoiselle)$/.test(k) ||
    g.strongFirstNames.has(k);
  const known = (k: string) =>
    sure(k) || g.surnames.has(k) || (g.ambiguousSurnames.has(k) && !COMPASS.has(k));
  // A town, unless it is also a sure first name ("Jordan", "Sydney" are both).
  const town = (k: string) => g.places.has(k) && !sure(k);
  let keys = keysOf(text.slice(c.start, c.end));
  const last = keys[keys.length - 1];
  const word = text.slice(c.start, c.end);
  const plainWord = (k: string) =>
    !g.strongFirstNames.has(k) &&
    !g.ambiguousFirstNames.has(k) &&
    !g.surnames.has(k) &&
    !g.ambiguousSurnames.has(k);
  // "Chauffeur : Yann Le Floch", "Coordinatrice : Léa Martin": a field's label, one word
  // that is a common word or a post, before its colon, names nobody.
  if (
    keys.length === 1 &&
    /^\s?:/.test(text.slice(c.end, c.end + 2)) &&
    plainWord(last) &&
    (g.commonWords.has(last) ||
      isPost(last) ||
      /(?:trice|eur|euse|iste|ier|iere|ant|ante|aire|er|or|ist)$/.test(last))
  )
    return undefined;
  // "Location: Milton Keynes", "Ville : Saint-Nazaire": the value of a place's field.
  if (PLACE_LABEL.test(before(text, c, 24)) && !/^\p{Lu}\.? /u.test(word)) return undefined;
  // "PRLV SEPA LOYER", "VIR SALAIRE": a statement's words in capitals are common words.
  if (
    keys.length === 1 &&
    /^\p{Lu}{3,}$/u.test(word) &&
    (g.commonWords.has(last) || /(?:er|ait|ment|tion|sion|eur|age|ure)$/.test(last)) &&
    plainWord(last)
  )
    return undefined;
  // "Paris Expo Hall 4", "Ward 7", "Porte 3": a part of a venue labelled by a number,
  // not "with Harpreet Gill 10:00".
  if (
    /^ \d{1,3}[A-Za-z]?(?![\d\p{L}]| \d)/u.test(text.slice(c.end, c.end + 6)) &&
    (g.commonWords.has(last) || LABELS.has(last)) &&
    !keys.some(sure)
  ) {
    keys = keys.slice(0, -1);
    if (keys.length === 0) return undefined;
    c = { ...c, end: c.start + text.slice(c.start, c.end).lastIndexOf(' ') };
  }
  // "Dr Faisal Rahman, Consultant Geriatrician, Salford Royal": the post names nobody;
  // the item after it, printed with capitals, is where the person works.
  if (!keys.some((k) => sure(k) || (g.ambiguousFirstNames.has(k) && !g.commonWords.has(k)))) {
    // "Tom Driver", "Grace Nurse": a first name that is also a word still names someone.
    // "le directeur dupont": a post, then a known surname that ends the name.
    if (keys.some(isPost))
      return keys.some((k) => g.ambiguousFirstNames.has(k)) ||
        (keys.length > 1 && !isPost(last) && g.surnames.has(last))
        ? c
        : undefined;
    const item = /(\p{Lu}[^,|·–—]{1,50})[,|·–—]\s*$/u.exec(before(text, c, 52));
    // Not a sentence about one's own job ("I work as a cleaner, Benali is my boss"): a
    // pronoun opens it, or a verb follows the name.
    if (
      item &&
      /^\p{Lu}/u.test(text[c.start]) &&
      keysOf(item[1]).some(isPost) &&
      !SENTENCE_OPENERS.has(keysOf(item[1])[0]) &&
      !VERB_AFTER.test(text.slice(c.end, c.end + 12))
    )
      return { ...c, type: 'ORG', reason: 'employeur', reasonEn: 'employer' };
  }
  // "ZAC Part-Dieu Ouest", "Lyon Part-Dieu", "Marseille Chanot" (a town, not inside a
  // longer name: "Manpower Lyon Part-Dieu"), "Paris Expo", "London East": a venue or a
  // district built on a town. "Paris Hilton", "Florence Dupont" have a known surname.
  // A venue's word wins over a surname it may also be: "Lyon Arena", "Paris Arena".
  const townBefore = /(?<!\p{Lu}[\p{L}-]* +)(\p{Lu}[\p{L}-]{2,}) +$/u.exec(before(text, c, 30));
  // "Manpower Lyon Part-Dieu", "Adecco Paris Nation": a known company's branch, named by
  // the town and the district.
  const branch = /(\p{Lu}[\p{L}-]*) (\p{Lu}[\p{L}-]{2,}) $/u.exec(before(text, c, 40));
  const branchOf =
    branch !== null &&
    (orgIndex ??= knownOrganizations(fold)).has(fold(branch[1])) &&
    town(fold(branch[2])) &&
    !keys.some(known);
  // "Karim Lyon Part-Dieu", "avec Sophie Paris Nation": a first name, then where one
  // meets: the town and its district, not a second person.
  const personThenTown =
    branch !== null &&
    g.strongFirstNames.has(fold(branch[1])) &&
    town(fold(branch[2])) &&
    !keys.some(known);
  if (
    personThenTown ||
    /^Z(?:AC|A|I|AE|UP)\b/.test(text.slice(c.start, c.end)) ||
    (townBefore &&
      town(fold(townBefore[1])) &&
      (keys.every((k) => VENUES.has(k)) || !keys.some(known))) ||
    branchOf ||
    (keys.length > 1 &&
      town(keys[0]) &&
      keys.slice(1).every((k) => VENUES.has(k) || (!known(k) && g.commonWords.has(k)))) ||
    (keys.length > 1 &&
      COMPASS.has(last) &&
      /\p{Lu}/u.test(text[c.end - last.length]) &&
      keys.slice(0, -1).every((k) => g.places.has(k) || !known(k)))
  )
    return undefined;
  return c;
}

/** The candidate as it stands (trimmed of a numbered label, or an employer rather than a
 * person), or undefined when it names a post, a place, a month or an app. */
export function asNamed(text: string, c: Candidate): Candidate | undefined {
  const keys = keysOf(text.slice(c.start, c.end));
  // "Rota for Jan", "30 Nov": a month shortened, after a preposition or beside a number.
  if (
    keys.length === 1 &&
    MONTHS.has(keys[0]) &&
    (/(?:\d|\b(?:for|in|from|until|by|since|of|to|en|pour|depuis|fin|mi))\s*$/i.test(
      before(text, c, 8),
    ) ||
      /^\.? ?\d/.test(text.slice(c.end, c.end + 3)))
  )
    return undefined;
  // "i send her money every month with revolut": an app used to pay, send or order.
  if (
    c.type === 'ORG' &&
    /\b(?:with|avec|via|par|using)\s+$/i.test(before(text, c, 7)) &&
    /\b(?:sen[dt]|pa[iy]|money|transf|virement|vir[ée]|envo|command|order|argent)/i.test(
      text.slice(0, c.start),
    )
  )
    return undefined;
  return c.type === 'PERSON' ? asPerson(text, c) : c;
}
