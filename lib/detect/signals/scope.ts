import { packedWords, type DistressCategory } from './cue.ts';

// A wish to be gone or a weariness held to an occasion is about the occasion: "ils
// seraient mieux sans moi à la réunion", "not wake up before 9", "plus être là le
// samedi", "disparaître du planning", "à quoi bon continuer ce module". Read in the
// clause that follows the words (written against `signalText()`'s form). A home, a
// family, a tomorrow or a life are no limit: "sans moi à la maison", "pas me réveiller
// demain" keep their weight.

/** Where the writer would be missed or gone from: a meeting, a rota, a course, a group. */
const OCCASION = () => packedWords('[scope-occasion]');
/** A thing that tires or fails the writer: a printer, a battery, a form, an app, a duty. */
const THING = () => packedWords('[scope-thing]');
/** A weekday, a clock time, a span of days: "le samedi", "before 9", "a 5h", "un weekend". */
// Not a span the words have lasted: "depuis lundi", "since friday", "for days" tell a symptom.
const TIME = () => packedWords('[scope-time]');
const DETERMINER = () => packedWords('[scope-determiner]');
// A wish to be gone is held to a place or a time; a weariness only to a thing. Built on
// first use: the words are read from the packed gazetteer (cues.txt).
let held: Partial<Record<DistressCategory, RegExp>> | undefined;
const heldPatterns = (): Partial<Record<DistressCategory, RegExp>> => ({
  'passive-ideation': new RegExp(
    `\\b(?:${DETERMINER()} (?:\\S+ )?(?:${OCCASION()}|${THING()})|${TIME()})\\b`,
  ),
  // "burned out on the uber eats app": a name of two words before the thing.
  hopelessness: new RegExp(`\\b${DETERMINER()} (?:\\S+ ){0,2}${THING()}\\b`),
});
// The clause the words stand in: up to a stop, a turn, or about eighty characters.
const CLAUSE_END = /[,.;:!?()\n]|\b(?:mais|but|parce que|because|car|sinon|anyway|bref)\b/;

/** Whether the words of `category` found at `at` are held to an occasion or a time. */
export function scopedAt(text: string, category: DistressCategory, at: number): boolean {
  const scope = (held ??= heldPatterns())[category];
  if (!scope) return false;
  let clause = text.slice(at, at + 90);
  const end = CLAUSE_END.exec(clause.slice(1));
  if (end) clause = clause.slice(0, end.index + 1);
  return scope.test(clause);
}
