// What copy-paste and phone keyboards put in a message that a reader does not see:
// no-break and narrow spaces from bank pages and PDFs, zero-width characters, soft
// hyphens, bidi controls, full-width forms, accents typed as separate combining marks.
// The recognizers read the normalised text; the offset map sends every finding back to
// the characters the user wrote, so highlights and anonymisation land on them.

/** The text the recognizers read, and where each of its characters came from. */
export interface Normalized {
  text: string;
  /** null when the text needed no change: offsets are the same. */
  starts: Int32Array | null;
  /** Original end (exclusive) of each normalised character. */
  ends: Int32Array | null;
}

// Spaces of every width, the ideographic one included.
const SPACES = '\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000';
// Zero-width characters, soft hyphen, bidi marks and embeddings, word joiner, BOM.
const INVISIBLE =
  '\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff';
// Hyphen, non-breaking hyphen, figure dash: written as '-' in identifiers.
const HYPHENS = '\\u2010-\\u2012';
const FULL_WIDTH = '\\uff01-\\uff5e';
// Written as escapes: the pattern sees the code points, not characters that combine.
const COMBINING = '\\u0300-\\u036f';

// eslint-disable-next-line no-misleading-character-class -- a range of marks, each alone
const NEEDS_WORK = new RegExp(`[${SPACES}${INVISIBLE}${HYPHENS}${FULL_WIDTH}${COMBINING}]`, 'u');
const SPACE = new RegExp(`[${SPACES}]`, 'u');
const REMOVED = new RegExp(`[${INVISIBLE}]`, 'u');
const HYPHEN = new RegExp(`[${HYPHENS}]`, 'u');
const MARK = new RegExp(`[${COMBINING}]`, 'u');

export function normalize(original: string): Normalized {
  if (!NEEDS_WORK.test(original)) return { text: original, starts: null, ends: null };
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const emit = (chars: string, from: number, to: number) => {
    for (let k = 0; k < chars.length; k++) {
      out += chars[k];
      starts.push(from);
      ends.push(to);
    }
  };
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    const code = ch.charCodeAt(0);
    if (REMOVED.test(ch)) continue;
    if (SPACE.test(ch)) emit(' ', i, i + 1);
    else if (HYPHEN.test(ch)) emit('-', i, i + 1);
    else if (code >= 0xff01 && code <= 0xff5e) emit(String.fromCharCode(code - 0xfee0), i, i + 1);
    else if (MARK.test(original[i + 1] ?? '')) {
      // A letter and the marks typed after it: composed, all of them one character.
      let j = i + 1;
      while (j < original.length && MARK.test(original[j])) j++;
      const composed = original.slice(i, j).normalize('NFC');
      emit(composed, i, j);
      i = j - 1;
    } else emit(ch, i, i + 1);
  }
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The original span of a normalised span [start, end). */
export function originalSpan(n: Normalized, start: number, end: number): [number, number] {
  if (!n.starts || !n.ends) return [start, end];
  return [n.starts[start], end > start ? n.ends[end - 1] : n.starts[start]];
}
