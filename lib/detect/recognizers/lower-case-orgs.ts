// Companies written in lower case or as common words, known from the words around
// them: "je bosse pour castorama", "mon employeur decathlon", "le groupe peyrache".
import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import { LEGAL_FORMS, ORG_TAILS } from '../lexicon/organizations.ts';
import { words } from '../lexicon/words.ts';
import { MONTHS_AND_DAYS } from '../lexicon/not-names.ts';
import type { Token } from '../tokenize.ts';
import { surnameLike, VERB_ENDING } from './lower-case-names.ts';
import { anyOf, patternsRegExp, wordList } from '../lexicon/word-lists.ts';

// Working for, at or with an employer, in French and English.
const EMPLOYER_BEFORE = patternsRegExp('(?:{employer-before})$', 'i'); // patterns.txt

// Last words of employer-before: the pattern is read only after one of them.
const EMPLOYER_ENDS = wordList('employer-ends');

// How one works, after "à": "je travaille à mi-temps", "à la chaîne", "à domicile".
const WORK_MODE = patternsRegExp('{work-mode}', 'i'); // patterns.txt

/** False when the word before cannot end the words that name an employer. */
export const mayEndEmployerCue = (previousKey: string): boolean => EMPLOYER_ENDS.has(previousKey);

/** True when the text before a word says it names an employer. `previousKey` is the
 * folded word just before it; `after`, the text from the word on. */
export function employerBefore(before: string, previousKey: string, after = ''): boolean {
  if (!EMPLOYER_ENDS.has(previousKey) || !EMPLOYER_BEFORE.test(before) || WORK_MODE.test(after))
    return false;
  // "la fiche de paie de mai", "start at monday": a date, not who pays.
  if (MONTHS_AND_DAYS.has(fold(after).match(/^[a-z]+/)?.[0] ?? '')) return false;
  // "the client is unhappy", "the deadline for clients is may 31": a state or a date.
  return !(ROLE_IS.test(before) && notACompanyAfterIs(after));
}

// A role and a verb "to be" before a company: "notre fournisseur c'est metro", "our
// biggest client is sage", "my agency, blue arrow,".
const ROLE_IS = patternsRegExp('(?:{company-role-is})$', 'i'); // patterns.txt
// What follows such words without naming a company: an adjective, a participle, a date.
const NOT_A_COMPANY_AFTER_IS = patternsRegExp('{not-a-company-after-is}', 'i');
const notACompanyAfterIs = (after: string): boolean => {
  const word = fold(after).match(/^[a-z]+/)?.[0] ?? '';
  return NOT_A_COMPANY_AFTER_IS.test(fold(after)) || MONTHS_AND_DAYS.has(word);
};

// Head nouns that start a company's name even in lower case, with the legal forms
// ("sarl ferreira", "eurl martins"); "garage" or "boucherie" are too often places, so
// they count only before a known surname or a family ending ("garage pereira freres").
const LOWER_CASE_HEADS = wordList('lower-case-heads');
const PLACE_HEADS = wordList('place-heads');
const NAME_PARTICLES = wordList('name-particles');
// What may end a small business's name: the family ("et fils", "freres") or its trade.
const FAMILY_ENDS = wordList('family-ends');
const TRADE_ENDS = wordList('trade-ends');

// "la banque autrichienne", "le cabinet parisien": an adjective, not a name. Of the
// endings in -el only the adjectives' (-uel, -iel, -nnel, -urel): Fauvel, Martel are names.
export const ADJECTIVE_ENDING = patternsRegExp('{adjective-ending}'); // patterns.txt

const glued = (t: Token | undefined): t is Token =>
  t !== undefined && t.gap === ' ' && !t.capitalised;

/** Index after a company whose name starts with a head noun, in lower case
 * ("transports mauduit", "sarl ferreira batiment", "garage dos reis et fils"), or i
 * when there is none. */
