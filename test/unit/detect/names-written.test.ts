import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// Names and companies written fresh by writers who never saw the rules
// (test/fixtures/names-written/README.md), now read: floors at the figures reached, for
// names and companies together. Raise them when the engine improves, never lower them.
const folder = path.resolve(process.cwd(), 'test/fixtures/names-written');
const scorer = path.resolve(process.cwd(), '../shared/eval/score.mjs');
const FLOOR = { recall: 0.782, precision: 0.961 };

interface Group {
  gold: number;
  caught: number;
  pred: number;
  falseAlarm: number;
}

function nameGroup(file: string): Group {
  const gold = path.join(folder, file);
  const predictions = readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      return JSON.stringify({ id, entities: analyze(text).findings });
    });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadre-names-'));
  try {
    const pred = path.join(dir, 'pred.jsonl');
    writeFileSync(pred, predictions.join('\n') + '\n');
    const scored = JSON.parse(
      execFileSync(process.execPath, [scorer, gold, pred, '--json'], { encoding: 'utf8' }),
    ) as { groups: { name: Group } };
    return scored.groups.name;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!existsSync(scorer) && !process.env.CI)('names written fresh', () => {
  it('keep their floor for names and companies together', { timeout: 60_000 }, () => {
    const files = readdirSync(folder).filter((name) => name.endsWith('.jsonl'));
    expect(files).toHaveLength(6);
    const all = files.map(nameGroup).reduce((a, b) => ({
      gold: a.gold + b.gold,
      caught: a.caught + b.caught,
      pred: a.pred + b.pred,
      falseAlarm: a.falseAlarm + b.falseAlarm,
    }));
    expect(all.gold).toBeGreaterThan(3000);
    expect(all.caught / all.gold).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(1 - all.falseAlarm / all.pred).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});
