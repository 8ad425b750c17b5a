// Trains the name model (lib/detect/recognizers/name-model.ts) and writes
// lib/detect/data/name-model.json: `npm run name-model`. With `--cv`, first prints what
// the analyzer catches, with the rules alone and with the model at several gates, when
// one training file at a time is left out. Deterministic: the same data gives the same
// file. Retrain after changing the entity sets, the name lists or the features.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blankCadreTags } from '../lib/detect/cadre-tags.ts';
import { createAnalyzer } from '../lib/detect/index.ts';
import { normalize, originalSpan } from '../lib/detect/normalize.ts';
import { NAME_FEATURE_BITS } from '../lib/detect/recognizers/name-features.ts';
import {
  NAME_GATES,
  NAME_KINDS,
  packNameModel,
  readWords,
  useNameModel,
  type NameKind,
  type NameModel,
} from '../lib/detect/recognizers/name-model.ts';
import { segment } from '../lib/detect/segment.ts';
import { tokenize } from '../lib/detect/tokenize.ts';
import { urlLikeMask } from '../lib/detect/url-mask.ts';
import { fitLogistic, type Settings } from './logistic-regression.ts';
import { nameTrainingExamples, type NameExample } from './name-model/training-data.ts';

const SETTINGS: Settings = {
  epochs: Number(process.env.EP ?? 20),
  learningRate: Number(process.env.LR ?? 0.2),
  l2: Number(process.env.L2 ?? 1e-4),
  bags: Number(process.env.BAGS ?? 3),
  // Features kept per kind, the strongest: the model must fit the content script's budget.
  kept: Number(process.env.KEPT ?? 950),
  bits: NAME_FEATURE_BITS,
};

const TYPE: Record<NameKind, string> = { person: 'PERSON', org: 'ORG' };

interface WordRow {
  features: number[];
  kind: Record<NameKind, boolean>;
}

/** Each word the model reads in the message, as the analyzer cuts and reads it, with
 * whether a marked name of each kind holds most of it. */
function wordRows(e: NameExample): WordRow[] {
  const normalized = normalize(blankCadreTags(e.text));
  const rows: WordRow[] = [];
  for (const seg of segment(normalized.text)) {
    const masked = urlLikeMask(seg.text);
    const tokens = tokenize(seg.text).filter((t) => !masked[t.start]);
    for (const { at, features } of readWords(tokens)) {
      const t = tokens[at];
      const [start, end] = originalSpan(normalized, seg.start + t.start, seg.start + t.end);
      const inside = (kind: NameKind) =>
        e.entities.some(
          (s) =>
            s.type === TYPE[kind] &&
            Math.min(end, s.end) - Math.max(start, s.start) >= (end - start) / 2,
        );
      rows.push({ features, kind: { person: inside('person'), org: inside('org') } });
    }
  }
  return rows;
}

function fit(rows: readonly WordRow[]): NameModel {
  const model: NameModel = { bias: { person: 0, org: 0 }, weights: {} as never };
  for (const kind of NAME_KINDS) {
    const fitted = fitLogistic(
      rows.map((r) => ({ x: [r.features], y: r.kind[kind] })),
      SETTINGS,
    );
    model.bias[kind] = fitted.bias;
    model.weights[kind] = fitted.weights;
  }
  return model;
}

const scorer = path.resolve(process.cwd(), '../shared/eval/score.mjs');

interface Figures {
  gold: number;
  caught: number;
  pred: number;
  falseAlarm: number;
}

/** The shared scorer's name group on these messages, read by the whole analyzer. */
function nameFigures(model: NameModel | null, held: NameExample[], work: string): Figures {
  useNameModel(model);
  const analyzer = createAnalyzer();
  const gold = path.join(work, 'gold.jsonl');
  const pred = path.join(work, 'pred.jsonl');
  writeFileSync(gold, held.map((e) => JSON.stringify(e)).join('\n') + '\n');
  writeFileSync(
    pred,
    held.map((e) => JSON.stringify({ id: e.id, entities: analyzer.findings(e.text) })).join('\n') +
      '\n',
  );
  const scored = JSON.parse(
    execFileSync(process.execPath, [scorer, gold, pred, '--json'], { encoding: 'utf8' }),
  ) as { groups: Record<string, Figures | undefined> };
  return scored.groups.name ?? { gold: 0, caught: 0, pred: 0, falseAlarm: 0 };
}

