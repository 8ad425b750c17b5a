import { deflateSync, inflateSync } from 'fflate';
import { asciiToBytes, bytesToAscii } from '../ascii-bytes.ts';
import packedModel from '../data/signal-model.json';
import { sentenceFeatures } from './model-features.ts';

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

export interface PackedSignalModel {
  about: string;
  bias: Record<ModelSignal, number>;
  /** A weight is its byte (−127…127) times the scale. */
  scale: Record<ModelSignal, number>;
  /** Per signal: how many features, their numbers as growing gaps (LEB128), their bytes; deflated. */
  packed: string;
  bytes: number;
}

function writeGap(out: number[], gap: number): void {
  let rest = gap;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
}

/** Build time: the model's weights, each in one signed byte, the whole deflated. */
export function packSignalModel(
  model: SignalModel,
  about: string,
  deflate: (bytes: Uint8Array) => Uint8Array = (bytes) => deflateSync(bytes, { level: 9 }),
): PackedSignalModel {
  const out: number[] = [];
  const scale = {} as Record<ModelSignal, number>;
  for (const signal of MODEL_SIGNALS) {
    const entries = [...model.weights[signal]].sort((a, b) => a[0] - b[0]);
    const largest = Math.max(...entries.map(([, w]) => Math.abs(w)));
    scale[signal] = largest / 127;
    writeGap(out, entries.length);
    let previous = 0;
    for (const [feature] of entries) {
      writeGap(out, feature - previous);
      previous = feature;
    }
    for (const [, weight] of entries) out.push(Math.round(weight / scale[signal]) & 0xff);
  }
  const deflated = deflate(Uint8Array.from(out));
  return { about, bias: model.bias, scale, packed: bytesToAscii(deflated), bytes: deflated.length };
}

/** Run time: the weights back from their packed form. */
export function unpackSignalModel(packed: PackedSignalModel): SignalModel {
  const bytes = inflateSync(asciiToBytes(packed.packed, packed.bytes));
  let at = 0;
  const readGap = () => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  const weights = {} as Record<ModelSignal, Map<number, number>>;
  for (const signal of MODEL_SIGNALS) {
    const count = readGap();
    const features: number[] = [];
    let feature = 0;
    for (let i = 0; i < count; i++) features.push((feature += readGap()));
    const map = new Map<number, number>();
    for (const f of features) map.set(f, ((bytes[at++] << 24) >> 24) * packed.scale[signal]);
    weights[signal] = map;
  }
  return { bias: packed.bias, weights };
}

let model: SignalModel | null | undefined;
const loaded = () =>
  model === undefined ? (model = unpackSignalModel(packedModel as PackedSignalModel)) : model;

/**
 * Training, cross-validation and tests only: reads with another model, with none (null,
 * the rules alone), or with the shipped one again (undefined). Takes effect for
 * analyzers created after the call (they cache sentences).
 */
export function useSignalModel(other: SignalModel | null | undefined): void {
  model = other;
}

/** A sentence's share of each signal's score (its text in the patterns' form). */
export function sentenceModelScores(text: string): Record<ModelSignal, number> {
  const current = loaded();
  if (!current) return { distress: 0, urgent: 0 };
  const { weights } = current;
  let distress = 0;
  let urgent = 0;
  for (const feature of sentenceFeatures(text)) {
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
