import { fold } from '../fold.ts';
import { gazetteer } from '../gazetteer.ts';
import type { Candidate } from '../types.ts';
import { VERB_ENDING } from './lower-case-names.ts';
import { wordList } from '../lexicon/word-lists.ts';

// E-mail addresses written so that robots miss them, or spelled out on a phone:
// nom(at)domaine.fr, nom[at]domaine.fr, nom @ domaine.fr, j.okafor at gmail dot com,
// prenom point nom arobase domaine point fr.
const MARKER =
  /(?:\s?(?:\(at\)|\[at\]|\{at\}|<at>|\(arobase\)|\[arobase\])\s?|\s(?:at|arobase|arobas)\s|\s@\s?|@\s)/giu;
const LOCAL_CHAR = /[\p{L}\p{N}_%+-]/u;
const LABEL = /[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?/iy;
// A dot, written or spoken.
const DOT = /(?:\.|\s?[([]dot[)\]]\s?|\s(?:point|dot)\s)/iy;
// Said, not bracketed: "(dot)" is as plain as ".", " point " could be a word.
const SPOKEN_DOT = /^\s(?:point|dot)\s$/i;
const COMMON_TLDS = new Set(
  'fr com net org eu io co uk de be ch lu ca info biz me app dev ma tn dz sn ci cm re gp mq nc pf es it pt nl ie us'.split(
    ' ',
  ),
);
const MAIL_PROVIDERS = new Set(
  'gmail googlemail yahoo hotmail outlook live msn icloud me orange wanadoo free sfr laposte neuf bbox aol proton protonmail gmx yopmail'.split(
    ' ',
  ),
);

// A dot between the words of the local part, said or bracketed ("sarah [dot] lee [at] …").
const DOT_BEFORE = /(?:\s(?:point|dot)\s|\s?[([{]dot[)\]}]\s?)$/i;

// Words that point at a handle or a site ("dm @acme.fr", "chez @cabinet.fr") and that the
// common-word list leaves out (too short, or told by their ending elsewhere).
const HANDLE_WORDS = wordList('handle-words');
// Mailbox names that are also words: before an @, they are the address's.
const MAILBOX_WORDS = wordList('mailbox-words');

/** "voir @cabinet.fr", "suivez @acme.fr sur insta": an @ set apart from the word before it
 * and stuck to what follows starts a handle or names a site, and an ordinary word before
 * it is the sentence's. A local part kept apart is a name, a mailbox ("contact"), or has
 * what only an address has (dots, digits). Spaced on both sides ("contact @ acme.fr"),
 * the @ is an address written to get past robots. */
function sentenceWordBefore(local: string): boolean {
  if (/[._%+\d-]/.test(local)) return false;
  const key = fold(local);
  const g = gazetteer();
  if (
    MAILBOX_WORDS.has(key) ||
    g.strongFirstNames.has(key) ||
    g.ambiguousFirstNames.has(key) ||
    g.surnames.has(key) ||
    g.ambiguousSurnames.has(key)
  )
    return false;
  return HANDLE_WORDS.has(key) || g.commonWords.has(key) || VERB_ENDING.test(key);
}

/** Start of the run of address characters that ends at `end`. */
function wordStart(text: string, end: number): number {
  let p = end;
  while (p > 0 && end - p < 64 && (LOCAL_CHAR.test(text[p - 1]) || text[p - 1] === '.')) p--;
  while (p < end && text[p] === '.') p++;
  return p;
}

/** Start of the local part that ends at `end`: words joined by dots, written, spoken or
 * bracketed ("prenom point nom", "prenom[dot]nom"), at most four. */
function localStart(text: string, end: number): number {
  let start = wordStart(text, end);
  for (let words = 1; start < end && words < 4; words++) {
    const spoken = DOT_BEFORE.exec(text.slice(Math.max(0, start - 7), start));
    if (!spoken) break;
    const dot = start - spoken[0].length;
    const before = wordStart(text, dot);
    if (before === dot) break;
    start = before;
  }
  return start;
}

export function findSpelledEmails(text: string): Candidate[] {
  const found: Candidate[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const marker = m[0].trim().toLowerCase();
    const start = localStart(text, m.index);
    if (start === m.index) continue;
    // The domain: labels joined by dots, at least two.
    let pos = m.index + m[0].length;
    const labels: string[] = [];
    let spoken = false;
    let end = pos;
    for (;;) {
      LABEL.lastIndex = pos;
      const label = LABEL.exec(text);
      if (!label) break;
      labels.push(label[0].toLowerCase());
      end = pos = pos + label[0].length;
      DOT.lastIndex = pos;
      const dot = DOT.exec(text);
      if (!dot) break;
      LABEL.lastIndex = pos + dot[0].length;
      if (!LABEL.test(text)) break;
      spoken ||= SPOKEN_DOT.test(dot[0]);
      pos += dot[0].length;
    }
    if (labels.length < 2) continue;
    const tld = labels[labels.length - 1];
    if (!/^[a-z]{2,24}$/.test(tld)) continue;
    if (spoken && !COMMON_TLDS.has(tld)) continue;
    const local = text.slice(start, m.index);
    // "at" is also an English preposition: it needs a local part or a domain that
    // only an address has.
    if (marker === 'at' && !/[._\d-]/.test(local) && !spoken && !MAIL_PROVIDERS.has(labels[0]))
      continue;
    if (marker === '@' && /^\s@$/.test(m[0]) && sentenceWordBefore(local)) continue;
    found.push({
      start,
      end,
      type: 'EMAIL',
      score: 0.9,
      reason: 'adresse e-mail (écrite en toutes lettres)',
      reasonEn: 'email address (spelled out)',
    });
    MARKER.lastIndex = Math.max(MARKER.lastIndex, end);
  }
  return found;
}
