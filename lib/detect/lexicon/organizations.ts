import { gazetteer } from '../gazetteer.ts';
import { wordList } from './word-lists.ts';

// Well-known companies: lexicon/known-organizations.txt, shipped inside the packed gazetteer.
export interface KnownOrg {
  /** Accent-folded lower-case tokens. */
  tokens: string[];
  commonWord: boolean;
}

// Words as the tokenizer reads them: "H&M", "Kuehne+Nagel", "E.Leclerc" are several words
// joined by a sign.
const ORG_TOKEN = /[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)*/gu;

export function orgTokens(name: string, foldFn: (s: string) => string): string[] {
  return [...foldFn(name).matchAll(ORG_TOKEN)].map((m) => m[0]);
}

export function knownOrganizations(foldFn: (s: string) => string): Map<string, KnownOrg[]> {
  const byFirst = new Map<string, KnownOrg[]>();
  // The list (known-organizations.txt) ships deflated in the gazetteer.
  for (const entry of gazetteer().knownOrganizations.split(/[|\n]/)) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const commonWord = trimmed.endsWith('*');
    const tokens = orgTokens(trimmed.replace(/\*$/, ''), foldFn);
    if (tokens.length === 0) continue;
    const list = byFirst.get(tokens[0]) ?? [];
    list.push({ tokens, commonWord });
    byFirst.set(tokens[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
}

/** Words after which a name is an employer, client or supplier. */
export const ORG_TRIGGERS = wordList('org-triggers');

/** First words of a company's own name ("Cabinet Prévost", "Ateliers du Vercors"). */
export const ORG_HEADS = wordList('org-heads');

/** Sector nouns that end an English company's name ("Kestrel Logistics", "Brightwell
 * Health", "Apple Tree Bakery"). */
export const ORG_TAILS = wordList('org-tails');

/** Legal forms that end a company name. */
export const LEGAL_FORMS = wordList('legal-forms');
