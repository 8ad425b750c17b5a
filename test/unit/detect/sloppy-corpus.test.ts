import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';

// The sloppy dev set (test/fixtures/detect-sloppy/README.md): messages typed on a phone
// and identifiers pasted from bank pages. The tuned half was read while writing the
// rules; the held-out half was written before any rule and never read line by line.
const fixtures = path.resolve(process.cwd(), 'test/fixtures/detect-sloppy');
const scorer = path.resolve(process.cwd(), '../shared/eval/score.mjs');
const present = existsSync(scorer);

// Floors at the figures reached; raise them when the engine improves, never lower them.
// The held-out half was read for the phenomena it showed once its first figure was
// taken (92.0% recall): it is now tuned text too. The tidy set (../detect-tidy) checks
// precision on clean text.
const FLOORS = {
  tuned: { recall: 0.98, precision: 0.99 },
  heldout: { recall: 0.98, precision: 0.99 },
  tidy: { recall: 0.98, precision: 0.98 },
  fresh: { recall: 0.99, precision: 0.99 },
  // Addresses and companies as typed (their READMEs): written from the formats and the
  // grammar, each split into a dev part the rules were written from and a held part
  // scored only before and after them.
  'addresses-dev': { recall: 1, precision: 1 },
  'addresses-held': { recall: 1, precision: 1 },
  'companies-dev': { recall: 0.8, precision: 0.98 },
  'companies-held': { recall: 0.62, precision: 1 },
};
const FOLDER: Record<keyof typeof FLOORS, [folder: string, file: string]> = {
  tuned: [fixtures, 'tuned'],
  heldout: [fixtures, 'heldout'],
  tidy: [path.resolve(process.cwd(), 'test/fixtures/detect-tidy'), 'tidy'],
  fresh: [path.resolve(process.cwd(), 'test/fixtures/detect-tidy'), 'fresh'],
  'addresses-dev': [path.resolve(process.cwd(), 'test/fixtures/detect-addresses'), 'dev'],
  'addresses-held': [path.resolve(process.cwd(), 'test/fixtures/detect-addresses'), 'held'],
  'companies-dev': [path.resolve(process.cwd(), 'test/fixtures/detect-companies'), 'dev'],
  'companies-held': [path.resolve(process.cwd(), 'test/fixtures/detect-companies'), 'held'],
};
const IDENTIFIERS = ['EMAIL', 'PHONE', 'IBAN', 'CARD', 'NIR', 'SIRET'];

function score(half: keyof typeof FLOORS) {
  const [folder, file] = FOLDER[half];
  const gold = path.join(folder, `${file}.jsonl`);
  const predictions = readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      const { findings } = analyze(text);
      return JSON.stringify({ id, entities: findings, signals: [] });
    });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cadre-sloppy-'));
  try {
    const file = path.join(dir, 'pred.jsonl');
    writeFileSync(file, predictions.join('\n') + '\n');
    return JSON.parse(
      execFileSync(process.execPath, [scorer, gold, file, '--json'], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!present)('sloppy dev set scored with score.mjs', () => {
  it.each(Object.keys(FLOORS) as Array<keyof typeof FLOORS>)(
    '%s set stays at or above its floor',
    (half) => {
      const result = score(half);
      expect(result.overall.recall).toBeGreaterThanOrEqual(FLOORS[half].recall);
      expect(result.overall.precision).toBeGreaterThanOrEqual(FLOORS[half].precision);
      // No identifier is ever a false alarm: checksums decide.
      const idAlarms = (result.alarms as string[]).filter((a) =>
        IDENTIFIERS.some((type) => a.includes(` ${type} `)),
      );
      expect(idAlarms).toEqual([]);
    },
    // The first half pays for the engine's warm-up, a few seconds on a busy machine.
    30_000,
  );

  it('catches every identifier of the tuned half whose check digits hold, whatever its separators', () => {
    const result = score('tuned');
    const missed = (result.misses as string[]).filter((m) =>
      IDENTIFIERS.some((type) => m.includes(` ${type} `)),
    );
    // A card number typed wrong on purpose, then corrected: Luhn fails, nothing flags it.
    expect(missed).toEqual(['sloppy-tuned-171 CARD «3702-097543-24307»']);
  });
});

if (!present)
  console.warn(
    `sloppy corpus test skipped: ${scorer} not found (the shared scorer sits beside the repository).`,
  );
