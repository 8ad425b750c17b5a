// Base64 over UTF-8 with a chat-safe alphabet: '+' '/' become '-' '.', no padding.
// Not base64url's '_': WhatsApp reads _text_ as italics and could eat the underscores.
export const SHARE_ALPHABET = /^[A-Za-z0-9.-]*$/;

export function encodeText(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '.').replace(/=+$/, '');
}

/** Undefined when the input is not valid encoded UTF-8. */
export function decodeText(encoded: string): string | undefined {
  if (!SHARE_ALPHABET.test(encoded) || encoded.length % 4 === 1) return undefined;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/\./g, '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