export function headedOrgEnd(tokens: Token[], i: number): number {
  const head = tokens[i];
  const placeHead = PLACE_HEADS.has(head.key);
  if (!LOWER_CASE_HEADS.has(head.key) && !placeHead) return i;
  let k = i + 1;
  // "garage dos reis", "sas de la tour": particles before the surname.
  while (
    k < i + 3 &&
    // Stryker disable next-line StringLiteral: no text after the name is a particle, whatever stands for it
    NAME_PARTICLES.has(tokens[k]?.key ?? '') &&
    glued(tokens[k]) &&
    glued(tokens[k + 1])
  )
    k++;
  const name = tokens[k];
  if (!glued(name)) return i;
  const g = gazetteer();
  // A known surname wins over an adjective's ending ("ets fauvel", "groupe michel").
  const known = g.surnames.has(name.key) || g.ambiguousSurnames.has(name.key);
  if (!surnameLike(name) || (!known && ADJECTIVE_ENDING.test(name.key))) return i;
  // "cabinet lemaire & associés", "transports sow & fils".
  const firm = founderFirmEnd(tokens, k);
  if (firm > k) return firm;
  let end = k + 1;
  const after = tokens[end];
  const family =
    glued(after) &&
    (FAMILY_ENDS.has(after.key) ||
      (after.key === 'et' && FAMILY_ENDS.has(tokens[end + 1]?.key ?? '')));
  if (family) end += after.key === 'et' ? 2 : 1;
  else if (glued(after) && (TRADE_ENDS.has(after.key) || SECTOR_TAILS.has(after.key))) end++;
  if (placeHead && !known && !family) return i;
  // "au restaurant paris": where it stands, though Paris is a surname too.
  if (placeHead && !family && g.places.has(name.key)) return i;
  return end;
}

// Endings and beginnings that mark a surname in many languages: Armenian -yan/-ian,
// Greek -poulos/-akis/-idis, Ukrainian -enko/-chuk, Polish -ski/-wicz/-czyk, Romanian
// -escu/-eanu, Turkish -oglu, Nordic -sson/-dottir, Balkan -ovic/-evic, Georgian -shvili/-dze,
// Malagasy Rakoto-/Randria-/Andria-/Razafi-, Basque Etxe-/Etche-.
export const SURNAME_SHAPE = patternsRegExp('{surname-shape}'); // patterns.txt

// ... and, for a trade's owner, Indian -kumar and Maghrebi Ben-, Bel-, Ould- ("pharmacie
// benhamou", "atelier sivakumar").
const OWNER_SHAPE = /kumar$|^(?:ben|bel|ould)[a-z]{4,}$/;

// A trade, then the proper name its owner gave it, in lower case: "traiteur el baraka",
// "boulangerie les delices", "garage du centre", "pizzeria da marco". The name is an
// article (Arabic el/al, or les and a plural), "du"/"des" and a noun that does not say
// where the shop stands or whose it is ("la boulangerie du coin", "le garage du voisin"),
// or a sure first name.
const TRADE_HEADS = anyOf(LOWER_CASE_HEADS, PLACE_HEADS, wordList('trade-heads'));
// What follows a trade (or a head noun and a particle) without naming it: where it
// stands, whose it is, when it opens; "Hôtel de Ville" and "Palais de Justice" are public.
export const NOT_A_SHOP_NAME = wordList('not-a-shop-name');
const ARABIC_ARTICLES = words('el al');

