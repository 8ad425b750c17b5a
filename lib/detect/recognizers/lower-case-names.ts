// People written without capitals, as on a phone keyboard: "j'ai vu kevin marchand",
// "mme boyer m'a rappelée", "my boss sunny says". A word that is a sure first name
// counts on its own; a name that is also a word (rose, pierre, sunny, berger) counts
// only with a cue around it: a title, a verb of speech or action, "de la part de", a
// possessive and a role ("mon manager", "ma n+1"), a following surname.
import { gazetteer } from '../gazetteer.ts';
import {
  ACRONYMS,
  CALENDAR,
  GENERIC_CAPITALISED,
  MONTHS_AND_DAYS,
  PRODUCT_NAMES,
  PRODUCTS,
  THING_BEFORE,
  TOOLS,
} from '../lexicon/not-names.ts';
import { words } from '../lexicon/words.ts';
import type { Token } from '../tokenize.ts';
import { anyOf, patternsRegExp, wordList } from '../lexicon/word-lists.ts';

export interface LowerCasePerson {
  /** Index of the token after the person. */
  end: number;
  score: number;
  reason: string;
  reasonEn: string;
}

// Titles written out; after one, a word is a surname even when it is a common word.
const FULL_TITLES = wordList('full-titles');
export const TITLES = anyOf(FULL_TITLES, words('pr professeur professor'));
// Family nicknames used like a title, part of the name ("tata odile", "tonton jean",
// "auntie grace"): only before a first name.
const FAMILY_TITLES = wordList('family-titles');
// Products and brands named with a title ("ms planner" for Microsoft, "mr cleaner").
// Subjects before an SMS "m" that stands for "me" ("tu peux m appeler", "i m worried").
const ELIDED_ME_AFTER = wordList('elided-me-after');
const TITLE_BRANDS = wordList('title-brands');
// Single-word particles, and the words that may follow "de", "van", "von".
export const PARTICLES = wordList('particles');
const SECOND_PARTICLES = words('la der den los las');
// Surnames written before the first name (Vietnam, China, Korea), and middle names.
const SURNAME_FIRST = wordList('surname-first');
const MIDDLE_NAMES = words('thi van');
// Particles that are no French word: after "m" they cannot be "me" ("m da silva").
const FOREIGN_PARTICLES = wordList('foreign-particles');
const knownSurname = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.gap === ' ' &&
  (gazetteer().surnames.has(t.key) || gazetteer().ambiguousSurnames.has(t.key));
const GERMANIC_PARTICLES = words('van von der den ter');
const ARTICLE_PARTICLES = words('le la les du des');
// Words after a title that are roles, not names ("madame la directrice", "mr president").
const ROLES = wordList('roles');
const CLIENT_KINDS = wordList('client-kinds');
const CLIENT_BEFORE = /(?:^|[^\p{L}])(?:clientes?|clients?|customers?)\s+$/iu;
// "maître de stage", "Maître de Conférences", "maître de chai": a trade's title, no lawyer.
const MASTER_OF = wordList('master-of');
// A verb of speech or action right after a name: "rose m'a dit", "pierre a appelé".
const SPEECH_AFTER = patternsRegExp('{speech-after}'); // patterns.txt
const speechAfter = (s: string): boolean => SPEECH_AFTER.test(s);
// Only verbs of saying, for a word the gazetteer does not know.
const SAID_AFTER = patternsRegExp('{said-after}'); // patterns.txt
const INFINITIVE = /(?:re|ir|er|oir)$/;
// A department after a name: "boulanger du service achats", "dawn from finance".
const DEPARTMENT_AFTER = patternsRegExp('{department-after}'); // patterns.txt
const WORKS_THEN_SAYS =
  /^(?:at|from) (?:\S+ ){1,3}(?:said|says|sorted|told|rang|called|wants|offered|asked|texted|emailed|phoned)\b/;
// Words before a name that make it someone: "de la part de constance", "tell priya".
// "le mail de jules", "un texto de rose", "a message from hope": what someone sent.
const CUE_BEFORE = patternsRegExp('{name-cue-before}', 'i'); // patterns.txt
// A name then "is" and a role at work or home: "hope is the new apprentice", "patience
// est la nouvelle cheffe", "olive is my new housemate" (not "hope is the best").
export const ROLE_IS = patternsRegExp('{role-is}'); // patterns.txt
// A verb after a relative's name ("ma sœur rose est là", "my sister hope is coming").
const VERB_AFTER_RELATIVE = patternsRegExp('{verb-after-relative}'); // patterns.txt
// What follows a person's name at the start of a clause: a verb, an auxiliary, "et".
const RARE_NAME_VERB_AFTER =
  /^(?:is|was|has|had|would|will|says|said|et|and|from|s est|ma|m a|va|vient|veut|dit)\b/;
