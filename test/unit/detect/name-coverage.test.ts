import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/detect/index.ts';
import { nameCoverage, totalCoverage } from '../../../scripts/name-coverage.ts';

// Names of people living in France by background, written apart from the gazetteer's
// sources (test/fixtures/name-coverage/): floors at what the gazetteer knows today
// (before first names given in France were added: first names 45%, surnames 28%).
describe('names from every background', () => {
  const rows = nameCoverage();
  const all = totalCoverage(rows);

  it('are measured on at least 400 first names and 400 surnames over 17 backgrounds', () => {
    expect(rows).toHaveLength(17);
    expect(all.firstNames).toBeGreaterThanOrEqual(400);
    expect(all.surnames).toBeGreaterThanOrEqual(400);
  });

  it('are mostly known as first names, and sure ones found without a cue', () => {
    expect(all.knownFirst / all.firstNames).toBeGreaterThanOrEqual(0.64);
    expect(all.sureFirst / all.firstNames).toBeGreaterThanOrEqual(0.59);
  });

  it('keep the surnames known', () => {
    expect(all.knownSurname / all.surnames).toBeGreaterThanOrEqual(0.28);
  });

  it('leave no background with almost no first name known', () => {
    for (const r of rows) expect(r.knownFirst / r.firstNames, r.background).toBeGreaterThan(0.15);
  });
});

// Ordinary lower-case messages with nobody in them: a first name the gazetteer adds must
// not turn a word of them into a person.
const traps = readFileSync(
  new URL('../../fixtures/detect-traps/lower-case.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'));

describe('ordinary lower-case messages', () => {
  it('are many, in French and English', () => {
    expect(traps.length).toBeGreaterThanOrEqual(100);
  });

  it('name nobody', () => {
    const found = traps.flatMap((t) =>
      analyze(t)
        .findings.filter((f) => f.type === 'PERSON' || f.type === 'ORG')
        .map((f) => `${f.text} (in: ${t})`),
    );
    expect(found).toEqual([]);
    // The first analysis of the file pays for the engine's warm-up.
  }, 30_000);
});
