import { patternOf } from '../lexicon/word-lists.ts';

// The lines La Poste puts before the street (flat, floor, staircase, building, residence)
// typed on one line in front of it: "appt 12 bat c residence les glycines 3 allée des
// tilleuls", "esc b 3eme etage 27 bd voltaire", "chambre 214 résidence les estudines",
// "flat 3/2, 45 dumbarton road". A room, a building or a floor alone is no address: these
// parts count only joined to a street or a postal code found after them, and are
// numbered or lettered ("bat c", "appt 12"; not "suite à", "porte de", "log in").
const UNIT = () =>
  `(?:(?:${patternOf('address-unit-words')})(?:\\. ?| |(?=\\d))(?:\\d[\\p{L}\\d]{0,3}|[a-z]\\d{0,3})(?![\\p{L}\\d])|(?:flat|apartment|unit|suite|block) \\d[\\p{L}\\d]{0,3}(?:/[\\p{L}\\d]{1,3})?|\\d{1,2} ?(?:e|er|[èe]re|[èe]me|i[èe]me|th|st|nd|rd)\\.? (?:[ée]tage|etg|floor))(?: (?:porte )?(?:gauche|droite|face))?`;
const PLACE =
  "(?:r[ée]sidence|r[ée]s\\.|immeuble|lotissement) ((?:[\\p{L}'’-]+ ){0,3}?[\\p{L}'’-]+)";
const SEP = '(?:,? | [–—-] )';
let headsBeforeRe: RegExp | undefined;
let headsRunRe: RegExp | undefined;
const PLACE_IN = new RegExp(`${PLACE}${SEP}`, 'giu');
// A residence perhaps, then flats, buildings or floors, then the name of a place and its
// postal code ("bat a2 appt 104 les jardins de l'hers 31500 toulouse").
export const headsRun = (): RegExp =>
  (headsRunRe ??= new RegExp(`(?<![\\p{L}\\d])(?:${PLACE}${SEP})?(?:${UNIT()}${SEP})+`, 'giu'));

/** How far before `start` the flat, floor, building or residence of a street go; 0 when
 * none stands there. A residence counts only when `isName` takes the word after it ("la
 * résidence depuis hier, 12 rue…" is no residence's name). */
export function headsBefore(
  text: string,
  start: number,
  isName: (word: string) => boolean,
): number {
  const before = text.slice(Math.max(0, start - 90), start);
  headsBeforeRe ??= new RegExp(`(?<![\\p{L}\\d])(?:(?:${UNIT()}|${PLACE})${SEP})+$`, 'iu');
  const m = headsBeforeRe.exec(before);
  if (!m) return 0;
  const heads = m[0];
  PLACE_IN.lastIndex = 0;
  for (let p = PLACE_IN.exec(heads); p; p = PLACE_IN.exec(heads)) {
    // Only the parts after a place that is no name stay.
    if (isName(p[1].split(' ')[0])) continue;
    const rest = heads.slice(p.index + p[0].length);
    return headsBefore(rest, rest.length, isName);
  }
  return heads.length;
}
