import { findShares, isIntactShareTag } from '../schedule/share-tag.ts';

// Cadre's own availability tags ("[cadre:v1:…:crc32]", lib/schedule/share.ts) are
// base64 letters, not names or numbers. Only a tag Cadre wrote, its checksum intact, is
// blanked (same length, offsets kept): text merely shaped like one is read like any
// other, so a phone number cannot hide inside a fake tag.
export function blankCadreTags(text: string): string {
  if (!text.includes('[cadre:')) return text;
  let out = text;
  let from = 0;
  for (const tag of findShares(text)) {
    const at = text.indexOf(tag, from);
    from = at + tag.length;
    if (isIntactShareTag(tag)) out = out.slice(0, at) + ' '.repeat(tag.length) + out.slice(from);
  }
  return out;
}