// Someone being named ("elle sappelle grace mbarga", "my boss is called tamsin"), and a
// greeting or thanks addressed to someone ("merci rose", "salut pierre", "thanks hope").
const NAMING_WORDS = wordList('naming-words');
const GREETINGS = wordList('greetings');
function namedBefore(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1]?.key ?? '';
  return (
    NAMING_WORDS.has(previous) ||
    // "s'appelle", "m'appelle", not "on l'appelle plutôt".
    (previous === 'appelle' && (tokens[i - 2]?.key === 's' || tokens[i - 2]?.key === 'm')) ||
    ((previous === 'is' || previous === 's') && tokens[i - 2]?.key === 'name')
  );
}
// Endearments and greetings' companions that are names somewhere: "hi baby", "merci maman".
const NOT_ADDRESSED = wordList('not-addressed');
// People one is close to ("mon ex clement", "ma cousine aurore"): {relatives} in patterns.txt.
// A possessive and a role: "mon manager mehdi", "ma n+1 gwenaelle", "my boss sunny".
const ROLE_BEFORE = patternsRegExp('{role-before}', 'i'); // patterns.txt
// A relation or a role right after a name, in apposition: "aurore ma cousine",
// "constance la nouvelle rh", "summer my flatmate".
const ROLE_AFTER = patternsRegExp('{role-after}'); // patterns.txt
const RELATIVE_AFTER = patternsRegExp('{relative-after}'); // patterns.txt
// Verbs of sending or handing over, then "à": "jai passé le relais a eva", "envoie le
// doc a noa", "un msg d'adieu a lea".
const SENT_TO = patternsRegExp('{sent-to}', 'i'); // patterns.txt
// Adverbs and verbs that are names somewhere ("the COO even asked", "my manager said").
const GRAMMAR_WORDS = wordList('grammar-words');
// French possessives, which are names somewhere (Son, Ma) but never in lower case.
const POSSESSIVES = wordList('possessives');
// Family and bosses after a possessive name ("sunnys dad", "hope's manager").
const OWNED_AFTER = patternsRegExp('{owned-after}'); // patterns.txt
// A verb in the plural after two names: "ont", "m'ont", "sont", "veulent", "arrivent".
const PLURAL_VERB_AFTER = patternsRegExp('{plural-verb-after}'); // patterns.txt
const RELATIVE_WORDS = wordList('relative-words');
// Last words of ROLE_BEFORE, as tokens ("n+1" ends on "n").
const ROLE_ENDS = anyOf(RELATIVE_WORDS, wordList('role-ends'));
// "avec lamotte": after "avec" only a sure surname counts ("avec plaisir", "avec prudence").
const WITH_BEFORE = /(?:^|\s)(?:avec|with)\s+$/i;
// Words after which a first name and a surname are someone spoken with, to or of ("avec
// paul martin", "spoke to mary johnson", "a call from mark jones").
const PERSON_PREPOSITION_BEFORE = /(?:^|\s)(?:avec|with|to|from|by|par|à|a)\s+$/i;
// Verbs whose object is often someone: "mon frère aime marie", "je connais lou". A bare
// common noun after them takes an article in French ("aime le foot", "aime la rose"),
// so a first name that is no common word is someone; English nouns go bare ("loves
// summer"), so there only a sure first name.
const OBJECT_VERBS_FR = wordList('object-verbs-fr');
const OBJECT_VERBS_EN = wordList('object-verbs-en');
const OBJECT_ADVERBS = wordList('object-adverbs');

/** True when token i is the object of a verb of liking, knowing or meeting. */
function objectOfVerb(tokens: Token[], i: number, strong: boolean): boolean {
  const g = gazetteer();
  const key = tokens[i].key;
  if (key.length < 3 || g.commonWords.has(key) || g.places.has(key) || tokens[i].gap !== ' ')
    return false;
  let v = i - 1;
  if (OBJECT_ADVERBS.has(tokens[v]?.key ?? '') && tokens[v].gap === ' ') v--;
  const verb = tokens[v]?.key ?? '';
  return OBJECT_VERBS_FR.has(verb) || (strong && OBJECT_VERBS_EN.has(verb));
}

// Virtues that are first names too (constance, patience, prudence): abstract nouns.
const VIRTUE_ENDING = /(?:ance|ence|ude)$/;
const ABSTRACT_ENDING = /(?:ce|te|ie|ion|ment|ude|eur|ise|oi|ire)$/;
// Words that open a new clause after a name: "avec berger on s'entend pas".
const CLAUSE_START = wordList('clause-start');
// Words that follow a verb, not a name: "mon chef gueule tout le temps", "mon binome
// bosse bien", "ma responsable valide demain".
const OBJECT_AFTER_VERB = wordList('object-after-verb');
// What follows a name one greets or thanks: "merci rose pour hier", "salut pierre tu vas
// bien", "thanks hope for the notes".
const ADDRESS_FOLLOW = wordList('address-follow');

// The keys of the `count` tokens after i, joined by spaces; a loop, without the arrays
// slice/map/join would make: it is asked several times at most words.
function nextKeys(tokens: Token[], i: number, count: number): string {
  const end = Math.min(tokens.length, i + 1 + count);
  let out = '';
  for (let k = i + 1; k < end; k++) out += k === i + 1 ? tokens[k].key : ' ' + tokens[k].key;
  return out;
}

function isWordLike(key: string): boolean {
  return (
    gazetteer().commonWords.has(key) ||
    CALENDAR.has(key) ||
    TOOLS.has(key) ||
    ACRONYMS.has(key) ||
    GENERIC_CAPITALISED.has(key) ||
    PRODUCTS.has(key)
  );
}

// Inflected verbs, infinitives, adverbs and abstract nouns ("elle habite", "jai croisé",
// "karim vraiment"): an unknown word ending so is not taken for a surname. The common-word
// list leaves such words out (scripts/build-gazetteer.ts), so the two must stay alike.
export const VERB_ENDING = patternsRegExp('{verb-ending}'); // patterns.txt

// Verbs of hiring and paying after a name ("karim recrute", "elle me paie"): the
// employer's sentence (lower-case-orgs.ts), not a surname.
const HIRING_VERBS = wordList('hiring-verbs');
const INSTITUTIONS = wordList('institution-heads');

const GERMANIC_ER = /^(?=\p{L}*(?:sch|tz|ae|oe(?!u)|eyer$))\p{L}{4,}er$/u;

/** A word that could be a surname: a known one, or an unknown word that is not common. */
/** "shouted", "emailed", "stopped": an English past tense ("my boss shouted at me"), no
 * name: its stem is a word, or a consonant stands before "ed" (the names written so,
 * "ahmed", "khaled", are known first names). */
function englishPastTense(key: string): boolean {
  if (key.length < 5 || !key.endsWith('ed')) return false;
  return /[^aeiouy]ed$/.test(key) || isWordLike(key.slice(0, -2)) || isWordLike(key.slice(0, -1));
}

