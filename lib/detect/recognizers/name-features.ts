import { FNV_START, featureOf, fnvRun } from '../feature-hash.ts';
import type { Gazetteer } from '../gazetteer.ts';
import {
  ACRONYMS,
  CALENDAR,
  CAR_MAKERS,
  PRODUCT_NAMES,
  PRODUCTS,
  TOOLS,
} from '../lexicon/not-names.ts';
import type { Token } from '../tokenize.ts';

// What the learnt name reader (name-model.ts) reads of a word: the word itself, its
// shape and ending, what the name lists say of it (a first name, a surname, a common
// word, a place…), and the same of its neighbours two words either side. The lists let
// it generalise to names it never saw ("rahel" is a first name like "yasmine"); the
// neighbours carry the cues people type around a name ("avec", "ma dit", "mme", "chez").

export const NAME_FEATURE_BITS = 18;

/** What the lists say of a word, as letters: F first name, A first name that is also a
 * word, S surname, B surname that is also a word, C common word, P place, T tool,
 * product or car, K acronym, D day or month. */
export function listsOf(key: string, g: Gazetteer): string {
  let out = '';
  if (g.strongFirstNames.has(key)) out += 'F';
  if (g.ambiguousFirstNames.has(key)) out += 'A';
  if (g.surnames.has(key)) out += 'S';
  if (g.ambiguousSurnames.has(key)) out += 'B';
  if (g.commonWords.has(key)) out += 'C';
  if (g.places.has(key)) out += 'P';
  if (TOOLS.has(key) || PRODUCTS.has(key) || PRODUCT_NAMES.has(key) || CAR_MAKERS.has(key))
    out += 'T';
  if (ACRONYMS.has(key)) out += 'K';
  if (CALENDAR.has(key)) out += 'D';
  return out || '-';
}

const shapeOf = (t: Token): string =>
  (t.allCaps ? 'A' : t.capitalised ? 'C' : 'l') + (t.sentenceStart ? '^' : '');

/** Whether two neighbouring words are in the same stretch: no line or sentence between. */
const together = (next: Token | undefined): next is Token =>
  next !== undefined && !next.sentenceStart;

/** A gap between words: a space, or the punctuation in it (",", "'", "-"). */
const gapKind = (gap: string): string => gap.trim() || '_';

const add = (out: Set<number>, prefix: string, value: string) =>
  out.add(featureOf(fnvRun(fnvRun(FNV_START, prefix), value), NAME_FEATURE_BITS));

/** The features of the word at `i`, each once. `listsAt(k)` is listsOf() of token k. */
export function wordFeatures(
  tokens: readonly Token[],
  i: number,
  listsAt: (k: number) => string,
): number[] {
  const t = tokens[i];
  const out = new Set<number>();
  const prev = together(t) ? tokens[i - 1] : undefined;
  const prev2 = prev && together(prev) ? tokens[i - 2] : undefined;
  const next = together(tokens[i + 1]) ? tokens[i + 1] : undefined;
  const next2 = next && together(tokens[i + 2]) ? tokens[i + 2] : undefined;
  const self = listsAt(i);
  add(out, 'w', t.key);
  add(out, 'l', self);
  add(out, 'h', shapeOf(t));
  add(out, 'hl', shapeOf(t) + self);
  add(out, 's3', t.key.slice(-3));
  add(out, 's2', t.key.slice(-2));
  add(out, 'p3', t.key.slice(0, 3));
  add(out, 'n', String(Math.min(t.key.length, 9)));
  if (t.key.includes('-')) add(out, 'hy', '');
  add(out, 'pw', prev ? prev.key : '^');
  add(out, 'pl', prev ? listsAt(i - 1) : '^');
  add(out, 'pl+l', (prev ? listsAt(i - 1) : '^') + '|' + self);
  add(out, 'ppw', prev2 ? `${prev2.key} ${prev!.key}` : '^');
  add(out, 'nw', next ? next.key : '$');
  add(out, 'nl', next ? listsAt(i + 1) : '$');
  add(out, 'l+nl', self + '|' + (next ? listsAt(i + 1) : '$'));
  add(out, 'nnw', next2 ? `${next!.key} ${next2.key}` : '$');
  if (prev) add(out, 'pg', gapKind(t.gap));
  if (next) add(out, 'ng', gapKind(next.gap));
  return [...out];
}