/** Index after a trade and the proper name after it ("traiteur el baraka"), or i. */
export function namedTradeEnd(tokens: Token[], i: number): number {
  if (!TRADE_HEADS.has(tokens[i].key)) return i;
  const a = tokens[i + 1];
  const name = tokens[i + 2];
  if (!glued(a)) return i;
  const g = gazetteer();
  // "pizzeria marco": a sure first name, not someone's full name ("la pharmacie rita
  // haddad m'a dit"); "ambulances saint-jacques": a saint.
  if (
    g.strongFirstNames.has(a.key) &&
    a.key.length >= 4 &&
    !g.places.has(a.key) &&
    !(glued(name) && surnameLike(name))
  )
    return i + 2;
  if (/^(?:saint|sainte|st|ste)-[a-z]/.test(a.key)) return i + 2;
  // "pharmacie benhamou", "boulangerie le goff": the owner's surname, known or no word at
  // all, perhaps after its article; never a day, a place or a word ("boulangerie le blanc").
  const owner = (u: Token | undefined, known: boolean): boolean =>
    glued(u) &&
    (g.surnames.has(u.key) ||
      g.ambiguousSurnames.has(u.key) ||
      (!known &&
        u.key.length >= 5 &&
        surnameLike(u) &&
        (SURNAME_SHAPE.test(u.key) || OWNER_SHAPE.test(u.key)))) &&
    !g.commonWords.has(u.key) &&
    !g.places.has(u.key) &&
    !g.strongFirstNames.has(u.key) &&
    !g.ambiguousFirstNames.has(u.key) &&
    !MONTHS_AND_DAYS.has(u.key) &&
    !NOT_A_SHOP_NAME.has(u.key);
  if (owner(a, false)) return i + 2;
  if ((a.key === 'le' || a.key === 'la') && owner(name, true)) return i + 3;
  if (!glued(name) || VERB_ENDING.test(name.key)) return i;
  // Plurals and feminines of those words too ("les dimanches", "du voisin", "des voisines").
  const stem = name.key.replace(/s$/, '');
  if (
    [name.key, stem, stem.replace(/e$/, '')].some((k) => NOT_A_SHOP_NAME.has(k)) ||
    MONTHS_AND_DAYS.has(stem)
  )
    return i;
  // "la pharmacie du centre ville": where it stands.
  if (tokens[i + 3]?.key === 'ville') return i;
  const named =
    (ARABIC_ARTICLES.has(a.key) && name.key.length >= 3) ||
    (a.key === 'les' && /[sx]$/.test(name.key)) ||
    (a.key === 'da' && name.key.length >= 3) ||
    ((a.key === 'du' || a.key === 'des') &&
      name.key.length >= 3 &&
      !g.strongFirstNames.has(name.key));
  return named ? i + 3 : i;
}

// A firm named after its founders or family, in any case: "hartley & sons ltd", "Okonjo
// & Partners", "transports sow & fils", "fisher & wood llp", "singh and co solicitors".
// "& co" alone is "and friends" ("marie & co"): it needs a trade or a legal form after it.
const FIRM_ENDS = wordList('firm-ends');
const FIRM_LEGAL = anyOf(LEGAL_FORMS, TRADE_ENDS, words('llp solicitors avocats'));

/** "&" with a space or none on either side (/^ ?& ?$/), told without a pattern: this is
 * asked at every word. */
export const ampersandGap = (gap: string): boolean =>
  gap === '&' || gap === ' & ' || gap === ' &' || gap === '& ';

/** Index after a founders' firm starting at i, or i. */
export function founderFirmEnd(tokens: Token[], i: number): number {
  const and = tokens[i + 1];
  if (!and) return i;
  const amp = ampersandGap(and.gap);
  // "père et fils" is a saying, "julie et cie" a group of friends: with "et", a surname.
  const word =
    and.gap === ' ' &&
    (and.key === 'et' || and.key === 'and') &&
    surnameLike(tokens[i]) &&
    !/^(?:pere|mere)$/.test(tokens[i].key);
  // "Karim et fils arrivent": a man and his son, unless a trade follows.
  const sureFirst = word && gazetteer().strongFirstNames.has(tokens[i].key);
  if (!amp && !word) return i;
  const k = amp ? i + 2 : i + 3;
  const second = tokens[k - 1];
  if (!second || (!amp && second.gap !== ' ')) return i;
  const closing = (u: Token | undefined) =>
    u !== undefined &&
    u.gap === ' ' &&
    u.key.length > 2 && // "sa", "co": his, her and company are words too
    (FIRM_LEGAL.has(u.key) || SECTOR_TAILS.has(u.key));
  let end = k;
  const cie = second.key === 'co' || second.key === 'cie';
  if (!FIRM_ENDS.has(second.key) && !(cie && second.capitalised)) {
    if (!amp && !cie) return i;
    if (!closing(tokens[k])) return i;
    end = k + 1;
  }
  if (closing(tokens[end])) return end + 1;
  return sureFirst ? i : end;
}

