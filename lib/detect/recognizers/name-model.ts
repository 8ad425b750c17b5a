import packedModel from '../data/name-model.json';
import { gazetteer } from '../gazetteer.ts';
import { packWeights, unpackWeights, type PackedWeights } from '../packed-weights.ts';
import type { Token } from '../tokenize.ts';
import type { Candidate } from '../types.ts';
import { words } from '../lexicon/words.ts';
import { FAMILY_TITLES } from './lower-case-names.ts';
import { listsOf, wordFeatures } from './name-features.ts';
import { namesHere } from './not-names-here.ts';

// A second reader of names, learnt from Cadre's entity sets (scripts/train-name-model.ts):
// a logistic regression per kind (a person, a company) over each word and its neighbours
// (name-features.ts). The rules know the cues they were written from; the model weighs
// every cue it saw in training at once, and reads the names people type in lower case
// that no rule reached ("jai vu rahel ce matin", "je taffe chez gifi"). It only reads
// words no rule has already claimed, and what the rules rule out (not-names-here.ts)
// still goes.

export type NameKind = 'person' | 'org';
export const NAME_KINDS: readonly NameKind[] = ['person', 'org'];

/** How sure the model must be of a word. Chosen by leaving one training file out at a
 * time (`npm run name-model -- --cv`); changed only by that script while it measures. */
export const NAME_GATES = { person: 0.85, org: 0.85, wordToo: 0.95 };

export interface NameModel {
  bias: Record<NameKind, number>;
  weights: Record<NameKind, Map<number, number>>;
}

export type PackedNameModel = PackedWeights<NameKind>;

export const packNameModel = (model: NameModel, about: string): PackedNameModel =>
  packWeights(NAME_KINDS, model, about);

export const unpackNameModel = (packed: PackedNameModel): NameModel => ({
  bias: packed.bias,
  weights: unpackWeights(NAME_KINDS, packed),
});

let model: NameModel | null | undefined;
const loaded = () =>
  model === undefined ? (model = unpackNameModel(packedModel as PackedNameModel)) : model;

/**
 * Training, cross-validation and tests only: reads with another model, with none (null,
 * the rules alone), or with the shipped one again (undefined). Takes effect for
 * analyzers created after the call (they cache sentences).
 */
export function useNameModel(other: NameModel | null | undefined): void {
  model = other;
}

// Titles join the name after them ("mme lefort"); particles join two of its words.
const TITLES = words('m mme mlle mm monsieur madame dr docteur pr maitre mr mrs ms miss');
const PARTICLES = words(
  'de du des la le van von der den da das dos del della di el al ben bin ibn mac',
);

/** Words the model reads: those a name could be. A common word that no list has as a
 * name, a tool, an acronym, a day or a family nickname is left to the rules. */
export function readsWord(t: Token, lists: string): boolean {
  if (t.key.length < 2 || TITLES.has(t.key) || FAMILY_TITLES.has(t.key)) return false;
  if (/[FASB]/.test(lists)) return true;
  // A short word no list names is shorthand ("abt", "cdi", "rdv") far more often than a name.
  return t.key.length > 3 && !/[CTKD]/.test(lists);
}

export interface ReadWord {
  /** The token's index. */
  at: number;
  /** What the lists say of it (listsOf). */
  lists: string;
  features: number[];
}

// Words that are also common words or products ("rose", "summer", "lenoir", "zoe"): the
// rules read them with their cues, and the model must be surer than elsewhere to add one.
const WORD_LISTS = /[ABCT]/;

/** The words the model reads in these tokens, with their features (training and run time). */
export function readWords(
  tokens: readonly Token[],
  free: (t: Token) => boolean = () => true,
): ReadWord[] {
  const g = gazetteer();
  // Most words are common words: what the lists say is read only where needed.
  const lists: Array<string | undefined> = [];
  const listsAt = (k: number) => (lists[k] ??= listsOf(tokens[k].key, g));
  const out: ReadWord[] = [];
  tokens.forEach((t, i) => {
    if (free(t) && readsWord(t, listsAt(i)))
      out.push({ at: i, lists: listsAt(i), features: wordFeatures(tokens, i, listsAt) });
  });
  return out;
}

/** How sure the model is that a word with these features is part of a name of this kind. */
export function nameConfidence(kind: NameKind, features: readonly number[]): number {
  const current = loaded();
  if (!current) return 0;
  let z = current.bias[kind];
  for (const f of features) z += current.weights[kind].get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

const REASONS: Record<NameKind, [string, string]> = {
  person: ['nom de personne probable', 'likely person name'],
  org: ['entreprise probable', 'likely company'],
};

/**
 * Names the rules left unread: runs of words the model is sure of, with a title before
 * and particles between. `taken` marks the characters other recognisers already hold.
 */
export function findLearntNames(
  text: string,
  tokens: readonly Token[],
  taken: Uint8Array,
): Candidate[] {
  if (!loaded()) return [];
  const kindAt = new Map<number, NameKind>();
  for (const { at, lists, features } of readWords(tokens, (t) => !taken[t.start])) {
    const person = nameConfidence('person', features);
    const org = nameConfidence('org', features);
    const kind: NameKind = person >= org ? 'person' : 'org';
    const gate = WORD_LISTS.test(lists)
      ? Math.max(NAME_GATES.wordToo, NAME_GATES[kind])
      : NAME_GATES[kind];
    if (Math.max(person, org) >= gate) kindAt.set(at, kind);
  }
  const found: Candidate[] = [];
  const joined = (t: Token) => t.gap === ' ' || t.gap === '\u00a0' || t.gap === '-';
  for (let i = 0; i < tokens.length; i++) {
    const kind = kindAt.get(i);
    if (!kind) continue;
    let start = i;
    const before = tokens[i - 1];
    if (kind === 'person' && before && TITLES.has(before.key) && !taken[before.start])
      start = i - 1;
    let end = i;
    for (let j = i + 1; j < tokens.length && joined(tokens[j]); j++) {
      if (kindAt.get(j) === kind) end = j;
      else if (!PARTICLES.has(tokens[j].key) || taken[tokens[j].start]) break;
    }
    const [reason, reasonEn] = REASONS[kind];
    found.push({
      start: tokens[start].start,
      end: tokens[end].end,
      type: kind === 'person' ? 'PERSON' : 'ORG',
      score: 0.55,
      reason,
      reasonEn,
    });
    i = end;
  }
  return namesHere(text, found);
}
