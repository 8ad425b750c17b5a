// Front coding: each sorted entry is written as one character saying how many leading
// characters it shares with the previous entry (a digit for 0–9, a capital for 10–35:
// A = 10), followed by the rest of the entry. Entries hold no digits and no capitals
// (keys are lower case), so those characters also separate them.

const MAX_SHARED = 35;

function countChar(shared: number): string {
  return shared < 10 ? String(shared) : String.fromCharCode(55 + shared);
}

/** The shared-prefix length a character encodes, or -1 when it is part of an entry. */
function sharedOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

export function frontCode(sortedWords: readonly string[]): string {
  let previous = '';
  let out = '';
  for (const word of sortedWords) {
    let shared = 0;
    while (
      shared < MAX_SHARED &&
      shared < previous.length &&
      shared < word.length - 1 &&
      previous[shared] === word[shared]
    )
      shared++;
    out += countChar(shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

export function frontDecode(encoded: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  let i = 0;
  while (i < encoded.length) {
    const shared = sharedOf(encoded.charCodeAt(i));
    let j = i + 1;
    while (j < encoded.length && sharedOf(encoded.charCodeAt(j)) < 0) j++;
    previous = previous.slice(0, shared) + encoded.slice(i + 1, j);
    words.add(previous);
    i = j;
  }
  return words;
}
