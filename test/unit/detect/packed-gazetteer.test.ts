import { describe, expect, it } from 'vitest';
import readable from '../../../lib/detect/data/gazetteer.json';
import shipped from '../../../lib/detect/data/gazetteer.packed.json';
import { packGazetteer, unpackGazetteer } from '../../../lib/detect/packed-gazetteer.ts';

const { about: _about, ...lists } = readable;

describe('the packed gazetteer the content script loads', () => {
  it('holds exactly the readable lists (run `npm run gazetteer` after changing them)', () => {
    expect(unpackGazetteer(shipped.packed)).toEqual(lists);
  });

  it('is much smaller than the readable lists', () => {
    expect(shipped.packed.length).toBeLessThan(JSON.stringify(lists).length * 0.8);
  });

  it('round-trips any text, accents and other scripts included', () => {
    const odd = { A: '0élodie3ïse', B: '', C: '0ñ\u0301😀\n"\\' };
    expect(unpackGazetteer(packGazetteer(odd))).toEqual(odd);
  });
});
