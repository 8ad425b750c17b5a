// A cheap test before a costly pattern: the strings, read from the pattern's own source,
// one of which every match must contain. A sentence that holds none of them cannot match,
// so the pattern is not run on it. Read from the source when the pattern is first used,
// so the test follows the patterns as they change; whatever this reader is unsure of
// (a class, an escape other than a punctuation mark) may match anything.

/**
 * What a part of a pattern matches: `[true, strings]` exactly one of a few strings (""
 * for an assertion); `[false, strings]` something holding one of them; `[false, null]`
 * anything.
 */
type Part = [boolean, string[] | null];

// Beyond this many, the strings a part matches exactly are no longer spelled out.
const FEW = 24;
// An escape, a class, a group's opening, a closing or a bar, a quantifier, plain
// characters not repeated, any other character.
const TOKEN =
  /\\.|\[(?:\\.|[^\]\\])*\]|\((?:\?(?:<?[=!]|:|<\w+>))?|[)|]|(?:[*+?]|\{\d+(?:,\d*)?\})\??|(?:[^\\[(){|)*+?^$.](?![*+?{]))+|./g;

const shortest = (s: string[] | null) => (s ? Math.min(...s.map((x) => x.length)) : 0);
// What a part asks of the text: one of its strings ("" asks for nothing).
const needs = ([, s]: Part) => (s?.includes('') ? null : s);
// The stricter of two needs: the longer shortest string, then fewer strings.
const stricter = (a: string[] | null, b: string[] | null) =>
  shortest(b) > shortest(a) || (b && shortest(b) === shortest(a) && b.length < a!.length) ? b : a;

/**
 * What every match of a pattern (used without flags) must contain: literal strings of
 * three characters or more, one of which is in the match; null when there is no such test.
 */
export function requiredStrings(source: string): string[] | null {
  // Escapes that spell one character with several (\x41, \u00e9, \1) are not read here.
  if (/\\[xuck\d]/.test(source)) return null;
  const tokens = source.match(TOKEN)!;
  let t = 0;

  function part(): Part {
    const token = tokens[t++];
    let p: Part = [true, [token.at(-1)!]];
    if (token[0] === '(') {
      p = alternatives();
      // A lookaround consumes nothing.
      if (tokens[t++] && /^\(\?<?[=!]/.test(token)) p = [true, ['']];
    } else if (/^(?:\\[bB]|\^|\$)$/.test(token)) p = [true, ['']];
    else if (/^(?:\\\w|\[|\.)/.test(token)) p = [false, null];
    else if (token[0] !== '\\') p = [true, [token]];
    const q = /^(?:[*+?]|\{(\d+))/.exec(tokens[t]);
    if (!q) return p;
    t++;
    if (q[0] === '?' && p[0]) return [true, ['', ...p[1]!]];
    return [false, q[0] === '+' || +q[1] ? needs(p) : null];
  }

  // A run of exact parts is joined while its combinations are few; otherwise the
  // strictest stretch stands for the whole sequence.
  function sequence(): Part {
    let run = [''];
    let best: string[] | null = null;
    let exact = true;
    while (t < tokens.length && !/^[|)]$/.test(tokens[t])) {
      const [isExact, s] = part();
      if (isExact && run.length * s!.length <= FEW) run = run.flatMap((a) => s!.map((b) => a + b));
      else {
        exact = false;
        best = stricter(stricter(best, needs([true, run])), needs([isExact, s]));
        run = isExact ? s! : [''];
      }
    }
    return exact ? [true, run] : [false, stricter(best, needs([true, run]))];
  }

  function alternatives(): Part {
    const all = [sequence()];
    while (tokens[t] === '|' && ++t) all.push(sequence());
    const strings = all.flatMap(([, s]) => s ?? []);
    if (all.every(([isExact]) => isExact) && strings.length <= FEW) return [true, strings];
    return [false, all.every(needs) ? (all.flatMap(needs) as string[]) : null];
  }

  const found = needs(alternatives());
  return t === tokens.length && shortest(found) > 2 ? found : null;
}

// Every test's strings of four characters or more, each filed under the four of its
// characters least likely in a sentence, so that one pass over a sentence, looking at
// few strings at each place, finds all the tests it passes: four letters inside the
// longest word (long words are rare ones; "pour" is everywhere, "calmer" is not), then
// letters rare in French and English. Strings of three are few: looked for directly.
const COMMON = ' esaitnrulodcmpvqfbghjxyzwk';
const rarity = (s: string, at: number) => {
  const four = s.slice(at, at + 4);
  const before = s.slice(0, at).split(' ').pop()!;
  let r = four.includes(' ') ? 0 : (before + s.slice(at).split(' ')[0]).length * 1e3;
  for (const c of four) r += COMMON.indexOf(c) >>> 0;
  return r;
};
// Four characters as a number, as `openGates` rolls it along a sentence.
const FOUR = 0xfffffff;
const key = (s: string, at: number) => {
  let h = 0;
  for (let k = at; k < at + 4; k++) h = ((h << 7) ^ s.charCodeAt(k)) & FOUR;
  return h;
};
// The strings filed under each key, in an open-addressing table of typed arrays: most
// places of a sentence hold no key, and one probe of the table says so faster than a Map.
interface Filed {
  string: string;
  gate: number;
  /** Where in the string its key starts. */
  at: number;
  /** Its first and last characters, compared before the whole string. */
  first: number;
  last: number;
}
let slots = new Int32Array(1 << 12); // key + 1 in each used slot, 0 in a free one
let lists: Filed[][] = [];
let keys = 0;
// A key's slot: the high bits of its product with an odd constant (Knuth's multiplicative
// hashing; the low bits would only tell the last character), then the next free or its own.
const slotOf = (table: Int32Array, h: number) => {
  const mask = table.length - 1;
  let slot = Math.imul(h, 0x9e3779b1) >>> (Math.clz32(table.length) + 1);
  while (table[slot] !== 0 && table[slot] !== h + 1) slot = (slot + 1) & mask;
  return slot;
};
function file(h: number, entry: Filed): void {
  let slot = slotOf(slots, h);
  if (slots[slot] === 0) {
    // Kept at most a quarter full, so that a probe usually ends at its first slot.
    if (++keys * 4 > slots.length) {
      const old = slots;
      const oldLists = lists;
      slots = new Int32Array(old.length * 2);
      lists = [];
      old.forEach((used, from) => {
        if (used === 0) return;
        const to = slotOf(slots, used - 1);
        slots[to] = used;
        lists[to] = oldLists[from];
      });
      slot = slotOf(slots, h);
    }
    slots[slot] = h + 1;
    lists[slot] = [];
  }
  lists[slot].push(entry);
}
// Strings of three characters, each with the tests that need it: few, looked for directly.
const short = new Map<string, number[]>();
let gates = 0;

/**
 * The tests a text passes, one bit per test (`isOpen`): a few words, which the engine
 * allocates far faster than one byte per test.
 */
export type OpenGates = Int32Array;
export const isOpen = (open: OpenGates, gate: number): boolean =>
  (open[gate >> 5] & (1 << (gate & 31))) !== 0;

// The gates of the last few texts, most recent last: a sentence is asked about again
// between questions about its parts, and must not be read again each time.
const recent = new Map<string, OpenGates>();
const RECENT_TEXTS = 8;
// How long a text may be for its parts to be looked for in it, rather than read: the
// search costs less than the reading up to well beyond a sentence's length, and the limit
// keeps a long text cut in many parts linear.
const PART_OF = 2000;
// The most recent of them, looked at first: most questions are about the same text.
let lastText: string | undefined;
let lastOpen: OpenGates | undefined;

/** A test for a pattern: its number, or -1 when the pattern must always run. */
export function gateFor(source: string): number {
  const strings = requiredStrings(source);
  for (const s of strings ?? []) {
    let at = 0;
    for (let k = 1; k + 4 <= s.length; k++) if (rarity(s, k) > rarity(s, at)) at = k;
    if (s.length < 4) short.set(s, [...(short.get(s) ?? []), gates]);
    else
      file(key(s, at), {
        string: s,
        gate: gates,
        at,
        first: s.charCodeAt(0),
        last: s.charCodeAt(s.length - 1),
      });
  }
  recent.clear();
  lastText = lastOpen = undefined;
  return strings ? gates++ : -1;
}

/** The tests a text passes; worked out once per text. */
export function openGates(text: string): OpenGates {
  if (text === lastText) return lastOpen!;
  // A part of the text just read (a clause, read on its own after its sentence) holds no
  // string the whole did not: the whole's tests serve, a few more open than need be.
  if (lastText && lastText.length <= PART_OF && lastText.includes(text)) return lastOpen!;
  let open = recent.get(text);
  if (open) {
    recent.delete(text);
  } else {
    open = new Int32Array((gates + 31) >> 5);
    for (const [s, needing] of short)
      if (text.includes(s)) for (const gate of needing) open[gate >> 5] |= 1 << (gate & 31);
    for (let at = 0, h = 0; at < text.length; at++) {
      h = ((h << 7) ^ text.charCodeAt(at)) & FOUR;
      if (at < 3) continue;
      const slot = slotOf(slots, h);
      if (slots[slot] === 0) continue;
      // The string was filed under its characters from `entry.at`: it would start at `from`.
      for (const entry of lists[slot]) {
        const from = at - 3 - entry.at;
        if (
          !isOpen(open, entry.gate) &&
          text.charCodeAt(from) === entry.first &&
          text.charCodeAt(from + entry.string.length - 1) === entry.last &&
          text.startsWith(entry.string, from)
        )
          open[entry.gate >> 5] |= 1 << (entry.gate & 31);
      }
    }
    if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
  }
  recent.set(text, open);
  lastText = text;
  lastOpen = open;
  return open;
}

const gateOf = new Map<RegExp, number>();

/**
 * Whether a pattern can match a text, by its gate: false only when it cannot, so that
 * `mayMatch(re, text) && re.test(text)` is `re.test(text)` without running the pattern
 * on most texts. Patterns with flags always may (the reader knows patterns without).
 */
export function mayMatch(re: RegExp, text: string): boolean {
  let gate = gateOf.get(re);
  if (gate === undefined) gateOf.set(re, (gate = re.flags ? -1 : gateFor(re.source)));
  return gate < 0 || isOpen(openGates(text), gate);
}