// Institutions named after a person or a saint, in lower case: "hopital edouard
// herriot", "clinique saint exupery", "fondation abbe pierre", "lycee jean moulin".
const INSTITUTION_HEADS = wordList('institution-heads');
const SAINTS = words('saint sainte st ste');
const CARE_HEADS = wordList('care-heads');
const NOT_AFTER_ARTICLE = wordList('not-after-article');
const HONORIFICS = wordList('honorifics');

/** Index after an institution named after someone ("hopital edouard herriot"), or i. */
export function institutionEnd(tokens: Token[], i: number): number {
  if (!INSTITUTION_HEADS.has(tokens[i].key)) return i;
  const g = gazetteer();
  const first = tokens[i + 1];
  const second = tokens[i + 2];
  if (!glued(first) || !glued(second)) return i;
  // "clinique saint exupery", "fondation abbe pierre": a saint or an honorific, a name.
  if (SAINTS.has(first.key) || HONORIFICS.has(first.key)) {
    const named =
      g.strongFirstNames.has(second.key) ||
      g.ambiguousFirstNames.has(second.key) ||
      g.surnames.has(second.key) ||
      surnameLike(second);
    if (!named) return i;
    return glued(tokens[i + 3]) && surnameLike(tokens[i + 3]) && !SAINTS.has(tokens[i + 3].key)
      ? i + 4
      : i + 3;
  }
  // "hopital edouard herriot", "hopital jean verdier": a first name and a surname.
  if (
    (g.strongFirstNames.has(first.key) || g.ambiguousFirstNames.has(first.key)) &&
    second.key.length >= 4 &&
    !g.commonWords.has(second.key) &&
    (surnameLike(second) || /[^aeiouy]i?er$/.test(second.key))
  )
    return i + 3;
  // "ehpad les tilleuls", "clinique les cedres": a care place named with an article,
  // not a superlative ("l'hopital le plus proche").
  if (
    CARE_HEADS.has(tokens[i].key) &&
    (first.key === 'les' || first.key === 'le' || first.key === 'la') &&
    second.key.length >= 4 &&
    !NOT_AFTER_ARTICLE.has(second.key) &&
    !VERB_ENDING.test(second.key)
  )
    return i + 3;
  return i;
}

// English institutions ending on what they are: "hartwell academy", "oakwood care home",
// "st brendans care home".
const INSTITUTION_TAILS = wordList('institution-tails');
// What is taught or treated there, not a name: "grammar school", "pilates academy".
const DISCIPLINES = wordList('disciplines');

// "oakwood care home", "st brendans care home": a care home is named like a company.
export function careHomeEnd(tokens: Token[], i: number): number {
  let k = i;
  if (tokens[k].key === 'st' && glued(tokens[k + 1])) k++;
  const name = tokens[k];
  if (
    glued(tokens[k + 1]) &&
    tokens[k + 1].key === 'care' &&
    glued(tokens[k + 2]) &&
    tokens[k + 2].key === 'home' &&
    name.key.length >= 4 &&
    !gazetteer().commonWords.has(name.key) &&
    !/^(?:the|this|that|our|my|your|their|his|her|a|an)$/.test(name.key)
  )
    return k + 3;
  // "hartwell academy": a name that is no common word, then what the place is.
  if (
    glued(tokens[k + 1]) &&
    INSTITUTION_TAILS.has(tokens[k + 1].key) &&
    name.key.length >= 4 &&
    surnameLike(name) &&
    !DISCIPLINES.has(name.key) &&
    !gazetteer().ambiguousFirstNames.has(name.key) &&
    !gazetteer().places.has(name.key)
  )
    return k + 2;
  return i;
}

// What a business does, ending its name in lower case: "kestrel logistics", "lumen
// conseil", "ashgrove dental", "redbrick joinery ltd".
// Also what extends a known company typed in lower case ("vinci energies").
export const SECTOR_TAILS = anyOf(ORG_TAILS, wordList('sector-tails'));
/** Articles, possessives and demonstratives, French and English. */
export const DETERMINERS = wordList('determiners');
const DETERMINERS_BEFORE = anyOf(DETERMINERS, words('l d its'));
const LOWER_LEGAL_FORMS = wordList('lower-legal-forms');

