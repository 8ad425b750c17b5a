import { packedRegExp } from './cue.ts';

// A sentence's turns: "mais", "but", "anyway", "and then", "aujourd'hui je"… A context
// veto (a joke, a film, the past, someone else) holds over its own part of the sentence,
// so that ordinary news or a story in one part does not hide distress told in another:
// "la formation s'est bien passée et puis en rentrant mon mari m'a poussée contre le mur".
// Commas do not turn: "Il y a trois ans, je me scarifiais" is one part.
const TURN =
  // Its words: cues.txt [turns].
  packedRegExp('turns', '\\b', 'g', ';|(?<!\\d):(?!\\d)|\\b');

/** Where each part of a folded sentence starts (the first at 0). */
export function partStarts(text: string): number[] {
  const starts = [0];
  TURN.lastIndex = 0;
  for (let m = TURN.exec(text); m; m = TURN.exec(text)) if (m.index > 0) starts.push(m.index);
  return starts;
}

/** Index of the part that holds `at`. */
export function partAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
