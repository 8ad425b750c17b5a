// The trainer behind Cadre's learnt readers (train-signal-model.ts, train-name-model.ts):
// plain stochastic gradient descent on the log loss, L2-regularised, averaged over BAGS
// runs in different orders. A row is a list of feature groups (a message's sentences, or
// one word's features): its score is the sum of its features' weights.

export interface Settings {
  epochs: number;
  learningRate: number;
  l2: number;
  bags: number;
  /** How many features to keep, the strongest: the model must fit the content script. */
  kept: number;
  bits: number;
}

export interface Row {
  x: number[][];
  y: boolean;
}

export interface Fitted {
  bias: number;
  weights: Map<number, number>;
}

/**
 * The average of `bags` runs over the same rows in different orders: a linear model's
 * average is one linear model, steadier than any single run (less swayed by the order
 * the last examples came in).
 */
function train(
  rows: readonly Row[],
  s: Settings,
  kept?: ReadonlySet<number>,
): { bias: number; w: Float64Array } {
  const w = new Float64Array(1 << s.bits);
  let bias = 0;
  for (let bag = 0; bag < s.bags; bag++) {
    const run = trainOnce(rows, s, kept, 20261201 + bag);
    bias += run.bias / s.bags;
    for (let f = 0; f < w.length; f++) if (run.w[f]) w[f] += run.w[f] / s.bags;
  }
  return { bias, w };
}

function trainOnce(
  rows: readonly Row[],
  s: Settings,
  kept: ReadonlySet<number> | undefined,
  firstSeed: number,
): { bias: number; w: Float64Array } {
  const w = new Float64Array(1 << s.bits);
  let bias = 0;
  let seed = firstSeed;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < s.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { x, y } = rows[i];
      let z = bias;
      for (const group of x) for (const f of group) z += w[f];
      const gradient = (y ? 1 : 0) - 1 / (1 + Math.exp(-z));
      bias += s.learningRate * gradient;
      for (const group of x)
        for (const f of group)
          if (!kept || kept.has(f)) w[f] += s.learningRate * (gradient - s.l2 * w[f]);
    }
  }
  return { bias, w };
}

function strongest(w: Float64Array, count: number): Map<number, number> {
  const features = [...w.keys()].filter((f) => w[f] !== 0);
  features.sort((a, b) => Math.abs(w[b]) - Math.abs(w[a]) || a - b);
  return new Map(features.slice(0, count).map((f) => [f, w[f]]));
}

/**
 * Trained, then trained again on the strongest features alone, so that the weights left
 * out are not missed: a pruned model that kept only its strongest words would be
 * overconfident.
 */
export function fitLogistic(rows: readonly Row[], s: Settings): Fitted {
  const kept = new Set(strongest(train(rows, s).w, s.kept).keys());
  const { bias, w } = train(rows, s, kept);
  return { bias, weights: strongest(w, s.kept) };
}