/** A word that may name a business: no common word, first name or place. */
function businessNameWord(t: Token | undefined): t is Token {
  if (t === undefined || t.capitalised || t.key.length < 3) return false;
  const g = gazetteer();
  return (
    !g.ambiguousFirstNames.has(t.key) &&
    !g.places.has(t.key) &&
    !g.commonWords.has(t.key) &&
    // "we invoiced northgate builders": an English verb in the past is no name.
    !/^\p{L}{3,}ed$/u.test(t.key) &&
    surnameLike(t)
  );
}

const tailAt = (tokens: Token[], k: number): boolean =>
  glued(tokens[k]) && SECTOR_TAILS.has(tokens[k].key);

/** Index after a business named by one or two words no dictionary has and its trade
 * ("kestrel logistics", "apple tree bakery" is left out: its words are common), or i. */
export function sectorTailEnd(tokens: Token[], i: number): number {
  // The trade word is looked for first: most words have none after them.
  if (!tailAt(tokens, i + 1) && !tailAt(tokens, i + 2)) return i;
  // "le prestataire hexalys conseil": after an article the word is a noun.
  // Stryker disable next-line StringLiteral: no text before the message is a determiner, whatever stands for it
  if (!businessNameWord(tokens[i]) || DETERMINERS_BEFORE.has(tokens[i - 1]?.key ?? '')) return i;
  let k = i + 1;
  if (glued(tokens[k]) && !SECTOR_TAILS.has(tokens[k].key) && businessNameWord(tokens[k])) k++;
  let end = k;
  while (end < k + 2 && tailAt(tokens, end)) end++;
  if (end === k) return i;
  if (glued(tokens[end]) && LOWER_LEGAL_FORMS.has(tokens[end].key)) end++;
  return end;
}

// Being hired, kept, offered a post, paid or let go by an employer named just before, or
// an employer hiring: "depuis que carrefour m'a pas renouvelé", "since wilko let me go",
// "acme hired me", "securitas recrute des agents", "caremark pays better"; a trade sought
// is named by its ending ("cherche un frigoriste", "des plongeurs", "une technicienne").
const EMPLOYED_AFTER = patternsRegExp('^(?:{employed-after})\\b'); // patterns.txt

// First words of employed-after: the pattern is read only after one of them.
const EMPLOYED_STARTS = wordList('employed-starts');

// "ma mère m'a proposé", "my mum pays": someone's own people, not an employer.
const POSSESSIVES = wordList('possessives');

// Where the company stands or who speaks for it, between its name and the verb: "mind in
// hackney are looking for", "apollo hospitals chennai gave me", "the jio store needs",
// "costa by the station needs a barista".
export const SITE_WORDS = anyOf(wordList('company-staff'), wordList('site-words'));

/** Index of the word after a place or a site named right after a company at k, or k. */
function pastWhere(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || t.gap !== ' ' || !next || next.gap !== ' ') return k;
  const g = gazetteer();
  if (
    (t.key === 'in' || t.key === 'à') &&
    (next.capitalised || g.places.has(next.key) || !g.commonWords.has(next.key))
  )
    return k + 2;
  if (
    next.key === 'the' &&
    (t.key === 'by' || t.key === 'near' || t.key === 'opposite') &&
    tokens[k + 2]?.gap === ' '
  )
    return k + 3;
  if (g.places.has(t.key) || SITE_WORDS.has(t.key)) return k + 1;
  return k;
}

/** True when the words at k say someone was hired, paid or let go. */
function employedAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  if (!next || next.gap !== ' ' || !EMPLOYED_STARTS.has(next.key)) return false;
  const after = tokens
    .slice(k, k + 7)
    .map((t) => t.key)
    .join(' ');
  return EMPLOYED_AFTER.test(after);
}

/** True when the words after token i say it hired, pays or let someone go. */
export function employedAfter(tokens: readonly Token[], i: number): boolean {
  if (POSSESSIVES.has(tokens[i - 1]?.key ?? '')) return false;
  if (employedAt(tokens, i + 1)) return true;
  const past = pastWhere(tokens, i + 1);
  return past > i + 1 && (employedAt(tokens, past) || employedAt(tokens, pastWhere(tokens, past)));
}

