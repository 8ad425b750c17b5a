import { describe, expect, it } from 'vitest';
import { MEDIA, RESOLVED } from '../../../lib/detect/signals/context.ts';
import { packedRegExp, packedSigns, packedWords } from '../../../lib/detect/signals/cue.ts';
import { BENIGN } from '../../../lib/detect/signals/lexicon.ts';

// Patterns kept in cues.txt stand in for RegExps until built: code reads them as any other.
describe('a pattern kept in cues.txt', () => {
  it('reads as the RegExp it stands for', () => {
    expect(MEDIA).toBeInstanceOf(RegExp);
    expect(MEDIA.test('un film sur le sujet')).toBe(true);
    expect(MEDIA.test('une reunion')).toBe(false);
    expect(MEDIA.source.startsWith('\\b(?:film|')).toBe(true);
    expect(new RegExp(RESOLVED.source).test('ca va mieux')).toBe(true);
  });

  it('keeps its flags, its lastIndex and the string methods that take a pattern', () => {
    const global = packedRegExp('media', 's?\\b', 'g');
    expect(global.flags).toBe('g');
    expect([...'un film et un livre'.matchAll(global)].map((m) => m[0])).toEqual(['film', 'livre']);
    expect('un film'.replace(global, 'X')).toBe('un X');
    global.lastIndex = 0;
    expect(global.exec('un film')?.index).toBe(3);
    expect(global.lastIndex).toBe(7);
  });

  it('makes signs of a section, as many as said, and says when they differ', () => {
    const signs = packedSigns('panic-signs-symptoms', 9);
    expect(signs).toHaveLength(9);
    expect(signs.every((cue) => cue.weight === 1 && cue.re instanceof RegExp)).toBe(true);
    expect(() => packedSigns('panic-signs-symptoms', 3)[0].re).toThrow(/has not 3 lines/);
  });

  it('gives the words of a BENIGN entry written [name], others as they are', () => {
    expect(packedWords(BENIGN[0][0])).toMatch(/^vivement\|/);
    expect(packedWords('a|b')).toBe('a|b');
  });
});
