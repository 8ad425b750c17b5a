import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import { TOOLS } from '../lexicon/not-names.ts';
import { ORG_TRIGGERS } from '../lexicon/organizations.ts';
import { wordList } from '../lexicon/word-lists.ts';
import type { Candidate } from '../types.ts';
import { employerBefore } from './lower-case-orgs.ts';

// A company named with its domain: "une offre de Vinted.fr", "signed with globex.com".
// Caught whole, not only the part before the dot. Public sites (news, public services,
// job boards) are places people read, not employers.
const TLDS = '(?:co\\.uk|com|fr|net|org|io|eu|co|de|be|ch|uk|es|it|ai|app)';
const DOMAIN = new RegExp(
  `(?<![\\p{L}\\d@./\\\\-])([\\p{L}\\d][\\p{L}\\d-]{1,40})\\.${TLDS}(?![\\p{L}\\d@/\\\\-]|\\.[\\p{L}\\d])`,
  'gu',
);
// A cheap test first: most sentences have a dot, few have one before a domain's ending.
const MAY_HOLD_DOMAIN = new RegExp(`\\.${TLDS}`);
const PUBLIC = wordList('public-domains');
const CUE_BEFORE = /(?:^|\s)(?:avec|with|de|from|chez|pour|for|at|par|by)\s+$/i;
// "applied to", "via", "check out", "le site c'est", "is": a domain named, unless its name
// is a word ("c'est bon.fr").
const WEAK_CUE_BEFORE = /(?:^|\s)(?:to|via|out|cest|c'est|is)\s+$/i;

// "je commande sur wurth.fr": in lower case without a cue, a name no dictionary has, with
// an ending that is no word (".de", ".it", ".co" end sentences typed without a space).
const PLAIN_TLD = /\.(?:com|fr|net|org|io|eu)$/;
const plainDomain = (domain: string, key: string, isWord: boolean): boolean =>
  PLAIN_TLD.test(domain) &&
  key.length >= 3 &&
  !isWord &&
  // "va sur canva.com": a tool's site, not an employer.
  !TOOLS.has(key);

export function findCompanyDomains(text: string): Candidate[] {
  if (!MAY_HOLD_DOMAIN.test(text)) return [];
  const found: Candidate[] = [];
  DOMAIN.lastIndex = 0;
  for (let m = DOMAIN.exec(text); m; m = DOMAIN.exec(text)) {
    const label = m[1];
    if (PUBLIC.has(label.toLowerCase()) || /^\d+$/.test(label)) continue;
    const before = text.slice(Math.max(0, m.index - 50), m.index);
    // Folded as the word lists are: "la société globex.com" is "societe".
    const word = /(\p{L}+)\s+$/u.exec(before)?.[1];
    const previous = word === undefined ? undefined : fold(word);
    const key = fold(label);
    const isWord = gazetteer().commonWords.has(key);
    const cue =
      CUE_BEFORE.test(before) ||
      (WEAK_CUE_BEFORE.test(before) && !isWord) ||
      employerBefore(before, previous ?? '') ||
      (previous !== undefined && ORG_TRIGGERS.has(previous));
    // "zapwise.com ghosted me": a domain that opens a sentence is its subject.
    const opensSentence = /(?:^|[.!?:\n]\s*)$/.test(before);
    if (!cue && !/^\p{Lu}/u.test(label) && !opensSentence && !plainDomain(m[0], key, isWord))
      continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'ORG',
      score: 0.8,
      reason: 'entreprise (avec son nom de domaine)',
      reasonEn: 'company (with its domain name)',
    });
  }
  return found;
}