export function surnameLike(t: Token | undefined, afterTitle = false): boolean {
  if (!t) return false;
  const g = gazetteer();
  const key = t.key;
  if (g.surnames.has(key) || g.ambiguousSurnames.has(key)) return true;
  // Irish "o'" glued to a word no dictionary has ("o'connor", "o'sullivan").
  if (key[0] === 'o' && /^o['’]\p{L}{3,}$/u.test(key) && !isWordLike(key.slice(2))) return true;
  if (isWordLike(key) || HIRING_VERBS.has(key)) return false;
  // A first name that is no common word ("siobhan murphy", "joao dos santos").
  if (g.strongFirstNames.has(key) || g.ambiguousFirstNames.has(key)) return true;
  if (key.length < 3 || !/[aeiouy]/.test(key) || /\d/.test(key)) return false;
  if (englishPastTense(key)) return false;
  // "lentretien", "dintro": an elided article glued to a common word on a phone keyboard.
  // "lhopital", "lecole": the same with an institution.
  const elided = key.slice(1);
  if (/^[ldjmnst][aeiouyh]/.test(key) && (isWordLike(elided) || INSTITUTIONS.has(elided)))
    return false;
  // After a title or "van der", an -er word is a surname ("mrs potter", "van der meer").
  const lower = t.text.toLowerCase();
  // Germanic spellings no French verb has ("schaeffer", "kreutzer", "meyer") end in -er
  // as surnames do.
  if (
    VERB_ENDING.test(lower) &&
    !(afterTitle && /[^aeiouy]er$|eer$/.test(lower)) &&
    !GERMANIC_ER.test(lower) &&
    // Gaelic "mc" opens no verb: "mcallister".
    !lower.startsWith('mc')
  )
    return false;
  return !g.places.has(key);
}

const joined = (b: Token | undefined): boolean => b !== undefined && b.gap === ' ';

/** A sure first name just before j ("jean-baptiste du plessis"), not a word that may
 * be one ("jette du balcon"). */
function sureFirstBefore(tokens: Token[], j: number): boolean {
  const key = tokens[j - 1]?.key ?? '';
  return gazetteer().strongFirstNames.has(key) || compoundFirst(key);
}

// English words in -er that follow a name without being a surname.
const ENGLISH_ER_WORDS = wordList('english-er-words');
const ENGLISH_HINTS = wordList('english-hints');

/** An -er word after a sure first name in an English sentence ("dave carpenter"). */
function englishErSurname(tokens: Token[], j: number): boolean {
  const key = tokens[j].key;
  if (key.length < 6 || !/[^aeiouy]er$/.test(key) || ENGLISH_ER_WORDS.has(key)) return false;
  if (!gazetteer().strongFirstNames.has(tokens[j - 1]?.key ?? '') || isWordLike(key)) return false;
  let english = 0;
  for (const u of tokens) if (ENGLISH_HINTS.has(u.key)) english++;
  return english >= 1;
}

/** "maître de stage", "Maître de Conférences": "de" then a trade's noun or a common word
 * that is no surname names a role, not a lawyer. */
function masterOfTrade(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || !(next.key === 'de' || next.key === 'd')) return false;
  // "maître de la Fontaine", "le maître de la maison": the noun comes after the article.
  const article = tokens[i + 2]?.key === 'la' || tokens[i + 2]?.key === 'l';
  const noun = tokens[article ? i + 3 : i + 2];
  if (!noun) return false;
  const g = gazetteer();
  const surname = g.surnames.has(noun.key) || g.ambiguousSurnames.has(noun.key);
  return MASTER_OF.has(noun.key) || (g.commonWords.has(noun.key) && !surname);
}

// Departments that speak through someone ("from payroll"), never anyone's name.
const DEPARTMENTS = wordList('departments');
// Months and modals that are also first names ("may", "june", "will"), and what must
// follow one to make it someone.
const WORD_NAMES = wordList('word-names');
const ROLE_THE = patternsRegExp('{role-the}'); // patterns.txt
function wordAsPerson(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.key ?? '';
  if (
    !WORD_NAMES.has(tokens[i].key) ||
    /^(?:in|en|since|until|till|of|de|by|next|last|early|late|mid|\d+)$/.test(before)
  )
    return false;
  const after = nextKeys(tokens, i, 6);
  return DEPARTMENT_AFTER.test(after) || ROLE_IS.test(after) || ROLE_THE.test(after);
}

/** Index after the surname (with its particles) that follows the name ending before j.
 * After a title the gap before it may hold the title's dot ("M. de Villiers"). */
export function surnameEnd(tokens: Token[], j: number, afterTitle = false): number {
  const t = tokens[j];
  if (!joined(t) && !(afterTitle && t !== undefined && /^\.? ?$/.test(t.gap))) return j;
  // Particles: "de la fontaine", "van der berg", "dos santos", "o'connell", "le goff".
  // "o brien", "o connor": an apostrophe a phone keyboard dropped, before a known surname.
  const spacedO = t.key === 'o' && knownSurname(tokens[j + 1]);
  if (PARTICLES.has(t.key) || (t.key === 'o' && tokens[j + 1]?.gap === "'") || spacedO) {
    let k = j + 1;
    if (SECOND_PARTICLES.has(tokens[k]?.key ?? '') && joined(tokens[k])) k++;
    const name = tokens[k];
    const glued = name && (joined(name) || (t.key === 'o' && name.gap === "'") || spacedO);
    const g = gazetteer();
    // "demander a karim de relire": after "de" an infinitive is a verb, not a name.
    const infinitive =
      ((t.key === 'de' || t.key === 'd') && INFINITIVE.test(name?.key ?? '')) ||
      // "que karim ait fini": "ait" is the verb before a word ("ait ouali" names).
      (t.key === 'ait' && name !== undefined && isWordLike(name.key));
    if (
      glued &&
      name.key.length >= 2 &&
      !infinitive &&
      (name.capitalised ||
        g.surnames.has(name.key) ||
        g.ambiguousSurnames.has(name.key) ||
        // "il lance le debrief", "jette du balcon": after an article only a known
        // surname counts ("pierre le goff"), never any unknown word.
        ((!ARTICLE_PARTICLES.has(t.key) || sureFirstBefore(tokens, j)) &&
          surnameLike(name, GERMANIC_PARTICLES.has(tokens[k - 1].key))))
    )
      return k + 1;
    return j;
  }
  // "dave carpenter", "olivia baker": in English an -er word after a sure first name is a
  // surname (in French it would be a verb: "laisse julie gerer").
  if (!t.capitalised && englishErSurname(tokens, j)) return j + 1;
  // "jordan arrete pas": a verb after a first name is no surname; "merci rose pour
  // hier": nor is a preposition.
  if (
    !t.capitalised &&
    surnameLike(t) &&
    // "rose will be late", "grace may call": a modal or an auxiliary, not a surname.
    !GRAMMAR_WORDS.has(t.key) &&
    !speechAfter(t.key) &&
    !ADDRESS_FOLLOW.has(t.key) &&
    !CLAUSE_START.has(t.key)
  ) {
    // A second surname only when known: "garcia lopez".
    const next = tokens[j + 1];
    if (joined(next) && !next.capitalised && gazetteer().surnames.has(next.key)) return j + 2;
    return j + 1;
  }
  return j;
}

// Endings of adjectives that qualify a role ("la directrice sortante", "le maire adjoint").
const ROLE_ADJECTIVE = /(?:ante?|ale|elle|ive|aire|ienne?|euse|ee|ral)$/;

/** Index after a role at r (no article) and the surname after it, or 0. After a title
 * the surname may be any word that could be one; without it, a known surname that is no
 * common word. */
function roleThenSurnameEnd(tokens: Token[], r: number, afterTitle: boolean): number {
  const role = tokens[r];
  const surname = tokens[r + 1];
  if (!joined(role) || !ROLES.has(role.key) || ARTICLE_PARTICLES.has(role.key)) return 0;
  if (!joined(surname) || surname.capitalised || ROLES.has(surname.key)) return 0;
  if (GRAMMAR_WORDS.has(surname.key) || ROLE_ADJECTIVE.test(surname.key)) return 0;
  const g = gazetteer();
  const known = g.surnames.has(surname.key) || g.ambiguousSurnames.has(surname.key);
  const sure = known && !g.commonWords.has(surname.key);
  // An unknown word shaped like a French verb is what the role does ("mme la directrice
  // valide", "monsieur le maire signe").
  const unknownName = surnameLike(surname, true) && !/(?:e|es|ent|it|is|ont)$/.test(surname.key);
  if (!(afterTitle ? known || unknownName : sure)) return 0;
  const end = surnameEnd(tokens, r + 1, true);
  return end > r + 1 ? end : r + 2;
}

// Korean surnames, and the syllables of a romanised Korean given name ("min-jun",
// "seo-yeon", "hyun-woo"): a consonant or none, a vowel, and n, ng, k, l, m, p or t.
const KOREAN_SURNAMES = wordList('korean-surnames');
const KOREAN_SYLLABLE =
  '(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhy])?(?:yeo|yae|wae|yoo|woo|eo|ae|ya|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|i|o|u)(?:ng|[knlmpt])?';
const KOREAN_GIVEN = new RegExp(`^(${KOREAN_SYLLABLE})-(${KOREAN_SYLLABLE})$`);

/** A romanised Korean given name in lower case: two syllables joined by a hyphen, not
 * a word echoing itself. After a surname that is also a word ("park", "song", "moon"), not two words of the language
 * ("song hip-hop", "son to-do"), unless the gazetteer knows the name. */
function koreanGivenName(t: Token, wordSurname: boolean): boolean {
  if (t.capitalised) return false;
  const g = gazetteer();
  if (g.strongFirstNames.has(t.key)) return true;
  const m = KOREAN_GIVEN.exec(t.key);
  // "la-la", "ping-pong", "hip-hop": a word echoing itself, with another vowel or none.
  const skeleton = (x: string) => x.replace(/[aeiouy]+/g, '');
  if (!m || skeleton(m[1]) === skeleton(m[2]) || g.commonWords.has(t.key)) return false;
  return !(wordSurname && g.commonWords.has(m[1]) && g.commonWords.has(m[2]));
}

/** The person that starts at lower-case token i, or null. `before` is the text of the
 * sentence before the token. */
// "ms young", "mr king", "mme boulanger": after a spelled-out title, a word is a surname
// (the gazetteer leaves out surnames that are common words). Not a function word, a
// role, a tool ("ms word"), a day or an acronym.
const titleThenWordSurname = (title: string, next: Token): boolean =>
  FULL_TITLES.has(title) &&
  next.key.length >= 4 &&
  // Not a verb ("dr est", "mme parlait"), but the trades surnames come from ("boulanger").
  (!VERB_ENDING.test(next.key) || /(?:ier|ger|her|ker)$/.test(next.key)) &&
  /^[a-z]+(?:-[a-z]+)?$/.test(next.key) &&
  !GENERIC_CAPITALISED.has(next.key) &&
  !ROLES.has(next.key) &&
  !TOOLS.has(next.key) &&
  !CALENDAR.has(next.key) &&
  !ACRONYMS.has(next.key) &&
  !GRAMMAR_WORDS.has(next.key);

// English verbs and prepositions before the object "me" ("calling me abt a role").
const ENGLISH_BEFORE_ME = wordList('english-before-me');

export function lowerCasePerson(
  tokens: Token[],
  i: number,
  before: string,
): LowerCasePerson | null {
  const g = gazetteer();
  const t = tokens[i];
  const next = tokens[i + 1];
  const key = t.key;

  // A title: "mme boyer", "dr benali", "m. lefort", "mme de la fontaine".
  // "pr" is also SMS for "pour": a lower-case one is a title only before a known surname
  // that is no holiday or day ("pr noel", "pr lundi").
  const smsPour =
    key === 'pr' &&
    !t.capitalised &&
    !(
      next &&
      (g.surnames.has(next.key) || g.ambiguousSurnames.has(next.key)) &&
      !CALENDAR.has(next.key)
    );
  // "m ferrand", "m leblanc": a bare "m" for Monsieur before a surname, not metres
  // ("3 m de long") nor an interjection ("m bof").
  const bareM =
    key === 'm' &&
    !t.capitalised &&
    next?.gap === ' ' &&
    !/['’]$/.test(t.gap) &&
    !ELIDED_ME_AFTER.has(tokens[i - 1]?.key ?? '') &&
    !/\d\s*$/.test(before) &&
    (g.surnames.has(next.key) ||
      g.ambiguousSurnames.has(next.key) ||
      (next.key.length >= 5 && surnameLike(next)) ||
      // "m da silva", "m o brien": a particle, then a known surname.
      (FOREIGN_PARTICLES.has(next.key) && knownSurname(tokens[i + 2])));
  const title =
    (TITLES.has(key) && !smsPour && !TITLE_BRANDS.has(nextKeys(tokens, i, 1))) ||
    (key === 'm' && next?.gap.startsWith('.')) ||
    bareM ||
    ((key === 'me' || key === 'maitre') && t.capitalised && !masterOfTrade(tokens, i)) ||
    // "maître de la Fontaine", "maitre da silva": a lawyer with a particle.
    (key === 'maitre' &&
      next !== undefined &&
      PARTICLES.has(next.key) &&
      !masterOfTrade(tokens, i)) ||
    // "me lacroix": Maître in lower case, before a surname that is no word or first name
    // (the French pronoun "me" comes before verbs; the English one after them).
    (key === 'me' &&
      next?.gap === ' ' &&
      !ENGLISH_BEFORE_ME.has(tokens[i - 1]?.key ?? '') &&
      // After "avec" or "chez" the pronoun cannot stand: any surname-like word.
      (g.surnames.has(next.key) ||
        (/^(?:avec|chez)$/.test(tokens[i - 1]?.key ?? '') && surnameLike(next))) &&
      !g.commonWords.has(next.key) &&
      !g.strongFirstNames.has(next.key) &&
      !g.ambiguousFirstNames.has(next.key)) ||
    // "maitre aurelie dos santos", "tata odile", "tonton dupont": lower case, only before
    // a first name or a surname that is no common word ("mamie gateau", "papi blanc").
    ((key === 'maitre' || FAMILY_TITLES.has(key)) &&
      next !== undefined &&
      (g.strongFirstNames.has(next.key) ||
        g.surnames.has(next.key) ||
        ((g.ambiguousFirstNames.has(next.key) || g.ambiguousSurnames.has(next.key)) &&
          !g.commonWords.has(next.key))));
  // "mme le gall", "m. la rocca": le or la then a surname, not a role ("mme la directrice").
  const article = next !== undefined && (next.key === 'le' || next.key === 'la');
  // "madame presidente lefort", "monsieur le directeur dupont", "mme la maire girard": a
  // title, a role and the surname.
  if (title && next && /^\.? ?$/.test(next.gap) && next.gap.length > 0) {
    const end = roleThenSurnameEnd(tokens, article ? i + 2 : i + 1, true);
    if (end > 0)
      return {
        end,
        score: 0.9,
        reason: 'nom de personne (avec civilité)',
        reasonEn: 'person name (with title)',
      };
  }
  // "la juge moreau", "le commissaire lambert": a role after its article, then a known
  // surname that is no common word ("la juge rose", "le directeur general" are not).
  if (ARTICLE_PARTICLES.has(tokens[i - 1]?.key ?? '') && t.gap === ' ') {
    const end = roleThenSurnameEnd(tokens, i, false);
    if (end > 0)
      return {
        end,
        score: 0.85,
        reason: 'nom de personne (fonction)',
        reasonEn: 'person name (role)',
      };
  }
  const afterArticle = tokens[i + 2];
  // Read only after a title: it may ask surnameLike of the word after the article.
  const articleName = (): boolean =>
    article &&
    joined(afterArticle) &&
    !ROLES.has(afterArticle.key) &&
    (g.surnames.has(afterArticle.key) || surnameLike(afterArticle));
  if (
    title &&
    next &&
    /^\.? ?$/.test(next.gap) &&
    next.gap.length > 0 &&
    (!ROLES.has(next.key) || articleName())
  ) {
    const particleStart =
      (PARTICLES.has(next.key) || (next.key === 'o' && knownSurname(tokens[i + 2]))) &&
      (!article || articleName());
    const nameOk =
      (!GRAMMAR_WORDS.has(next.key) && g.ambiguousSurnames.has(next.key)) ||
      titleThenWordSurname(key, next) ||
      (!GRAMMAR_WORDS.has(next.key) && g.ambiguousFirstNames.has(next.key)) ||
      surnameLike(next, true);
    if (particleStart) {
      const end = surnameEnd(tokens, i + 1, true);
      if (end > i + 1)
        return {
          end,
          score: 0.9,
          reason: 'nom de personne (avec civilité)',
          reasonEn: 'person name (with title)',
        };
    } else if (nameOk && !next.capitalised) {
      return {
        end: surnameEnd(tokens, i + 2),
        score: 0.9,
        reason: 'nom de personne (avec civilité)',
        reasonEn: 'person name (with title)',
      };
    }
  }

  // "m'envoie son iban": the possessive, then the thing owned.
  if (POSSESSIVES.has(key)) return null;
  // "client lambda a appelé", "cliente vip": a kind of customer, not the customer's name.
  if (CLIENT_KINDS.has(key) && CLIENT_BEFORE.test(before)) return null;

  // "nguyen thi hoa", "zhang wei", "tran van minh": a surname written first, then a sure
  // first name (and a middle name).
  if (SURNAME_FIRST.has(key) && joined(next)) {
    let k = i + 1;
    if (MIDDLE_NAMES.has(tokens[k].key) && joined(tokens[k + 1])) k++;
    const given = tokens[k];
    // After the middle name ("thi", "van") the given name may also be a word ("hoa");
    // a second given name follows the first ("zhang wei ming").
    const middle = k > i + 1;
    const firstName = (u: Token | undefined, loose: boolean) =>
      u !== undefined &&
      !u.capitalised &&
      (g.strongFirstNames.has(u.key) || (loose && g.ambiguousFirstNames.has(u.key)));
    if (firstName(given, middle)) {
      if (joined(tokens[k + 1]) && firstName(tokens[k + 1], true)) k++;
      return { end: k + 1, score: 0.85, reason: 'nom et prénom', reasonEn: 'full name' };
    }
  }
  // "kim min-jun", "park ji-woo", "lee seo-yeon": a Korean surname, then a given name of
  // two syllables joined by a hyphen.
  if (KOREAN_SURNAMES.has(key) && joined(next) && koreanGivenName(next, g.commonWords.has(key)))
    return { end: i + 2, score: 0.85, reason: 'nom et prénom', reasonEn: 'full name' };
  // "france ma tante", "grace my sister": a first name that is also a word or a country,
  // with a relative in apposition after it.
  if (
    g.strongFirstNames.has(key) &&
    joined(next) &&
    RELATIVE_AFTER.test(nextKeys(tokens, i, 2)) &&
    !THING_BEFORE.test(before)
  )
    return { end: i + 1, score: 0.6, reason: 'prénom', reasonEn: 'first name' };
  // "sunnys dad picked her up", "hope's mum called": a name whose family or boss is
  // spoken of, the possessive typed with or without its apostrophe.
  const owner = key.endsWith('s') && !/['’]/.test(next?.gap ?? '') ? key.slice(0, -1) : key;
  const ownedAt = owner === key ? i + 2 : i + 1;
  if (
    (owner === key
      ? next?.key === 's' && /^['’]$/.test(next.gap)
      : !isWordLike(key) && !GRAMMAR_WORDS.has(key)) &&
    !THING_BEFORE.test(before) &&
    (g.strongFirstNames.has(owner) || g.ambiguousFirstNames.has(owner)) &&
    owner.length >= 3 &&
    !GRAMMAR_WORDS.has(owner) &&
    tokens[ownedAt]?.gap === ' ' &&
    OWNED_AFTER.test(nextKeys(tokens, ownedAt - 1, 2))
  )
    return { end: i + 1, score: 0.6, reason: 'prénom', reasonEn: 'first name' };
  // "may from the temp agency called", "will is the supervisor": a month or a modal that is
  // a first name names someone when a department or a role follows it, never after "in",
  // "en" or a date.
  if (wordAsPerson(tokens, i))
    return { end: i + 1, score: 0.6, reason: 'prénom', reasonEn: 'first name' };
  if (isWordLike(key) && !g.ambiguousFirstNames.has(key) && !g.ambiguousSurnames.has(key))
    return null;
  // "mamie dit que", "tonton arrive": a family nickname alone names nobody.
  if (FAMILY_TITLES.has(key)) return null;
  if (PRODUCT_NAMES.has(key) && THING_BEFORE.test(before)) return null;
  // Pronouns and greetings that are also names somewhere ("elle dit que").
  if (GENERIC_CAPITALISED.has(key)) return null;
  // "sunny from payroll says": a department speaks through someone, it is nobody.
  if (DEPARTMENTS.has(key)) return null;
  if (MONTHS_AND_DAYS.has(key)) return null;
  if (ACRONYMS.has(key) || TOOLS.has(key) || CALENDAR.has(key)) return null;
  // "mon cousin vient", "ma soeur dit": a relative named by the word, not a surname.
  if (RELATIVE_WORDS.has(key) && THING_BEFORE.test(before)) return null;
  const ambiguous = g.ambiguousFirstNames.has(key);
  // A first name that is a word only in the dictionary, never in everyday use (amadou,
  // ambre, jake): a name when a verb or "et" follows it ("amadou s'est ouvert la main"),
  // never where it reads as a verb ("jette", "porter") or after an article.
  const rareWord =
    ambiguous &&
    key.length >= 4 &&
    !g.commonWords.has(key) &&
    // "with constance and patience": virtues coordinated.
    !(VIRTUE_ENDING.test(key) && /^(?:et|and)\b/.test(nextKeys(tokens, i, 1))) &&
    !GRAMMAR_WORDS.has(key) &&
    !VERB_ENDING.test(t.text.toLowerCase()) &&
    !THING_BEFORE.test(before) &&
    RARE_NAME_VERB_AFTER.test(nextKeys(tokens, i, 2));
  const strong = g.strongFirstNames.has(key) || compoundFirst(key) || rareWord;
  const surname = g.surnames.has(key);
  const ambiguousSurname = g.ambiguousSurnames.has(key);
  // The role pattern is read only after a word that can end one (most words cannot).
  const roleBefore = ROLE_ENDS.has(tokens[i - 1]?.key ?? '') && ROLE_BEFORE.test(before);
  // "kadi diop", "tavita faleolo": a first name the gazetteer lacks before a known surname.
  if (
    !strong &&
    !ambiguous &&
    !surname &&
    !ambiguousSurname &&
    joined(next) &&
    !next.capitalised &&
    g.surnames.has(next.key) &&
    !isWordLike(next.key) &&
    // "jvois jean-baptiste": the next word is itself a first name, this one a verb.
    !g.strongFirstNames.has(next.key) &&
    !compoundFirst(next.key) &&
    surnameLike(t) &&
    !g.places.has(key) &&
    // "my colleague tran minh": a role, then the name.
    !ROLE_ENDS.has(key)
  )
    return { end: i + 2, score: 0.6, reason: 'nom et prénom', reasonEn: 'full name' };
  // "seppi et pierre m'ont aidé", "javiera et tomas arrivent": two names joined, then a
  // verb in the plural; one of them no common word, neither after an article.
  const pairName = (u: Token | undefined): boolean =>
    u !== undefined &&
    !u.capitalised &&
    u.key.length >= 3 &&
    !GRAMMAR_WORDS.has(u.key) &&
    !ROLE_ENDS.has(u.key) &&
    (g.strongFirstNames.has(u.key) ||
      g.ambiguousFirstNames.has(u.key) ||
      // "lilas", "choux": a plural is a thing.
      (surnameLike(u) && !/[sx]$/.test(u.key)));
  const pairWord = (u: Token | undefined): boolean => u !== undefined && g.commonWords.has(u.key);
  const firstKind = (u: Token): number =>
    g.strongFirstNames.has(u.key) ? 2 : g.ambiguousFirstNames.has(u.key) ? 1 : 0;
  const pairSure = (u: Token, v: Token): boolean =>
    firstKind(u) === 2 || firstKind(v) === 2 || firstKind(u) + firstKind(v) === 1;
  // The "et"/"and" first: it is one comparison, and rules out nearly every word.
  const pairAt = (a: number): boolean =>
    (tokens[a + 1]?.key === 'et' || tokens[a + 1]?.key === 'and') &&
    pairName(tokens[a]) &&
    pairName(tokens[a + 2]) &&
    !(pairWord(tokens[a]) && pairWord(tokens[a + 2])) &&
    // A sure first name, or one that may be a word beside a word no list has.
    pairSure(tokens[a], tokens[a + 2]) &&
    !THING_BEFORE.test(
      tokens
        .slice(Math.max(0, a - 2), a)
        .map((u) => u.key)
        .join(' ') + ' ',
    ) &&
    PLURAL_VERB_AFTER.test(nextKeys(tokens, a + 2, 2));
  const pairThenPlural = pairAt(i) || pairAt(i - 2);
  if (
    !strong &&
    !ambiguous &&
    !surname &&
    !ambiguousSurname &&
    !roleBefore &&
    !pairThenPlural &&
    !(surnameLike(t) && (SAID_AFTER.test(nextKeys(tokens, i, 3)) || namedBefore(tokens, i)))
  )
    return null;

  // A sure first name ("j'ai vu karim hier"), not a place: no cue needed.
  if (strong && key.length >= 4 && !g.places.has(key)) {
    const end = surnameEnd(tokens, i + 1);
    return end > i + 1
      ? { end, score: 0.85, reason: 'nom et prénom', reasonEn: 'full name' }
      : { end, score: 0.6, reason: 'prénom', reasonEn: 'first name' };
  }

  // "la pierre a été posée", "une rose m'a fait penser": an article makes it a thing.
  const thing = THING_BEFORE.test(before);
  const after = nextKeys(tokens, i, 4);
  const speech = joinedOrApostrophe(next) && speechAfter(after);
  // "mark at direct line said", "bill from accounts sorted it": where someone works, a verb.
  const department =
    joined(next) && (DEPARTMENT_AFTER.test(after) || WORKS_THEN_SAYS.test(nextKeys(tokens, i, 6)));
  const named = namedBefore(tokens, i);
  // A greeting names who it speaks to when a pause or a new clause follows the name.
  const addressed =
    (strong || ambiguous) &&
    !NOT_ADDRESSED.has(key) &&
    GREETINGS.has(tokens[i - 1]?.key ?? '') &&
    (!next ||
      /^\s*[,.;:!?)]/.test(next.gap) ||
      CLAUSE_START.has(next.key) ||
      ADDRESS_FOLLOW.has(next.key));
  // "avec eva", "with julien": a first name that is no word, even a short one ("avec
  // prudence", "with hope" are manners and things).
  const withName =
    key.length >= 3 &&
    (strong || (ambiguous && !g.commonWords.has(key) && !VIRTUE_ENDING.test(key))) &&
    WITH_BEFORE.test(before);
  // "je bosse chez lidl et jordan aussi", "she works at tesco and jamie too": a first name
  // joined to a name, then "aussi", "too": someone else there as well.
  const twoAt = tokens[i - 2];
  const alsoThere =
    (strong || ambiguous) &&
    (tokens[i - 1]?.key === 'et' || tokens[i - 1]?.key === 'and') &&
    twoAt !== undefined &&
    !twoAt.capitalised &&
    !g.commonWords.has(twoAt.key) &&
    !g.strongFirstNames.has(twoAt.key) &&
    /^(?:aussi|too|also|pareil|as well|non plus)\b/.test(after);
  const cueBefore =
    pairThenPlural ||
    alsoThere ||
    withName ||
    objectOfVerb(tokens, i, strong) ||
    CUE_BEFORE.test(before) ||
    named ||
    addressed ||
    ((strong || ambiguous) && /\s(?:a|à)\s+$/.test(before) && SENT_TO.test(before));
  const roleAfter =
    joined(next) &&
    (ROLE_AFTER.test(after) ||
      ROLE_IS.test(nextKeys(tokens, i, 5)) ||
      // "olive the recruiter from hays said": a role in apposition, then where or a verb.
      ROLE_THE.test(nextKeys(tokens, i, 6)));
  const end = surnameEnd(tokens, i + 1);
  const withSurname = end > i + 1;

  const first = (score: number): LowerCasePerson => ({
    end,
    score: withSurname ? Math.max(score, 0.85) : score,
    reason: withSurname ? 'nom et prénom' : 'prénom',
    reasonEn: withSurname ? 'full name' : 'first name',
  });

  // Short or also a place ("lou", "diego"): with a surname or a cue.
  if (strong && (withSurname || speech || roleBefore || cueBefore || roleAfter)) return first(0.6);
  // A first name that is also a word needs a cue: "rose m'a dit", "my boss sunny".
  // After a role, a common word needs more ("my manager said", "my boss sunny says").
  const common = g.commonWords.has(key);
  // "pierre meunier m'a coupé", "victoire charpentier est ma marraine": the verb or the
  // role after the surname.
  const afterSurname = withSurname ? nextKeys(tokens, end - 1, 4) : '';
  // "le lien de la visio": after an article, a common word, a particle and an unknown
  // word are a thing and its complement; a known surname after the particle still names.
  const last = tokens[end - 1]?.key ?? '';
  const particleSurname =
    withSurname &&
    // "grace o'brien": "o'" opens an Irish surname as a particle does.
    (PARTICLES.has(tokens[i + 1].key) ||
      (tokens[i + 1].key === 'o' && tokens[i + 2]?.gap === "'")) &&
    (!thing || !common || g.surnames.has(last) || g.ambiguousSurnames.has(last));
  const knownSurnameAfter =
    withSurname &&
    (g.surnames.has(tokens[i + 1].key) ||
      particleSurname ||
      (joinedOrApostrophe(tokens[end]) && speechAfter(afterSurname)) ||
      (/^(?:est|is) /.test(afterSurname) &&
        ROLE_AFTER.test(afterSurname.slice(afterSurname.indexOf(' ') + 1))));
  // A first name that is also a word, then a surname (known, even if a word too), after
  // "with", "to", "avec"...: the pair is someone; "with rose gold" holds no surname.
  const pairAfterPreposition =
    withSurname &&
    end === i + 2 &&
    (g.surnames.has(tokens[i + 1].key) ||
      g.ambiguousSurnames.has(tokens[i + 1].key) ||
      // "with james o'connor", "avec paul kowalczyk": a surname no list has.
      (surnameLike(tokens[i + 1]) && !isWordLike(tokens[i + 1].key))) &&
    PERSON_PREPOSITION_BEFORE.test(before);
  const clauseEnds = !next || /^\s*[,.;:!?)]/.test(next.gap);
  // "mon frère aime marie": a word that is also a verb, then a first name, is the verb
  // and its object.
  const nextKey = tokens[i + 1]?.key ?? '';
  const verbThenName =
    common && (g.strongFirstNames.has(nextKey) || g.ambiguousFirstNames.has(nextKey));
  // "mon ex jordan", "my ex river": after a relative, a name even if it is a word.
  // Only a work role makes a bare surname or an unknown word someone ("ma soeur pour").
  const workRoleBefore = roleBefore && !RELATIVE_WORDS.has(tokens[i - 1].key);
  // A name that is a word after a relative ("ma sœur rose est là") when a pause or a verb
  // follows it, so that it is no adjective or verb itself ("mon frère aime le foot").
  const relativeBefore =
    roleBefore &&
    RELATIVE_WORDS.has(tokens[i - 1].key) &&
    !ROLE_ENDS.has(key) &&
    (!common || clauseEnds || VERB_AFTER_RELATIVE.test(after));
  if (
    ambiguous &&
    (!thing || cueBefore || roleBefore || knownSurnameAfter) &&
    !GRAMMAR_WORDS.has(key) &&
    (speech ||
      pairAfterPreposition ||
      department ||
      cueBefore ||
      roleAfter ||
      relativeBefore ||
      knownSurnameAfter ||
      (roleBefore && (!common || clauseEnds || (withSurname && !verbThenName))))
  )
    return first(0.6);
  // A surname alone: after a role or "avec" when it is no word, or with a verb or a
  // department after it. "avec berger on s'entend pas": a noun after "avec" takes an
  // article ("avec le berger"), so a bare one that is a surname, then a new clause, is
  // someone; abstract nouns go bare ("avec grâce", "avec force").
  const withBareSurname =
    ambiguousSurname &&
    !ABSTRACT_ENDING.test(key) &&
    (!next || /^\s*[,.;:!?]/.test(next.gap) || CLAUSE_START.has(next.key));
  if (
    (surname || ambiguousSurname) &&
    key.length >= 4 &&
    // "Precious on the ward said", "the cook quit": after an article, a noun.
    (((speech || department) && !thing) ||
      workRoleBefore ||
      ((surname || withBareSurname) && WITH_BEFORE.test(before)))
  )
    return { end: i + 1, score: 0.6, reason: 'nom de famille', reasonEn: 'surname' };
  // An unknown word after a possessive and a role ("ma n+1 gwenaelle"), or before a
  // plain verb of speech ("wiremu m'a dit", "tavita says"): a name the gazetteer lacks.
  // Not a plural noun's complement: "la juge des tutelles a dit".
  const plural = tokens[i - 1]?.key === 'des' || tokens[i - 1]?.key === 'aux';
  if (
    ((workRoleBefore && !(joined(next) && OBJECT_AFTER_VERB.has(next.key))) ||
      named ||
      pairThenPlural ||
      (!thing && !plural && SAID_AFTER.test(after))) &&
    surnameLike(t)
  )
    return first(0.5);
  return null;
}

function joinedOrApostrophe(t: Token | undefined): boolean {
  return t !== undefined && (t.gap === ' ' || t.gap === "'" || t.gap === '’');
}

function compoundFirst(key: string): boolean {
  if (!key.includes('-')) return false;
  const g = gazetteer();
  return key.split('-').every((k) => g.strongFirstNames.has(k) || g.ambiguousFirstNames.has(k));
}
