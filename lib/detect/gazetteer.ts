import { AMBIGUOUS_FIRST_NAMES, PLACES, STRONG_FIRST_NAMES, SURNAMES } from './data/gazetteer.ts';
import { frontDecode } from './front-coding.ts';

export interface Gazetteer {
  /** First names that are not also French or English words (Karim, Sophie). */
  strongFirstNames: Set<string>;
  /** First names that are also words (Rose, Pierre, Prudence): need context. */
  ambiguousFirstNames: Set<string>;
  surnames: Set<string>;
  places: Set<string>;
}

let loaded: Gazetteer | null = null;

/** Decodes the generated lists once, on first use (a few milliseconds). */
export function gazetteer(): Gazetteer {
  loaded ??= {
    strongFirstNames: frontDecode(STRONG_FIRST_NAMES),
    ambiguousFirstNames: frontDecode(AMBIGUOUS_FIRST_NAMES),
    surnames: frontDecode(SURNAMES),
    places: frontDecode(PLACES),
  };
  return loaded;
}
