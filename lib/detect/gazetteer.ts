import data from './data/gazetteer.json';
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

/** Decodes the generated lists once, on first use (15–20 ms). */
export function gazetteer(): Gazetteer {
  loaded ??= {
    strongFirstNames: frontDecode(data.STRONG_FIRST_NAMES),
    ambiguousFirstNames: frontDecode(data.AMBIGUOUS_FIRST_NAMES),
    surnames: frontDecode(data.SURNAMES),
    places: frontDecode(data.PLACES),
  };
  return loaded;
}
