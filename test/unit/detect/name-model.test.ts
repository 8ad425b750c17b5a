import { afterEach, describe, expect, it } from 'vitest';
import shipped from '../../../lib/detect/data/name-model.json';
import { gazetteer } from '../../../lib/detect/gazetteer.ts';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import {
  listsOf,
  NAME_FEATURE_BITS,
  wordFeatures,
} from '../../../lib/detect/recognizers/name-features.ts';
import {
  findLearntNames,
  NAME_GATES,
  nameConfidence,
  packNameModel,
  readsWord,
  readWords,
  unpackNameModel,
  useNameModel,
  type NameModel,
} from '../../../lib/detect/recognizers/name-model.ts';
import { tokenize } from '../../../lib/detect/tokenize.ts';

// The learnt reader of names: what it reads of a word, its packed weights, how its runs
// become findings, and that it only adds to the rules. What it catches is measured on the
// blind sets (test/fixtures/blind-sets/README.md).

afterEach(() => useNameModel(undefined));

const g = gazetteer();
const lists = (word: string) => listsOf(word, g);
const featuresOf = (text: string, word: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.key === word);
  return wordFeatures(tokens, at, (k) => lists(tokens[k].key));
};

/** A model sure of the given words, in these sentences, and of nothing else. */
function modelSureOf(kind: 'person' | 'org', sure: Array<[text: string, word: string]>): NameModel {
  const weights = new Map<number, number>();
  for (const [text, word] of sure) weights.set(featuresOf(text, word)[0], 30); // its own word
  return {
    bias: { person: -10, org: -10 },
    weights: {
      person: kind === 'person' ? weights : new Map(),
      org: kind === 'org' ? weights : new Map(),
    },
  };
}

describe('what the lists say of a word', () => {
  it.each([
    ['karim', 'F'],
    ['rose', 'A'],
    ['lundi', 'D'],
    ['excel', 'T'],
    ['clio', 'T'],
    ['renault', 'T'],
  ])('%s has %s', (word, letter) => {
    expect(lists(word)).toContain(letter);
  });

  it('says "-" of a word no list holds', () => {
    expect(lists('tiavina')).toBe('-');
  });
});

describe('the words the model reads', () => {
  const read = (text: string) => {
    const tokens = tokenize(text);
    return readWords(tokens).map(({ at }) => tokens[at].key);
  };

  it('reads names, words that may be names, and unknown words', () => {
    expect(read('je travaille avec rose et tiavina')).toEqual(['rose', 'tiavina']);
  });

  it('leaves common words, titles, family nicknames and short shorthand to the rules', () => {
    expect(read('mme la mamie appelle pour le cdi')).toEqual([]);
    const [t] = tokenize('thx');
    expect(readsWord(t, '-')).toBe(false);
    const [long] = tokenize('kemar');
    expect(readsWord(long, '-')).toBe(true);
  });

  it('skips words already held', () => {
    const tokens = tokenize('avec tiavina et fenosoa');
    const free = (t: { key: string }) => t.key !== 'tiavina';
    expect(readWords(tokens, free).map(({ at }) => tokens[at].key)).toEqual(['fenosoa']);
  });
});

describe("a word's features", () => {
  it('are numbers below 2^NAME_FEATURE_BITS, each once, the same every time', () => {
    const first = featuresOf('hier tiavina ma appele', 'tiavina');
    expect(first.length).toBeGreaterThan(15);
    expect(new Set(first).size).toBe(first.length);
    for (const f of first) expect(f >= 0 && f < 2 ** NAME_FEATURE_BITS).toBe(true);
    expect(featuresOf('hier tiavina ma appele', 'tiavina')).toEqual(first);
  });

  it('read the neighbours, but not across a sentence break', () => {
    expect(featuresOf('avec tiavina demain', 'tiavina')).not.toEqual(
      featuresOf('pour tiavina demain', 'tiavina'),
    );
    expect(featuresOf('Bon. Tiavina arrive', 'tiavina')).toEqual(
      featuresOf('Ok. Tiavina arrive', 'tiavina'),
    );
  });
});

