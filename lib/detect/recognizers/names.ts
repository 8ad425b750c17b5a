import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import {
  ACRONYMS,
  CALENDAR,
  CAR_MAKERS,
  GENERIC_CAPITALISED,
  MONTHS_AND_DAYS,
  PRODUCT_NAMES,
  PRODUCTS,
  THING_BEFORE,
  TOOLS,
} from '../lexicon/not-names.ts';
import {
  knownOrganizations,
  LEGAL_FORMS,
  ORG_HEADS,
  ORG_TAILS,
  ORG_TRIGGERS,
  type KnownOrg,
} from '../lexicon/organizations.ts';
import { tokenize, type Token } from '../tokenize.ts';
import {
  lowerCasePerson,
  PARTICLES as NAME_PARTICLES,
  ROLE_IS,
  surnameLike,
  TITLES as WRITTEN_TITLES,
  VERB_ENDING,
} from './lower-case-names.ts';
import {
  actedAsCompanyAfter,
  ampersandGap,
  careHomeEnd,
  DETERMINERS,
  employedAfter,
  institutionEnd,
  SECTOR_TAILS,
  sectorTailEnd,
  SITE_WORDS,
  SURNAME_SHAPE,
  companyRoleAfter,
  employerBefore,
  mayEndEmployerCue,
  founderFirmEnd,
  headedOrgEnd,
  legalFormLedEnd,
  lowerCaseOrgEnd,
  namedCompanyEnd,
  namedTradeEnd,
  NOT_A_SHOP_NAME,
  possessiveShopEnd,
  nameStop,
} from './lower-case-orgs.ts';
import { namesHere } from './not-names-here.ts';
import { nameWithTradeEnd, tradeWithNameEnd } from './trade-names.ts';
import { DAYS } from '../segment.ts';
import type { Candidate } from '../types.ts';
import { words } from '../lexicon/words.ts';
import { patternsRegExp, anyOf, wordList } from '../lexicon/word-lists.ts';

// Legal forms written in mixed case, as companies write them (the others count in capitals).
const CASED_FORM = /^(?:GmbH|Ltd|Inc|Corp|Co)$/;

const TITLES = anyOf(WRITTEN_TITLES, words('m mm mademoiselle me maitre miss sir'));
const ABBREVIATED_TITLES = new Set(['m', 'mm']);
const PARTICLES = anyOf(NAME_PARTICLES, words('des les d l'));
const ARTICLES = words('le la les');

// Pronouns, determiners and relatives: no company's name after "chez" ("je dors chez
// grand-mère", "chez mamie").
const NOT_AFTER_CHEZ = anyOf(
  DETERMINERS,
  wordList('not-after-chez'),
  wordList('relative-words'),
  wordList('family-titles'),
  wordList('relatives-at-home'),
);
const PLACE_PREPOSITIONS = new Set(
  'a à de d en au aux vers sur in at to from near pres'.split(' ').map(fold),
);
const POSTCODE_BEFORE = /(?<!\d)(?:\d{5}|\d{2} \d{3}) $/;
const PLACE_ONLY_PREPOSITIONS = new Set(['à', 'au', 'aux', 'en', 'vers']);
// Words that, right after a sentence-initial word, show it is someone (Rose m'a dit...).
const PERSON_FOLLOWERS = wordList('person-followers');

// Words before the name of a training programme, a course or an event.
// Also works, files, plans and schemes named in title case ("le livre Atomic Habits",
// "le tableau Suivi Recrutement", "le projet Phoenix", "la prime Macron").
const PROGRAMMES = wordList('programmes');

let orgIndex: Map<string, KnownOrg[]> | null = null;

// Prepositions before a company used as a platform or a channel ("sur Vinted").
const PLATFORM_BEFORE = words('sur on via');
const WORK_VERBS = wordList('work-verbs');
// Words after which a known three-letter company counts in lower case.
const SHORT_ORG_CUES = wordList('short-org-cues');

type Kind = 'first' | 'ambiguous' | 'surname' | 'place' | 'stop' | 'unknown';

function kindOf(token: Token, previous: Token | undefined): Kind {
  const key = token.key;
  const g = gazetteer();
  if (key.length < 2) return 'stop';
  // "Voir Mme Lundi": a title names nobody on its own.
  if (TITLES.has(key) && token.capitalised) return 'stop';
  if (CALENDAR.has(key) || TOOLS.has(key) || GENERIC_CAPITALISED.has(key)) return 'stop';
  if (PRODUCTS.has(key)) return 'stop';
  if (PRODUCT_NAMES.has(key) && previous && THING_BEFORE.test(` ${previous.key} `)) return 'stop';
  if (token.allCaps && ACRONYMS.has(key)) return 'stop';
  if (!token.allCaps && ACRONYMS.has(key) && key.length <= 4) return 'stop';
  // VivaTech, ChatGPT, LinkedIn: an inner capital marks a brand, not a person (McDonald
  // and O'Brien-style names excepted).
  if (!token.allCaps && /^\p{Lu}\p{Ll}+\p{Lu}/u.test(token.text) && !/^(?:Mc|Mac)/.test(token.text))
    return 'stop';
  const parts = key.includes('-') ? key.split('-') : null;
  const isFirst = (k: string) => g.strongFirstNames.has(k) || g.ambiguousFirstNames.has(k);
  // Marie-Claire, Jean-Édouard: every part a first name.
  const compoundFirst = parts !== null && parts.every(isFirst);
  const first = g.strongFirstNames.has(key) || compoundFirst;
  const ambiguous = g.ambiguousFirstNames.has(key);
  if (g.places.has(key)) {
    if (!(first || ambiguous) || (previous && PLACE_PREPOSITIONS.has(previous.key))) return 'place';
    // "75011 Paris", "69 003 Lyon": a town after its postal code.
    if (POSTCODE_BEFORE.test(token.gap)) return 'place';
  }
  if (first) return 'first';
  if (ambiguous) return 'ambiguous';
  if (g.surnames.has(key)) return 'surname';
  if (token.allCaps && key.length < 5) return 'stop'; // an unknown acronym
  if (key.length >= 6 && SURNAME_SHAPE.test(key) && !g.commonWords.has(key)) return 'surname';
  return 'unknown';
}

const ROLES = wordList('roles');
// "Madame La Présidente", "MONSIEUR LE MAIRE": a role after its article, no surname.
const roleAfterArticle = (tokens: Token[], n: number): boolean =>
  (tokens[n].key === 'le' || tokens[n].key === 'la') && ROLES.has(tokens[n + 1]?.key ?? '');

/** The capitalised surname after an article and a role at `n` ("le Maire Dupuis"). */
function surnameAfterRole(tokens: Token[], n: number): Token | undefined {
  const surname = tokens[n + 2];
  if (!tokens[n] || !roleAfterArticle(tokens, n) || !surname?.capitalised) return undefined;
  if (!joined(tokens[n], tokens[n + 1]) || !joined(tokens[n + 1], surname)) return undefined;
  const kind = kindOf(surname, undefined);
  return kind === 'stop' || kind === 'place' ? undefined : surname;
}

