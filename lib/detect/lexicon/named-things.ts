import { gazetteer } from '../gazetteer.ts';
import { words } from './words.ts';

let lists: Record<string, Set<string>> | undefined;

/** A word list of lexicon/named-things.txt, shipped deflated inside the gazetteer. */
export function namedThings(name: string): Set<string> {
  lists ??= Object.fromEntries(
    gazetteer()
      .namedThings.split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')), words(line.slice(line.indexOf(':') + 1))]),
  );
  return lists[name];
}
