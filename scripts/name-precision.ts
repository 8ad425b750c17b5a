// What a change to the gazetteer does to names on clean and lower-case text: recall and
// precision (shared scorer, ../shared/eval/score.mjs) on the dev corpus, the sloppy and
// tidy sets, the same in lower case, and the false alarms on ordinary lower-case
// messages (test/fixtures/detect-traps/lower-case.txt). Run: npx tsx scripts/name-precision.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/detect/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SETS: Record<string, string> = {
  dev: '../shared/eval/dev.jsonl',
  'sloppy tuned': 'test/fixtures/detect-sloppy/tuned.jsonl',
  'sloppy held': 'test/fixtures/detect-sloppy/heldout.jsonl',
  tidy: 'test/fixtures/detect-tidy/tidy.jsonl',
  fresh: 'test/fixtures/detect-tidy/fresh.jsonl',
};

interface Gold {
  id: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string }>;
}

const readJsonl = (file: string): Gold[] =>
  readFileSync(path.resolve(root, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);

interface Tally {
  gold: number;
  caught: number;
  falseAlarm: number;
  recall: number;
  precision: number;
}

/** Recall and precision over all entities, as the shared scorer counts them. */
function score(gold: Gold[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'names-'));
  try {
    const goldFile = path.join(dir, 'gold.jsonl');
    const predFile = path.join(dir, 'pred.jsonl');
    writeFileSync(goldFile, gold.map((g) => JSON.stringify(g)).join('\n'));
    writeFileSync(
      predFile,
      gold
        .map((g) => {
          const { findings } = analyze(g.text);
          const entities = findings.map(({ start, end, type }) => ({ start, end, type }));
          return JSON.stringify({ id: g.id, entities, signals: [] });
        })
        .join('\n'),
    );
    const out = JSON.parse(
      execFileSync(
        'node',
        [path.resolve(root, '../shared/eval/score.mjs'), goldFile, predFile, '--json'],
        {
          encoding: 'utf8',
        },
      ),
    ) as { overall: Tally; groups: { name?: Tally } };
    const name = out.groups.name;
    const pc = (x: number) => `${(100 * x).toFixed(1)}%`;
    return `${pc(out.overall.recall)} / ${pc(out.overall.precision)} (names ${name ? `${name.caught}/${name.gold} caught, ${name.falseAlarm} false` : '-'})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Lower case keeps every offset for the text of these sets (checked below).
const lowered = (gold: Gold[]): Gold[] =>
  gold.map((g) => {
    const text = g.text.toLowerCase();
    if (text.length !== g.text.length) throw new Error(`${g.id}: lower case moved offsets`);
    return { ...g, text };
  });

console.log('set           recall / precision, as written   and in lower case');
for (const [name, file] of Object.entries(SETS)) {
  const gold = readJsonl(file);
  console.log(`${name.padEnd(13)} ${score(gold)}   lower case: ${score(lowered(gold))}`);
}

const traps = readFileSync(path.join(root, 'test/fixtures/detect-traps/lower-case.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));
const alarms = traps.flatMap((t) =>
  analyze(t)
    .findings.filter((f) => f.type === 'PERSON' || f.type === 'ORG')
    .map((f) => `${f.type} "${f.text}" in: ${t}`),
);
console.log(`traps: ${alarms.length} false alarms in ${traps.length} ordinary lower-case messages`);
for (const a of alarms) console.log(`  ${a}`);