// What a known company does to a customer or an applicant, beside hiring: "target called
// me back", "bnp a refusé mon prêt", "aib approved the mortgage". Read only after a
// known company's name: said of a word, someone may do it.
const SERVED_AFTER = patternsRegExp('{served-after}'); // patterns.txt

/** True when the words after a known company at i say it served, refused or employed
 * someone. */
export function actedAsCompanyAfter(tokens: readonly Token[], i: number): boolean {
  if (employedAfter(tokens, i)) return true;
  return (
    tokens[i + 1]?.gap === ' ' &&
    SERVED_AFTER.test(
      tokens
        .slice(i + 1, i + 5)
        .map((t) => t.key)
        .join(' '),
    )
  );
}

/** Index after the words of a lower-case company name starting at i: the word, and
 * one more when it is no common word ("peyrache distribution" stops at a word). */
export function lowerCaseOrgEnd(tokens: Token[], i: number): number {
  const next = tokens[i + 1];
  if (
    next &&
    next.gap === ' ' &&
    !next.capitalised &&
    surnameLike(next) &&
    !NAME_STOPS.has(next.key) &&
    // "maruti dealership wants": where it stands, not its name.
    !SITE_WORDS.has(next.key)
  )
    // "couvreurs martin et fils": its founders' ending belongs to it.
    return Math.max(i + 2, founderFirmEnd(tokens, i + 1));
  return i + 1;
}

// A role given right after the name: "contoso as our cloud provider", "on a pris
// mauduit comme prestataire".
// Also the role given by a verb "to be": "jardiland est notre plus gros client", "greenfields
// is our supplier".
const ROLE_AFTER = patternsRegExp('{company-role-after}'); // patterns.txt
const ROLE_STARTS = words('as comme c est sont is are was were');

/** True when the words after token i give it a company's role. */
export function companyRoleAfter(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.gap !== ' ' || !ROLE_STARTS.has(next.key)) return false;
  // "karim est notre client": a person may be one; a company is no first name.
  const g = gazetteer();
  const copula = next.key !== 'as' && next.key !== 'comme';
  if (copula && (g.strongFirstNames.has(tokens[i].key) || g.ambiguousFirstNames.has(tokens[i].key)))
    return false;
  const after = tokens
    .slice(i + 1, i + 6)
    .map((t) => t.key)
    .join(' ');
  return ROLE_AFTER.test(after);
}

// A company's own name runs to a pause, a verb or a word that starts a clause; "et", "&",
// "de" may join its words ("fleurs et jardins", "ko & fils").
const NAME_STOPS = wordList('name-stops');
const FORM_STOPS = wordList('form-stops');
/** A word that ends a company's name or opens a clause ("il", "so", "alors", "the"). */
export const nameStop = (key: string): boolean => NAME_STOPS.has(key) || FORM_STOPS.has(key);
const NAME_JOINS = wordList('name-joins');
const NAME_GAP = /^(?: |\u00a0| ?& ?|['’])$/;

/** Index after a company's name that starts at `from`, at most `most` words; `from` when
 * no word of a name stands there. */
function nameRunEnd(tokens: readonly Token[], from: number, most: number, apposed = false): number {
  let end = from;
  for (let j = from; j < tokens.length && j < from + most + 2; j++) {
    const u = tokens[j];
    // After a comma the gap before the first word is the cue's ("qui m'emploie, nettoyage
    // plus").
    if ((j > from || !apposed) && !NAME_GAP.test(u.gap)) break;
    // "Conseil SARL lundi": a day or a month after a legal form names nothing.
    if (NAME_STOPS.has(u.key) || MONTHS_AND_DAYS.has(u.key)) break;
    if (NAME_JOINS.has(u.key) && j > from) continue;
    if (NAME_JOINS.has(u.key)) break;
    end = j + 1;
    if (end - from >= most) break;
  }
  return end;
}

// A legal form before the company's name, as letters and signatures write it: "SAS
// Clean'Pro Services", "EURL Atelier Mercier", "chez sarl ko & fils" ("la sarl c'est
// mieux" names none).
const LEADING_FORMS = wordList('leading-forms');
const FORM_CUES = wordList('form-cues');

/** Index after a company named by a legal form at i and its name; i when none. */
export function legalFormLedEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!LEADING_FORMS.has(t.key)) return i;
  // After the name it closes ("transports girard sarl", "Bati-Renov SARL") it leads none.
  const previous = tokens[i - 1];
  const leads =
    !previous ||
    t.sentenceStart ||
    /\S/.test(t.gap) ||
    FORM_CUES.has(previous.key) ||
    gazetteer().commonWords.has(previous.key);
  if (!leads) return i;
  // "GAEC des Trois Chênes", "EARL du Moulin Vert": a farm's name opens with its particle
  // and runs over its capitalised words.
  const next = tokens[i + 1];
  if (next && /^(?:de|des|du|d)$/.test(next.key) && tokens[i + 2]?.capitalised) {
    let end = i + 2;
    while (end < tokens.length && tokens[end].capitalised && end < i + 6) end++;
    return end;
  }
  const end = nameRunEnd(tokens, i + 1, 4);
  return end > i + 1 ? end : i;
}

