import { inflateSync, deflateSync, strFromU8, strToU8 } from 'fflate';

// The gazetteer's front-coded lists, deflated and written as text five characters for
// four bytes (base 85; base64 takes six for four, 7 KB more of content script): 160 KB
// of lists become about 103 KB, for about 2 ms of inflating once, when the page is idle.

export type GazetteerLists = Record<string, string>;

// 85 printable characters that need no escape in a JSON or JavaScript string.
const DIGITS = Array.from({ length: 94 }, (_, k) => String.fromCharCode(33 + k))
  .filter((c) => !`"'\\\``.includes(c))
  .slice(0, 85)
  .join('');

/** Build time (scripts/build-gazetteer.ts): the lists as one string. */
export function packGazetteer(lists: GazetteerLists): string {
  const bytes = deflateSync(strToU8(JSON.stringify(lists)), { level: 9 });
  let text = '';
  for (let at = 0; at < bytes.length; at += 4) {
    // Four bytes as five digits; a last group of n bytes (zeros after) keeps n + 1 digits.
    let value = 0;
    for (let k = 0; k < 4; k++) value = value * 256 + (bytes[at + k] ?? 0);
    let group = '';
    for (let k = 0; k < 5; k++, value = Math.floor(value / 85)) group = DIGITS[value % 85] + group;
    text += group.slice(0, Math.min(4, bytes.length - at) + 1);
  }
  return text;
}

/** Run time: the lists back from their packed form. */
export function unpackGazetteer(packed: string): GazetteerLists {
  const digit: number[] = [];
  for (let k = 0; k < 85; k++) digit[DIGITS.charCodeAt(k)] = k;
  const bytes = new Uint8Array(Math.floor((packed.length * 4) / 5));
  for (let at = 0; at < packed.length; at += 5) {
    // A short last group is read with the highest digit after it, and gives one byte
    // fewer than it has digits.
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + (digit[packed.charCodeAt(at + k)] ?? 84);
    for (let k = 3; k >= 0; k--, value = Math.floor(value / 256))
      if (k < packed.length - at - 1) bytes[(at / 5) * 4 + k] = value % 256;
  }
  return JSON.parse(strFromU8(inflateSync(bytes))) as GazetteerLists;
}
