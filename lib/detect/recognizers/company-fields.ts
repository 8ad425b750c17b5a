// Companies named by the field they are pasted from or by a legal form typed in lower
// case: "Employer: Aramark Ireland · Location: Dublin", "Établissement : Le Dragon de
// Tolbiac", "Client: Bouygues Immobilier / Site: …"; "i start with sparkle clean ltd
// monday", "bosse chez nettoyage pro sarl".
import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import { MONTHS_AND_DAYS } from '../lexicon/not-names.ts';
import { ORG_HEADS } from '../lexicon/organizations.ts';
import { anyOf, wordList } from '../lexicon/word-lists.ts';
import { tokenize } from '../tokenize.ts';
import type { Candidate } from '../types.ts';
import { VERB_ENDING } from './lower-case-names.ts';
import { SECTOR_TAILS } from './lower-case-orgs.ts';

// A field's label, as job offers, payslips and records print it (capitalised).
const LABEL =
  /(?:^|[\s(·|/,;])(?:[EeÉé]mploy(?:er|eur)|Company|Entreprise|Soci[ée]t[ée]|[ÉE]tablissement|Cliente?|Fournisseur|Supplier|Prestataire|Agen(?:ce|cy)|Enseigne|Organi[sz]ation|Structure|Raison sociale) ?: ?/gu;
// Legal forms typed in lower case after the name; words that cannot be part of it.
const FORMS = wordList('forms');
const NAME_ADJECTIVES = wordList('name-adjectives');
const NOT_NAME = wordList('not-name');
// Grammar, time words, pronouns and verbs: the sentence goes on before the name.
const FORM_STOPS = wordList('form-stops');
// "client acme ltd", "our supplier kradex gmbh": the role introduces the company.
const ROLES_BEFORE = wordList('apposed-roles');

const found = (start: number, end: number, field: boolean): Candidate => ({
  start,
  end,
  type: 'ORG',
  score: 0.8,
  reason: field ? 'entreprise (champ renseigné)' : 'entreprise (forme juridique)',
  reasonEn: field ? 'company (labelled field)' : 'company (legal form)',
});

// Head nouns that open a company's name ("transports girard sarl", "groupe kradex sas").
const HEADS = anyOf(ORG_HEADS, wordList('lower-case-heads'));
// A word of the language or of a trade ("cleaning", "builders"): it may follow a common
// word inside a company's name ("green leaf cleaning ltd").
const plainWord = (key: string): boolean =>
  gazetteer().commonWords.has(key) || SECTOR_TAILS.has(key) || /ing$/.test(key);

// A signature: a name, a post, then the company, set apart by bars, slashes, dashes or
// commas ("Claire Roux / Négociatrice immobilier / Orpi Biarritz / Tél …", "Regards,
// Dana Kerr, Practice Manager, Riverside Dental Care"). The post holds a word of
// `signature-posts`; the company after it opens with a capital or a digit.
const SIGNATURE_PART = /[^|/,–—·\n]+/gu;
const SIGNATURE_POSTS = wordList('signature-posts');
// What opens a contact's line, not a company: "Tél", "Email", "Mob", "www".
const CONTACT_WORDS = wordList('contact-words');

/** Companies after a post in a signature. */
function signatureCompanies(text: string, out: Candidate[]): void {
  const g = gazetteer();
  const parts = [...text.matchAll(SIGNATURE_PART)]
    .map((m) => {
      const lead = /^[\s-]*/.exec(m[0])![0].length;
      const value = m[0].slice(lead).replace(/[\s.;:-]+$/u, '');
      return { start: m.index + lead, value, keys: undefined as string[] | undefined };
    })
    .filter((p) => p.value);
  // A part's words are folded only when its capitals let it be a post or a company.
  const keysOf = (p: (typeof parts)[number]) =>
    (p.keys ??= fold(p.value.toLowerCase()).split(/[^a-z0-9&+]+/));
  for (let i = 1; i + 1 < parts.length; i++) {
    const post = parts[i];
    const company = parts[i + 1];
    // Separators only: nothing but a bar, a slash, a dash or a comma between the parts.
    if (
      !/\p{Lu}/u.test(parts[i - 1].value) ||
      !/^[\p{Lu}\d]/u.test(company.value) ||
      keysOf(post).length > 5 ||
      /[\d@:]/.test(post.value) ||
      !keysOf(post).some((k) => SIGNATURE_POSTS.has(k)) ||
      keysOf(company).length > 7 ||
      /[@:]/.test(company.value) ||
      CONTACT_WORDS.has(keysOf(company)[0]) ||
      MONTHS_AND_DAYS.has(keysOf(company)[0]) ||
      // "Julie, manager, Paris": where one works; "Lead, Karim Benali": a person.
      keysOf(company).every((k) => g.places.has(k)) ||
      g.strongFirstNames.has(keysOf(company)[0]) ||
      !/^[\s\n|/,–—·-]*$/.test(text.slice(post.start + post.value.length, company.start))
    )
      continue;
    // The company one works for, as the post before it says.
    out.push({
      ...found(company.start, company.start + company.value.length, true),
      reason: 'employeur',
      reasonEn: 'employer',
    });
  }
}

/** Companies named in a labelled field or by a legal form typed in lower case. */
export function findCompanyFields(text: string): Candidate[] {
  const out: Candidate[] = [];
  const g = gazetteer();
  if (/[|/,–—·]/.test(text)) signatureCompanies(text, out);
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
  if (/\b(?:ltd|llc|llp|plc|inc|lt[ée]e|limit[ée]e|gmbh|sarl|sas|sasu|eurl|selarl)\b/i.test(text)) {
    const tokens = tokenize(text);
    for (let i = 1; i < tokens.length; i++) {
      // "atelier vauclair SARL": the form in capitals after a name in lower case.
      const shouted = tokens[i].allCaps && !tokens[i - 1].capitalised;
      if ((tokens[i].capitalised && !shouted) || !FORMS.has(tokens[i].key)) continue;
      // Up to three words before it, joined by spaces, back to a word of the sentence
      // around it: grammar, a time word, a pronoun or a verb ("my cousin runs kradex
      // gmbh", "today kradex ltd"), or a common word before a word no dictionary has
      // ("he set up vexaro ltd"; "sparkle clean ltd", "nettoyage pro sarl" stay whole).
      let k = i;
      while (
        k > i - 3 &&
        k > 0 &&
        tokens[k].gap === ' ' &&
        !NOT_NAME.has(tokens[k - 1].key) &&
        !FORM_STOPS.has(tokens[k - 1].key) &&
        !ROLES_BEFORE.has(tokens[k - 1].key) &&
        !MONTHS_AND_DAYS.has(tokens[k - 1].key) &&
        !/^\p{L}{3,}ed$/u.test(tokens[k - 1].key) &&
        !(
          k < i &&
          g.commonWords.has(tokens[k - 1].key) &&
          !plainWord(tokens[k].key) &&
          !HEADS.has(tokens[k - 1].key) &&
          // "soins bon samaritain inc": an adjective that names.
          !NAME_ADJECTIVES.has(tokens[k - 1].key)
        )
      )
        k--;
      if (k < i) out.push(found(tokens[k].start, tokens[i].end, false));
    }
  }
  return out;
}
