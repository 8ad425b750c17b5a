import { fold } from './fold.ts';
import { gazetteer } from './gazetteer.ts';
import type { Candidate } from './types.ts';

const LETTER = /[\p{L}\p{N}]/u;

export interface PreparedList {
  terms: string[];
}

export function prepareList(list: readonly string[] | undefined): PreparedList {
  const terms = new Set<string>();
  for (const entry of list ?? []) {
    const term = fold(String(entry)).trim().replace(/\s+/g, ' ');
    if (term.length >= 2) terms.add(term);
  }
  return { terms: [...terms] };
}

/** Watch-list names, ignoring case and accents, through elisions (d'/l') and plurals. */
export function findWatched(text: string, list: PreparedList): Candidate[] {
  if (list.terms.length === 0) return [];
  const folded = fold(text).replace(/\s/g, ' ');
  const found: Candidate[] = [];
  for (const term of list.terms) {
    const words = term.split(' ');
    const g = gazetteer();
    const isPerson =
      g.strongFirstNames.has(words[0]) ||
      g.ambiguousFirstNames.has(words[0]) ||
      g.surnames.has(words[words.length - 1]);
    let at = folded.indexOf(term);
    while (at !== -1) {
      let end = at + term.length;
      if (
        end < folded.length &&
        (folded[end] === 's' || folded[end] === 'x') &&
        !LETTER.test(folded[end + 1] ?? ' ')
      )
        end++;
      const beforeOk = at === 0 || !LETTER.test(folded[at - 1]);
      const afterOk = end >= folded.length || !LETTER.test(folded[end]);
      if (beforeOk && afterOk) {
        found.push({
          start: at,
          end,
          type: isPerson ? 'PERSON' : 'ORG',
          score: 1,
          reason: 'nom de votre liste de vigilance',
          reasonEn: 'name on your watch list',
        });
      }
      at = folded.indexOf(term, at + 1);
    }
  }
  return found;
}

/** True when a finding's text is an allowed word, or made only of allowed words. */
export function isAllowed(findingText: string, list: PreparedList): boolean {
  if (list.terms.length === 0) return false;
  const folded = fold(findingText).trim().replace(/\s+/g, ' ');
  if (list.terms.includes(folded)) return true;
  const words = folded
    .split(/[\s'.]+/)
    .filter((w) => w && !/^(?:m|mme|mlle|dr|pr|me|mr|mrs|ms|monsieur|madame)$/.test(w));
  return words.length > 0 && words.every((w) => list.terms.includes(w));
}
