// Accent- and case-folding that keeps string length, so that offsets found in the
// folded text are offsets in the original (UTF-16 code units).
const cache = new Map<string, string>();
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;
// eslint-disable-next-line no-control-regex -- see above
const NON_ASCII = /[^\x00-\x7f]/g;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let out = cache.get(ch);
  if (out === undefined) {
    const lower = ch.toLowerCase();
    const base = lower.normalize('NFD').replace(/\p{M}+/gu, '');
    out = base.length === 1 ? base : lower.length === 1 ? lower : ch;
    if (ch === 'œ' || ch === 'Œ' || ch === 'æ' || ch === 'Æ') out = ch.toLowerCase();
    if (ch === '’' || ch === 'ʼ') out = "'";
    cache.set(ch, out);
  }
  return out;
}

/** Lower-cases and strips diacritics, one code unit for one code unit. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(text)) return lower;
  // One replacement per non-ASCII code unit: far less garbage than rebuilding the string.
  if (lower.length === text.length) return lower.replace(NON_ASCII, foldChar);
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}
