export interface DigitRun {
  start: number;
  end: number;
  /** Only the digits (and a leading '+' if any). */
  digits: string;
  raw: string;
}

// Runs of digits joined by single spaces, dots or dashes ("06 12.34-56"). A single
// pass: the pattern has one quantifier and nothing after it, so it cannot backtrack.
const RUN = /(?:\(\+)?\+?\d[\d \u00a0.()-]*/g;

/** True when the opening parenthesis at the start closes at the very end. */
function wrappedInParentheses(raw: string): boolean {
  if (!raw.startsWith('(') || !raw.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw[i] === '(') depth++;
    else if (raw[i] === ')' && --depth === 0) return false;
  }
  return true;
}

export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let raw = m[0];
    raw = raw.replace(/[\s.(-]+$/u, '');
    // A closing parenthesis belongs to the number only if it opened inside it (the run
    // now ends with a digit or a closing parenthesis).
    if (!raw.includes('(')) raw = raw.replace(/[\s.()-]+$/u, '');
    let start = m.index;
    // "(+33 6 12 34 56 78)": parentheses around the whole number are the sentence's.
    if (wrappedInParentheses(raw)) {
      raw = raw.slice(1, -1);
      start++;
    }
    // A run glued to letters on the left is part of a word (T2, 9h45): skip it.
    if (start > 0 && /[\p{L}\d]/u.test(text[start - 1])) continue;
    // Two separators in a row end a number: split there.
    let offset = 0;
    for (const part of raw.split(/(?<=\d)(?=[\s.-]{2,})/u)) {
      const lead = part.length - part.replace(/^[\s.-]+/u, '').length;
      // Never empty: a part starts at a digit or at the separators before one.
      const piece = part.slice(lead);
      runs.push({
        start: start + offset + lead,
        end: start + offset + part.length,
        digits: piece.replace(/[^\d+]/g, ''),
        raw: piece,
      });
      offset += part.length;
    }
  }
  return runs;
}
