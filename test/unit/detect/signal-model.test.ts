import { afterEach, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../lib/detect/index.ts';
import { FEATURE_BITS, sentenceFeatures } from '../../../lib/detect/signals/model-features.ts';
import {
  modelConfidence,
  packSignalModel,
  sentenceModelScores,
  unpackSignalModel,
  useSignalModel,
  type SignalModel,
} from '../../../lib/detect/signals/model.ts';
import { signalText } from '../../../lib/detect/signals/normalize.ts';
import shipped from '../../../lib/detect/data/signal-model.json';

// The learnt reader of distress and urgency: its features, its packed weights, and the
// rules' gates around it. What it catches is measured on the signal and blind sets.

const features = (text: string) => sentenceFeatures(signalText(text));

describe('sentence features', () => {
  it('are numbers below 2^FEATURE_BITS, each once, the same every time', () => {
    const first = features('je suis épuisée, je pleure tous les soirs');
    expect(first.length).toBeGreaterThan(20);
    expect(new Set(first).size).toBe(first.length);
    for (const f of first) expect(f >= 0 && f < 2 ** FEATURE_BITS).toBe(true);
    expect(features('je suis épuisée, je pleure tous les soirs')).toEqual(first);
  });

  it('share most of what they say across spellings of a word', () => {
    const a = new Set(features('epuisee'));
    const b = features('épuisé');
    const shared = b.filter((f) => a.has(f)).length;
    expect(shared / b.length).toBeGreaterThan(0.5);
  });

  it('read a word in a negation’s reach as its own feature, until the clause ends', () => {
    const plain = new Set(features('je veux mourir'));
    const denied = features('je ne veux pas mourir');
    expect(denied.filter((f) => !plain.has(f)).length).toBeGreaterThan(
      features('je ne veux mourir').filter((f) => !plain.has(f)).length,
    );
    // After a comma the negation no longer reaches: the same words, the same features.
    const afterComma = new Set(features('pas ce soir, mourir'));
    const reached = features('pas ce soir mourir');
    expect(reached.some((f) => !afterComma.has(f))).toBe(true);
  });
});

describe('feature numbers', () => {
  // The shipped weights are keyed by these numbers: a change to the words, pairs, runs,
  // negation or hashing must retrain the model (npm run signal-model) and update them.
  it.each([
    ['', []],
    ['ab c', [14855, 20943, 65925]],
    // A word that only ends or starts like a negation denies nothing.
    [
      'piano fatigue',
      [3343, 9117, 36872, 89166, 107470, 115413, 178786, 212303, 218332, 220047, 236121],
    ],
    ['pasta lasse', [13884, 119528, 129396, 148031, 169212, 179501, 205499, 235764, 244589]],
    ['a bc', [65119, 151875, 174219]],
    [
      'jamais mourir',
      [32380, 36525, 65770, 72147, 110395, 119065, 146818, 152698, 155863, 156816, 232230, 244305],
    ],
    [
      'pas a mourir, mais piano mourir',
      [
        22661, 25232, 32380, 36525, 36872, 57086, 63036, 65119, 65770, 105816, 115413, 120532,
        125678, 147128, 150878, 152698, 155863, 156816, 163762, 220047, 236121, 244305,
      ],
    ],
    [
      'pas justement mourir',
      [
        15758, 27538, 32380, 36525, 57044, 63036, 63918, 65633, 65770, 77294, 80057, 114276, 119045,
        147128, 155863, 156816, 195755, 244305, 261146,
      ],
    ],
  ])('of %j stay as the shipped weights know them', (text, expected) => {
    expect(sentenceFeatures(text).sort((a, b) => a - b)).toEqual(expected);
  });

  it('leave punctuation out of the words, and keep "mais" as one', () => {
    expect(sentenceFeatures('je suis, epuisee').sort()).toEqual(
      sentenceFeatures('je suis epuisee').sort(),
    );
    expect(sentenceFeatures('mais')).not.toEqual([]);
  });
});

describe('packed weights', () => {
  const model: SignalModel = {
    bias: { distress: -2, urgent: -1.5 },
    weights: {
      // Not in order, and a gap of exactly 128 between two numbers (a second byte).
      distress: new Map([
        [70_000, -0.5],
        [3, 1.27],
        [131, 0.3],
        [2 ** FEATURE_BITS - 1, 0.01],
      ]),
      urgent: new Map([[12, -2.54]]),
    },
  };

  it('come back from their packed form within one step of their scale', () => {
    const packed = packSignalModel(model, 'test');
    const back = unpackSignalModel(packed);
    expect(back.bias).toEqual(model.bias);
    for (const signal of ['distress', 'urgent'] as const) {
      const weights = model.weights[signal];
      expect([...back.weights[signal].keys()]).toEqual([...weights.keys()].sort((a, b) => a - b));
      const step = Math.max(...[...weights.values()].map(Math.abs)) / 127;
      expect(packed.scale[signal]).toBeCloseTo(step, 12);
      for (const [feature, weight] of weights)
        expect(Math.abs(back.weights[signal].get(feature)! - weight)).toBeLessThanOrEqual(step / 2);
    }
  });

  it('are read from the shipped file when no other model was asked for', () => {
    useSignalModel(undefined);
    const { distress } = sentenceModelScores(signalText('je veux disparaitre, je suis un poids'));
    expect(distress).toBeGreaterThan(0);
    expect(modelConfidence('distress', [distress])).toBeGreaterThan(0.5);
  });

  it('ship in the content script within 30 KB, with the count of messages they were learnt from', () => {
    expect(shipped.packed.length).toBeLessThan(30 * 1024);
    expect(shipped.about).toMatch(/from \d{4,} labelled messages/);
  });
});

describe('confidence', () => {
  afterEach(() => useSignalModel(undefined));

  it('is the logistic of the bias plus the sentences’ shares', () => {
    useSignalModel({
      bias: { distress: -1, urgent: 0 },
      weights: { distress: new Map(), urgent: new Map() },
    });
    expect(modelConfidence('distress', [])).toBeCloseTo(1 / (1 + Math.E), 6);
    expect(modelConfidence('distress', [1, 0.5, -0.5])).toBeCloseTo(0.5, 6);
    expect(modelConfidence('urgent', [])).toBe(0.5);
  });

  it('is zero, and the shares too, without a model (the rules alone)', () => {
    useSignalModel(null);
    expect(modelConfidence('distress', [10])).toBe(0);
    expect(sentenceModelScores('je veux mourir')).toEqual({ distress: 0, urgent: 0 });
  });
});

describe('the rules’ gates around the model', () => {
  afterEach(() => useSignalModel(undefined));

  // A model sure of distress and urgency for every word of "tired": what the gates let through.
  function sureOf(word: string): SignalModel {
    const weights = new Map(sentenceFeatures(word).map((f) => [f, 3] as [number, number]));
    return { bias: { distress: -4, urgent: -4 }, weights: { distress: weights, urgent: weights } };
  }
  const signals = (text: string) => createAnalyzer().analyze(text).signals;

  it('lets it speak of the writer, now', () => {
    useSignalModel(sureOf('tired'));
    expect(signals('tired')).toEqual(['DISTRESS', 'URGENT']);
  });

  it.each([
    ['a joke', 'tired lol'],
    ['help lines passed on', 'tired? the 3114 helps'],
    ['a film', 'tired, like the character in that movie'],
    ['someone else', 'my colleague is tired'],
  ])('sets what it adds aside in %s', (_, text) => {
    useSignalModel(sureOf('tired'));
    expect(signals(text)).not.toContain('DISTRESS');
  });

  it('hears no urgency told in the past', () => {
    useSignalModel(sureOf('tired'));
    expect(signals('he was tired last week')).not.toContain('URGENT');
  });

  // Sure of distress in `word`; of urgency, as sure as `urgent` for every message.
  function distressWithUrgency(word: string, urgent: number): SignalModel {
    const sure = sureOf(word);
    const bias = Math.log(urgent / (1 - urgent));
    return {
      bias: { ...sure.bias, urgent: bias },
      weights: { ...sure.weights, urgent: new Map() },
    };
  }

  it('decides the urgency of a distress only it heard, that distress as its cue', () => {
    // 97% sure of urgency: under the 99.5% it needs alone, over the 90% beside a cue.
    useSignalModel(distressWithUrgency('tired', 0.97));
    expect(signals('tired')).toEqual(['DISTRESS', 'URGENT']);
    useSignalModel(distressWithUrgency('tired', 0.5));
    expect(signals('tired')).toEqual(['DISTRESS']);
  });

  it('makes a weak cue of farewell urgent once it has made the distress', () => {
    // "prends soin de toi" alone is a farewell cue too weak to count.
    useSignalModel(null);
    expect(signals('prends soin de toi')).toEqual([]);
    useSignalModel(distressWithUrgency('prends soin de toi', 0.01));
    expect(signals('prends soin de toi')).toEqual(['DISTRESS', 'URGENT']);
    expect(createAnalyzer().analyze('prends soin de toi').distress).toEqual(['farewell']);
  });
});

describe('a sentence’s share of the model’s scores', () => {
  afterEach(() => useSignalModel(undefined));

  // The plain reading: every feature looked up in both lists of weights, in order.
  const byLookUp = (model: SignalModel, text: string) => {
    let distress = 0;
    let urgent = 0;
    for (const f of sentenceFeatures(text)) {
      distress += model.weights.distress.get(f) ?? 0;
      urgent += model.weights.urgent.get(f) ?? 0;
    }
    return { distress, urgent };
  };

  it('is the sum of its features’ weights, to the last bit', () => {
    const model = unpackSignalModel(shipped as never);
    useSignalModel(model);
    for (const text of [
      'je veux disparaitre, je suis un poids',
      'reponds vite stp, mon entretien est a 11h',
      'on se voit demain pour le dossier',
    ].map(signalText))
      expect(sentenceModelScores(text)).toEqual(byLookUp(model, text));
  });

  it('follows the model asked for, and a weight added to it', () => {
    const text = signalText('je suis fatiguee');
    const weights = new Map<number, number>();
    const model: SignalModel = {
      bias: { distress: 0, urgent: 0 },
      weights: { distress: weights, urgent: new Map() },
    };
    useSignalModel(model);
    expect(sentenceModelScores(text)).toEqual({ distress: 0, urgent: 0 });
    weights.set(sentenceFeatures(text)[0], 1.5);
    expect(sentenceModelScores(text)).toEqual({ distress: 1.5, urgent: 0 });
    useSignalModel(undefined);
    expect(sentenceModelScores(text)).toEqual(byLookUp(unpackSignalModel(shipped as never), text));
  });

  it('reads each sentence afresh: features listed once, in the order they come', () => {
    const text = signalText('je pleure, je pleure, je pleure');
    const first = sentenceFeatures(text);
    expect(new Set(first).size).toBe(first.length);
    expect(sentenceFeatures(text)).toEqual(first);
    expect(sentenceFeatures(signalText('je pleure'))).toEqual(
      first.slice(0, sentenceFeatures(signalText('je pleure')).length),
    );
  });
});
