export interface DigitRun {
  start: number;
  end: number;
  /** Only the digits (and a leading '+' if any). */
  digits: string;
  raw: string;
}

// Runs of digits joined by single spaces, dots or dashes ("06 12.34-56"). A single
// pass: the pattern has one quantifier and nothing after it, so it cannot backtrack.
// An opening parenthesis may start it: "(+44) 20…", "(0)6…", "(020) 7946…".
const RUN = /\(?\+?\d[\d \u00a0.()-]*/g;

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

/** True when `raw` ends with a closing parenthesis that no opening one in it matches. */
function closesNothingAtEnd(raw: string): boolean {
  if (!raw.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < raw.length - 1; i++) {
    if (raw[i] === '(') depth++;
    else if (raw[i] === ')') depth = Math.max(0, depth - 1);
  }
  return depth === 0;
}

/** True when the opening parenthesis at the start never closes. */
export function neverClosed(raw: string): boolean {
  let depth = 0;
  for (const ch of raw) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return false;
  }
  return raw.startsWith('(');
}

export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    let raw = m[0];
    raw = raw.replace(/[\s.(-]+$/u, '');
    // A closing parenthesis belongs to the number only if it opened inside it: in
    // "(+44) 20 7946 0321)" the last one is the sentence's.
    while (closesNothingAtEnd(raw)) raw = raw.slice(0, -1).replace(/[\s.(-]+$/u, '');
    let start = m.index;
    // "(06 12 34 56 78 et…": a bracket opened before a number and never closed is the
    // sentence's. The run keeps one before a plus sign ("(+33 6…", where a country code
    // may be bracketed alone); the phone's span leaves it out (phone.ts).
    if (raw[1] !== '+' && neverClosed(raw)) {
      raw = raw.slice(1);
      start++;
    }
    // "(+33 6 12 34 56 78)": parentheses around the whole number are the sentence's.
    if (wrappedInParentheses(raw)) {
      raw = raw.slice(1, -1);
      start++;
    }
    // A run glued to letters on the left is part of a word (T2, 9h45): skip it. An opening
    // bracket sets it apart ("tel(+33) 6…").
    if (start > 0 && raw[0] !== '(' && /[\p{L}\d]/u.test(text[start - 1])) continue;
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
