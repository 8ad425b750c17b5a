import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import type { Candidate } from '../types.ts';
import { expandPatterns, patternOf } from '../lexicon/word-lists.ts';

// Postal codes whose shape alone says "address" once a street stands before them: a full
// British postcode of a real area (its inward letters never C, I, K, M, O or V), an Irish
// Eircode ("D02 VK65", "F23 K8D3"), a Canadian code ("H2J 2L3"), an Australian state and
// its four digits, in the state's range ("NSW 2000", "VIC 3065", "ACT 2600"; never "Act 2010").
const CODE = () => `(?:${expandPatterns('{postcode-abroad}')})(?![\\p{L}\\d])`;
// Words of a sentence, not of a town or a street ("3 kids in leeds", "5 on nsw 2000");
// "on" before a Canadian code is Ontario.
const STOP = () => `(?:${patternOf('sentence-not-place')})\\b`;
const WORD = "\\p{L}[\\p{L}'’.-]*";
// Before the code: the town, a Dublin district, a county, a province or state, up to four
// words set apart by spaces or commas ("Toronto ON", "Dublin 8,", "castlebar, co mayo").
const tailSource = () =>
  `(?:,? (?!${CODE()})(?!${STOP()})${WORD}|,? \\d{1,2}(?=,)){0,4},? ${CODE()}`;

// A state in capitals or, when it is no word, in lower case or title case: "sa 5008" is
// "his 5008" in French, "the Equality Act 2010" a law ("Act", "Vic", "Tas" are words or
// names in title case); "Brisbane Qld 4000", "Coogee Nsw 2034" are addresses.
const STATE_AS_WORD = /(?<!\p{L})(?:sa|wa|nt|act|Sa|Wa|Nt|Act|Vic|Tas) \d{4}$/u;

let tail: RegExp | undefined;
let numbered: RegExp | undefined;

/** End of a town and a postal code of Britain, Ireland, Canada or Australia starting at
 * `at` (", Toronto ON M5H 1K5", " glasgow g42 7bd"), or `at` when none does. */
export function abroadTailEnd(text: string, at: number): number {
  const re = (tail ??= new RegExp(tailSource(), 'iuy'));
  re.lastIndex = at;
  const m = re.exec(text);
  return m && !STATE_AS_WORD.test(m[0]) ? re.lastIndex : at;
}

/** The end of an address found from `start` to `end`, with a town and postal code from
 * abroad after it; the last words or two may be the town's already ("Fitzroy VIC"). */
export function withAbroadTail(text: string, start: number, end: number): number {
  let at = end;
  for (let k = 0; k < 3 && at > start; k++) {
    const tailEnd = abroadTailEnd(text, at);
    if (tailEnd > end) return tailEnd;
    at = text.lastIndexOf(' ', at - 1);
  }
  return end;
}

/** "3 months", "2 cases", "4 kids": a plural common noun after a number is a count, no
 * street's name; after "the" it is one ("5 the fields"). */
const countNoun = (word: string) =>
  /s$/i.test(word) && gazetteer().commonWords.has(fold(word.toLowerCase()));

/** A house number, a street whose words may be of any language ("14 ffordd y parc",
 * "8 the wynd", "3/45 ocean parade"), then a town and one of those postal codes: the code
 * makes it an address without a street type. */
export function findNumberedWithCode(text: string): Candidate[] {
  const re = (numbered ??= new RegExp(
    `(?<![\\p{L}\\d/:.])\\d{1,5}[a-z]?(?:/\\d{1,5}[a-z]?)?,? (?:the (?=${WORD})|(?=(${WORD})))(?:(?!${STOP()})${WORD} ){0,2}(?!${STOP()})${WORD}${tailSource()}`,
    'giu',
  ));
  const found: Candidate[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text))
    if (!STATE_AS_WORD.test(m[0]) && !(m[1] && countNoun(m[1])))
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        type: 'ADDRESS',
        score: 0.85,
        reason: 'adresse postale',
        reasonEn: 'street address',
      });
  return found;
}
