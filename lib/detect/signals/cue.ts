import { gazetteer } from '../gazetteer.ts';
import { gateFor, isOpen, openGates } from './gate.ts';
import { withFragments } from './ordinary-uses.ts';
import { readSections } from './sections.ts';

// What a recogniser is made of. Patterns are written against `signalText()`'s form:
// folded, elisions opened ("je en peux plus"), no "ne", English contractions closed
// ("im", "dont", "cant").

export const DISTRESS_CATEGORIES = [
  'passive-ideation',
  'active-ideation',
  'farewell',
  'self-harm',
  'substance',
  'violence',
  'panic',
  'hopelessness',
] as const;
export type DistressCategory = (typeof DISTRESS_CATEGORIES)[number];

export interface Cue {
  re: RegExp;
  /** 2 (when left out): says it alone; 1: a sign that needs another. */
  weight?: 1 | 2;
  /** Happening as the person writes (an act under way, a threat at the door). */
  now?: boolean;
  /**
   * A noun or a topic ("le harcèlement", "a panic attack"): it counts only in a sentence
   * about the writer, not in one about a colleague or a question about the subject.
   */
  topic?: boolean;
  /** Counts even after a humour marker (an act, not a figure of speech). */
  serious?: boolean;
  /** An act told with or without a pronoun; not when someone else is its subject. */
  notOther?: boolean;
  /** What explains the cue away in its sentence ("can't sleep, so excited!"). */
  unless?: RegExp;
}

export interface Recogniser {
  category: DistressCategory;
  cues: readonly Cue[];
}

// A negation in the few words before a cue, in the same clause ("je n'ai jamais pensé
// au suicide", "I'm not thinking of hurting myself", "non je bois pas pour oublier").
const NEGATION_BEFORE = '(?<!une )\\bpersonne\\b|\\b';
const NEGATION =
  // Its words: cues.txt [negation].
  packedRegExp('negation', '\\b', '', NEGATION_BEFORE);
// "je sais pas si…", "I don't know how…" do not deny what follows; nor does lacking the
// courage for it ("j'ai pas le courage de me tuer", "don't have the guts to end it").
const KNOW_NOT =
  // Its words: cues.txt [know-not].
  packedRegExp('know-not', '\\b', 'g');
const IF = /\b(?:si|if)\b/;
// "je dors pas je mange pas je veux mourir": a subject right after the negation (or after
// its verb, in English) opens a clause of its own, unless a thought or a "que" leads into
// it ("je ne pense pas que je…", "I don't think I…").
const NEW_SUBJECT =
  /^ (?:(?!(?:que|qu|that|think|pense|crois|believe|guess|say|dis|want|veux)\b)\S+ )?(?:je|j|i|im)\b/;
const NEGATIONS = packedRegExp('negation', '\\b', 'g', NEGATION_BEFORE);
const SUBJECT = /\b(?:je|i|im|ill|il|elle|on)\b/;
const CLAUSE_BREAK = /[,.;:!?()\n]|\b(?:mais|but|et|and|car|because|parce que)\b/g;

const FRONTED_NEVER = /^jamais (?:de la vie )?(?:je|j)\b/;
const AS_EVER = /\b(?:aussi|autant|tellement|si|plus|comme ca)\b/;

