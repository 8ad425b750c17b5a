import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../../lib/detect/gazetteer.ts';
import { tokenize } from '../../../lib/detect/tokenize.ts';
import { prepareList } from '../../../lib/detect/watch-list.ts';

// The build leaves out names with a space ("ai linh"): these tests show that nothing
// could have found them, so the lookups are the same without them.
describe('the names the gazetteer ships are the names that can be looked up', () => {
  it('holds no first name or surname with a space', () => {
    const g = gazetteer();
    for (const set of [g.strongFirstNames, g.ambiguousFirstNames, g.surnames, g.ambiguousSurnames])
      for (const key of set) expect(key).not.toMatch(/\s/);
  });

  it('looks names up by tokens, and no token holds a space', () => {
    const text = fc.string({
      unit: fc.constantFrom(..."aéZ ’'-.\u00a0\u202f\t\nNOx0ñ\u0301".split('')),
      maxLength: 40,
    });
    fc.assert(
      fc.property(text, (t) => {
        for (const token of tokenize(t)) expect(token.key).not.toMatch(/\s/);
      }),
      { numRuns: 3000 },
    );
  });

  it('looks watch-list names up word by word, split at single spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 4 }), (list) => {
        for (const term of prepareList(list).terms)
          for (const word of term.split(' ')) expect(word).not.toMatch(/\s/);
      }),
      { numRuns: 2000 },
    );
  });
});
