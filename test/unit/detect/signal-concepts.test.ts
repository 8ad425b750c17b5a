import { afterEach, describe, expect, it } from 'vitest';
import { CONCEPT_NAMES, conceptsOf } from '../../../lib/detect/signals/concepts.ts';
import { conceptFeatures } from '../../../lib/detect/signals/concept-features.ts';
import { sentenceFeatures, useExtraFeatures } from '../../../lib/detect/signals/model-features.ts';
import { signalText } from '../../../lib/detect/signals/normalize.ts';

// The concepts the signal model may read beside words (concepts.ts): a word stands for its
// kind, so that what was learnt of "boire" reaches "picoler". Words of our own, in
// signalText's form.

const names = (word: string) => conceptsOf(word).map((c) => CONCEPT_NAMES[c]);

describe('a word stands for its concept', () => {
  it.each([
    ['picole', ['ALCOHOL']],
    ['bourree', ['ALCOHOL']],
    ['hungover', ['ALCOHOL']],
    ['beuh', ['DRUG']],
    ['somniferes', ['PILLS']],
    ['painkillers', ['PILLS']],
    ['grignote', ['EAT']],
    ['starving', ['EAT']],
    ['insomnies', ['SLEEP']],
    ['rasoir', ['BLADE']],
    ['scarifie', ['HARM']],
    ['etranglee', ['HIT']],
    ['palpitations', ['HEART']],
    ['etouffe', ['BREATH']],
    ['sanglote', ['CRY']],
    ['isolee', ['ALONE']],
    ['douche', ['HYGIENE']],
  ])('%s → %j', (word, concepts) => {
    expect(names(word)).toEqual(concepts);
  });

  it.each([
    // The longest stem decides: "tired" is fatigue, not "tire" (to pull).
    ['tired', ['SLEEP']],
    // A word listed whole wins over a stem that opens it.
    ['maintenant', ['NOW']],
    ['coupure', ['HARM']],
    // A word in two lists stands for both.
    ['personne', ['NOT', 'ALONE']],
  ])('%s → %j, whatever else opens it', (word, concepts) => {
    expect(names(word)).toEqual(concepts);
  });

  it.each(['livraison', 'clean', 'train', 'market', 'legume', 'petit', 'ce', 'un'])(
    '%s stands for nothing',
    (word) => {
      expect(names(word)).toEqual([]);
    },
  );
});

describe('concept features', () => {
  afterEach(() => useExtraFeatures(undefined));
  const features = (text: string) => new Set(sentenceFeatures(signalText(text)));
  const shared = (a: string, b: string) => {
    const first = features(a);
    return [...features(b)].filter((f) => first.has(f)).length;
  };

  it('are read only when asked for: the shipped model’s features stay as they were', () => {
    const plain = features('je picole tous les soirs');
    useExtraFeatures(conceptFeatures);
    const withConcepts = features('je picole tous les soirs');
    expect([...plain].every((f) => withConcepts.has(f))).toBe(true);
    expect(withConcepts.size).toBeGreaterThan(plain.size);
  });

  it('let two words of one kind, unlike in every letter, share what they say', () => {
    const before = shared('je picole tous les soirs', 'je bois tous les soirs');
    useExtraFeatures(conceptFeatures);
    expect(shared('je picole tous les soirs', 'je bois tous les soirs')).toBeGreaterThan(before);
    expect(shared('i skip meals now', 'jsaute les repas')).toBeGreaterThan(0);
  });
});