export function negatedBefore(text: string, index: number): boolean {
  let start = 0;
  const before = text.slice(Math.max(0, index - 60), index);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before))
    start = m.index + m[0].length;
  const words = before.slice(start).replace(KNOW_NOT, ' ').trim().split(' ').slice(-4).join(' ');
  // "jamais j'ai eu envie de disparaître": "jamais" first in its clause denies the clause,
  // subject and all; not "jamais je me suis sentie aussi seule", a superlative.
  if (
    FRONTED_NEVER.test(before.slice(start).trimStart()) &&
    !AS_EVER.test(before.slice(start) + text.slice(index, index + 30))
  )
    return true;
  if (!NEGATION.test(words)) return false;
  let lastNegation = 0;
  for (const m of words.matchAll(NEGATIONS)) lastNegation = m.index + m[0].length;
  if (NEW_SUBJECT.test(`${words.slice(lastNegation)} ${text.slice(index, index + 3)}`))
    return false;
  // "si ça passe pas vendredi je saute": a subject after the negation opens the main
  // clause; the negation was the condition's, not the act's.
  const clause = `${before.slice(start)} ${text.slice(index, index + 4)}`;
  const cond = IF.exec(clause);
  if (!cond) return true;
  let last = 0;
  for (const m of clause.matchAll(NEGATIONS)) last = m.index + m[0].length;
  return last < cond.index || !SUBJECT.test(clause.slice(last));
}

// A medicine forgotten, skipped or run out of ("forgot to take my meds", "j'ai sauté ma
// dose"): an omission, not a misuse.
const OMITTED =
  // Its words: cues.txt [omitted].
  packedRegExp('omitted', '\\b(?: \\S+){0,3} $');

export function omittedBefore(text: string, index: number): boolean {
  return OMITTED.test(text.slice(Math.max(0, index - 40), index));
}

/** Short helper: one alternation from a list of pattern pieces, word-bounded. */
export function any(...pieces: string[]): RegExp {
  return new RegExp(`\\b(?:${pieces.join('|')})`);
}

let packedSections: Map<string, string[]> | undefined;

/** The alternatives of a section of cues.txt, shipped inside the packed gazetteer. */
function packedPieces(name: string): string[] {
  packedSections ??= readSections(gazetteer().signalCues, 'cues.txt');
  const pieces = packedSections.get(name);
  if (!pieces) throw new Error(`cues.txt: no [${name}]`);
  return pieces.map((piece) => withFragments(piece, 'cues.txt'));
}

/** The lines of a section of cues.txt as they are: a list of words, of pairs. */
export const packedLines = (name: string): string[] => packedPieces(name);

/** Words written `[name]`: the lines of that section of cues.txt joined by "|"; others as they are. */
export function packedWords(words: string): string {
  const name = /^\[([a-z-]+)\]$/.exec(words)?.[1];
  return name ? packedPieces(name).join('|') : words;
}

/**
 * A cue whose phrasings are kept in cues.txt: its pattern is built on first use. `rest`
 * follows the alternation (a lookaround over the rest of the sentence); given as a
 * function, it is read on first use too (when it reads cues.txt itself).
 */
export function packedCue<C extends { re: RegExp } = Cue>(
  name: string,
  options = {} as Omit<C, 're'>,
  rest: string | (() => string) = '',
): C {
  return lazyCue(options, () => any(...packedPieces(name)).source, rest);
}

/** A cue whose pattern, `source()` then `rest`, is built on first use. */
export function lazyCue<C extends { re: RegExp } = Cue>(
  options: Omit<C, 're'>,
  source: () => string,
  rest: string | (() => string),
): C {
  let re: RegExp | undefined;
  return {
    ...options,
    get re() {
      return (re ??= new RegExp(source() + (typeof rest === 'string' ? rest : rest())));
    },
  } as C;
}

/**
 * A pattern of a file's own (a context, a list of words) kept in cues.txt, built as
 * packedCue's: `before` (a word boundary unless told), the section's lines joined by "|"
 * in a group, then `rest`. Until its first use it stands in for the RegExp it will be (a
 * proxy that builds it on the first read of any property), so that code and tests read
 * it as any other pattern.
 */
