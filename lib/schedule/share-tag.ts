import { crc32Hex } from './checksum';
import { MAX_SHARE_TAG_LENGTH } from './limits';

// The shape of a shared-availability tag, "[cadre:v1:<payload>:<crc32>]", apart from what
// its payload means (share.ts). Light on purpose: the detection engine, which runs in the
// content script, reads only this much to leave Cadre's own tags out of its findings.

export const SHARE_VERSION = 1;

const TAG = /^\[cadre:v(\d+):([^:\]]*):([0-9a-f]{8})\]$/;

export interface ShareTagParts {
  version: number;
  encoded: string;
  checksum: string;
}

/** A tag's parts, or undefined when the text is not shaped as a whole tag. */
export function shareTagParts(tag: string): ShareTagParts | undefined {
  const match = TAG.exec(tag.trim());
  return match ? { version: Number(match[1]), encoded: match[2], checksum: match[3] } : undefined;
}

/** Every Cadre tag in a message, complete or not, in order; decodeShare judges them. */
export function findShares(text: string): string[] {
  return text.match(/\[cadre:[^\s\]]*\]?/g) ?? [];
}

/** A tag as Cadre wrote it, unaltered: its version is known and its checksum holds. */
export function isIntactShareTag(tag: string): boolean {
  if (tag.length > MAX_SHARE_TAG_LENGTH) return false;
  const parts = shareTagParts(tag);
  return (
    parts !== undefined &&
    parts.version === SHARE_VERSION &&
    crc32Hex(parts.encoded) === parts.checksum
  );
}
