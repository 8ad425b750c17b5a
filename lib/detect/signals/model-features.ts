import { FNV_START, featureOf, fnvRun } from '../feature-hash.ts';

// What the signal model reads of a sentence, already in the patterns' form (signalText):
// its words, each pair of neighbouring words, and every run of five characters of each
// word with its edges. The runs let a misspelt or inflected word ("epuisee", "épuisé",
// "epuiser") share most of what it says with the forms seen in training. Each feature is a
// number below 2^FEATURE_BITS (FNV-1a); collisions are rare at that size and harmless.

export const FEATURE_BITS = 18;
const CHAR_RUN = 5;
const TOKEN = /[a-z0-9]+|[,;:.!?]/g;
// Words that deny what follows them in their clause: "je pense pas a me faire du mal",
// "im not going to hurt myself". A word in their reach is read as its own feature.
// Whole tokens: sets, not patterns, since a sentence has many tokens to test.
const NEGATION = new Set(
  'pas jamais rien aucun aucune personne not never no dont didnt isnt wasnt havent wont cant nothing'.split(
    ' ',
  ),
);
const CLAUSE_END = new Set(', ; : . ! ? mais but juste just'.split(' '));

// Each kind of feature hashes its prefix once; a feature continues from it.
const WORD = fnvRun(FNV_START, 'w:');
const PAIR = fnvRun(FNV_START, 'b:');
const RUN = fnvRun(FNV_START, 'c:');
const DENIED = fnvRun(FNV_START, 'n:');

/**
 * Features read beside the words and runs, for a model trained with them (the trainer's
 * --concepts: concept-features.ts), given the sentence's words and the words a negation
 * reaches. None in the shipped model, so the content script carries none of their lists.
 */
export type ExtraFeatures = (
  words: readonly string[],
  denied: readonly string[],
  add: (hash: number) => void,
) => void;
let extra: ExtraFeatures | undefined;
/** Training and tests: read `more` features too, or none (undefined). */
export function useExtraFeatures(more: ExtraFeatures | undefined): void {
  extra = more;
}

const feature = (hash: number) => featureOf(hash, FEATURE_BITS);

// One bit per feature number, set while a sentence is read and cleared after: tells a
// feature already listed faster than a Set, and keeps the order in which they came.
const listed = new Uint32Array(2 ** FEATURE_BITS / 32);

/** The features of one sentence in the patterns' form, each once. */
export function sentenceFeatures(text: string): number[] {
  const tokens = text.match(TOKEN) ?? [];
  const features: number[] = [];
  const add = (hash: number) => {
    const f = feature(hash);
    const bit = 1 << (f & 31);
    if ((listed[f >>> 5] & bit) !== 0) return;
    listed[f >>> 5] |= bit;
    features.push(f);
  };
  try {
    let denied = false;
    // Kept only for extra features: the keystroke path builds no list.
    const reached: string[] | undefined = extra ? [] : undefined;
    for (const token of tokens) {
      if (CLAUSE_END.has(token)) denied = false;
      else if (NEGATION.has(token)) denied = true;
      else if (denied) {
        add(fnvRun(DENIED, token));
        reached?.push(token);
      }
    }
    // Words, and the words that end a clause ("mais"), not its punctuation.
    const words = tokens.filter((token) => !CLAUSE_END.has(token) || /^[a-z]/.test(token));
    words.forEach((word, i) => {
      add(fnvRun(WORD, word));
      if (i > 0) add(fnvRun(fnvRun(fnvRun(PAIR, words[i - 1]), ' '), word));
      const padded = ` ${word} `;
      for (let k = 0; k + CHAR_RUN <= padded.length; k++) add(fnvRun(RUN, padded, k, k + CHAR_RUN));
    });
    if (extra && reached) extra(words, reached, add);
  } finally {
    for (const f of features) listed[f >>> 5] = 0;
  }
  return features;
}
