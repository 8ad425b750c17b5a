import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// The shared evaluation corpus lives beside the repository, not in it.
const evalDir = path.resolve(process.cwd(), '../shared/eval');
const gold = path.join(evalDir, 'dev.jsonl');
const scorer = path.join(evalDir, 'score.mjs');
const present = existsSync(gold) && existsSync(scorer);
// On CI the corpus must be there: a gate that skips itself there would pass unseen.
const skip = !present && process.env.CI !== 'true';

// Floors at the figures reached; raise them when the engine improves, never lower them.
const FLOOR = {
  recall: 0.99,
  precision: 0.99,
  urgentRecall: 1,
  // Issue 10 makes passive ideation URGENT as well as DISTRESS; dev.jsonl tags one such
  // line ("si je disparaissais, personne ne s'en rendrait compte") DISTRESS only.
  urgentPrecision: 0.9,
  distressRecall: 1,
  distressPrecision: 1,
};
const MUST_CATCH_ALL = ['EMAIL', 'PHONE', 'IBAN', 'CARD', 'NIR', 'SIRET'];

describe.skipIf(skip)('dev corpus (../shared/eval/dev.jsonl) scored with score.mjs', () => {
  it('stays at or above its floor', () => {
    expect(present, `${gold} and ${scorer} are needed when CI=true`).toBe(true);
    const lines = readFileSync(gold, 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    const predictions = lines.map((line) => {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      const { findings, signals } = analyze(text);
      return JSON.stringify({
        id,
        entities: findings.map(({ start, end, type, score }) => ({ start, end, type, score })),
        signals: signals.filter((s) => s !== 'VAGUE'),
      });
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cadre-corpus-'));
    try {
      const file = path.join(dir, 'pred.jsonl');
      writeFileSync(file, predictions.join('\n') + '\n');
      const result = JSON.parse(
        execFileSync(process.execPath, [scorer, gold, file, '--json'], { encoding: 'utf8' }),
      );
      expect(result.overall.recall).toBeGreaterThanOrEqual(FLOOR.recall);
      expect(result.overall.precision).toBeGreaterThanOrEqual(FLOOR.precision);
      expect(result.signals.URGENT.recall).toBeGreaterThanOrEqual(FLOOR.urgentRecall);
      expect(result.signals.URGENT.precision).toBeGreaterThanOrEqual(FLOOR.urgentPrecision);
      expect(result.signals.DISTRESS.recall).toBeGreaterThanOrEqual(FLOOR.distressRecall);
      expect(result.signals.DISTRESS.precision).toBeGreaterThanOrEqual(FLOOR.distressPrecision);
      for (const type of MUST_CATCH_ALL) {
        const t = result.types[type];
        if (t) expect(`${type} ${t.caught}/${t.gold}`).toBe(`${type} ${t.gold}/${t.gold}`);
      }
      const idAlarms = (result.alarms as string[]).filter((a) =>
        MUST_CATCH_ALL.some((type) => a.includes(` ${type} `)),
      );
      expect(idAlarms).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

if (skip)
  console.warn(
    `detect corpus test skipped: ${gold} not found (the shared evaluation corpus sits beside the repository).`,
  );
