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
  /** 2: says it alone; 1: a sign that needs another. */
  weight: 1 | 2;
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
}

export interface Recogniser {
  category: DistressCategory;
  cues: readonly Cue[];
}

// A negation in the few words before a cue, in the same clause ("je n'ai jamais pensé
// au suicide", "I'm not thinking of hurting myself", "non je bois pas pour oublier").
const NEGATION =
  /(?<!une )\bpersonne\b|\b(?:pas|jamais|aucune?|sans|non|not|never|no|nobody|dont|doesnt|didnt|wont|isnt|havent|hasnt|arent|wasnt|without)\b/;
// "je sais pas si…", "I don't know how…" do not deny what follows.
const KNOW_NOT =
  /\b(?:sais pas|sait pas|dont know|not sure|dont (?:really |even )?see|cant see|vois (?:pas|plus)|see no|wouldnt be the worst|(?:deplairait|derangerait|generait|deplait|derange) (?:pas|plus)|wouldnt mind|wouldnt hate|dont care|do not care|dont even care)\b/g;
const CLAUSE_BREAK = /[,.;:!?()\n]|\b(?:mais|but|et|and|car|because|parce que)\b/g;

export function negatedBefore(text: string, index: number): boolean {
  let start = 0;
  const before = text.slice(Math.max(0, index - 60), index);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before))
    start = m.index + m[0].length;
  const words = before.slice(start).replace(KNOW_NOT, ' ').trim().split(' ').slice(-4).join(' ');
  return NEGATION.test(words);
}

// A medicine forgotten, skipped or run out of ("forgot to take my meds", "j'ai sauté ma
// dose"): an omission, not a misuse.
const OMITTED =
  /\b(?:forg[eo]t\w*|missed|skipp\w*|r[au]n(?:ning)? out of|oubli\w*|saute|zappe)\b(?: \S+){0,3} $/;

export function omittedBefore(text: string, index: number): boolean {
  return OMITTED.test(text.slice(Math.max(0, index - 40), index));
}

/** Short helper: one alternation from a list of pattern pieces, word-bounded. */
export function any(...pieces: string[]): RegExp {
  return new RegExp(`\\b(?:${pieces.join('|')})`);
}

/**
 * How many capturing groups a pattern has, read from its source: running each of several
 * hundred patterns once to count them would compile every one when the page loads.
 */
export function groupCount(source: string): number {
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') {
      // "(x)" and named "(?<name>x)" capture; "(?:", "(?=", "(?!", "(?<=", "(?<!" do not.
      const named = source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!';
      if (source[i + 1] !== '?' || named) count++;
    }
  }
  return count;
}

// Every combined pattern, so that a page can compile them one at a time when idle
// (`warmUpSteps()` in lib/detect): together they take a quarter of a second.
const combinedPatterns: RegExp[] = [];

/** The combined patterns built so far, each compiled on its first run. */
export function allCombined(): readonly RegExp[] {
  return combinedPatterns;
}

/**
 * All of a list's patterns in one global pattern, so that a sentence is scanned once per
 * list rather than once per pattern: `find` calls back with the index of each pattern
 * that matches, and where.
 */
export function combine(
  patterns: readonly RegExp[],
): (text: string, found: (index: number, at: number) => void) => void {
  const groupOf: number[] = [];
  let group = 1;
  for (const re of patterns) {
    groupOf.push(group);
    group += 1 + groupCount(re.source);
  }
  const all = new RegExp(patterns.map((re) => `(${re.source})`).join('|'), 'g');
  combinedPatterns.push(all);
  return (text, found) => {
    all.lastIndex = 0;
    for (let m = all.exec(text); m; m = all.exec(text)) {
      const index = groupOf.findIndex((g) => m[g] !== undefined);
      if (index >= 0) found(index, m.index);
      // A match may be empty; step on so the scan ends.
      if (m[0].length === 0) all.lastIndex++;
    }
  };
}
