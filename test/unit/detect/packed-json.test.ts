import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import readable from '../../../lib/detect/data/gazetteer.json';
import shipped from '../../../lib/detect/data/gazetteer.packed.json';
import { ALPHABET, asciiToBytes, bytesToAscii } from '../../../lib/detect/ascii-bytes.ts';
import { packJson, unpackJson } from '../../../lib/detect/packed-json.ts';
import { expandGroups } from '../../../lib/detect/short-groups.ts';

const { about: _about, ...lists } = readable;

describe('the packed gazetteer the content script loads', () => {
  it('holds exactly the readable lists (run `npm run gazetteer` after changing them)', () => {
    // The patterns ship with their groups short (short-groups.ts).
    const unpacked = unpackJson<typeof lists>(shipped);
    const { SIGNAL_CUES, SIGNAL_LEXICON } = unpacked;
    expect(SIGNAL_CUES).not.toContain('(?:');
    expect({
      ...unpacked,
      SIGNAL_CUES: expandGroups(SIGNAL_CUES),
      SIGNAL_LEXICON: expandGroups(SIGNAL_LEXICON),
    }).toEqual(lists);
  });

  it('is much smaller than the readable lists', () => {
    expect(shipped.packed.length).toBeLessThan(JSON.stringify(lists).length * 0.7);
  });

  it('round-trips any text, accents and other scripts included', () => {
    const odd = { A: '0élodie3ïse', B: '', C: '0ñ\u0301😀\n"\\' };
    expect(unpackJson(packJson(odd))).toEqual(odd);
  });
});

describe('bytes written in printable ASCII', () => {
  it('gives back exactly the bytes written, whatever they are', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(asciiToBytes(bytesToAscii(bytes), bytes.length)).toEqual(bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips the edge values: all zeros, all ones, every length up to 30', () => {
    for (let n = 0; n <= 30; n++)
      for (const fill of [0, 255, 0x5a]) {
        const bytes = new Uint8Array(n).fill(fill);
        expect(asciiToBytes(bytesToAscii(bytes), n)).toEqual(bytes);
      }
  });

  it('writes about 1.23 characters a byte, against 1.33 for base64', () => {
    const bytes = new Uint8Array(13_000).map((_, i) => (i * 7919) & 255);
    expect(bytesToAscii(bytes).length).toBe(16_000);
  });

  it('uses only characters that JSON and a minified string leave unescaped', () => {
    expect(ALPHABET).toHaveLength(91);
    expect(JSON.stringify(ALPHABET)).toBe(`"${ALPHABET}"`);
    expect(ALPHABET).toMatch(/^[ -~]+$/); // printable ASCII only
    expect(ALPHABET).not.toMatch(/[\\"`<]/);
  });

  it('refuses a text that is not its own', () => {
    expect(() => asciiToBytes('ab"', 2)).toThrow();
    expect(() => asciiToBytes('ab', 5)).toThrow();
  });
});
