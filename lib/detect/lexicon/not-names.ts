// Capitalised words that are not people or companies: calendar, acronyms, tools used
// as tools, institutions named generically, English words capitalised mid-sentence,
// nationalities, greetings. Keys are accent-folded lower case.
// The lists are in lexicon/not-names.txt, shipped deflated inside the gazetteer.
import { wordList, type WordList } from './word-lists.ts';

export const MONTHS_AND_DAYS = wordList('months-and-days');
const HOLIDAYS = wordList('holidays');
export const CALENDAR: WordList = {
  has: (key) => MONTHS_AND_DAYS.has(key) || HOLIDAYS.has(key),
};

export const ACRONYMS = wordList('acronyms');

export const TOOLS = wordList('tools');

export const GENERIC_CAPITALISED = wordList('generic-capitalised');

// Brands and products used as things, not organisations or people: medicines, car
// models, software already listed in TOOLS.
export const PRODUCTS = wordList('products');
// Carmakers that are also employers: a car after an article or before a model ("une
// Tesla", "la Peugeot 308", "Renault Clio"), a company otherwise.
export const CAR_MAKERS = wordList('car-makers');
// Names of people that are also car models ("ma clio", "une zoe"): things after an
// article or "en" ("j'ai roulé en clio").
export const PRODUCT_NAMES = wordList('product-names');
/** An article, a possessive or "en" right before a word: it names a thing. */
export const THING_BEFORE =
  /(?:^|\s)(?:ma|ta|sa|mon|ton|son|une|un|la|le|en|ma vieille|my|his|her|the|a|an)\s+$/i;
