// Trains the signal model (lib/detect/signals/model.ts) and writes
// lib/detect/data/signal-model.json: `npm run signal-model`. With `--cv`, first prints
// what the model and the rules each catch when one training file at a time is left out.
// Deterministic: the same data gives the same file. Retrain after changing the signal
// sets or the features, and say in the commit what the blind sets measure after.
// Measuring only (nothing written): `--hold=voices --hold-only` trains without the files
// whose path holds "voices" and scores them (a writer no model learnt from), beside the
// rules alone and the shipped model at every gate; `--concepts` adds the concept features
// (signals/concept-features.ts), measured in lib/detect/README.md and not shipped.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zopfli from '@gfx/zopfli';
import { bytesToAscii } from '../lib/detect/ascii-bytes.ts';
import { createAnalyzer } from '../lib/detect/index.ts';
import { normalize } from '../lib/detect/normalize.ts';
import { segment } from '../lib/detect/segment.ts';
import { conceptFeatures } from '../lib/detect/signals/concept-features.ts';
import {
  FEATURE_BITS,
  sentenceFeatures,
  useExtraFeatures,
} from '../lib/detect/signals/model-features.ts';
import {
  MODEL_GATES,
  MODEL_SIGNALS,
  packSignalModel,
  useSignalModel,
  type ModelSignal,
  type SignalModel,
} from '../lib/detect/signals/model.ts';
import { signalText } from '../lib/detect/signals/normalize.ts';
import { fitLogistic, type Settings } from './logistic-regression.ts';
import { trainingExamples, type Example } from './signal-model/training-data.ts';

// The trainer's settings were chosen by leaving one training file out at a time (--cv).
const SETTINGS: Settings = {
  epochs: Number(process.env.EP ?? 10),
  learningRate: Number(process.env.LR ?? 0.2),
  l2: Number(process.env.L2 ?? 1e-3),
  bags: Number(process.env.BAGS ?? 5),
  // Features kept for DISTRESS, the strongest: the model must fit the content script's
  // budget. URGENT, whose rules carry most of its recall, keeps URGENT_KEPT.
  kept: Number(process.env.DISTRESS_KEPT ?? 2100),
  bits: FEATURE_BITS,
};

const URGENT_KEPT = Number(process.env.URGENT_KEPT ?? 1200);

// --concepts: the sentences are also read as concepts (signals/concept-features.ts).
const CONCEPTS = process.argv.includes('--concepts');
// --hold=NAME: the files whose path holds NAME are left out of training and
// cross-validation, and scored after, against the rules alone and the shipped model.
const HOLD = process.argv.find((a) => a.startsWith('--hold='))?.slice('--hold='.length);

type Sentences = number[][];

/** The message's sentences as the analyzer cuts and reads them (lib/detect/index.ts). */
function messageFeatures(text: string): Sentences {
  return segment(normalize(text).text).map((s) => sentenceFeatures(signalText(s.text)));
}

function fit(examples: Array<Example & { x: Sentences }>): SignalModel {
  const model: SignalModel = { bias: { distress: 0, urgent: 0 }, weights: {} as never };
  for (const signal of MODEL_SIGNALS) {
    const fitted = fitLogistic(
      examples.map((e) => ({ x: e.x, y: e[signal] })),
      signal === 'urgent' ? { ...SETTINGS, kept: URGENT_KEPT } : SETTINGS,
    );
    model.bias[signal] = fitted.bias;
    model.weights[signal] = fitted.weights;
  }
  return model;
}

/** What the whole analyzer says of each held-out message, with `model` or the rules alone. */
function verdicts(
  model: SignalModel | null | undefined,
  held: Example[],
): Array<Record<ModelSignal, boolean>> {
  useSignalModel(model);
  // The shipped model was trained without concepts: it is read as it was trained.
  useExtraFeatures(CONCEPTS && model !== undefined ? conceptFeatures : undefined);
  const analyzer = createAnalyzer();
  return held.map((e) => {
    const { signals } = analyzer.analyze(e.text);
    return { distress: signals.includes('DISTRESS'), urgent: signals.includes('URGENT') };
  });
}