/** One capital letter, as an initial before a full stop ("J. Dupont"). */
const isInitial = (u: Token | undefined): boolean =>
  u !== undefined && u.text.length === 1 && u.capitalised;

const joined = (a: Token, b: Token): boolean => b.gap === ' ' || b.gap === '\u00a0';

// Endings of nouns and adjectives that no surname the gazetteer lacks is likely to have
// ("Logement", "Action", "Management"); the common-word list leaves such words out.
const NOUN_ENDING = /(?:ment|tion|sion|ness|isme|ique|ing|ite|able|ible)$/;

/** An unknown capitalised word that reads as a common word ("Suivi", "Model", "Logement"). */
function commonWordLike(token: Token): boolean {
  const g = gazetteer();
  if (g.ambiguousSurnames.has(token.key) || token.allCaps) return false;
  return g.commonWords.has(token.key) || NOUN_ENDING.test(token.key);
}

// "Marks & Spencer", "H&M", "E.Leclerc", "Kuehne+Nagel": a company's words joined by a
// sign; a space between two single letters joins none ("c a" is "c'est à", not C&A).
const joinedInName = (gap: string, a: Token, b: Token): boolean =>
  /^(?:[ '’&+.-]| & )$/.test(gap) && (gap !== ' ' || a.key.length > 1 || b.key.length > 1);

const SUBJECT_BEFORE = /^(?:i|u|you|we|they|he|she|je|tu|on|il|elle|nous|vous|ils|elles)$/;
const SITE_BEFORE = /^(?:l|d)?(?:entrepot|depot|usine|plateforme)s?$/;

function matchKnownOrg(tokens: Token[], i: number, cued = (): boolean => false): number {
  orgIndex ??= knownOrganizations(fold);
  const candidates = orgIndex.get(tokens[i].key);
  if (!candidates) return 0;
  for (const org of candidates) {
    if (i + org.tokens.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < org.tokens.length && ok; k++) {
      const t = tokens[i + k];
      ok = t.key === org.tokens[k] && joinedInName(t.gap, tokens[i + k - 1], t);
    }
    if (!ok) continue;
    // A name that is also a word counts capitalised inside a sentence, or when the words
    // after it make it an employer ("depuis que carrefour m'a pas renouvelée").
    // Also after words that make it an employer or a client ("works for boots", "my shift
    // at next", "client orange").
    if (
      org.commonWord &&
      (!tokens[i].capitalised || tokens[i].sentenceStart) &&
      !cued() &&
      !actedAsCompanyAfter(tokens, i + org.tokens.length - 1)
    )
      continue;
    return org.tokens.length;
  }
  return 0;
}

/** True when "et", "ou", "and", "or" at k joins a known company that counts on its own:
 * no common word, no tool ("uber or deliveroo", "amazon et lidl"). */
function orgJoinedAfter(tokens: Token[], k: number): boolean {
  const join = tokens[k];
  const other = tokens[k + 1];
  if (!join || join.gap !== ' ' || !/^(?:et|ou|and|or)$/.test(join.key)) return false;
  if (!other || other.gap !== ' ' || other.capitalised) return false;
  const g = gazetteer();
  return (
    matchKnownOrg(tokens, k + 1) > 0 &&
    !g.commonWords.has(other.key) &&
    !TOOLS.has(other.key) &&
    !ACRONYMS.has(other.key)
  );
}

const APPOSITION_GAP = /^(?:, ?| ?\()$/;
const APPOSITION_GAP_END = /\s*[,(]\s*$/;
const APPOSED_ROLES = wordList('apposed-roles');

/** True when the words before token i say it names an employer. */
function employerAt(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const previousKey = tokens[i - 1]?.key ?? '';
  // Called at most words: the word before decides first, before any text is cut.
  if (!mayEndEmployerCue(previousKey)) return false;
  let before = text.slice(Math.max(0, t.start - 50), t.start);
  // "my agency, blue arrow,", "ma boite (clean pro)": a company in apposition to its role.
  if (APPOSITION_GAP.test(t.gap) && APPOSED_ROLES.has(previousKey))
    before = before.replace(APPOSITION_GAP_END, ' ');
  else if (t.gap !== ' ' && !/^ ?: ?$/.test(t.gap)) return false;
  return employerBefore(before, previousKey, text.slice(t.start, t.start + 12));
}

/** Capitalised words after a known company that make it another one ("Orange Grove
 * Nurseries", "Amazon Web Services Ireland"): their count, or 0 when none of them is a
 * sector noun. */
function sectorRunAfter(tokens: readonly Token[], k: number): number {
  // "vinci energies", "bouygues telecom": in lower case, one sector word.
  const lower = tokens[k];
  if (lower && !lower.capitalised && lower.gap === ' ' && !tokens[k - 1]?.capitalised)
    return SECTOR_TAILS.has(lower.key) ? 1 : 0;
  let n = 0;
  let sector = false;
  while (n < 4 && tokens[k + n]?.capitalised && tokens[k + n].gap === ' ') {
    const key = tokens[k + n].key;
    if (SECTOR_TAILS.has(key) || ORG_HEADS.has(key)) sector = true;
    n++;
  }
  return sector ? n : 0;
}

// "le boulanger m'a proposé", "une startup recrute", "à clermont": after an article or a
// place preposition, the subject of hiring is a common noun or a place, not a company.
const commonNounBefore = (previous: Token | undefined): boolean =>
  previous !== undefined &&
  (DETERMINERS.has(previous.key) ||
    PLACE_ONLY_PREPOSITIONS.has(previous.key) ||
    previous.key === 'a' ||
    previous.key === 'in' ||
    // "saint priest cherche": a saint's name, a town's or a church's.
    previous.key === 'saint' ||
    previous.key === 'st');

/** True when several capitalised words hire, pay or turn someone down ("Pompes Funèbres
 * Mercier m'a proposé un poste", "Ambulances Da Costa m'a rappelé"): a company, unless a
 * name opens them ("Jean Dupont m'a rappelé"), an article or a possessive ("Ma
 * Tante", "Le Bihan"), or a word of them is a place, a month, an acronym or a tool
 * ("France Travail", "Pôle Emploi"). */
function hiringRun(run: Token[], kinds: string[], tokens: Token[], j: number): boolean {
  return (
    run.length >= 2 &&
    !personKnown(run[0]) &&
    !DETERMINERS.has(run[0].key) &&
    !kinds.includes('stop') &&
    !kinds.includes('place') &&
    // "Global Staffing is hiring", "Mission Locale m'a rappelé": common words name a kind
    // of firm or a public service, not a company.
    !run.every(commonWordLike) &&
    employedAfter(tokens, j - 1)
  );
}

/** A word the gazetteer knows as a first name or a surname. */
function personKnown(t: Token): boolean {
  const g = gazetteer();
  return (
    g.strongFirstNames.has(t.key) ||
    g.ambiguousFirstNames.has(t.key) ||
    g.surnames.has(t.key) ||
    g.ambiguousSurnames.has(t.key)
  );
}

const STREET_AFTER =
  /^ (?:Street|Road|Walk|Lane|Avenue|Close|Gardens|Crescent|Grove|Square|Place|Way|Drive|Court|Terrace|Row|Mews)\b/;

// Words after which a capitalised word names a room, a building or a help line.
const NAMED_THINGS_BEFORE = wordList('named-things-before');

/** A place name coordinated with another place ("London or Edinburgh"). */
function besidePlace(tokens: readonly Token[], k: number): boolean {
  const g = gazetteer();
  const isPlace = (t: Token | undefined) => t !== undefined && t.capitalised && g.places.has(t.key);
  const link = (t: Token | undefined) =>
    t !== undefined && (t.key === 'or' || t.key === 'ou' || t.key === 'and' || t.key === 'et');
  return (
    (link(tokens[k + 1]) && isPlace(tokens[k + 2])) ||
    (link(tokens[k - 1]) && isPlace(tokens[k - 2]))
  );
}

/** A carmaker named as a car: after an article or "en", or before a model. */
function carAround(text: string, tokens: Token[], i: number, size: number): boolean {
  const t = tokens[i];
  if (THING_BEFORE.test(text.slice(Math.max(0, t.start - 14), t.start))) return true;
  const after = text.slice(tokens[i + size - 1].end, tokens[i + size - 1].end + 3);
  return /^ (?:\d|\p{Lu})/u.test(after);
}

function personContextAfter(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  if (/^\s*[,(]/.test(next.gap)) return true;
  if (!/^['’ ]$/.test(next.gap)) return false;
  // "Rose est une couleur": a definition, not a person.
  if (
    (next.key === 'est' || next.key === 'is') &&
    // Stryker disable next-line StringLiteral: any default that is not an article fails the test alike
    /^(?:un|une|a|an|le|la|the)$/.test(tokens[i + 2]?.key ?? '')
  )
    return ROLE_IS.test(
      tokens
        .slice(i + 1, i + 6)
        .map((t) => t.key)
        .join(' '),
    );
  // "à" folds to "a" but is a preposition ("Grâce à toi"), not the verb.
  if (next.text === 'à') return false;
  if (PERSON_FOLLOWERS.has(next.key)) return true;
  // "Ange de l'équipe logistique", "Rose du service paie"
  const after = tokens
    .slice(i + 1, i + 4)
    .map((t) => t.key)
    .join(' ');
  // "Marguerite de chez Brioche Dorée": where someone works.
  return /^(?:de l equipe|du service|de chez|de la (?:compta|comptabilite|direction|team|paie|logistique|production|qualite|communication|finance|promo))\b/.test(
    after,
  );
}

function isLowerCaseFirstName(tokens: Token[], k: number): boolean {
  const token = tokens[k];
  if (token === undefined || token.capitalised || token.key.length < 3) return false;
  const g = gazetteer();
  if (g.strongFirstNames.has(token.key)) return true;
  // "jack thompson": a name that is also a word, with its surname.
  const next = tokens[k + 1];
  return g.ambiguousFirstNames.has(token.key) && next !== undefined && g.surnames.has(next.key);
}

function coordinatedWithLowerCaseName(tokens: Token[], i: number): boolean {
  const and = (t: Token | undefined) => t !== undefined && (t.key === 'et' || t.key === 'and');
  return (
    (and(tokens[i - 1]) && isLowerCaseFirstName(tokens, i - 2)) ||
    (and(tokens[i + 1]) && isLowerCaseFirstName(tokens, i + 2))
  );
}

/** "aissatou ba et clementine": after "et"/"and" that follows a person just found. */
function coordinatedWithFound(tokens: Token[], i: number, found: readonly Candidate[]): boolean {
  const and = tokens[i - 1];
  const last = found[found.length - 1];
  return (
    (and?.key === 'et' || and?.key === 'and') &&
    last?.type === 'PERSON' &&
    // Stryker disable next-line OptionalChaining: a person found before "et" puts i at 2 or more
    last.end === tokens[i - 2]?.end
  );
}

// Words after which a known company that is also a common word counts in lower case
// ("client orange", "chez free"); "at" and "for" are too common for that alone.
const COMMON_ORG_CUES = wordList('common-org-cues');

// Where someone just named works: "tunde bakare from gtbank", "kavitha my lead at zoho",
// "francesca de eataly". Words that may stand between the person and "at": a role.
const WORKPLACE_PREPOSITIONS = words('at from de d');

/** True when the word at i follows a person found just before and "at", "from", "de". */
function workplaceOfPerson(tokens: Token[], i: number, found: readonly Candidate[]): boolean {
  const preposition = tokens[i - 1];
  const last = found[found.length - 1];
  if (!preposition || !WORKPLACE_PREPOSITIONS.has(preposition.key) || last?.type !== 'PERSON')
    return false;
  // "leroy from dispatch", "paula from payroll": a department, not a company.
  if (DEPARTMENTS.has(tokens[i].key)) return false;
  // "le chef de quai": "de" only right after the person; "demander à karim de relire":
  // never before an infinitive.
  const de = preposition.key === 'de' || preposition.key === 'd';
  if (de && /(?:re|ir|er|oir)$/.test(tokens[i].key)) return false;
  const reach = de ? 2 : 4;
  for (let p = i - 2; p >= Math.max(0, i - reach); p--) {
    if (tokens[p].end === last.end) return p === i - 2 || DETERMINERS.has(tokens[p + 1].key);
    if (tokens[p].end < last.end) return false;
  }
  return false;
}
const DEPARTMENTS = wordList('departments');

// A company's staff or sites beside its name: "the uber driver", "the amazon warehouse"
// (after it, in English), "le livreur amazon", "l'entrepôt lidl" (before it, in French).
const COMPANY_STAFF = wordList('company-staff');
const OR_AND = words('et ou and or');

/** True when a staff or site word stands beside the known company of n words at i. */
function staffBeside(tokens: readonly Token[], i: number, n: number): boolean {
  const after = tokens[i + n];
  const before = tokens[i - 1];
  return (
    (after !== undefined && after.gap === ' ' && COMPANY_STAFF.has(after.key)) ||
    (before !== undefined && tokens[i].gap === ' ' && COMPANY_STAFF.has(before.key))
  );
}

// Someone's post at a company, then "de", "d'", "from": "le drh de safran", "la rh de
// carrefour", "the manager from next".
const COMPANY_POSTS = anyOf(COMPANY_STAFF, wordList('company-post-words'));
// A company that is also a common word only after "de" ("the driver from next door").
const postOf = (tokens: readonly Token[], i: number, from = true): boolean =>
  tokens[i].gap === ' ' &&
  (from ? /^(?:de|d|from)$/ : /^(?:de|d)$/).test(tokens[i - 1]?.key ?? '') &&
  COMPANY_POSTS.has(tokens[i - 2]?.key ?? '');

/** True when the known company at i is joined by "et", "ou", "and", "or" to a company
 * found just before it ("chez carrefour et free"). */
function joinedToFoundOrg(tokens: readonly Token[], i: number, found: readonly Candidate[]) {
  const last = found[found.length - 1];
  return (
    tokens[i].gap === ' ' &&
    OR_AND.has(tokens[i - 1]?.key ?? '') &&
    last?.type === 'ORG' &&
    last.end === tokens[i - 2]?.end
  );
}

// Prepositions that name where one applies or works, repeated after "et"/"and", in a
// sentence about applying or working.
const APPLYING = patternsRegExp('{applying}', 'i'); // patterns.txt
// "some startup", "quelques boites": how many, not a name.
const QUANTIFIERS = wordList('quantifiers');
const PARALLEL_PREPOSITIONS = words('a à chez pour to at for with avec');

/** True when the preposition at b follows "et"/"and" (with a place between perhaps) and
 * the same preposition stood before a company found earlier in the sentence. */
function parallelToFoundOrg(
  tokens: readonly Token[],
  b: number,
  found: readonly Candidate[],
): boolean {
  if (b < 2 || !OR_AND.has(tokens[b - 1].key)) return false;
  const key = tokens[b].key;
  for (let p = b - 2; p >= 0 && p >= b - 12; p--) {
    if (tokens[p].key !== key || !tokens[p + 1]) continue;
    const start = tokens[p + 1].start;
    if (found.some((f) => f.type === 'ORG' && f.start === start)) return true;
  }
  return false;
}

// Places of care whose name follows them.
const CARE_PLACES = wordList('care-places');

// Taking part in an event, then "at": "presenting at Viva Technology", "a stand at Web
// Summit". An event is no employer.
const EVENT_VERBS = wordList('event-verbs');

// In English, words after which a capitalised word is someone or some company.
const ENGLISH_NAME_CUES = wordList('english-name-cues');
const ENGLISH_WORDS = wordList('english-words');
const FRENCH_WORDS = wordList('french-words');

function looksEnglish(tokens: readonly Token[]): boolean {
  let en = 0;
  let fr = 0;
  for (const t of tokens) {
    if (ENGLISH_WORDS.has(t.key)) en++;
    else if (FRENCH_WORDS.has(t.key)) fr++;
  }
  return en > fr;
}

/** Two or more capitalised words the gazetteer lacks, none of them a common word, none
 * a place or a stop word: a full name from anywhere ("Iñaki Etxeberria", "Wideline
 * Pierre-Louis"), read even where capitals prove nothing. */
function unknownFullName(run: readonly Token[], kinds: readonly Kind[]): boolean {
  let names = 0;
  for (let k = 0; k < run.length; k++) {
    const u = run[k];
    if (!u.capitalised) {
      if (!PARTICLES.has(u.key)) return false;
      continue;
    }
    if (kinds[k] === 'stop' || kinds[k] === 'place' || commonWordLike(u)) return false;
    // "Voir Karim", "Appeler Dupont": verbs and adverbs are left out of the common words.
    // After a particle a word is a surname whatever its ending ("Wenceslas de Kerviler").
    const afterParticle = k > 0 && !run[k - 1].capitalised;
    if (kinds[k] === 'unknown' && !afterParticle && VERB_ENDING.test(u.text.toLowerCase()))
      return false;
    names++;
  }
  return names >= 2;
}

interface Span {
  start: number;
  end: number;
}

/** People and organisations. `masked` marks characters already inside links or e-mails. */
export function findNames(text: string, masked?: Uint8Array): Candidate[] {
  const tokens = tokenize(text).filter((t) => !masked || !masked[t.start]);
  const g = gazetteer();
  const english = looksEnglish(tokens);
  const found: Candidate[] = [];
  const person = (span: Span, score: number, reason: string, reasonEn: string) =>
    found.push({ start: span.start, end: span.end, type: 'PERSON', score, reason, reasonEn });
  const org = (span: Span, score: number, reason: string, reasonEn: string) =>
    found.push({ start: span.start, end: span.end, type: 'ORG', score, reason, reasonEn });

  let i = 0;
  // A person written in lower case at token k (lower-case-names.ts): recorded, and i
  // moved past it.
  const lowerCase = (k: number): boolean => {
    const t = tokens[k];
    const found = lowerCasePerson(tokens, k, text.slice(Math.max(0, t.start - 40), t.start));
    if (!found) return false;
    const { end, score, reason, reasonEn } = found;
    person({ start: t.start, end: tokens[end - 1].end }, score, reason, reasonEn);
    i = end;
    return true;
  };
  while (i < tokens.length) {
    const t = tokens[i];
    // Most gaps are one space: no pattern for them.
    const previous = i > 0 && (t.gap === ' ' || !/[.!?\n]/.test(t.gap)) ? tokens[i - 1] : undefined;
    const next = tokens[i + 1];

    // Title + lower-case name: "Mme boyer" (lower-case titles are read below).
    if (t.capitalised && TITLES.has(t.key) && next && !next.capitalised && lowerCase(i)) continue;

    // "Monsieur le Maire Dupuis", "Madame la Présidente Moreau": the surname after the role.
    const roled = t.capitalised && TITLES.has(t.key) ? surnameAfterRole(tokens, i + 1) : undefined;
    if (roled) {
      person(roled, 0.9, 'nom de personne (avec civilité)', 'person name (with title)');
      i = tokens.indexOf(roled) + 1;
      continue;
    }

    // Title + capitalised name: "Mme Lefèvre", "M. Vo", "Dr Ouali", "Maître Delattre".
    // "M. J. Dupont", "MR C. OBI": initials may stand between; a title in capitals (as
    // cards and records print it) only before a name in capitals.
    if (t.capitalised && TITLES.has(t.key) && next && next.capitalised) {
      const gapOk = ABBREVIATED_TITLES.has(t.key)
        ? /^\. ?$/.test(next.gap)
        : /^\.? ?$/.test(next.gap) && next.gap.length > 0;
      let n = i + 1;
      while (n < i + 3 && isInitial(tokens[n]) && /^\. ?$/.test(tokens[n + 1]?.gap ?? '')) n++;
      const name = tokens[n];
      // "Mme LE GOFF", "M. OBI": after a title, a word in capitals is a surname as
      // records print it, not an acronym.
      const printedSurname = (u: Token) => u.allCaps && !ACRONYMS.has(u.key);
      const nameKind = kindOf(name, t);
      const nameOk =
        !roleAfterArticle(tokens, n) &&
        (printedSurname(name) || (nameKind !== 'stop' && nameKind !== 'place'));
      if (gapOk && name.capitalised && nameOk && (!t.allCaps || printedSurname(name))) {
        let j = n + 1;
        while (j < tokens.length && j < n + 5 && joined(tokens[j - 1], tokens[j])) {
          const u = tokens[j];
          if (u.capitalised && (printedSurname(u) || kindOf(u, undefined) !== 'stop')) j++;
          // "M. Van den Bosch", "Mme de la Tour": particles then a capitalised name.
          else if (!u.capitalised && PARTICLES.has(u.key)) {
            let k = j + 1;
            if (PARTICLES.has(tokens[k]?.key ?? '') && joined(tokens[k - 1], tokens[k])) k++;
            if (!tokens[k]?.capitalised || !joined(tokens[k - 1], tokens[k])) break;
            j = k + 1;
          } else break;
        }
        person(
          { start: t.start, end: tokens[j - 1].end },
          0.92,
          'nom de personne (avec civilité)',
          'person name (with title)',
        );
        i = j;
        continue;
      }
    }

    // "SAS Clean'Pro Services", "la boîte c'est securitas": named as a company;
    // "hartley & sons ltd", "Durand & Associés": after its founders.
    let founders = founderFirmEnd(tokens, i);
    // "john lewis & partners", "Pierre Durand & Associés": the founder's full name.
    if (
      founders === i &&
      ampersandGap(tokens[i + 2]?.gap ?? '') &&
      (g.strongFirstNames.has(t.key) || g.ambiguousFirstNames.has(t.key)) &&
      tokens[i + 1]?.gap === ' ' &&
      surnameLike(tokens[i + 1])
    ) {
      const firm = founderFirmEnd(tokens, i + 1);
      if (firm > i + 1) founders = firm;
    }
    const named = Math.max(
      legalFormLedEnd(tokens, i),
      namedCompanyEnd(text, tokens, i),
      founders,
      possessiveShopEnd(tokens, i),
    );
    if (named > i) {
      org(
        { start: t.start, end: tokens[named - 1].end },
        named === founders ? 0.85 : 0.8,
        'entreprise',
        'company',
      );
      i = named;
      continue;
    }

    // Known companies, one or several words.
    // The cue is read only for a known company that is also a common word.
    const known = matchKnownOrg(
      tokens,
      i,
      () =>
        (previous !== undefined && t.gap === ' ' && COMMON_ORG_CUES.has(previous.key)) ||
        employerAt(text, tokens, i) ||
        workplaceOfPerson(tokens, i, found) ||
        joinedToFoundOrg(tokens, i, found) ||
        postOf(tokens, i, false) ||
        // "le chauffeur bolt", "la livreuse amazon": its staff named before it.
        // Its people, not its shop ("le magasin orange" is a colour).
        (t.gap === ' ' &&
          /^(?:chauffeu|livreu|coursi|caissi)/.test(previous?.key ?? '') &&
          DETERMINERS.has(tokens[i - 2]?.key ?? '')),
    );
    // "je bosse pour ...", "mon employeur ...": read only where it can matter.
    const orgContext =
      (previous !== undefined && ORG_TRIGGERS.has(previous.key) && t.gap === ' ') ||
      ((known > 0 || t.capitalised) && employerAt(text, tokens, i)) ||
      (known > 0 && actedAsCompanyAfter(tokens, i + known - 1)) ||
      (known > 0 && !t.capitalised && staffBeside(tokens, i, known)) ||
      (known > 0 && joinedToFoundOrg(tokens, i, found)) ||
      (known > 0 && postOf(tokens, i)) ||
      (known > 0 && orgJoinedAfter(tokens, i + known)) ||
      // "l'entrepôt amazon", "lentrepot amazon": the site it runs, written before it.
      (known > 0 && t.gap === ' ' && SITE_BEFORE.test(previous?.key ?? ''));
    // Google, Microsoft... are tools as often as employers: only after "chez", "at"...
    // In lower case without a cue, only a name that is no word, tool or acronym
    // ("rdv avec bpifrance", not "un bain", "la sncf").
    // Several words ("jd sports", "pret a manger") or three letters after a cue ("le
    // conseiller lcl", "client de axa") are enough.
    // Read only for a known company: most words are none.
    const plainName = (): boolean =>
      !t.capitalised &&
      !ACRONYMS.has(t.key) &&
      // "i just eat crisps": after a subject, the words are its verb, not Just Eat.
      ((known > 1 && !DETERMINERS.has(t.key) && !SUBJECT_BEFORE.test(previous?.key ?? '')) ||
        (!g.commonWords.has(t.key) &&
          (t.key.length >= 4 ||
            (t.key.length === 3 && previous !== undefined && SHORT_ORG_CUES.has(previous.key)))));
    // "une Tesla", "la Peugeot 308", "Tesla Model 3": a car, not the carmaker.
    if (known && CAR_MAKERS.has(t.key) && !orgContext && carAround(text, tokens, i, known)) {
      i += known;
      while (i < tokens.length && tokens[i].capitalised && tokens[i].gap === ' ') i++;
      continue;
    }
    // "Canal Walk", "Orange Street": a street named after the word, not the company.
    const streetAfter =
      known > 0 &&
      STREET_AFTER.test(text.slice(tokens[i + known - 1].end, tokens[i + known - 1].end + 12)) &&
      sectorRunAfter(tokens, i + known) === 0;
    // "l'annonce sur leboncoin", "posted on Indeed": a platform used, not an employer
    // ("je travaille sur Airbus" is one).
    if (
      known &&
      !orgContext &&
      previous !== undefined &&
      PLATFORM_BEFORE.has(previous.key) &&
      !WORK_VERBS.has(tokens[i - 2]?.key ?? '')
    ) {
      i += known;
      continue;
    }
    if (
      known &&
      !streetAfter &&
      (t.capitalised || orgContext || plainName()) &&
      // "Uber Eats", "Amazon Flex": the listed company of several words, not the tool.
      (orgContext || known > 1 || !TOOLS.has(t.key))
    ) {
      // "vinci energies", "john lewis & partners": its trade or its partners after it.
      const end = Math.max(
        i + known + sectorRunAfter(tokens, i + known),
        founderFirmEnd(tokens, i + known - 1),
      );
      org({ start: t.start, end: tokens[end - 1].end }, 0.88, 'entreprise', 'company');
      i = end;
      continue;
    }

    // "Lumexa rejected me", "Securitas recrute des agents": an unknown capitalised word
    // that hires, pays or turns someone down.
    if (
      t.capitalised &&
      !t.allCaps &&
      !personKnown(t) &&
      employedAfter(tokens, i) &&
      surnameLike(t) &&
      !commonNounBefore(previous)
    ) {
      org(t, 0.6, 'entreprise (employeur, client)', 'company (employer, client)');
      i++;
      continue;
    }

    if (!t.capitalised) {
      // "il bosse chez safran": after "chez", a bare word is a company.
      const headed = Math.max(
        headedOrgEnd(tokens, i),
        namedTradeEnd(tokens, i),
        careHomeEnd(tokens, i),
        institutionEnd(tokens, i),
        sectorTailEnd(tokens, i),
        tradeWithNameEnd(tokens, i),
        nameWithTradeEnd(tokens, i),
      );
      if (
        ((previous?.key === 'chez' && /^ +$/.test(t.gap)) ||
          ((employerAt(text, tokens, i) ||
            (workplaceOfPerson(tokens, i, found) && !personKnown(t)) ||
            companyRoleAfter(tokens, i) ||
            // "applied to mazars and fiducial": joined to a company just found.
            // Not a verb ("chez Ubisoft et connaît bien la gestion").
            (joinedToFoundOrg(tokens, i, found) &&
              t.key.length >= 4 &&
              !VERB_ENDING.test(t.key) &&
              !DETERMINERS.has(next?.key ?? '') &&
              !personKnown(t) &&
              !g.ambiguousFirstNames.has(t.key)) ||
            (employedAfter(tokens, i) &&
              !personKnown(t) &&
              !SITE_WORDS.has(t.key) &&
              !commonNounBefore(previous))) &&
            surnameLike(t) &&
            (t.gap === ' ' || t.sentenceStart))) &&
        !NOT_AFTER_CHEZ.has(t.key) &&
        // "chez check-in", "chez mi-temps": words joined, no name.
        !(
          /^(?!(?:st|ste|saint|sainte)-)[a-z]+-[a-z]+$/.test(t.key) &&
          t.key.split('-').every((p) => g.commonWords.has(p))
        ) &&
        // "crevé de chez crevé", "nul de chez nul": a word said twice, no company.
        !(
          previous?.key === 'chez' &&
          tokens[i - 2]?.key === 'de' &&
          tokens[i - 3]?.key === t.key
        ) &&
        // "chez ti breizh", "chez ki sushi": two letters only with a name after them.
        (t.key.length >= 3 || (t.key.length === 2 && lowerCaseOrgEnd(tokens, i) > i + 1)) &&
        kindOf(t, previous) !== 'place'
      ) {
        // "il bosse chez safran", "mon employeur decathlon"
        // Where someone works, one word ("from medacs booked me"), and its trade if any.
        const workplace =
          previous?.key !== 'chez' &&
          !employerAt(text, tokens, i) &&
          workplaceOfPerson(tokens, i, found);
        let end = workplace ? i + 1 : Math.max(lowerCaseOrgEnd(tokens, i), headed);
        // "crown paints need a rep", "clinique saint-roch cherche": the word that opens the
        // sentence before the one that hires is the name's first.
        const opener = tokens[i - 1];
        const from =
          opener?.sentenceStart &&
          i === tokens.indexOf(opener) + 1 &&
          t.gap === ' ' &&
          !opener.capitalised &&
          opener.key.length >= 3 &&
          !DETERMINERS.has(opener.key) &&
          !QUANTIFIERS.has(opener.key) &&
          !nameStop(opener.key) &&
          !personKnown(opener) &&
          previous?.key !== 'chez' &&
          !employerAt(text, tokens, i) &&
          employedAfter(tokens, i)
            ? opener
            : t;
        // "hdfc bank", "leadway assurance": a trade after the name is part of it.
        // "chez ker breizh conseil": after two words no dictionary has, the same.
        if (
          (end === i + 1 || (end === i + 2 && !g.commonWords.has(tokens[i + 1].key))) &&
          sectorRunAfter(tokens, end) === 1
        )
          end++;
        org(
          { start: from.start, end: tokens[end - 1].end },
          0.6,
          'entreprise (employeur, client)',
          'company (employer, client)',
        );
        i = end;
        continue;
      } else if (headed > i) {
        // "transports mauduit", "le groupe peyrache"
        org({ start: t.start, end: tokens[headed - 1].end }, 0.6, 'entreprise', 'company');
        i = headed;
        continue;
      } else if (lowerCase(i)) {
        continue;
      } else if (
        t.key.length >= 3 &&
        (coordinatedWithLowerCaseName(tokens, i) || coordinatedWithFound(tokens, i, found)) &&
        (g.ambiguousFirstNames.has(t.key) || surnameLike(t))
      ) {
        // "sarah et julien": a name that is also a word, or one the gazetteer lacks
        // ("ferhat et lindiwe"), beside a sure one.
        person(t, 0.5, 'prénom', 'first name');
      }
      i++;
      continue;
    }

    // A run of capitalised words joined by single spaces, with particles inside.
    let j = i + 1;
    while (j < tokens.length && j < i + 6 && joined(tokens[j - 1], tokens[j])) {
      const u = tokens[j];
      if (TITLES.has(u.key) && u.capitalised) break;
      if (u.capitalised) j++;
      else if (
        PARTICLES.has(u.key) &&
        tokens[j + 1]?.capitalised &&
        (joined(u, tokens[j + 1]) || tokens[j + 1].gap === "'")
      )
        j += 2;
      // Two particles: "van der Berg", "de la Fontaine", "von der Leyen".
      else if (
        PARTICLES.has(u.key) &&
        PARTICLES.has(tokens[j + 1]?.key ?? '') &&
        !tokens[j + 1].capitalised &&
        joined(u, tokens[j + 1]) &&
        tokens[j + 2]?.capitalised &&
        joined(tokens[j + 1], tokens[j + 2])
      )
        j += 3;
      else break;
    }
    // "Westfield Print Ltd HR": a legal form ends the name; what follows (a department) is not in it.
    for (let k = i + 1; k < j - 1; k++)
      if (
        LEGAL_FORMS.has(tokens[k].key) &&
        (tokens[k].allCaps || CASED_FORM.test(tokens[k].text))
      ) {
        j = k + 1;
        break;
      }
    const run = tokens.slice(i, j);
    const last = run[run.length - 1];

    // "la formation Lead Together", "le parcours Cap Manager": a programme's name.
    if (previous !== undefined && PROGRAMMES.has(previous.key)) {
      i = j;
      continue;
    }

    // "Martin Frères": a family firm ("Lecoq et Fils" is read with its founders above).
    if (run.length >= 2 && (last.key === 'freres' || last.key === 'fils')) {
      org({ start: t.start, end: last.end }, 0.85, 'entreprise', 'company');
      i = j;
      continue;
    }
    // Company names built on a head noun or ending with a legal form.
    // "Atelier Excel", "Atelier PowerPoint": a workshop on a tool, not a company.
    // "La Boulangerie Les Délices": the article before the head; "Garage du Centre",
    // "Clinique du Parc": a particle after it.
    const h = ARTICLES.has(run[0].key) && run.length >= 3 && ORG_HEADS.has(run[1].key) ? 1 : 0;
    const particle = run[h + 1] !== undefined && !run[h + 1].capitalised;
    const headName = particle ? run[h + 2] : run[h + 1];
    const head =
      ORG_HEADS.has(run[h].key) &&
      headName !== undefined &&
      headName.capitalised &&
      headName.key.length > 1 && // "Bâtiment B", "Residence A": a building, not a company
      !TOOLS.has(headName.key) &&
      // "Château de Versailles" is a place, "Hôtel de Ville" a public body; "Fermé
      // Sam." a day.
      !(particle && g.places.has(headName.key) && !g.commonWords.has(headName.key)) &&
      !(particle && NOT_A_SHOP_NAME.has(headName.key)) &&
      !(DAYS.has(headName.key) && text[headName.end] === '.') &&
      // "Conseil Départemental", "Conseil Régional": a public body, named generically.
      !/^(?:departemental|regional|municipal|general)e?$/.test(headName.key);
    // "Kestrel Logistics", "Brightwell Health": a sector noun ends the name; the words
    // before it must not be common ones ("Global Logistics", "Mental Health").
    const tail =
      run.length >= 2 &&
      ORG_TAILS.has(last.key) &&
      run
        .slice(0, -1)
        .every(
          (u) =>
            u.capitalised &&
            !commonWordLike(u) &&
            kindOf(u, undefined) !== 'stop' &&
            !g.places.has(u.key),
        );
    const legal =
      run.length >= 2 && LEGAL_FORMS.has(last.key) && (last.allCaps || CASED_FORM.test(last.text));
    // "c'est Les Jardins d'Émile", "chez La Belle Époque": an article with a capital
    // inside a sentence opens the name of a business or a place.
    const namedByArticle =
      !t.sentenceStart &&
      (t.key === 'les' || t.key === 'la' || t.key === 'le') &&
      // Two words or more after it: "Les Misérables", "Le Parrain" are works.
      run.length >= 3 &&
      !g.places.has(run.map((u) => u.key).join(' ')) &&
      kindOf(run[1], t) !== 'place' &&
      kindOf(run[1], t) !== 'stop';
    if (head || legal || tail || namedByArticle) {
      // "Menuiserie Lecoq et Fils": the founders' ending belongs to the name.
      const founded = founderFirmEnd(tokens, j - 1);
      if (founded > j) j = founded;
      org(
        { start: t.start, end: tokens[j - 1].end },
        0.85,
        legal ? 'entreprise (forme juridique)' : 'entreprise',
        legal ? 'company (legal form)' : 'company',
      );
      i = j;
      continue;
    }

    const kinds = run.map((u, k) => kindOf(u, k === 0 ? previous : run[k - 1]));
    // "Thi Mai Pham", "Anne Avril Dupont": a month or a day between two names is a name too.
    const nameAt = (k: number) => ['first', 'ambiguous', 'surname'].includes(kinds[k]);
    for (let k = 1; k + 1 < run.length; k++)
      if (CALENDAR.has(run[k].key) && nameAt(k - 1) && nameAt(k + 1)) kinds[k] = 'ambiguous';
    // Places of two or three words: "New York", "Le Puy-en-Velay", "Hong Kong".
    for (let k = 0; k + 1 < run.length; k++) {
      for (const size of [3, 2]) {
        if (k + size > run.length) continue;
        const key = run
          .slice(k, k + size)
          .map((u) => u.key)
          .join(' ');
        if (g.places.has(key)) for (let x = k; x < k + size; x++) kinds[x] = 'place';
      }
    }
    // "l'hôpital Lariboisière", "aux urgences de Bichat", "la clinique Pasteur": the name
    // after a care place is the place's, not someone's.
    const careBefore =
      previous !== undefined &&
      ((CARE_PLACES.has(previous.key) && previous.key !== 'urgences') ||
        (previous.key === 'de' && CARE_PLACES.has(tokens[i - 2]?.key ?? '')));
    // "à l'hôpital Karim m'a dit": a first name alone, then a verb, is someone there.
    const someoneThere =
      run.length === 1 &&
      (kinds[0] === 'first' || kinds[0] === 'ambiguous') &&
      personContextAfter(tokens, i);
    if (
      careBefore &&
      t.gap === ' ' &&
      !someoneThere &&
      !kinds.includes('place') &&
      kinds[0] !== 'stop'
    ) {
      org({ start: t.start, end: last.end }, 0.8, 'établissement de santé', 'hospital or clinic');
      i = j;
      continue;
    }
    if (hiringRun(run, kinds, tokens, j)) {
      org({ start: t.start, end: last.end }, 0.7, 'entreprise', 'company');
      i = j;
      continue;
    }
    let from = 0;
    let heading = false;
    if (t.sentenceStart) {
      // Capitalised by grammar: only a real name counts.
      const k0 = kinds[0];
      const realName =
        k0 === 'first' ||
        k0 === 'surname' ||
        (k0 === 'ambiguous' &&
          (personContextAfter(tokens, i) ||
            (run.length > 1 && kinds[1] !== 'stop' && kinds[1] !== 'place'))) ||
        (k0 === 'unknown' && t.allCaps && t.key.length >= 5) ||
        (k0 === 'unknown' &&
          run.length > 1 &&
          kinds[1] === 'surname' &&
          !VERB_ENDING.test(t.text.toLowerCase())) ||
        unknownFullName(run, kinds);
      // "Chez Free, ...": a word capitalised by grammar, then a known company.
      if (!realName && run.length > 1 && matchKnownOrg(tokens, i + 1) > 0) {
        i++;
        continue;
      }
      if (!realName) from = 1;
      // "Prime Macron", "Salon Bourget": a common noun heads the name of a thing.
      heading = !realName && k0 === 'unknown' && commonWordLike(t);
    }

    // "mon client Paul Girard": a client may be a person; a first name then a name says so.
    const personAfterContext =
      run.length > 1 &&
      ((kinds[0] === 'first' && kinds[1] !== 'stop') ||
        (kinds[0] === 'ambiguous' && kinds[1] === 'surname'));
    // "presenting at Viva Technology", "at Head Office": common words after "at" name an
    // event or a place more often than a company.
    // A single word must be a generic one ("at Reception" reads as a place, "works at
    // Siemens" as an employer even though "siemens" is also a unit).
    if (
      orgContext &&
      previous?.key === 'at' &&
      (EVENT_VERBS.has(tokens[i - 2]?.key ?? '') ||
        (run.length > 1
          ? run.every((u) => !u.capitalised || commonWordLike(u) || kindOf(u, undefined) === 'stop')
          : kindOf(t, undefined) === 'stop' || NOUN_ENDING.test(t.key)))
    ) {
      i = j;
      continue;
    }
    if (
      orgContext &&
      from === 0 &&
      !personAfterContext &&
      kinds[0] !== 'stop' &&
      kinds[0] !== 'place'
    ) {
      let end = 1;
      // "Sigma Informatique", "Dupont Conseil": a company name may hold common words.
      while (
        end < run.length &&
        !MONTHS_AND_DAYS.has(run[end].key) &&
        !(run[end].allCaps && ACRONYMS.has(run[end].key))
      )
        end++;
      while (end > 1 && !run[end - 1].capitalised) end--;
      org(
        { start: t.start, end: run[end - 1].end },
        0.8,
        'entreprise (client, employeur, fournisseur)',
        'company (client, employer, supplier)',
      );
      i += end;
      continue;
    }

    // Split the run at words that are not names; each piece is a candidate.
    let k = from;
    while (k < run.length) {
      if (kinds[k] === 'stop' || kinds[k] === 'place') {
        k++;
        continue;
      }
      let e = k + 1;
      while (e < run.length && kinds[e] !== 'stop' && kinds[e] !== 'place') e++;
      // A first name's followers are surnames whatever they look like ("Hervé Noël").
      while (
        e < run.length &&
        (kinds[k] === 'first' || kinds[k] === 'surname') &&
        run[e].capitalised &&
        !MONTHS_AND_DAYS.has(run[e].key) &&
        kinds[e] === 'stop' &&
        !ACRONYMS.has(run[e].key)
      )
        e++;
      // A piece starts and ends on a capitalised word: particles stay inside.
      while (k < e && !run[k].capitalised) k++;
      while (e > k && !run[e - 1].capitalised) e--;
      const piece = run.slice(k, e);
      const pieceKinds = kinds.slice(k, e);
      // "le Salon", "les Bleus", "de l'Assurance Maladie": a common noun with a capital.
      const before = k === 0 ? previous : run[k - 1];
      const determiner = before !== undefined && DETERMINERS.has(before.text.toLowerCase());
      const elided =
        before !== undefined &&
        (before.key === 'l' || before.key === 'd') &&
        /^['’]$/.test(piece[0]?.gap ?? '');
      const hasFirst = pieceKinds.includes('first') || pieceKinds.includes('ambiguous');
      const onlyAllCapsUnknown =
        pieceKinds.every((x) => x === 'unknown') && piece.every((u) => u.allCaps);
      const onlyUnknown = pieceKinds.every((x) => x === 'unknown');
      // One capitalised common word right after "from", "with", "met"... is a company
      // ("from Siemens"): a person's name is seldom a common word.
      // A first name there is someone met ("we met Florence").
      const cuedWord =
        piece.length === 1 &&
        !hasFirst &&
        k === 0 &&
        before !== undefined &&
        ENGLISH_NAME_CUES.has(before.key) &&
        commonWordLike(piece[0]) &&
        !NOUN_ENDING.test(piece[0].key);
      // "candidature à Nestlé à Vevey et à Zentrix à Lyon", "applied to Unilever and to
      // Brightwell": the same preposition after "et"/"and" as before a company just found.
      const parallel =
        !hasFirst &&
        !pieceKinds.includes('surname') &&
        APPLYING.test(text) &&
        before !== undefined &&
        PARALLEL_PREPOSITIONS.has(before.key) &&
        parallelToFoundOrg(tokens, tokens.indexOf(before), found);
      const skip =
        !parallel &&
        ((determiner && !(hasFirst && piece.length > 1)) ||
          // "salle Rivoli", "room Kensington", "SOS Amitié": a room or a help line's name.
          (before !== undefined && NAMED_THINGS_BEFORE.has(before.key)) ||
          // "London or Edinburgh", "Florence ou Genève": a place beside another place.
          (piece.length === 1 && g.places.has(piece[0].key) && besidePlace(tokens, i + k)) ||
          // "le tableau Suivi Recrutement", "Tesla Model 3": common words with capitals. One
          // such word right after "from", "with", "met"... is a company or someone ("from
          // Siemens").
          (onlyUnknown && piece.every((u) => !u.capitalised || commonWordLike(u)) && !cuedWord) ||
          // "the Summer Party", "Grace Period": a full name ends on a surname, not a noun.
          (piece.length > 1 &&
            pieceKinds[0] === 'ambiguous' &&
            pieceKinds[piece.length - 1] === 'unknown' &&
            commonWordLike(piece[piece.length - 1])) ||
          (heading &&
            !pieceKinds.includes('first') &&
            !pieceKinds.includes('surname') &&
            !personContextAfter(tokens, i + e - 1)) ||
          (elided && pieceKinds.every((x) => x === 'unknown')) ||
          // "à Clermont", "en Gascogne": an unknown word after a place preposition is a place.
          (before !== undefined &&
            PLACE_ONLY_PREPOSITIONS.has(before.text.toLowerCase()) &&
            pieceKinds.every((x) => x === 'unknown')) ||
          (onlyAllCapsUnknown && piece.every((u) => u.key.length < 5)) ||
          // "On a vu Le Parrain", "J'ai lu Les Misérables": an article with a capital opens
          // the title of a work; a person's only with a name after it ("Le Goff", "La Rocca").
          (ARTICLES.has(piece[0]?.key ?? '') && !piece.slice(1).some(personKnown)));
      if (!skip && piece.length > 0) {
        const span = { start: piece[0].start, end: piece[piece.length - 1].end };
        if (cuedWord || parallel) org(span, 0.6, 'entreprise', 'company');
        else if (hasFirst)
          person(
            span,
            piece.length > 1 ? 0.93 : 0.85,
            piece.length > 1 ? 'nom et prénom' : 'prénom',
            piece.length > 1 ? 'full name' : 'first name',
          );
        else if (pieceKinds.includes('surname')) person(span, 0.75, 'nom de famille', 'surname');
        // English capitalises titles and roles ("Line Manager", "Data Science"): there an
        // unknown capitalised word alone is not taken for a name.
        else if (
          !english ||
          (before !== undefined && ENGLISH_NAME_CUES.has(before.key)) ||
          unknownFullName(piece, pieceKinds) ||
          // "Tamsin will send the invite": a verb after it shows someone.
          (piece.length === 1 && !commonWordLike(piece[0]) && personContextAfter(tokens, i + e - 1))
        )
          person(span, 0.6, 'nom propre', 'proper name');
      }
      k = e;
    }
    i = j;
  }
  return namesHere(
    text,
    found.map((c) => withTitleBefore(text, c)),
  );
}

// Titles belong to the name ("miss marchand", "Father Michael", "prof lambert", "auntie
// comfort", "big tunde"): a title or an honorific just before a person found is taken
// in, unless a possessive makes it a relation ("my sister joan", "mon prof lambert") or
// a subject a verb ("i miss eva"). A title in capitals was read with its name already.
const TITLES_BEFORE = wordList('titles-before');
const NOT_BEFORE_TITLE = wordList('not-before-title');
const WORD_BEFORE = /(\p{L}+)\.? $/u;

function withTitleBefore(text: string, c: Candidate): Candidate {
  const title = WORD_BEFORE.exec(text.slice(Math.max(0, c.start - 16), c.start));
  if (c.type !== 'PERSON' || !title || !TITLES_BEFORE.has(fold(title[1]))) return c;
  if (/^\p{Lu}+$/u.test(title[1])) return c;
  const start = c.start - title[0].length;
  const previous = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start).trimEnd() + ' ');
  if (previous && NOT_BEFORE_TITLE.has(fold(previous[1]))) return c;
  return { ...c, start };
}
