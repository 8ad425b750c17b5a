import { deflateSync, inflateSync } from 'fflate';
import { asciiToBytes, bytesToAscii } from './ascii-bytes.ts';

// The weights of a learnt reader (a logistic regression per class) as the content script
// ships them: per class, how many features, their numbers as growing gaps (LEB128), then
// one signed byte per weight (−127…127 times the class's scale); the whole deflated and
// written as printable text.

export interface PackedWeights<C extends string> {
  about: string;
  bias: Record<C, number>;
  scale: Record<C, number>;
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

/** Build time: each class's weights in one signed byte each, the whole deflated. */
export function packWeights<C extends string>(
  classes: readonly C[],
  model: { bias: Record<C, number>; weights: Record<C, Map<number, number>> },
  about: string,
  deflate: (bytes: Uint8Array) => Uint8Array = (bytes) => deflateSync(bytes, { level: 9 }),
): PackedWeights<C> {
  const out: number[] = [];
  const scale = {} as Record<C, number>;
  for (const c of classes) {
    const entries = [...model.weights[c]].sort((a, b) => a[0] - b[0]);
    const largest = Math.max(...entries.map(([, w]) => Math.abs(w)));
    scale[c] = largest / 127;
    writeGap(out, entries.length);
    let previous = 0;
    for (const [feature] of entries) {
      writeGap(out, feature - previous);
      previous = feature;
    }
    for (const [, weight] of entries) out.push(Math.round(weight / scale[c]) & 0xff);
  }
  const deflated = deflate(Uint8Array.from(out));
  return { about, bias: model.bias, scale, packed: bytesToAscii(deflated), bytes: deflated.length };
}

/** Run time: each class's weights back from their packed form. */
export function unpackWeights<C extends string>(
  classes: readonly C[],
  packed: PackedWeights<C>,
): Record<C, Map<number, number>> {
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
  const weights = {} as Record<C, Map<number, number>>;
  for (const c of classes) {
    const count = readGap();
    const features: number[] = [];
    let feature = 0;
    for (let i = 0; i < count; i++) features.push((feature += readGap()));
    const map = new Map<number, number>();
    for (const f of features) map.set(f, ((bytes[at++] << 24) >> 24) * packed.scale[c]);
    weights[c] = map;
  }
  return weights;
}