export function packedRegExp(name: string, rest = '', flags = '', before = '\\b'): RegExp {
  let re: RegExp | undefined;
  const real = () =>
    (re ??= new RegExp(`${before}(?:${packedPieces(name).join('|')})${rest}`, flags));
  // Its methods, bound to the pattern once each (`test`, `exec`, `[Symbol.replace]`…).
  const methods = new Map<PropertyKey, unknown>();
  return new Proxy(/(?:)/, {
    get(_, key) {
      const value: unknown = Reflect.get(real(), key);
      if (typeof value !== 'function') return value;
      let method = methods.get(key);
      if (!method) methods.set(key, (method = value.bind(real())));
      return method;
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
  });
}

/** Signs that add up, each its own cue of weight 1 (two of them make a category count). */
export const signs = (...pieces: string[]): Cue[] =>
  pieces.map((piece) => ({ re: any(piece), weight: 1 }));

/**
 * Signs kept in cues.txt, one a line, as `signs()` would make them of the section's lines.
 * `count` says how many, so that the list has its length before the section is read
 * (checked when it is).
 */
export function packedSigns(name: string, count: number): Cue[] {
  return Array.from({ length: count }, (_, i) => {
    let re: RegExp | undefined;
    return {
      weight: 1,
      get re() {
        if (re) return re;
        const pieces = packedPieces(name);
        if (pieces.length !== count) throw new Error(`cues.txt: [${name}] has not ${count} lines`);
        return (re = any(pieces[i]));
      },
    };
  });
}

// Each list's preparation (its gates read, its patterns compiled), so that a page can
// run them one at a time when idle (`warmUpSteps()` in lib/detect).
const preparations: Array<() => void> = [];

/** One step per list of patterns: reads its gates and compiles its patterns. */
export function warmUpScans(): ReadonlyArray<() => void> {
  return preparations;
}

/**
 * Scans a text for a list's patterns as one alternation of them would (`a|b|c`, global):
 * leftmost match first, the earlier pattern where two start together, the next search
 * after the end of a match. `found` gets the index of the pattern and where it matched.
 * Patterns whose gate (`gate.ts`) the text does not open cannot match and are not run,
 * so a sentence usually costs a few short scans instead of one over every pattern.
 * The patterns may come as a function, called on the first scan (or warm-up step).
 */
export function combine(
  patterns: readonly RegExp[] | (() => readonly RegExp[]),
): (text: string, found: (index: number, at: number) => void) => void {
  let scans: Array<[RegExp, number]> | undefined;
  // The same, in two lists read in the loop below: the patterns, their gates.
  let res: RegExp[] = [];
  let gates = new Int32Array(0);
  const prepare = () => {
    if (scans) return scans;
    const list = typeof patterns === 'function' ? patterns() : patterns;
    scans = list.map((re) => [new RegExp(re.source, 'g'), gateFor(re.source)]);
    res = scans.map(([re]) => re);
    gates = Int32Array.from(scans, ([, gate]) => gate);
    return scans;
  };
  // Twice: the engine interprets a pattern's first run and compiles it for the next.
  preparations.push(() =>
    prepare().forEach(([re]) => [0, 0].forEach(() => re.exec('je suis là, call me now'))),
  );
  return (text, found) => {
    prepare();
    const open = openGates(text);
    // Each pattern's next match from where the scan stands (none when its gate is shut);
    // no list at all while none matches (most sentences, most lists).
    let next: Array<RegExpExecArray | null> | undefined;
    for (let k = 0; k < res.length; k++) {
      if (gates[k] >= 0 && !isOpen(open, gates[k])) continue;
      res[k].lastIndex = 0;
      const m = res[k].exec(text);
      if (m) (next ??= res.map(() => null))[k] = m;
    }
    if (!next) return;
    for (;;) {
      let first = -1;
      for (let k = 0; k < next.length; k++) {
        const m = next[k];
        if (m && (first < 0 || m.index < next[first]!.index)) first = k;
      }
      if (first < 0) return;
      const { index, 0: match } = next[first]!;
      found(first, index);
      // The scan goes on from the end of the match (one step on after an empty one).
      const end = index + (match.length || 1);
      for (let k = 0; k < next.length; k++) {
        const m = next[k];
        if (m && m.index < end) {
          res[k].lastIndex = end;
          next[k] = res[k].exec(text);
        }
      }
    }
  };
}