/** The gates tried by --cv: how sure alone, how sure beside a weak cue. */
const GATES = [
  [0.9, 0.97],
  [0.95, 0.98],
  [0.97, 0.99],
  [0.98, 0.99],
  [0.99, 0.995],
  [0.995, 0.995],
  [2, 2],
].flatMap(([distress, urgent]) =>
  [0.6, 0.7, 0.8, 0.9, 0.95].map((withCue) => ({ alone: { distress, urgent }, withCue })),
);

const percent = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;

/** Recall and precision of each reading of `held`, per signal. */
function report(
  held: Example[],
  readings: Array<[string, Array<Record<ModelSignal, boolean>>]>,
): void {
  for (const signal of MODEL_SIGNALS)
    for (const [name, said] of readings) {
      let [tp, fp, fn] = [0, 0, 0];
      held.forEach((e, i) => {
        if (said[i][signal] && e[signal]) tp++;
        else if (said[i][signal]) fp++;
        else if (e[signal]) fn++;
      });
      console.log(
        `  ${signal.padEnd(8)} ${name.padEnd(36)} recall ${percent(tp, tp + fn)}  precision ${percent(tp, tp + fp)}  false alarms ${fp}`,
      );
    }
}

/** The held-out files (--hold): a model fit on the rest, beside the rules and the shipped model. */
function scoreHeld(train: Array<Example & { x: Sentences }>, held: Example[]): void {
  const shipped = structuredClone(MODEL_GATES);
  const model = fit(train);
  const readings: Array<[string, Array<Record<ModelSignal, boolean>>]> = [
    ['rules alone', verdicts(null, held)],
    ['shipped model', verdicts(undefined, held)],
  ];
  for (const gate of GATES) {
    Object.assign(MODEL_GATES, gate);
    const name = `alone ${gate.alone.distress}, ${gate.alone.urgent}; cue ${gate.withCue}`;
    readings.push([name, verdicts(model, held)]);
    // The shipped model was not trained on the held files either: its gates are tried too.
    readings.push([`shipped, ${name}`, verdicts(undefined, held)]);
  }
  Object.assign(MODEL_GATES, shipped);
  if (process.argv.includes('--show'))
    showOwnFalseAlarms(held, readings[0][1], verdicts(model, held));
  console.log(`Held out (${HOLD}, ${held.length} messages), a model fit on the rest:`);
  report(held, readings);
}

/**
 * With --show, at the shipped gates: the held messages the model raised falsely, and
 * those whose rightful signal it took away.
 */
function showOwnFalseAlarms(
  held: Example[],
  rules: Array<Record<ModelSignal, boolean>>,
  withModel: Array<Record<ModelSignal, boolean>>,
): void {
  held.forEach((e, i) => {
    for (const signal of MODEL_SIGNALS)
      if (withModel[i][signal] !== rules[i][signal] && withModel[i][signal] !== e[signal])
        console.log(
          `${withModel[i][signal] ? 'false' : 'lost'} ${signal} (${e.source}): ${e.text.slice(0, 160)}`,
        );
  });
}

