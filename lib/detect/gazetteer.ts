// Named imports, so the bundler leaves the file's "about" note out of the content script.
import {
  AMBIGUOUS_FIRST_NAMES,
  AMBIGUOUS_FIRST_NAMES_AND_SURNAMES,
  AMBIGUOUS_SURNAMES,
  COMMON_WORDS,
  FIRST_NAMES_AND_SURNAMES,
  PLACES,
  STRONG_FIRST_NAMES,
  SURNAMES,
} from './data/gazetteer.json';
import { frontDecode } from './front-coding.ts';

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
}

let loaded: Gazetteer | null = null;

/** Decodes the generated lists once, on first use (15–20 ms). */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  // Names that are both a first name and a surname are stored once (build-gazetteer.ts).
  const both = frontDecode(FIRST_NAMES_AND_SURNAMES);
  const ambiguousBoth = frontDecode(AMBIGUOUS_FIRST_NAMES_AND_SURNAMES);
  const withBoth = (encoded: string, extra: Set<string>) => {
    const set = frontDecode(encoded);
    for (const k of extra) set.add(k);
    return set;
  };
  loaded = {
    strongFirstNames: withBoth(STRONG_FIRST_NAMES, both),
    ambiguousFirstNames: withBoth(AMBIGUOUS_FIRST_NAMES, ambiguousBoth),
    surnames: withBoth(SURNAMES, both),
    ambiguousSurnames: withBoth(AMBIGUOUS_SURNAMES, ambiguousBoth),
    commonWords: frontDecode(COMMON_WORDS),
    places: frontDecode(PLACES),
  };
  return loaded;
}
