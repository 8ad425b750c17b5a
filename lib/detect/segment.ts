import { words } from './lexicon/words.ts';

export interface Segment {
  start: number;
  text: string;
}

// Abbreviations whose dot does not end a sentence ("M. Dupont", "av. Foch", "bât. B",
// "12 r. des Lilas", "4 chem. du Puits", Swiss "ch. des Vignes 4", Quebec's "boul. René-Lévesque",
// "Rés. Les Flamboyants").
const ABBREVIATIONS = words(
  'm mm mme mlle dr pr prof me mr mrs ms st ste av bd r ch chem imp etc cf vs no n° bât bat esc appt apt boul rés rte',
);

// Days shortened in opening hours ("Sam. - Dim.", "Lun. 9h-18h", "Sat. & Sun."): their
// dot ends no sentence when a range, a time or another day follows.
export const DAYS = words(
  'lun mar mer jeu ven sam dim mon tue tues wed thu thur thurs fri sat sun',
);
const AFTER_DAY = new RegExp(
  `^\\.\\s*(?:[-–—/&]|\\d|(?:et|au|à|a|and|to)\\s|(?:${[...DAYS].join('|')})\\b)`,
  'i',
);

function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 5 && /\p{L}/u.test(text[start - 1])) start--;
  const word = text.slice(start, dot);
  if (word.length === 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return true; // initial "J."
  const key = word.toLowerCase();
  if (DAYS.has(key) && AFTER_DAY.test(text.slice(dot, dot + 8))) return true;
  return ABBREVIATIONS.has(key);
}

const NEWLINE = 10;
const DOT = 46;
const BANG = 33;
const QUESTION = 63;
const ELLIPSIS = 0x2026;

/** Splits a message into sentences and lines, in one pass. Each segment keeps its
 * trailing punctuation and spaces, so concatenating them gives back the message. */
export function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // Most characters end nothing: told by their code, without a string for each.
    const code = text.charCodeAt(i);
    if (code !== NEWLINE && code !== DOT && code !== BANG && code !== QUESTION && code !== ELLIPSIS)
      continue;
    const ch = text[i];
    let cut = -1;
    if (ch === '\n') cut = i + 1;
    else if (i + 1 === text.length || text[i + 1] === ' ' || text[i + 1] === '\n') {
      if (ch !== '.' || !isAbbreviation(text, i)) cut = i + 1;
      // "Je vais me pendre… à ton cou": dots of suspension before a lower-case word go on
      // with the same sentence.
      if (
        (ch === '…' || text.startsWith('..', i - 2)) &&
        /^ +\p{Ll}/u.test(text.slice(i + 1, i + 4))
      )
        cut = -1;
    }
    if (cut > 0) {
      while (cut < text.length && text[cut] === ' ') cut++;
      segments.push({ start, text: text.slice(start, cut) });
      start = cut;
      i = cut - 1;
    }
  }
  if (start < text.length) segments.push({ start, text: text.slice(start) });
  return segments;
}
