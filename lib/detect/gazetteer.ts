import packed from './data/gazetteer.packed.json';
import { frontDecode } from './front-coding.ts';
import { unpackGazetteer } from './packed-gazetteer.ts';

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

/** Inflates and decodes the generated lists once, on first use (about 20 ms). */
export function gazetteer(): Gazetteer {
  if (loaded) return loaded;
  const data = unpackGazetteer(packed.packed);
  loaded = {
    strongFirstNames: frontDecode(data.STRONG_FIRST_NAMES),
    ambiguousFirstNames: frontDecode(data.AMBIGUOUS_FIRST_NAMES),
    surnames: frontDecode(data.SURNAMES),
    ambiguousSurnames: frontDecode(data.AMBIGUOUS_SURNAMES),
    commonWords: frontDecode(data.COMMON_WORDS),
    places: frontDecode(data.PLACES),
  };
  return loaded;
}
