// Substance used to cope, read across the message: a drink or a drug in one place and
// what it is for in another ("my mum's diazepam before every shift. It's the only way I
// get through the day"). A word of each family is enough; the context vetoes (joke,
// story, past, someone else) are the sentence's.

import { packedRegExp } from './cue.ts';
/** Alcohol, drugs, and pills that calm or put to sleep. */
export const DRUG =
  // Its words: cues.txt [drug].
  packedRegExp('drug', '\\b');

/** What it is for: to hold on, to sleep, the only way, more and more. */
export const COPING =
  // Its words: cues.txt [coping].
  packedRegExp('coping', '\\b');

/** A pronoun of someone else nearest before a word: "il boit pour oublier". */
const SUBJECT =
  // Its words: cues.txt [coping-subject].
  packedRegExp('coping-subject', '\\b', 'g');
const THIRD = /^(?:il|elle|ils|elles|he|she|they|hes|shes|theyre)$/;

/** Where a sentence names a drink or a drug of the writer's (-1 when none). */
export function drugAt(text: string): number {
  const m = DRUG.exec(text);
  if (!m) return -1;
  let last = '';
  for (const s of text.slice(Math.max(0, m.index - 40), m.index).matchAll(SUBJECT)) last = s[0];
  return THIRD.test(last) ? -1 : m.index;
}