describe('packed weights', () => {
  it('come back within one step of their scale', () => {
    const model: NameModel = {
      bias: { person: -3.2, org: -4.1 },
      weights: {
        person: new Map([
          [7, 2.5],
          [900, -1.25],
          [2 ** NAME_FEATURE_BITS - 1, 0.02],
        ]),
        org: new Map([[42, 3]]),
      },
    };
    const back = unpackNameModel(packNameModel(model, 'test'));
    expect(back.bias).toEqual(model.bias);
    for (const kind of ['person', 'org'] as const) {
      const step = Math.max(...[...model.weights[kind].values()].map(Math.abs)) / 127;
      expect([...back.weights[kind].keys()]).toEqual([...model.weights[kind].keys()]);
      for (const [f, w] of model.weights[kind])
        expect(Math.abs(back.weights[kind].get(f)! - w)).toBeLessThanOrEqual(step / 2);
    }
  });

  it('ship within 8 KB, with the count of messages they were learnt from', () => {
    expect(shipped.packed.length).toBeLessThan(8 * 1024);
    expect(shipped.about).toMatch(/from \d{4,} messages/);
  });
});

describe('findings from runs of words the model is sure of', () => {
  const learnt = (text: string, taken = new Uint8Array(text.length)) =>
    findLearntNames(text, tokenize(text), taken).map((c) => [c.type, text.slice(c.start, c.end)]);

  it('takes a title before the name, and particles between its words', () => {
    useNameModel(
      modelSureOf('person', [
        ['voir mme tiavina', 'tiavina'],
        ['avec fenosoa ben rakoto', 'fenosoa'],
        ['avec fenosoa ben rakoto', 'rakoto'],
      ]),
    );
    expect(learnt('voir mme tiavina')).toEqual([['PERSON', 'mme tiavina']]);
    expect(learnt('avec fenosoa ben rakoto')).toEqual([['PERSON', 'fenosoa ben rakoto']]);
  });

  it('names a company as one', () => {
    useNameModel(modelSureOf('org', [['chez sodiaal demain', 'sodiaal']]));
    const [found] = findLearntNames(
      'chez sodiaal demain',
      tokenize('chez sodiaal demain'),
      new Uint8Array(19),
    );
    expect(found).toMatchObject({ type: 'ORG', start: 5, end: 12, score: 0.55 });
    expect(found.reason).toBe('entreprise probable');
    expect(found.reasonEn).toBe('likely company');
  });

  it('leaves what another recogniser holds', () => {
    useNameModel(modelSureOf('person', [['voir tiavina', 'tiavina']]));
    const taken = new Uint8Array(12).fill(1, 5, 12);
    expect(learnt('voir tiavina', taken)).toEqual([]);
  });

  it('asks more of a word that is also a common word', () => {
    const text = 'summer covers';
    const features = featuresOf(text, 'summer');
    const sureAt = (p: number): NameModel => ({
      bias: { person: Math.log(p / (1 - p)), org: -10 },
      weights: { person: new Map(), org: new Map() },
    });
    useNameModel(sureAt(0.9));
    expect(nameConfidence('person', features)).toBeCloseTo(0.9, 6);
    expect(0.9).toBeGreaterThan(NAME_GATES.person);
    expect(learnt(text)).toEqual([]);
    expect(learnt('tiavina covers')).toEqual([['PERSON', 'tiavina']]);
    useNameModel(sureAt(0.97));
    expect(learnt(text)).toEqual([['PERSON', 'summer']]);
  });

  it('still drops what the rules rule out around a name', () => {
    useNameModel({
      bias: { person: 10, org: -10 },
      weights: { person: new Map(), org: new Map() },
    });
    // A day before opening hours (not-names-here.ts), however sure the model is.
    expect(learnt('Sam : 7h – 13h')).toEqual([]);
  });

  it('finds nothing without a model', () => {
    useNameModel(null);
    expect(learnt('tiavina keeps asking me for the keys')).toEqual([]);
  });
});

describe('the shipped model beside the rules', () => {
  const names = (text: string) =>
    createAnalyzer()
      .findings(text)
      .map((f) => [f.type, f.text]);

  it.each([
    ['tiavina keeps asking me for the keys', 'tiavina'],
    ['fenosoa passe demain', 'fenosoa'],
  ])('reads a name no rule reached: %s', (text, name) => {
    useNameModel(null);
    expect(names(text)).toEqual([]);
    useNameModel(undefined);
    expect(names(text)).toEqual([['PERSON', name]]);
  });

  it('never takes away what the rules found', () => {
    const text = 'Mme Lefèvre a appelé Karim chez Decathlon';
    useNameModel(null);
    const rules = names(text);
    useNameModel(undefined);
    expect(names(text)).toEqual(rules);
  });
});
