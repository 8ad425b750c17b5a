import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import { CALENDAR, MONTHS_AND_DAYS } from '../lexicon/not-names.ts';
import { words } from '../lexicon/words.ts';
import type { Candidate } from '../types.ts';
import { VERB_ENDING } from './lower-case-names.ts';
import { patternsRegExp, patternOf, wordList } from '../lexicon/word-lists.ts';
import { abroadTailEnd, findNumberedWithCode, withAbroadTail } from './address-abroad.ts';
import { headsBefore, headsRun } from './address-heads.ts';

// Street types (rue, av., bd, allée…): {street-types} in patterns.txt.
// Number (with bis/ter), street type: the anchor. The name is read token by token below.
let frStart: RegExp | undefined;
const EN_STREET_TYPES =
  'Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Drive|Boulevard|Place|Square|Way|Court|Walk|Close|Gardens|Crescent|Grove|Terrace|Row|Mews|Hill|Rise|Parade|Wharf|Quay|View|Park';
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}';
// American forms too: a direction around the name ("2217 N Maplewood Ave", "Pennsylvania
// Avenue NW"), a numbered street ("350 5th Ave"), the flat after the street ("Apt 3B").
const EN_DIRECTION = '(?:N|S|E|W|NE|NW|SE|SW)';
const EN_STREET = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,5}[A-Z]? (?:${EN_DIRECTION}\\.? )?(?:(?:[A-Z][\\p{L}'-]+|\\d{1,3}(?:st|nd|rd|th)) ){1,3}(?:${EN_STREET_TYPES})(?: ${EN_DIRECTION}(?![\\p{L}\\d]))?(?:,? (?:Apt|Apartment|Unit|Suite|#)\\.? ?[\\w-]{1,5})?(?:,? (?!(?:Apt|Apartment|Flat|Unit|Suite)\\b)(?:[A-Z][\\p{L}'-]+ ?){1,3})?(?:,? ?(?:${UK_POSTCODE}|[A-Z]{2} \\d{5}(?:-\\d{4})?))?(?![\\p{L}\\d])`,
  'gu',
);
// The same typed in lower case ("41 harcourt road sheffield s10 1dq", "9 mill rd m21
// 0tt"): only with the postcode at the end, which no sentence has by chance.
const EN_STREET_LOWER = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,5}[a-z]? (?:[a-z][\\p{L}'-]+ ){1,3}(?:${EN_STREET_TYPES.toLowerCase()}),? (?:[a-z][\\p{L}'-]+ ){0,2},? ?${UK_POSTCODE.toLowerCase()}(?![\\p{L}\\d])`,
  'gu',
);
// The same in lower case without a postcode, right after words that speak of an address
// or a flat ("he lives at 14 elm road", "my address is 22 baker st"); no small word in its
// name ("at 6 near the park", "at 2 car park" are no streets); the town when it ends the
// sentence.
// Words that end an English sentence and name no town ("he lives at 14 elm road now").
const SENTENCE_END_WORDS =
  '(?:now|today|tonight|tomorrow|yesterday|again|too|though|then|anymore|lol|please|pls|thanks|asap|ok|okay)';
const EN_STREET_CUED = new RegExp(
  `(?<=\\b(?:at|to|is|on|live[sd]?|address|(?:flat|apt) [\\w/]+),? )\\d{1,5}[a-z]? (?:(?!(?:the|an?|my|our|in|on|by|near|past|next|car|bus|test|min\\w*|hours?|miles?)\\b)[a-z][\\p{L}'-]+ ){1,3}(?:street|st|road|rd|lane|avenue|ave|drive|close|crescent|grove|gardens|terrace|mews)(?:,? (?!${SENTENCE_END_WORDS}\\b)[a-z]+(?=\\s*(?:[.,!?]|$)))?(?![\\p{L}])`,
  'gu',
);