/** With --show, at the shipped gate: each name the model adds, right or wrong. */
function showWhatTheModelAdds(model: NameModel, held: NameExample[]): void {
  useNameModel(model);
  const withModel = createAnalyzer();
  const added = held.map((e) => withModel.findings(e.text));
  useNameModel(null);
  const rulesAlone = createAnalyzer();
  held.forEach((e, i) => {
    const before = new Set(rulesAlone.findings(e.text).map((f) => `${f.start}:${f.end}`));
    for (const f of added[i]) {
      if (before.has(`${f.start}:${f.end}`)) continue;
      const right = e.entities.some((s) => s.start < f.end && f.start < s.end);
      console.log(
        `${right ? 'caught' : 'FALSE '} ${f.type} "${f.text}" :: ${e.text.slice(0, 120)}`,
      );
    }
  });
}

const CV_GATES = (process.env.CV_GATES ?? '0.8,0.85,0.9').split(',').map(Number);

function crossValidate(examples: NameExample[], rowsOf: Map<NameExample, WordRow[]>): void {
  const sources = [...new Set(examples.map((e) => e.source))];
  const shipped = { ...NAME_GATES };
  const totals = new Map<string, Figures>();
  const work = mkdtempSync(path.join(os.tmpdir(), 'cadre-names-'));
  const percent = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
  try {
    for (const source of sources) {
      const held = examples.filter((e) => e.source === source);
      if (!held.some((e) => e.entities.length)) continue;
      const model = fit(examples.filter((e) => e.source !== source).flatMap((e) => rowsOf.get(e)!));
      const readings: Array<[string, Figures]> = [['rules alone', nameFigures(null, held, work)]];
      for (const gate of CV_GATES)
        for (const wordToo of [gate, 0.95, 0.99, 2]) {
          if (wordToo < gate) continue;
          Object.assign(NAME_GATES, { person: gate, org: gate, wordToo });
          readings.push([`model at ${gate}, words ${wordToo}`, nameFigures(model, held, work)]);
        }
      Object.assign(NAME_GATES, shipped);
      if (process.argv.includes('--show')) showWhatTheModelAdds(model, held);
      console.log(source);
      for (const [name, f] of readings) {
        console.log(
          `  ${name.padEnd(26)} recall ${percent(f.caught, f.gold)}  precision ${percent(f.pred - f.falseAlarm, f.pred)}  false alarms ${f.falseAlarm}`,
        );
        const t = totals.get(name) ?? { gold: 0, caught: 0, pred: 0, falseAlarm: 0 };
        totals.set(name, {
          gold: t.gold + f.gold,
          caught: t.caught + f.caught,
          pred: t.pred + f.pred,
          falseAlarm: t.falseAlarm + f.falseAlarm,
        });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    useNameModel(undefined);
  }
  console.log('All files, one left out at a time (names and companies):');
  for (const [name, f] of totals)
    console.log(
      `  ${name.padEnd(26)} recall ${percent(f.caught, f.gold)}  precision ${percent(f.pred - f.falseAlarm, f.pred)}  false alarms ${f.falseAlarm}`,
    );
}

const examples = nameTrainingExamples();
const rowsOf = new Map(examples.map((e) => [e, wordRows(e)]));
if (process.argv.includes('--cv')) crossValidate(examples, rowsOf);
const rows = examples.flatMap((e) => rowsOf.get(e)!);
const about =
  `Generated by scripts/train-name-model.ts (npm run name-model) from ${examples.length} ` +
  `messages, ${rows.length} words: do not edit.`;
const out = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../lib/detect/data/name-model.json',
);
const packed = packNameModel(fit(rows), about);
writeFileSync(out, JSON.stringify(packed) + '\n');
console.log(
  `wrote ${path.relative(process.cwd(), out)} (${(packed.packed.length / 1024).toFixed(1)} KB)`,
);
