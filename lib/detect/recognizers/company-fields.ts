// Companies named by the field they are pasted from or by a legal form typed in lower
// case: "Employer: Aramark Ireland · Location: Dublin", "Établissement : Le Dragon de
// Tolbiac", "Client: Bouygues Immobilier / Site: …"; "i start with sparkle clean ltd
// monday", "bosse chez nettoyage pro sarl".
import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import { wordList } from '../lexicon/word-lists.ts';
import { tokenize } from '../tokenize.ts';
import type { Candidate } from '../types.ts';
import { VERB_ENDING } from './lower-case-names.ts';

// A field's label, as job offers, payslips and records print it (capitalised).
const LABEL =
  /(?:^|[\s(·|/,;])(?:[EeÉé]mploy(?:er|eur)|Company|Entreprise|Soci[ée]t[ée]|[ÉE]tablissement|Cliente?|Fournisseur|Supplier|Prestataire|Agen(?:ce|cy)|Enseigne|Organi[sz]ation|Structure|Raison sociale) ?: ?/gu;
// Legal forms typed in lower case after the name; words that cannot be part of it.
const FORMS = wordList('forms');
const NOT_NAME = wordList('not-name');

const found = (start: number, end: number, field: boolean): Candidate => ({
  start,
  end,
  type: 'ORG',
  score: 0.8,
  reason: field ? 'entreprise (champ renseigné)' : 'entreprise (forme juridique)',
  reasonEn: field ? 'company (labelled field)' : 'company (legal form)',
});

/** Companies named in a labelled field or by a legal form typed in lower case. */
export function findCompanyFields(text: string): Candidate[] {
  const out: Candidate[] = [];
  const g = gazetteer();
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) {
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + 80);
    // The value runs to a separator or the next label ("… Location: Dublin"), six words
    // at most.
    const value = /^(?:[^\s\n·|/;,()–—]+ ?){1,6}/u
      .exec(rest.slice(0, /\s*(?:[\n·|/;,()–—]|\s-\s|$)|\s+\p{L}+ ?:/u.exec(rest)!.index))?.[0]
      .trimEnd()
      // "Employer: Calder & Finch LLP.": the sentence's full stop is not the name's.
      .replace(/[.!?…]+$/u, '');
    const lower = value?.toLowerCase().split(/[^\p{L}\d&']+/u) ?? [];
    const keys = lower.map(fold);
    // Not a person ("Client : Mme Martin", "Client: Karim Benali"), nor only common words
    // ("Client : oui", "Raison sociale : à compléter"): it starts with a capital or a
    // word no dictionary has.
    const nameLike = (k: string, i: number) =>
      k.length > 2 && !/\d/.test(k) && !g.commonWords.has(k) && !VERB_ENDING.test(lower[i]);
    if (
      value &&
      !/^(?:m|mme|mlle|mr|mrs|ms|dr|monsieur|madame)$/.test(keys[0]) &&
      !g.strongFirstNames.has(keys[0]) &&
      (/^\p{Lu}/u.test(value) || nameLike(keys[0], 0)) &&
      keys.some(nameLike)
    )
      out.push(found(start, start + value.length, true));
  }
  if (/\b(?:ltd|llc|llp|plc|inc|gmbh|sarl|sas|sasu|eurl|selarl)\b/.test(text)) {
    const tokens = tokenize(text);
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i].capitalised || !FORMS.has(tokens[i].key)) continue;
      // Up to three words before it, joined by spaces.
      let k = i;
      while (k > i - 3 && k > 0 && tokens[k].gap === ' ' && !NOT_NAME.has(tokens[k - 1].key)) k--;
      if (k < i) out.push(found(tokens[k].start, tokens[i].end, false));
    }
  }
  return out;
}
