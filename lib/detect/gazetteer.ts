// Named imports: the file's "about" note stays out of the bundle.
import { bytes, packed } from './data/gazetteer.packed.json';
import { frontDecode } from './front-coding.ts';
import { unpackJson } from './packed-json.ts';
import { expandGroups } from './short-groups.ts';

export interface Gazetteer {
  /** First names that are not also French or English words (Karim, Sophie). */
  strongFirstNames: Set<string>;
  /** First names that are also words (Rose, Pierre, Prudence): need context. */
  ambiguousFirstNames: Set<string>;
  surnames: Set<string>;
  /** Surnames that are also words (Marchand, Berger): only after a first name or a title. */
  ambiguousSurnames: Set<string>;
  /** The most frequent French and English words, and phone shorthand (jsp, stp). */
  commonWords: Set<string>;
  places: Set<string>;
  /** Well-known companies, as lexicon/known-organizations.txt writes them. */
  knownOrganizations: string;
  /** The lexicons' word lists (lexicon/*.txt), one a line: "name: words". */
  wordLists: string;
  /** The signals' broad lexicon (signals/lexicon.txt), comments left out (shipped with
   * its groups shortened: short-groups.ts). */
  signalLexicon: string;
  /** Recognisers' cues kept as text (signals/cues.txt), comments left out (shipped with
   * their groups shortened, like the lexicon). */
  signalCues: string;
  /** IBAN length per country that has IBANs (iban-countries.ts). */
  ibanLengths: Map<string, number>;
  /** Every country a BIC may name (iban-countries.ts). */
  bicCountries: Set<string>;
}

let loaded: Gazetteer | null = null;

/** Inflates and decodes the generated lists once, on first use (about 20 ms). */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const data = unpackJson<Record<string, string>>({ packed, bytes });
  // Names that are both a first name and a surname are stored once (build-gazetteer.ts).
  const both = frontDecode(data.FIRST_NAMES_AND_SURNAMES);
  const ambiguousBoth = frontDecode(data.AMBIGUOUS_FIRST_NAMES_AND_SURNAMES);
  const withBoth = (encoded: string, extra: Set<string>) => {
    const set = frontDecode(encoded);
    for (const k of extra) set.add(k);
    return set;
  };
  loaded = {
    strongFirstNames: withBoth(data.STRONG_FIRST_NAMES, both),
    ambiguousFirstNames: withBoth(data.AMBIGUOUS_FIRST_NAMES, ambiguousBoth),
    surnames: withBoth(data.SURNAMES, both),
    ambiguousSurnames: withBoth(data.AMBIGUOUS_SURNAMES, ambiguousBoth),
    commonWords: frontDecode(data.COMMON_WORDS),
    places: frontDecode(data.PLACES),
    knownOrganizations: data.KNOWN_ORGANIZATIONS,
    wordLists: data.WORD_LISTS,
    signalLexicon: expandGroups(data.SIGNAL_LEXICON),
    signalCues: expandGroups(data.SIGNAL_CUES),
    // "AD24 AE23 …"
    ibanLengths: new Map(
      data.IBAN_LENGTHS.split(' ').map((entry) => [entry.slice(0, 2), Number(entry.slice(2))]),
    ),
    bicCountries: new Set(data.BIC_COUNTRIES.split(' ')),
  };
  return loaded;
}