// A flat, a unit or a named building before the street number (or nothing: an empty match).
const BUILDING_BEFORE_EN =
  /(?:(?:[Ff]lat|[Aa]partment|[Aa]pt|[Uu]nit|[Ss]uite|[Rr]oom|FLAT|UNIT|SUITE) [\w/-]{1,5},? )?(?:(?:[A-Z][\p{L}'-]+ ){1,3}(?:House|Court|Building|Tower|Lodge|Chambers|Mill|Works|Centre),? )?$/u;
// A unit on a business estate, with its town and postcode ("Unit 7, Riverside Business
// Park, Leeds LS11 5DP"): the estate stands for the street.
const EN_ESTATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:Units?|Suite|Block) [\\w-]{1,5},? )?(?:[A-Z][\\p{L}'-]+ ){1,3}(?:Industrial|Trading|Business|Retail|Enterprise|Science) (?:Estate|Park|Centre),? (?:[A-Z][\\p{L}'-]+ ){1,3},? ?${UK_POSTCODE}(?![\\p{L}\\d])`,
  'gu',
);
const PARTICLES = wordList('street-particles');
const WORD = /[\p{L}\p{M}][\p{L}\p{M}-]*/uy;
// Streets named after a date ("rue du 8 mai 1945", "place du 19 mars 1962"): the date is
// part of the name.
const DATE_IN_NAME = /(?<=\b(?:du|de) )\d{1,2}(?:er)? ([\p{L}\p{M}]+)(?: \d{4})?(?![\p{L}\d])/uy;
// Postal code, then the town: its words, capitalised, or in lower case joined by the
// small words of compound names ("aix en provence", "l'isle sur la sorgue"); CEDEX and
// its number.
// Parts are set apart by commas, or by dashes on one line ("… – CS 40217 – 60200 Compiègne").
// Luxembourg writes its four digits after "L-" ("L-1616 Luxembourg"), as some write
// Belgium's and Switzerland's ("B-1000", "CH-1205").
const POSTCODE = /(?:,| [–—-])? ?(?:\d{5}|\d{2} \d{3}|(?:[LlBb]|CH|ch)-\d{4}) /y;
const TOWN_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/uy;
const CEDEX = / (?:cedex|Cedex|CEDEX)(?: \d{1,2})?/y;
// Words that join the parts of a town's name, and those that may open it.
// (Keys are folded: "lès" reads "les", "à" reads "a".)
const TOWN_LINKS = wordList('town-links');
const TOWN_OPENERS = wordList('town-openers');
// Words after which a lower-case street or town has ended: the time, a determiner, the
// place said plainly ("le soir", "en ce moment", "en face", "en voiture"). Not "centre",
// "ville" or "côte": streets are named so ("rue du centre", "rue de la côte").
const ORDINARY_AFTER_PLACE = wordList('ordinary-after-place');
const isCapitalised = (word: string) => /^(?:[dl]['’])?\p{Lu}/u.test(word);
// Common words that end towns' names ("boulogne sur mer", "aix les bains", "villeneuve
// sur lot"); other common words after a town's small word are the sentence's ("lyon en
// gros", "paris de la part de…").
const TOWN_NOUNS = wordList('town-nouns');

/** A lower-case word after a small word of a town's name that continues the name. */
function lowerTownPart(word: string, key: string): boolean {
  if (ORDINARY_AFTER_PLACE.has(key) || CALENDAR.has(key)) return false;
  if (TOWN_NOUNS.has(key) || namePart(key)) return true;
  return !gazetteer().commonWords.has(key) && !VERB_ENDING.test(word.toLowerCase());
}

/** End of the town that starts at `at`, or `at` when none does. */
function townEnd(text: string, at: number): number {
  let end = at;
  let pos = at;
  let links = 0;
  let capitalised: boolean | undefined;
  let opened = false;
  for (let count = 0; count < 8; count++) {
    if (count > 0) {
      if (text[pos] !== ' ') break;
      pos++;
    }
    TOWN_WORD.lastIndex = pos;
    const w = TOWN_WORD.exec(text);
    if (!w) break;
    const word = w[0];
    const key = fold(word);
    if (key === 'cedex') break;
    pos += word.length;
    if (capitalised === undefined) {
      capitalised = isCapitalised(word);
      // "le puy en velay", "saint remy de provence": the article or the saint opens it.
      // Another small word first is the sentence's ("75011 de toute façon").
      if (TOWN_OPENERS.has(key)) {
        opened = true;
        continue;
      }
      // "75002 stp", "15000 euros": no town in lower case opens with a time or a sum.
      if (TOWN_LINKS.has(key) || (!capitalised && ORDINARY_AFTER_PLACE.has(key))) break;
      end = pos;
      continue;
    }
    if (TOWN_LINKS.has(key) && !(capitalised && isCapitalised(word))) {
      if (++links > 2) break;
      continue;
    }
    const joined = links > 0 || opened;
    const part = capitalised ? isCapitalised(word) : joined && lowerTownPart(word, key);
    if (!part) break;
    end = pos;
    links = 0;
    opened = false;
  }
  if (end === at) return at;
  CEDEX.lastIndex = end;
  const cedex = CEDEX.exec(text);
  return cedex ? end + cedex[0].length : end;
}

/** End of a postal code and its town starting at `at`, or -1. */
function postalCityEnd(text: string, at: number): number {
  POSTCODE.lastIndex = at;
  const code = POSTCODE.exec(text);
  if (!code) return -1;
  const from = at + code[0].length;
  const end = townEnd(text, from);
  return end > from ? end : -1;
}
// A postal box or delivery code between the street and the postal code (CS 70012).
const POSTAL_BOX = /(?:,| [–—-])? (?:bp|cs|tsa) ?\d{1,6}/iy;
// ... or before the street: "BP 118 21 rue Pasteur".
const POSTAL_BOX_BEFORE = /(?:bp|cs|tsa) ?\d{1,6},? $/i;
// A postal box with its postal code and city, no street: "BP 45, 33000 Bordeaux Cedex".
const POSTAL_BOX_ALONE = /(?<![\p{L}\d])(?:bp|cs|tsa) ?\d{1,6}/giu;
// A box named in words, as Switzerland, Belgium, Germany and Britain write it ("Case
// postale 58, 1002 Lausanne", "boîte postale 9, 59000 Lille", "Postfach 120, 8021
// Zürich", "PO Box 4410, London SW1A 2AA"), then a postal code of four or five digits and
// its town (with a Swiss delivery number: "1211 Genève 3"), or a town and a UK postcode.
const POSTAL_BOX_WORDS =
  /(?<![\p{L}\d])(?:case postale|casella postale|bo[iî]te postale|postfach|p\.? ?o\.? box|post office box)\.? (?:n[°o]\.? ?)?\d{1,6},? /giu;
const FOUR_DIGIT_CODE = /(?:[–—-] )?[1-9]\d{3} /y;
const TOWN_THEN_UK_POSTCODE = new RegExp(
  `(?:[A-Z][\\p{L}'-]+ ){1,2}${UK_POSTCODE}(?![\\p{L}\\d])`,
  'uy',
);

// Not a year ("CS 101, Fall 2024").
const TOWN_THEN_DIGITS =
  /([\p{L}\p{M}][\p{L}\p{M}'’-]*)(?: [\p{L}\p{M}'’-]+)? (?!(?:19|20)\d\d(?!\d))\d{4,5}(?![\p{L}\d])/uy;

/** End of the postal code (five or four digits) and town, or a town and UK postcode, at
 * `at`; -1 when none. */
function boxTownEnd(text: string, at: number): number {
  const five = postalCityEnd(text, at - 1);
  if (five > 0) return five;
  FOUR_DIGIT_CODE.lastIndex = at;
  const four = FOUR_DIGIT_CODE.exec(text);
  if (four) {
    const from = at + four[0].length;
    const end = townEnd(text, from);
    const first = text.slice(from, end);
    if (end > from && (isCapitalised(first) || gazetteer().places.has(fold(first.split(' ')[0]))))
      return / \d{1,2}(?![\p{L}\d])/uy.test(text.slice(end, end + 3)) ? end + 2 : end;
  }
  TOWN_THEN_UK_POSTCODE.lastIndex = at;
  const uk = TOWN_THEN_UK_POSTCODE.exec(text);
  if (uk) return at + uk[0].length;
  const abroad = abroadTailEnd(text, at - 1);
  if (abroad > at) return abroad;
  // After a box, a town then its code is the address too ("PO Box 8821, Auckland 1150",
  // "BP 88, Nouméa 98845").
  TOWN_THEN_DIGITS.lastIndex = at;
  const town = TOWN_THEN_DIGITS.exec(text);
  return town && townWordBeforeCode(town[1]) ? at + town[0].length : -1;
}

// A house number and a street whose name has no street type, as British streets often
// are ("22 Kingsway, Edinburgh EH1 2QR", "3 Broadway, Leeds LS1 4BT"): only with a comma,
// a capitalised town and a postcode after it, which no sentence has by chance.
const EN_UNTYPED_STREET = new RegExp(
  `(?<![\\p{L}\\d])\\d{1,5}[A-Z]? (?:[A-Z][\\p{L}'-]+ ){0,2}[A-Z][\\p{L}'-]+, (?:[A-Z][\\p{L}'-]+ ){1,2}${UK_POSTCODE}(?![\\p{L}\\d])`,
  'gu',
);
// A residence, an estate or a business zone, named: the street is inside it ("ZI des
// Mercières – 3 allée des Artisans", "Résidence Les Tamarins, bât. B, 97400 Saint-Denis").
const PLACE_WORDS =
  "(?:[Rr][ée]sidence|[Rr][ée]s\\.|R[ÉE]SIDENCE|[Cc]it[ée]|[Ll]otissement|[Dd]omaine|[Ii]mmeuble|Z[AI]|ZAC|ZAE|[Zz]one (?:industrielle|artisanale|commerciale|d['’ ]activit[ée]s?)|[Pp]arc d['’ ]activit[ée]s?)";
// Its name, capitalised, perhaps after an article ("Les Tamarins", "du Parc", "l'Orée").
const PLACE_NAME = "(?:(?:[Ll]es?|[Ll]a|[Dd]es?|[Dd]u) |[LlDd]['’]){0,2}[\\p{Lu}\\d]";
// A part of a building between the place and the postal code ("bât. B", "esc. 2", "CS 40217").
const BUILDING_PART =
  /^(?:b[âa]t(?:iment|\.)?|escalier|esc\.|appartement|appt\.?|apt\.?|porte|bp|cs|tsa) ?[\p{L}\d]{1,6}$/iu;
// ... or a lieu-dit or hamlet inside an estate ("Domaine des Chênes, lieu-dit Le Pré,
// 24000 …"), named with a capital.
const LIEU_DIT_PART =
  /^(?:lieu[- ]dit|hameau) (?:(?:les?|la|des?|du|l['’]) ?)*\p{Lu}[\p{L}'’ -]{1,30}$/iu;
// The place and its parts before the street number, each closed by a comma or a dash.
const PLACE_BEFORE = new RegExp(
  `(?<![\\p{L}\\d])${PLACE_WORDS} (?=${PLACE_NAME})[^,–—\\n]{1,40}(?:(?:,| [–—-]) [^,–—\\n]{1,12})*?(?:,| [–—-]) $`,
  'u',
);
// Cheap checks first: a part set apart just before the street, a postal code somewhere.
const SET_APART_BEFORE = /(?:,| [–—-]) $/;
const POSTCODE_ANYWHERE = /\d{2} ?\d{3}/;
const PLACE_NAMED = new RegExp(`(?<![\\p{L}\\d])${PLACE_WORDS} (?=${PLACE_NAME})`, 'gu');
const PART_END = /[,–—\n]| - | \d{5} | \d{2} \d{3} /g;

/** End of a named place's postal code and town ("Les Tamarins, bât. B, 97400 Saint-Denis"),
 * its building parts between them; -1 when no postal code and capitalised town follow. */
function placeWithPostcodeEnd(text: string, from: number): number {
  let pos = from;
  for (let part = 0; part < 4; part++) {
    PART_END.lastIndex = pos;
    const sep = PART_END.exec(text);
    if (!sep || sep.index - pos > 40 || sep[0] === '\n') return -1;
    const piece = text.slice(pos, sep.index).trim();
    if (part > 0 && !BUILDING_PART.test(piece) && !LIEU_DIT_PART.test(piece)) return -1;
    let city = postalCityEnd(text, sep.index);
    // "ZA des Landes – BP 12 – 35000 Rennes": after a dash, the code after its space.
    if (city < 0 && sep[0] !== ',') city = postalCityEnd(text, sep.index + 1);
    if (
      city > 0 &&
      /\p{Lu}/u.test(text.slice(sep.index).replace(/^[\s,–—-]*\d{2} ?\d{3} /, '')[0] ?? '')
    )
      return city;
    pos = sep.index + sep[0].length;
    while (text[pos] === ' ' || text[pos] === '-') pos++;
  }
  return -1;
}

// A place without a street number: "lieu-dit les Granges 24560 Issigeac".
// A business zone typed in lower case, only with its postal code ("zac du moulin 44800").
// A quarter or an estate, as overseas departments name where one lives, only with its
// postal code and a town ("quartier bois d'ebene 97118 saint francois"; not "le quartier
// compte 12000 habitants").
const LIEU_DIT = /(?<![\p{L}])(?:lieu[- ]dit|hameau|zac|zae|zi|za|quartier|lotissement) /giu;
// Words about where someone lives, after which a lower-case street is still an address.
// "au 12 rue du moulin", "at 12 rue du moulin": where, said right before the number.
// "rdv 12 rue…", "devant le 12…", "chez ma sœur 12…", "n° 12…": a place someone is at.
const ADDRESS_CUE = patternsRegExp('{address-cue}', 'iu'); // patterns.txt
// "12 bis", "5 ter": a number no sentence has before a street type by chance.
const BIS_TER = /\d ?(?:bis|ter)\b/i;
// Words that end a lower-case street name.
const NOT_STREET = wordList('not-street');

// A flat, a building or a floor after the street: "appt 12", ", bât. C", "etg 2", "3e étage",
// Quebec's "app 4", English "apt 4B", "flat 2/1", "#204".
const BUILDING_AFTER =
  /,? (?:(?:b[âa]t|esc|app?t|app(?=\.? ?\d)|etg|[ée]tage)\p{L}*\.? ?[\p{L}\d]{1,4}|(?:flat|unit|suite) \d[\p{L}\d]{0,3}(?:\/[\p{L}\d]{1,3})?|#\d{1,4}|\d{1,2} ?(?:e|er|[èe]re|[èe]me|i[èe]me)(?: (?:[ée]tage|etg|arr\S*))?)(?![\p{L}\d])/iuy;
// A town then its postal code ("paris 75011", ", Lyon 69003"), or the code alone; a town
// then its district ("paris 11e").
const TOWN_THEN_CODE =
  /,? ((?:[\p{L}\p{M}][\p{L}\p{M}'’-]* ){0,3})(?:\d{5}|(?<=\p{L} )\d{1,2}(?:e|er|[èe]me))(?![\d\p{L}])(?! ?(?:\d|€|e(?:ur|uros?)\b))/uy;

/** A word of a town written before its postal code: capitalised, a known place, a link. */
const townWordBeforeCode = (word: string) =>
  isCapitalised(word) || gazetteer().places.has(fold(word)) || TOWN_LINKS.has(fold(word));

/** End of the flats or floors after an English street at `at` ("120 Yonge St, Apt 4"). */
function flatAfterEnd(text: string, at: number): number {
  // "King St W #204": the street's quarter of the town before the flat.
  const from = /^ [NSEW](?= #)/.test(text.slice(at, at + 4)) ? at + 2 : at;
  BUILDING_AFTER.lastIndex = from;
  return BUILDING_AFTER.exec(text) ? BUILDING_AFTER.lastIndex : at;
}

/** End of what may follow a street name at `at`: the flat or floor, then a postal box,
 * postal code and town, or a town and its postal code; `at` when nothing does. */
function tailEnd(text: string, at: number): number {
  let pos = at;
  for (let k = 0; k < 3; k++) {
    BUILDING_AFTER.lastIndex = pos;
    const part = BUILDING_AFTER.exec(text);
    if (!part) break;
    pos += part[0].length;
  }
  const postal = postalEnd(text, pos);
  if (postal > pos) return postal;
  const abroad = abroadTailEnd(text, pos);
  if (abroad > pos) return abroad;
  TOWN_THEN_CODE.lastIndex = pos;
  const town = TOWN_THEN_CODE.exec(text);
  // "… de lyon 38000 grenoble": a postal code followed by its town is read after the name.
  if (!town || !town[1].split(' ').every((w) => !w || townWordBeforeCode(w))) return pos;
  const end = pos + town[0].length;
  return town[1] && postalCityEnd(text, end - 6) > 0 ? pos : end;
}

/** End of a postal code and city starting at `at`, with a postal box before them. */
function postalEnd(text: string, at: number): number {
  let pos = at;
  POSTAL_BOX.lastIndex = pos;
  const box = POSTAL_BOX.exec(text);
  if (box) pos += box[0].length;
  const city = postalCityEnd(text, pos);
  return city >= 0 ? city : box ? pos : at;
}

/** A word that names: a known surname, first name or place ("rue du moulin le blanc"). */
function namePart(key: string): boolean {
  const g = gazetteer();
  return (
    g.surnames.has(key) ||
    g.ambiguousSurnames.has(key) ||
    g.strongFirstNames.has(key) ||
    g.ambiguousFirstNames.has(key) ||
    g.places.has(key)
  );
}

const ARTICLES = words('le la les l');
// "à côté", "au fond", "en bas": where, said plainly after "à", "au" or "en".
const WHERE_AFTER = words('a au aux en');
const WHERE_WORDS = wordList('where-words');

/** End of the street name that starts at `from`: capitalised words and particles, or
 * lower-case words when a postal code follows or the words before speak of an address.
 * A lower-case name ends before the time, a determiner or a verb ("12 rue du moulin le
 * soir", "… passé le pont"), and an article after its words opens a part of it only
 * before a name ("rue du moulin le blanc", not "… la plupart du temps"). */
function streetEnd(text: string, from: number, cue: boolean): number {
  let words = 0;
  // Lower-case words of the name, its particles aside ("de la paix a lyon" holds three).
  let lowerWords = 0;
  let lastCapitalised = from;
  let lastLower = from;
  let pos = from;
  let lowerOk = true;
  let afterWord = false;
  let articleAfterWord = false;
  let whereBefore = false;
  while (words < 8) {
    const tail = words > 0 ? tailEnd(text, pos) : pos;
    if (tail > pos) return tail;
    let p = pos;
    while (text[p] === ' ') p++;
    if (text[p] === "'" || text[p] === '’') p++;
    WORD.lastIndex = p;
    DATE_IN_NAME.lastIndex = p;
    const date = words > 0 && DATE_IN_NAME.exec(text);
    const w = (date && MONTHS_AND_DAYS.has(fold(date[1])) && date) || WORD.exec(text);
    if (!w) break;
    const token = w[0];
    const key = fold(token);
    const isName = /^[\p{Lu}\d]/u.test(token);
    const particle = PARTICLES.has(token.toLowerCase());
    if (!isName && !particle) {
      if (NOT_STREET.has(key) || token.length < 2) break;
      if (ORDINARY_AFTER_PLACE.has(key) || CALENDAR.has(key)) break;
      if (
        (articleAfterWord || (afterWord && VERB_ENDING.test(token.toLowerCase()))) &&
        !namePart(key)
      )
        break;
    }
    if (!isName && whereBefore && WHERE_WORDS.has(key)) break;
    // "à la sortie", "a l'angle": the article after "à" leaves the place said plainly.
    whereBefore = particle && (WHERE_AFTER.has(key) || (whereBefore && ARTICLES.has(key)));
    articleAfterWord = particle && afterWord && ARTICLES.has(key);
    afterWord = !particle;
    pos = p + token.length;
    words++;
    if (isName) lastCapitalised = pos;
    if (!isName && !particle) lowerOk &&= ++lowerWords <= 4;
    if (!particle) lastLower = pos;
  }
  if (lastCapitalised > from) return tailEnd(text, lastCapitalised);
  return cue && lowerOk ? lastLower : from;
}

// "un hameau perdu dans les bois", "ce lieu-dit", "le hameau de la forêt": the word used
// as an ordinary noun. A place is named after it: capitalised ("hameau des Près"), with
// a postal code, or in lower case after an article when the words speak of an address
// or "lieu-dit" stands bare ("lieu-dit les granges").
const DETERMINER_BEFORE =
  /(?:^|[^\p{L}])(?:un|une|le|la|l|ce|cet|cette|mon|ma|ton|ta|son|sa|notre|votre|leur|quel|quelque|chaque|petit|joli|vieux|a|an|the|this|that)['’\s]+$/iu;
const PLACE_NAME_START = /^(?:(?:les?|la|l['’]|des?|du|d['’])\s*)*(\p{L})/iu;

function namedPlaceEnd(text: string, at: number, from: number): number {
  const end = streetEnd(text, from, true);
  if (end === from) return from;
  const span = text.slice(from, end);
  if (/\d{5}|\d{2} \d{3}/.test(span)) return end;
  const start = PLACE_NAME_START.exec(span);
  // Stryker disable next-line ConditionalExpression: a span streetEnd returns starts with a letter
  if (!start) return from;
  const before = text.slice(Math.max(0, at - 20), at);
  const determiner = DETERMINER_BEFORE.test(before);
  if (/\p{Lu}/u.test(start[1])) return determiner ? from : end;
  const ledByArticle = start[0].length > 1;
  const bareLieuDit = /^lieu/i.test(text.slice(at)) && !determiner;
  const cue = ADDRESS_CUE.test(text.slice(Math.max(0, at - 60), at));
  return ledByArticle && (bareLieuDit || cue) ? end : from;
}

const CODE_THEN_TOWN = /(?<!\d)\d{5} ([\p{L}\p{M}'’-]+)(?: ([\p{L}\p{M}'’-]+))?/u;

/** A quarter, an estate or a street without a number named before a postal code: the
 * code is followed by a town (capitalised, known, a saint, a compound or no common word)
 * and no determiner stands before the place ("le quartier compte 12000 habitants"). */
function codeThenTown(text: string, at: number, from: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 20), at);
  // A bare "a" is "à" typed without its accent ("envoie a lotissement …").
  if (DETERMINER_BEFORE.test(before) && !/(?:^|\s)a\s+$/.test(before)) return false;
  const m = CODE_THEN_TOWN.exec(text.slice(from, end));
  if (!m) return false;
  const key = fold(m[1]);
  const g = gazetteer();
  return (
    isCapitalised(m[1]) ||
    g.places.has(key) ||
    TOWN_OPENERS.has(key) ||
    (m[2] !== undefined && TOWN_LINKS.has(fold(m[2]))) ||
    // "12000 habitants", "42000 brut": a common word after a number says what it counts.
    !g.commonWords.has(key)
  );
}

const ADDRESS_REASON = { reason: 'adresse postale', reasonEn: 'street address' };

// Belgium and Switzerland write the number after the street, then a four-digit postal
// code and the town ("rue de la Loi 16, 1000 Bruxelles", "Bahnhofstrasse 12, 8001 Zürich",
// "ch. des Vignes 4, 1260 Nyon"). The street is read up to its number; the postal code and
// a town (known, capitalised and no common word, or after words about a home) make it an
// address.
let numberAfterStreet: RegExp | undefined;
let streetBare: RegExp | undefined;
let numberWordAfterStreet: RegExp | undefined;

/** End of a four-digit postal code and its town at `at` ("1000 Bruxelles"), or -1. */
function fourDigitTownEnd(text: string, at: number, cue: boolean): number {
  const from = at + 5;
  const end = townEnd(text, from);
  const first = /^[\p{L}\p{M}'’-]+/u.exec(text.slice(from, end))?.[0] ?? '';
  const key = fold(first);
  const g = gazetteer();
  // "Place 3, 1000 Points": a capitalised common word is no town unless known as one.
  const town = g.places.has(key) || (isCapitalised(first) && !g.commonWords.has(key)) || cue;
  return end > from && town ? end : -1;
}

// A postal code and a town written before the street ("75011 Paris, 12 rue Oberkampf").
const CODE_TOWN_BEFORE = /(?<![\p{L}\d])\d{5} (?:[\p{L}\p{M}'’-]+ ){0,3}[\p{L}\p{M}'’-]+, $/u;

/** The length of a postal code and town just before a street at `start`, or 0. */
function codeTownBefore(text: string, start: number): number {
  const m = CODE_TOWN_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
  if (!m) return 0;
  const townWords = m[0].slice(6, -2).split(' ');
  return townWords.every(townWordBeforeCode) ? m[0].length : 0;
}

// A residence or a building named, then its building and flat, without a postal code
// ("résidence les Tilleuls, bât B, appt 12", "immeuble le verdi esc 2"): these parts make
// an address of the name; "la résidence est calme", "le bâtiment B est fermé" stay words.
const PLACE_BEFORE_PARTS =
  /(?<![\p{L}\d])(?:r[ée]sidence|immeuble|lotissement|domaine) (?=\p{L})/giu;
/** A place's name starts at `at`: an article, a capital or a word that is no common word
 * ("les Tilleuls", "le verdi", "bellevue"; not "résidence principale", "residence is…"). */
function placeNameStart(text: string, at: number): boolean {
  const word = /^[\p{L}\p{M}-]+/u.exec(text.slice(at, at + 30))?.[0] ?? '';
  const key = fold(word);
  return PARTICLES.has(key) || isCapitalised(word) || !gazetteer().commonWords.has(key);
}
const placeNameWord = (word: string) => placeNameStart(word, 0);
const ENDS_WITH_BUILDING_PART = /(?:b[âa]t|esc|app?t|etg)\p{L}*\.? ?[\p{L}\d]{1,4}$/iu;

/** Street addresses in `text`; `cued` when the words around already speak of one (a
 * postal code line after it). */
export function findAddresses(text: string, cued = false): Candidate[] {
  const FR_START = (frStart ??= new RegExp(
    `(?<![\\p{L}\\d])(\\d{1,4}(?: ?(?:bis|ter|[abt])\\b)?,? )(?:${patternOf('street-types')})(?![\\p{L}])`,
    'giu',
  ));
  const NUMBER_AFTER_STREET = (numberAfterStreet ??= new RegExp(
    `(?<![\\p{L}\\d]|\\d,? )(?:(?:${patternOf('street-types')}|ch\\.) (?:[\\p{L}\\p{M}'’-]+ ){0,4}?[\\p{L}\\p{M}'’-]+|\\p{L}{3,}(?:strasse|straße|gasse|weg|platz))\\.? \\d{1,4}(?: ?(?:bis|ter|[a-z]))?(?:,? (?:bo[iî]te|bte|bus)\\.? ?\\d{1,4}[a-z]?)?,? (?=[1-9]\\d{3} \\p{L}|\\d{5} \\p{L})`,
    'giu',
  ));
  const found: Candidate[] = [];
  const reason = ADDRESS_REASON;
  FR_START.lastIndex = 0;
  for (let m = FR_START.exec(text); m; m = FR_START.exec(text)) {
    let start = m.index;
    const from = m.index + m[0].length;
    const cue =
      cued || BIS_TER.test(m[1]) || ADDRESS_CUE.test(text.slice(Math.max(0, start - 60), start));
    const end = streetEnd(text, from, cue);
    if (end === from) continue;
    const box = POSTAL_BOX_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (box) start -= box[0].length;
    const before = text.slice(Math.max(0, start - 100), start);
    const place = SET_APART_BEFORE.test(before) && PLACE_BEFORE.exec(before);
    if (place) start -= place[0].length;
    else if (text.startsWith(', ', start - 2)) start -= codeTownBefore(text, start);
    found.push({ start, end, type: 'ADDRESS', score: 0.9, ...reason });
  }
  // The number after the street said with "n°" or "numéro", no postal code needed ("rue
  // victor hugo n°12", "avenue foch, numero 8 bis"); not a course, a place or a road
  // numbered ("le cours de gestion n°4", "la route n°7").
  const NUMBER_WORD_AFTER_STREET = (numberWordAfterStreet ??= new RegExp(
    `(?<![\\p{L}\\d])(?:${patternOf('numbered-street-types')}) (?:[\\p{L}\\p{M}'’-]+ ){0,4}?[\\p{L}\\p{M}'’-]+,? (?:n[°o]\\.?|num[ée]ro) ?\\d{1,4}(?: ?(?:bis|ter))?(?![\\p{L}\\d])`,
    'giu',
  ));
  NUMBER_WORD_AFTER_STREET.lastIndex = 0;
  for (let m = NUMBER_WORD_AFTER_STREET.exec(text); m; m = NUMBER_WORD_AFTER_STREET.exec(text)) {
    const end = tailEnd(text, m.index + m[0].length);
    found.push({ start: m.index, end, type: 'ADDRESS', score: 0.85, ...reason });
  }
  NUMBER_AFTER_STREET.lastIndex = 0;
  for (let m = NUMBER_AFTER_STREET.exec(text); m; m = NUMBER_AFTER_STREET.exec(text)) {
    const cue = cued || ADDRESS_CUE.test(text.slice(Math.max(0, m.index - 60), m.index));
    const at = m.index + m[0].length;
    // "rue jean moulin au 24, 76600 le havre": a French postal code after the number.
    const end = /^\d{5}/.test(text.slice(at, at + 6))
      ? postalCityEnd(text, at)
      : fourDigitTownEnd(text, at, cue);
    if (end > 0) found.push({ start: m.index, end, type: 'ADDRESS', score: 0.85, ...reason });
  }
  PLACE_BEFORE_PARTS.lastIndex = 0;
  for (let m = PLACE_BEFORE_PARTS.exec(text); m; m = PLACE_BEFORE_PARTS.exec(text)) {
    const from = m.index + m[0].length;
    if (!placeNameStart(text, from)) continue;
    const end = streetEnd(text, from, true);
    const span = text.slice(from, end);
    const withCode = /\d{5}/.test(span) && codeThenTown(text, m.index, from, end);
    if (end > from && (ENDS_WITH_BUILDING_PART.test(span) || withCode))
      found.push({ start: m.index, end, type: 'ADDRESS', score: 0.8, ...reason });
  }
  POSTAL_BOX_ALONE.lastIndex = 0;
  for (let m = POSTAL_BOX_ALONE.exec(text); m; m = POSTAL_BOX_ALONE.exec(text)) {
    const from = m.index + m[0].length;
    let city = postalCityEnd(text, from);
    if (city < 0 && /^bp/i.test(m[0]) && text.startsWith(', ', from))
      city = boxTownEnd(text, from + 2);
    if (city >= 0)
      found.push({
        start: m.index,
        end: city,
        type: 'ADDRESS',
        score: 0.85,
        ...reason,
      });
  }
  POSTAL_BOX_WORDS.lastIndex = 0;
  for (let m = POSTAL_BOX_WORDS.exec(text); m; m = POSTAL_BOX_WORDS.exec(text)) {
    const end = boxTownEnd(text, m.index + m[0].length);
    if (end > 0) found.push({ start: m.index, end, type: 'ADDRESS', score: 0.85, ...reason });
  }
  PLACE_NAMED.lastIndex = 0;
  const postcode = POSTCODE_ANYWHERE.test(text);
  for (let m = postcode && PLACE_NAMED.exec(text); m; m = PLACE_NAMED.exec(text)) {
    const end = placeWithPostcodeEnd(text, m.index + m[0].length);
    if (end > 0) found.push({ start: m.index, end, type: 'ADDRESS', score: 0.85, ...reason });
  }
  LIEU_DIT.lastIndex = 0;
  for (let m = LIEU_DIT.exec(text); m; m = LIEU_DIT.exec(text)) {
    const from = m.index + m[0].length;
    const end = namedPlaceEnd(text, m.index, from);
    const zone = /^[zql]/i.test(m[0]) && !/^lieu/i.test(m[0]);
    if (zone && /^[ql]/i.test(m[0]) && !codeThenTown(text, m.index, from, end)) continue;
    if (end > from && (!zone || /\d{5}|\d{2} \d{3}/.test(text.slice(from, end))))
      found.push({ start: m.index, end, type: 'ADDRESS', score: 0.85, ...reason });
  }
  // A street named without its number, then its postal code and town ("impasse des
  // manguiers 97460 saint paul"); a street in directions has no postal code after it.
  const STREET_BARE = (streetBare ??= new RegExp(
    `(?<![\\p{L}\\d]|\\d,? )(?:${patternOf('bare-street-types')})(?![\\p{L}.])`,
    'giu',
  ));
  STREET_BARE.lastIndex = 0;
  for (let m = postcode && STREET_BARE.exec(text); m; m = STREET_BARE.exec(text)) {
    const from = m.index + m[0].length;
    const end = streetEnd(text, from, true);
    if (end > from && codeThenTown(text, m.index, from, end))
      found.push({ start: m.index, end, type: 'ADDRESS', score: 0.8, ...reason });
  }
  // Flat, building or residence, then a place's name and its postal code, no street
  // number ("bat a2 appt 104 les jardins de l'hers 31500 toulouse").
  const HEADS_RUN = headsRun();
  HEADS_RUN.lastIndex = 0;
  for (let m = postcode && HEADS_RUN.exec(text); m; m = HEADS_RUN.exec(text)) {
    const from = m.index + m[0].length;
    const end = streetEnd(text, from, true);
    if (end > from && /\d{5}/.test(text.slice(from, end)))
      found.push({ start: m.index, end, type: 'ADDRESS', score: 0.8, ...reason });
  }
  found.push(...findNumberedWithCode(text));
  for (const pattern of [
    EN_STREET,
    EN_STREET_LOWER,
    EN_ESTATE,
    EN_STREET_CUED,
    EN_UNTYPED_STREET,
  ]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      // "Flat 2, 18 Albert Street", "Suite 4, Kelvin House, 40 George Street": the flat
      // and the building belong to the address.
      const flat = BUILDING_BEFORE_EN.exec(text.slice(Math.max(0, m.index - 60), m.index));
      found.push({
        start: m.index - (flat ? flat[0].length : 0),
        end: withAbroadTail(text, m.index, flatAfterEnd(text, m.index + m[0].length)),
        type: 'ADDRESS',
        score: 0.8,
        ...reason,
      });
    }
  }
  // The flat, floor, building or residence typed before any street found.
  for (const f of found) f.start -= headsBefore(text, f.start, placeNameWord);
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
    if (!POSTAL_LINE.test(lines[k + 1].text)) continue;
    const street = findAddresses(lines[k].text, true).find(
      (a) => lines[k].text.slice(a.end).trim().length === 0,
    );
    if (!street) continue;
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
