// Only the fields read at run time, so that the bundle leaves the file's `about` line out.
import { bias, bytes, packed, scale } from '../data/signal-model.json';
import { packWeights, unpackWeights, type PackedWeights } from '../packed-weights.ts';
import { FEATURE_BITS, sentenceFeatures } from './model-features.ts';

// A second reader of distress and urgency, learnt from Cadre's signal sets
// (scripts/train-signal-model.ts): a logistic regression over the words, word pairs and
// character runs of each sentence (model-features.ts). The rules know wordings; the model
// knows the vocabulary around them, and catches what people say in words no rule lists.
// Its score is a sum over features, so each sentence's share is read once and cached
// with the sentence, and a message adds them up.

export type ModelSignal = 'distress' | 'urgent';

/**
 * How sure the model must be: on its own, and beside a cue of the rules too weak to count
 * alone. Chosen by leaving one training file out at a time (`npm run signal-model -- --cv`
 * prints the figures for each pair); changed only by that script while it measures.
 */
export const MODEL_GATES: { alone: Record<ModelSignal, number>; withCue: number } = {
  alone: { distress: 0.99, urgent: 0.995 },
  withCue: 0.9,
};
export const MODEL_SIGNALS: readonly ModelSignal[] = ['distress', 'urgent'];

export interface SignalModel {
  /** Per signal: the score of an empty message, and each feature's weight. */
  bias: Record<ModelSignal, number>;
  weights: Record<ModelSignal, Map<number, number>>;
}

export type PackedSignalModel = PackedWeights<ModelSignal>;

/** Build time: the model's weights, each in one signed byte, the whole deflated. */
export function packSignalModel(
  model: SignalModel,
  about: string,
  deflate?: (bytes: Uint8Array) => Uint8Array,
): PackedSignalModel {
  return packWeights(MODEL_SIGNALS, model, about, deflate);
}

/** Run time: the weights back from their packed form. */
export function unpackSignalModel(packed: PackedSignalModel): SignalModel {
  return { bias: packed.bias, weights: unpackWeights(MODEL_SIGNALS, packed) };
}

let model: SignalModel | null | undefined;
const loaded = () =>
  model === undefined
    ? (model = unpackSignalModel({ about: '', bias, scale, packed, bytes } as PackedSignalModel))
    : model;

/**
 * Training, cross-validation and tests only: reads with another model, with none (null,
 * the rules alone), or with the shipped one again (undefined). Takes effect for
 * analyzers created after the call (they cache sentences).
 */
export function useSignalModel(other: SignalModel | null | undefined): void {
  model = other;
}

// One bit per feature number: whether either signal weighs it. Most of a sentence's
// features weigh nothing, and a bit tells so faster than two look-ups.
const FEATURES = 2 ** FEATURE_BITS;
// Read again when the model, or the number of its weights, changes.
let weighed: { model: SignalModel; count: number; bits: Uint32Array } | undefined;
function weighedBits(current: SignalModel): Uint32Array {
  const count = current.weights.distress.size + current.weights.urgent.size;
  if (weighed?.model === current && weighed.count === count) return weighed.bits;
  const bits = new Uint32Array(FEATURES / 32);
  for (const signal of MODEL_SIGNALS)
    for (const feature of current.weights[signal].keys())
      bits[feature >>> 5] |= 1 << (feature & 31);
  weighed = { model: current, count, bits };
  return bits;
}

/** A sentence's share of each signal's score (its text in the patterns' form). */
export function sentenceModelScores(text: string): Record<ModelSignal, number> {
  const current = loaded();
  if (!current) return { distress: 0, urgent: 0 };
  const { weights } = current;
  const bits = weighedBits(current);
  let distress = 0;
  let urgent = 0;
  for (const feature of sentenceFeatures(text)) {
    // A feature beyond the bits (a model with wider numbers) is looked up as any other.
    if (feature < FEATURES && (bits[feature >>> 5] & (1 << (feature & 31))) === 0) continue;
    distress += weights.distress.get(feature) ?? 0;
    urgent += weights.urgent.get(feature) ?? 0;
  }
  return { distress, urgent };
}

/** How sure the model is of the signal (0–1), given the shares of the message's sentences. */
export function modelConfidence(signal: ModelSignal, shares: readonly number[]): number {
  const current = loaded();
  if (!current) return 0;
  let score = current.bias[signal];
  for (const share of shares) score += share;
  return 1 / (1 + Math.exp(-score));
}
