// Bytes written as printable ASCII, denser than base64: every 13 bits become two characters
// of a 91-letter alphabet (91² = 8,281 ≥ 2¹³), 1.23 characters a byte against base64's 1.33.
// The alphabet leaves out what a JSON file or a minified string would have to escape
// (" and \), the backtick, and "<" (so "</script" never appears).

export const ALPHABET = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i))
  .filter((c) => !'"\\`<'.includes(c))
  .join('');
const BASE = ALPHABET.length; // 91

/** Build time: the bytes as text. Pass the byte count to `asciiToBytes`. */
export function bytesToAscii(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer |= byte << bits;
    bits += 8;
    if (bits >= 13) {
      const value = buffer & 8191;
      out += ALPHABET[value % BASE] + ALPHABET[Math.floor(value / BASE)];
      buffer >>>= 13;
      bits -= 13;
    }
  }
  if (bits > 0) out += ALPHABET[buffer % BASE] + ALPHABET[Math.floor(buffer / BASE)];
  return out;
}

/** Run time: the first `length` bytes written by `bytesToAscii`. */
export function asciiToBytes(text: string, length: number): Uint8Array {
  const digit = new Int16Array(128).fill(-1);
  for (let i = 0; i < BASE; i++) digit[ALPHABET.charCodeAt(i)] = i;
  const bytes = new Uint8Array(length);
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i + 1 < text.length && n < length; i += 2) {
    const low = digit[text.charCodeAt(i)];
    const high = digit[text.charCodeAt(i + 1)];
    if (low < 0 || high < 0) throw new Error('not an ASCII-packed text');
    buffer |= (low + high * BASE) << bits;
    bits += 13;
    while (bits >= 8 && n < length) {
      bytes[n++] = buffer & 255;
      buffer >>>= 8;
      bits -= 8;
    }
  }
  if (n < length) throw new Error('ASCII-packed text too short');
  return bytes;
}
