import { packedRegExp } from './cue.ts';
import type { DistressCategory } from './cue.ts';

// What an act is done to, with or for, in the words right after it, when that makes it
// ordinary: a drink of water or tea, a game lost ("beats me at scrabble"), a haircut or
// brambles, a rope for the move, a bridge where the others are awaited. Written against
// `signalText()`'s form. A drink, a blow or a means whose object is the writer's body or
// life keeps its weight.

const OBJECTS: Partial<Record<DistressCategory, RegExp>> = {
  substance:
    // Its words: cues.txt [ordinary-objects-substance].
    packedRegExp('ordinary-objects-substance', '\\b'),
  violence:
    // Its words: cues.txt [ordinary-objects-violence].
    packedRegExp('ordinary-objects-violence', '\\b'),
  'self-harm':
    // Its words: cues.txt [ordinary-objects-self-harm].
    packedRegExp('ordinary-objects-self-harm', '\\b'),
  'active-ideation':
    // Its words: cues.txt [ordinary-objects-active-ideation].
    packedRegExp('ordinary-objects-active-ideation', '\\b'),
};
// Harm done on purpose stays harm, whatever it is done with: "held it there", "pas un accident".
const ON_PURPOSE =
  // Its words: cues.txt [on-purpose].
  packedRegExp('on-purpose', '\\b');
// The words that follow, up to a sentence's stop.
const STOP = /[.;!?\n]/;

/** Whether what follows the words of `category` found at `at` makes them ordinary. */
export function ordinaryObjectAt(text: string, category: DistressCategory, at: number): boolean {
  const objects = OBJECTS[category];
  if (!objects || (category === 'self-harm' && ON_PURPOSE.test(text))) return false;
  let after = text.slice(at, at + 80);
  const end = STOP.exec(after);
  if (end) after = after.slice(0, end.index);
  return objects.test(after);
}