// A company named as such: "la boîte c'est securitas", "l'entreprise s'appelle ménage
// express", "ils s'appellent 42watts", "the company is nexa bio ltd", "la boite qui
// m'emploie, nettoyage plus,".
const NAMING_ENDS = wordList('naming-ends');
const NOT_NAME = wordList('not-name');
const NAMED_AS = patternsRegExp('{named-as}'); // patterns.txt

/** Index after a company named just after such words at i; i when none. After "c'est",
 * "is": only a word that could be a name ("c'est securitas", not "c'est pas terrible"). */
export function namedCompanyEnd(text: string, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  // Read only after the word that ends such a phrase: this runs at every word.
  // "la boite qui m'emploie, nettoyage plus,": named after a comma too.
  if (i < 2 || (t.gap !== ' ' && t.gap !== ', ') || !NAMING_ENDS.has(tokens[i - 1].key)) return i;
  const before = fold(text.slice(Math.max(0, t.start - 40), t.start))
    .replace(/['’]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const named = NAMED_AS.exec(before);
  if (!named) return i;
  const copula = named[1] !== undefined && !/appelle|called/.test(named[1]);
  if (copula && !surnameLike(t)) return i;
  if (t.gap === ' ') return nameRunEnd(tokens, i, 3);
  // In apposition, the name closes with a comma or the sentence, and holds no verb or
  // adverb ("la boite où je bosse, franchement c'est nul").
  const end = nameRunEnd(tokens, i, 3, true);
  const closed = end === tokens.length || /^\s*\d*\s*,/.test(tokens[end].gap);
  const plain =
    !NOT_NAME.has(t.key) &&
    !NOT_NAME.has(tokens[end - 1].key) &&
    tokens.slice(i, end).every((u) => !VERB_ENDING.test(u.key));
  return closed && plain ? end : i;
}

// A shop named after its owner with "'s": "bisi's fabrics", "khan's cash & carry", "Ade's
// Mobile Mechanics". A trade that is also what one owns ("john's garage", "her nails")
// counts only capitalised ("Bill's Garage").
const SHOP_TRADES = wordList('shop-trades');
const OWNED_TRADES = words('garage kitchen hair nails');

/** Index after a shop named by its owner's name, "'s" and its trade at i, or i. */
export function possessiveShopEnd(tokens: readonly Token[], i: number): number {
  const owner = tokens[i];
  const s = tokens[i + 1];
  if (!s || s.key !== 's' || !/^['’]$/.test(s.gap)) return i;
  const g = gazetteer();
  if (
    owner.key.length < 3 ||
    DETERMINERS.has(owner.key) ||
    (g.commonWords.has(owner.key) && !g.ambiguousFirstNames.has(owner.key) && !owner.capitalised)
  )
    return i;
  for (let k = i + 2; k < i + 5 && k < tokens.length; k++) {
    const u = tokens[k];
    if (!/^(?: | ?& ?)$/.test(u.gap)) return i;
    const capitalised = u.capitalised && owner.capitalised;
    if (SHOP_TRADES.has(u.key) || (capitalised && OWNED_TRADES.has(u.key))) return k + 1;
  }
  return i;
}
