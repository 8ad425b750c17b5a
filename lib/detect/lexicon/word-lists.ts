import { gazetteer } from '../gazetteer.ts';
import { words } from './words.ts';

/** What the lexicons' lists are used for: a word is in it or not. */
export interface WordList {
  has(key: string): boolean;
}

let lists: Map<string, Set<string>> | undefined;

function read(name: string): Set<string> {
  lists ??= new Map(
    gazetteer()
      .wordLists.split('\n')
      .map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon), words(line.slice(colon + 1))];
      }),
  );
  return lists.get(name)!;
}

/** A list of lexicon/*.txt ("name: words"), shipped deflated inside the gazetteer and
 * read on first use, when the gazetteer is inflated anyway. */
export function wordList(name: string): WordList {
  let set: Set<string> | undefined;
  return { has: (key) => (set ??= read(name)).has(key) };
}

/** A word in any of the lists. */
export function anyOf(...lists: WordList[]): WordList {
  // A plain loop: asked at nearly every word, and `some` would make a closure each time.
  return {
    has: (key) => {
      for (const list of lists) if (list.has(key)) return true;
      return false;
    },
  };
}

/** A pattern of lexicon/patterns.txt: its alternatives ("_" for a space) joined by "|". */
export function patternOf(name: string): string {
  const line = gazetteer()
    .wordLists.split('\n')
    .find((l) => l.startsWith(`${name}:`));
  if (!line) throw new Error(`patterns.txt: no ${name}`);
  return line
    .slice(name.length + 1)
    .trim()
    .split(/\s+/)
    .map((piece) => piece.replace(/_/g, ' '))
    .join('|');
}

/** A pattern's source with each {name} replaced by patterns.txt's (and theirs in turn). */
export function expandPatterns(source: string): string {
  let full = source;
  while (/\{[a-z-]+\}/.test(full)) full = full.replace(/\{([a-z-]+)\}/g, (_, n) => patternOf(n));
  return full;
}

/** What the recognizers ask of a pattern kept in patterns.txt. */
export interface PatternsRegExp {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** A pattern whose pieces, written {name}, are patterns.txt's (and theirs in turn): built on
 * first use. */
export function patternsRegExp(source: string, flags = ''): PatternsRegExp {
  let re: RegExp | undefined;
  const get = (): RegExp => (re ??= new RegExp(expandPatterns(source), flags));
  return { test: (text) => get().test(text), exec: (text) => get().exec(text) };
}
