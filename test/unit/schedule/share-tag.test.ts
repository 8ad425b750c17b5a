import { describe, expect, it } from 'vitest';
import { crc32Hex } from '../../../lib/schedule/checksum';
import { MAX_SHARE_TAG_LENGTH } from '../../../lib/schedule/limits';
import { decodeShare, shareTag } from '../../../lib/schedule/share';
import { isIntactShareTag, shareTagParts } from '../../../lib/schedule/share-tag';
import { scheduleWith } from './fixtures';

// The light check the detection engine makes before leaving a tag out of its findings:
// a tag Cadre wrote, unaltered. decodeShare (share.test.ts) judges what it says.

/** The tag with the first letter of its payload changed, its checksum kept. */
function withPayloadChanged(whole: string): string {
  const [head, version, payload, checksum] = whole.split(':');
  const first = payload[0] === 'A' ? 'B' : 'A';
  return [head, version, first + payload.slice(1), checksum].join(':');
}

const tag = shareTag(scheduleWith(), new Date('2026-11-26T20:00:00Z'));

describe('an intact share tag', () => {
  it('is one Cadre wrote, which also decodes', () => {
    expect(isIntactShareTag(tag)).toBe(true);
    expect(decodeShare(tag).ok).toBe(true);
  });

  it('has its parts read back', () => {
    const parts = shareTagParts(tag)!;
    expect(parts.version).toBe(1);
    expect(crc32Hex(parts.encoded)).toBe(parts.checksum);
    expect(shareTagParts(`  ${tag}\n`)).toEqual(parts);
  });

  it.each([
    ['a checksum changed', tag.replace(/:[0-9a-f]{8}\]$/, ':00000000]')],
    ['a letter of the payload changed', withPayloadChanged(tag)],
    ['another version', tag.replace('[cadre:v1:', '[cadre:v2:')],
    ['no closing bracket', tag.slice(0, -1)],
    ['a phone number in place of the payload', '[cadre:v1:0645781290:12345678]'],
    ['a phone number with its own checksum', `[cadre:v1:0645781290:${crc32Hex('0645781290')}x]`],
  ])('is not one with %s', (_, fake) => {
    expect(isIntactShareTag(fake)).toBe(false);
  });

  it('is never one longer than a tag may be, whatever its checksum', () => {
    const encoded = 'A'.repeat(MAX_SHARE_TAG_LENGTH);
    expect(isIntactShareTag(`[cadre:v1:${encoded}:${crc32Hex(encoded)}]`)).toBe(false);
  });
});