function crossValidate(examples: Array<Example & { x: Sentences }>): void {
  const sources = [...new Set(examples.map((e) => e.source))];
  const shipped = structuredClone(MODEL_GATES);
  // Everything; the files written for the model alone (the rules were never written from
  // them: what the model adds on wordings nobody tuned to); the blind sets' read halves
  // (written as people write, the rules tuned to them: what the model adds in false alarms).
  const groups: Array<[string, (source: string) => boolean]> = [
    ['One file (FOLDS: one group of files) left out at a time, all files:', () => true],
    [
      'Of them, the files written for the model (signal-training/, never read by the rules):',
      (source) => source.startsWith('test/fixtures/signal-training/'),
    ],
    ["Of them, the blind sets' read halves:", (source) => source.endsWith('(read half)')],
  ];
  const tallies = groups.map(() => new Map<string, Map<string, number>>());
  const count = (source: string, name: string, key: string) =>
    groups.forEach(([, within], g) => {
      if (!within(source)) return;
      const map = tallies[g].get(name) ?? new Map<string, number>();
      tallies[g].set(name, map.set(key, (map.get(key) ?? 0) + 1));
    });
  // FOLDS=k (a quicker look while exploring): the files dealt into k groups, one group
  // left out at a time. Without it, one file at a time.
  const folds = Number(process.env.FOLDS ?? 0);
  const foldOf = (source: string) => (folds > 0 ? String(sources.indexOf(source) % folds) : source);
  for (const fold of [...new Set(sources.map(foldOf))]) {
    const held = examples.filter((e) => foldOf(e.source) === fold);
    const model = fit(examples.filter((e) => foldOf(e.source) !== fold));
    Object.assign(MODEL_GATES, shipped);
    const readings: Array<[string, Array<Record<ModelSignal, boolean>>]> = [
      ['rules alone', verdicts(null, held)],
    ];
    for (const gate of GATES) {
      Object.assign(MODEL_GATES, gate);
      readings.push([
        `alone ${gate.alone.distress}, ${gate.alone.urgent}; cue ${gate.withCue}`,
        verdicts(model, held),
      ]);
    }
    if (process.argv.includes('--show'))
      showOwnFalseAlarms(held, readings[0][1], verdicts(model, held));
    for (const [name, said] of readings)
      held.forEach((e, i) => {
        for (const signal of MODEL_SIGNALS) {
          const outcome = said[i][signal] ? (e[signal] ? 'tp' : 'fp') : e[signal] ? 'fn' : 'tn';
          count(e.source, name, `${signal} ${outcome}`);
        }
      });
  }
  Object.assign(MODEL_GATES, shipped);
  useSignalModel(undefined);
  groups.forEach(([title], g) => {
    console.log(title);
    for (const signal of MODEL_SIGNALS)
      for (const [name, map] of tallies[g]) {
        const [tp, fp, fn] = ['tp', 'fp', 'fn'].map((o) => map.get(`${signal} ${o}`) ?? 0);
        console.log(
          `  ${signal.padEnd(8)} ${name.padEnd(26)} recall ${percent(tp, tp + fn)}  precision ${percent(tp, tp + fp)}  false alarms ${fp}`,
        );
      }
  });
}

useExtraFeatures(CONCEPTS ? conceptFeatures : undefined);
const all = trainingExamples().map((e) => ({ ...e, x: messageFeatures(e.text) }));
const heldOut = (e: Example) => HOLD !== undefined && e.source.includes(HOLD);
const examples = all.filter((e) => !heldOut(e));
if (process.argv.some((a) => a.startsWith('--cv'))) crossValidate(examples);
if (HOLD !== undefined) scoreHeld(examples, all.filter(heldOut));
// --cv-only: measure, write nothing (several settings tried side by side).
// --concepts measures only: the content script reads no concept (lib/detect/README.md).
if (CONCEPTS || process.argv.includes('--cv-only') || process.argv.includes('--hold-only'))
  process.exit(0);
const about =
  `Generated by scripts/train-signal-model.ts (npm run signal-model) from ${examples.length} ` +
  'labelled messages: do not edit.';
const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../lib/detect/data/signal-model.json',
);
// Deflated by Zopfli (about 6% tighter than fflate, which inflates it as well).
let raw: Uint8Array = new Uint8Array();
const packed = packSignalModel(fit(examples), about, (bytes) => (raw = bytes));
const deflated = await zopfli.deflateAsync(raw, { numiterations: 15 });
Object.assign(packed, { packed: bytesToAscii(deflated), bytes: deflated.length });
writeFileSync(out, JSON.stringify(packed) + '\n');
console.log(
  `wrote ${path.relative(process.cwd(), out)} (${(packed.packed.length / 1024).toFixed(1)} KB)`,
);
