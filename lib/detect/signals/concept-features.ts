import { FNV_START, fnvRun } from '../feature-hash.ts';
import { CONCEPT_NAMES, conceptsOf } from './concepts.ts';

// The signal model's concept features (the trainer's --concepts; not in the shipped model):
// what a sentence's words stand for (concepts.ts), so that a word never seen in training
// weighs as its kind. Given to model-features.ts by useExtraFeatures().

const CONCEPT = fnvRun(FNV_START, 'k:');
const CONCEPT_DENIED = fnvRun(FNV_START, 'kn:');
const CONCEPT_PAIR = fnvRun(FNV_START, 'kp:');
/** How many words apart two concepts may stand to make a pair. */
const WINDOW = 3;

/**
 * Each concept, each concept a negation reaches, and each pair of concepts a few words
 * apart, in either order ("bois" near "semaine": ALCOHOL·DURATION; "mange plus": EAT·ANYMORE).
 */
export function conceptFeatures(
  words: readonly string[],
  denied: readonly string[],
  add: (hash: number) => void,
): void {
  for (const word of denied)
    for (const c of conceptsOf(word)) add(fnvRun(CONCEPT_DENIED, CONCEPT_NAMES[c]));
  const at = words.map(conceptsOf);
  at.forEach((ids, i) => {
    for (const c of ids) {
      const name = CONCEPT_NAMES[c];
      add(fnvRun(CONCEPT, name));
      for (let j = i + 1; j < at.length && j - i <= WINDOW; j++)
        for (const d of at[j]) {
          const other = CONCEPT_NAMES[d];
          const [a, b] = name < other ? [name, other] : [other, name];
          add(fnvRun(fnvRun(fnvRun(CONCEPT_PAIR, a), '|'), b));
        }
    }
  });
}
