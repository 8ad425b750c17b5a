// Front coding: each sorted entry is written as one digit (how many leading characters
// it shares with the previous entry, at most 9) followed by the rest of the entry.
// Entries hold no digits, so the digits also separate them.

export function frontCode(sortedWords: readonly string[]): string {
  let previous = '';
  let out = '';
  for (const word of sortedWords) {
    let shared = 0;
    while (
      shared < 9 &&
      shared < previous.length &&
      shared < word.length - 1 &&
      previous[shared] === word[shared]
    )
      shared++;
    out += String(shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

export function frontDecode(encoded: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  let i = 0;
  while (i < encoded.length) {
    const shared = encoded.charCodeAt(i) - 48;
    let j = i + 1;
    while (j < encoded.length && (encoded.charCodeAt(j) < 48 || encoded.charCodeAt(j) > 57)) j++;
    previous = previous.slice(0, shared) + encoded.slice(i + 1, j);
    words.add(previous);
    i = j;
  }
  return words;
}
